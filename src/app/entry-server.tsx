/**
 * Build-time prerender (vite.config.ts writes the pages). IndexedDB is never read here: live
 * queries have no data on the server, so the HTML holds each screen's layout in the state it
 * has before its records arrive.
 *
 * - Every route without an id (PRERENDERED_ROUTES) is rendered with its chunk loaded, in
 *   Chinese and in English. The client hydrates it in the language the page's boot script
 *   chose (scripts/prerender-root.ts), after loading the same chunk and catalogue. "/" in
 *   Chinese uses the first screen's messages only, which the entry script carries.
 * - Routes with an id (SHELL_ROUTES) cannot be rendered with their records: each gets a
 *   neutral loading shell (the app's chrome, the tab of its kind, "正在读取"), which the
 *   SPA fallback page shows on those paths instead of the ledger. The client renders them.
 */
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { APP_ROUTES } from '../../scripts/app-routes.mjs';
import { renderDay } from '../components/use-today';
import type { Catalogue, Locale } from '../i18n/catalogue';
import { setCatalogueState } from '../i18n/catalogue-store';
import { en } from '../i18n/locales/en/index';
import { zhCN } from '../i18n/locales/zh-CN/index';
import { App } from './app';
import { legacyRedirects, paths } from './paths';
import { preloadRoute, routeModules } from './router';

const CATALOGUES: Record<Locale, Catalogue> = { 'zh-CN': zhCN, en };
export const LOCALES: readonly Locale[] = ['zh-CN', 'en'];

/** Every route without an id, each prerendered to its own page. */
export const PRERENDERED_ROUTES: readonly string[] = APP_ROUTES.filter((route) => !route.split('/').includes('x'));

/** A route pattern as a RegExp source matching its paths (":id" one segment, ":id?" optional). */
function patternSource(pattern: string): string {
  const body = pattern
    .split('/')
    .slice(1)
    .map((part) => (part.endsWith('?') ? '(?:/[^/]+)?' : part.startsWith(':') ? '/[^/]+' : `/${part}`))
    .join('');
  return `^${body}$`;
}

/**
 * Every route with an id (paths.ts, and the legacy ones): a RegExp source for its paths and a
 * sample path ("x" for each id) to render its loading shell at.
 */
export const SHELL_ROUTES: readonly { pattern: string; sample: string }[] = [
  ...Object.values(paths).map((p) => p.pattern),
  ...legacyRedirects.map((r) => r.pattern),
]
  .filter((pattern) => pattern.includes(':'))
  .map((pattern) => ({
    pattern: patternSource(pattern),
    sample: pattern
      .split('/')
      .filter((part) => !part.endsWith('?'))
      .map((part) => (part.startsWith(':') ? 'x' : part))
      .join('/'),
  }));

/** Old paths without ids that redirect (paths.ts): each gets its target's page. */
export const STATIC_REDIRECTS: readonly { from: string; to: string }[] = legacyRedirects
  .filter((r) => !r.pattern.includes(':'))
  .map((r) => ({ from: r.pattern, to: r.to({}) }));

/** The day the HTML is rendered on (the client hydrates with it, then updates: useToday). */
export const buildDay = renderDay;

/** The source files of the chunks `path`'s screen needs (for its page's modulepreloads). */
export const routeSources = routeModules;

function routerAt(url: string) {
  return ({ children }: { children: ReactNode }) => <StaticRouter location={url}>{children}</StaticRouter>;
}

/** "/" in Chinese with the first screen's messages, as the client's first render has them. */
export function render(url: string): string {
  return renderToString(<App router={routerAt(url)} />);
}

/** A route's own screen, its chunk and the full catalogue of `locale` loaded. */
export async function renderPage(url: string, locale: Locale): Promise<string> {
  await preloadRoute(url);
  return renderToString(<App router={routerAt(url)} messages={{ locale, catalogue: CATALOGUES[locale] }} />);
}

/**
 * The loading shells, all at once and synchronously: their screens have not been loaded, so
 * each suspends and renders the route table's loading fallback. Call before renderPage (which
 * loads chunks) so a shell never holds a screen rendered without its records. Shells with the
 * same markup (the same tab current) are merged: one pattern matching any of their paths.
 */
export function renderShells(): { pattern: string; locale: Locale; markup: string }[] {
  const shells: { pattern: string; locale: Locale; markup: string }[] = [];
  for (const locale of LOCALES) {
    setCatalogueState({ locale, catalogue: CATALOGUES[locale], complete: true });
    const byMarkup = new Map<string, string[]>();
    for (const { pattern, sample } of SHELL_ROUTES) {
      const markup = renderToString(
        <App router={routerAt(sample)} messages={{ locale, catalogue: CATALOGUES[locale] }} />,
      );
      byMarkup.set(markup, [...(byMarkup.get(markup) ?? []), pattern]);
    }
    for (const [markup, patterns] of byMarkup) shells.push({ pattern: patterns.join('|'), locale, markup });
  }
  return shells;
}
