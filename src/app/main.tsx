import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { switchCatalogue } from '../i18n/catalogue-store';
import { startLocale } from '../i18n/i18n';
import { openDatabaseEarly } from '../storage/db';
import { App } from './app';
import { registerServiceWorker } from './pwa/service-worker';
import { preloadRoute } from './router';
import './styles.css';

const root = document.getElementById('root')!;
const app = <App router={BrowserRouter} />;
openDatabaseEarly();
// The HTML of "/" is prerendered at build time. Hydrate it only on that path: deep links and the
// service worker's navigation fallback also receive it, and must render their own route instead.
if (root.dataset.prerendered === window.location.pathname) {
  hydrateRoot(root, app);
} else {
  // Render a deep link once its screen and messages are here, so it appears in one step.
  void renderDeepLink();
}
void registerServiceWorker();

async function renderDeepLink(): Promise<void> {
  try {
    const locale = startLocale();
    if (locale !== 'zh-CN') await switchCatalogue(locale);
  } catch {
    // The catalogue did not load: render in Chinese; I18nProvider tries the switch again.
  }
  await preloadRoute(window.location.pathname);
  root.textContent = '';
  createRoot(root).render(app);
}
