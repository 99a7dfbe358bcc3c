import type { ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root, type RootOptions } from 'react-dom/client';

/**
 * Start the app in `root`. The HTML of "/" is prerendered at build time: hydrate it only on
 * that path. Deep links and the service worker's navigation fallback also receive it, and
 * must render their own route instead. `options` is for tests (hydration errors).
 */
export function mountApp(root: HTMLElement, app: ReactNode, options?: Pick<RootOptions, 'onRecoverableError'>): Root {
  if (root.dataset.prerendered === window.location.pathname) return hydrateRoot(root, app, options);
  root.textContent = '';
  const created = createRoot(root, options);
  created.render(app);
  return created;
}
