import type { ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root, type RootOptions } from 'react-dom/client';
import { primeHydration, switchCatalogue } from '../i18n/catalogue-store';
import { startLocale } from '../i18n/i18n';
import { preloadRoute } from './router';

type MountOptions = Pick<RootOptions, 'onRecoverableError'>;

/**
 * Start the app in `root`. Every route without an id is prerendered at build time, and its
 * page's boot script has put the markup of the chosen language in the root
 * (scripts/prerender-root.ts): hydrate it when it belongs to this path. The Chinese "/" is
 * hydrated synchronously (the entry carries its messages; the root comes back at once); any
 * other page once its screen's chunk and its language's catalogue are here, so the first
 * client render is the tree of the HTML (the root comes back as a promise). Other paths (a
 * route with an id, shown as a loading shell) render afresh. `options` is for tests.
 */
export function mountApp(root: HTMLElement, app: ReactNode, options?: MountOptions): Root | Promise<Root> {
  const path = window.location.pathname;
  // A query (the share target's ?text=) can change what a screen renders first, which the
  // HTML, made without one, does not hold: such a visit renders afresh over its page.
  if (root.dataset.prerendered !== path || window.location.search !== '') return renderDeepLink(root, app, options);
  const locale = root.dataset.locale === 'en' ? 'en' : 'zh-CN';
  if (path === '/' && locale === 'zh-CN') return hydrateRoot(root, app, options);
  return (async () => {
    await Promise.all([primeHydration(locale, true), preloadRoute(path)]);
    return hydrateRoot(root, app, options);
  })();
}

/**
 * How long a path served a page that is not its own, without a loading shell for it (the
 * boot script did not run), waits for its screen before rendering the app with "正在读取"
 * instead: on a slow network the ledger, which belongs to another path, is not left up.
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
  // The loading shell of this path's kind (entry-server.tsx), or its own page, can stay until
  // the screen is ready.
  const path = window.location.pathname;
  const ownScreen = root.dataset.screen === path || root.dataset.prerendered === path;
  await (ownScreen ? ready : Promise.race([ready, new Promise((resolve) => setTimeout(resolve, DEEP_LINK_WAIT_MS))]));
  // No clearing first: React empties the root in the same commit that shows the app, so the
  // prerendered HTML is never replaced by a blank frame.
  const created = createRoot(root, options);
  created.render(app);
  return created;
}
