import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app';
import { registerServiceWorker } from './pwa/service-worker';
import './styles.css';

const root = document.getElementById('root')!;
const app = <App router={BrowserRouter} />;
// The HTML of "/" is prerendered at build time. Hydrate it only on that path: deep links and the
// service worker's navigation fallback also receive it, and must render their own route instead.
if (root.dataset.prerendered === window.location.pathname) {
  hydrateRoot(root, app);
} else {
  root.textContent = '';
  createRoot(root).render(app);
}
void registerServiceWorker();
