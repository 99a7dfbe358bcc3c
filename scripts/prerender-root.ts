/**
 * Where the prerendered first screen goes in index.html. Shared by the build's prerender
 * plugin (vite.config.ts) and the hydration test (tests/app/hydration.test.tsx), so the test
 * hydrates exactly the markup the build ships.
 */

/** The empty root element of the source index.html. */
export const EMPTY_ROOT = '<div id="root"></div>';

/**
 * index.html with `markup` (rendered for `path`) inside the root. `data-prerendered` tells
 * the client entry which path the markup belongs to (src/app/mount.tsx).
 */
export function injectPrerenderedRoot(html: string, path: string, markup: string): string {
  if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT} to prerender into`);
  return html.replace(EMPTY_ROOT, () => prerenderedRootElement(path, markup));
}

/** The root element holding markup the client hydrates (the first screen). */
export function prerenderedRootElement(path: string, markup: string): string {
  return `<div id="root" data-prerendered="${path}">${markup}</div>`;
}

/**
 * The root element of a prerendered deep link (`<screen>/index.html`). `data-screen` is not
 * hydrated: the client renders the screen once its chunk is loaded, replacing this markup.
 */
export function screenRootElement(path: string, markup: string): string {
  return `<div id="root" data-screen="${path}">${markup}</div>`;
}
