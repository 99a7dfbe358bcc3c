/**
 * Build-time prerender of the first screen. IndexedDB is never read here: live queries have
 * no data on the server, so the HTML holds the layout and the loading state, which is also
 * exactly what the client renders first, so hydration matches.
 */
import type { ReactNode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { App } from './app';

export function render(url: string): string {
  const Router = ({ children }: { children: ReactNode }) => <StaticRouter location={url}>{children}</StaticRouter>;
  return renderToString(<App router={Router} />);
}
