import type { ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root, type RootOptions } from 'react-dom/client';
import { switchCatalogue } from '../i18n/catalogue-store';
import { startLocale } from '../i18n/i18n';
import { preloadRoute } from './router';

type MountOptions = Pick<RootOptions, 'onRecoverableError'>;

/**
 * Start the app in `root`. The HTML of "/" is prerendered at build time: hydrate it only on
 * that path (synchronously; the root comes back at once). Deep links and the service worker's
 * navigation fallback also receive it, and must render their own route instead (the root
 * comes back as a promise). `options` is for tests (hydration errors).
 */
export function mountApp(root: HTMLElement, app: ReactNode, options?: MountOptions): Root | Promise<Root> {
  if (root.dataset.prerendered === window.location.pathname) return hydrateRoot(root, app, options);
  return renderDeepLink(root, app, options);
}

/**
 * How long a deep link served the prerendered ledger (index.html: the service worker's answer
 * to every path) waits for its screen before rendering the app with "正在读取" instead. From
 * the service worker's cache the screen arrives well within this, and appears in one step; on
 * a slow network the ledger, which belongs to another path, is not left on screen meanwhile.
 */
export const DEEP_LINK_WAIT_MS = 150;

/** Render a deep link once its screen and messages are here (or after DEEP_LINK_WAIT_MS). */
async function renderDeepLink(root: HTMLElement, app: ReactNode, options?: MountOptions): Promise<Root> {
  const ready = (async () => {
    try {
      const locale = startLocale();
      if (locale !== 'zh-CN') await switchCatalogue(locale);
    } catch {
      // The catalogue did not load: render in Chinese; I18nProvider tries the switch again.
    }
    await preloadRoute(window.location.pathname);
  })();
  // The build's own HTML for this screen (entry-server.tsx) can stay until the screen is ready.
  const ownScreen = root.dataset.screen === window.location.pathname;
  await (ownScreen ? ready : Promise.race([ready, new Promise((resolve) => setTimeout(resolve, DEEP_LINK_WAIT_MS))]));
  // No clearing first: React empties the root in the same commit that shows the app, so the
  // prerendered HTML is never replaced by a blank frame.
  const created = createRoot(root, options);
  created.render(app);
  return created;
}
