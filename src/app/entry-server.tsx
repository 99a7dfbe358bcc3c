/**
 * Build-time prerender. IndexedDB is never read here: live queries have no data on the
 * server, so the HTML holds the layout and the loading state.
 *
 * - "/" (the first screen) is rendered with the first screen's messages, exactly what the
 *   client renders first, and the client hydrates it.
 * - A few read-only screens (PRERENDERED_SCREENS) are rendered with their chunk and the full
 *   catalogue loaded. The client does not hydrate these: it renders the screen when its
 *   chunk has loaded and React replaces this HTML in one commit. They only give a first-time
 *   visitor arriving on a deep link the right page at first paint instead of after scripts.
 */
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { zhCN } from '../i18n/locales/zh-CN/index';
import { App } from './app';
import { preloadRoute } from './router';

/**
 * Screens prerendered besides "/": the read-only ones without an id in their path. Screens
 * with forms are left out on purpose: their HTML would accept typing before the scripts run,
 * and what was typed would be lost when the app replaces it.
 */
export const PRERENDERED_SCREENS = ['/conduct', '/conduct/rights', '/law', '/letters'] as const;

function routerAt(url: string) {
  return ({ children }: { children: ReactNode }) => <StaticRouter location={url}>{children}</StaticRouter>;
}

export function render(url: string): string {
  return renderToString(<App router={routerAt(url)} />);
}

export async function renderScreen(url: string): Promise<string> {
  await preloadRoute(url);
  return renderToString(<App router={routerAt(url)} messages={{ locale: 'zh-CN', catalogue: zhCN }} />);
}
