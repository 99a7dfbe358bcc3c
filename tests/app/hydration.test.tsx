/**
 * The prerendered first screen hydrates without a mismatch, in React's development build
 * (which checks every text and attribute; production only recovers silently). The server
 * HTML is made as `npm run build` makes it: src/app/entry-server.tsx rendered with no
 * window, document or storage (as in Node), put into index.html by the same function the
 * prerender plugin uses. The client side is src/app/mount.tsx with the real App and
 * BrowserRouter at "/", as src/app/main.tsx starts it.
 */
import { readFileSync } from 'node:fs';
import { act, screen } from '@testing-library/react';
import { BrowserRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { injectPrerenderedRoot } from '../../scripts/prerender-root';
import { App } from '../../src/app/app';
import { render as renderServer } from '../../src/app/entry-server';
import { mountApp } from '../../src/app/mount';
import { getInitialCatalogueState, setCatalogueState } from '../../src/i18n/catalogue-store';
import { freshDb } from '../../src/testing/test-db';

/** The first screen as the build renders it: no browser globals at all. */
function renderLikeTheBuild(path: string): string {
  for (const name of ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB']) {
    vi.stubGlobal(name, undefined);
  }
  try {
    return renderServer(path);
  } finally {
    vi.unstubAllGlobals();
  }
}

/** Put the built index.html's root element (with its prerendered markup) into the test page. */
function loadBuiltRoot(markup: string): HTMLElement {
  const html = injectPrerenderedRoot(readFileSync('index.html', 'utf8'), '/', markup);
  const built = new DOMParser().parseFromString(html, 'text/html').getElementById('root');
  if (!built) throw new Error('no #root in index.html');
  document.body.innerHTML = built.outerHTML;
  return document.getElementById('root')!;
}

let consoleErrors: string[];
let unmount: (() => void) | undefined;

beforeEach(async () => {
  await freshDb();
  setCatalogueState(getInitialCatalogueState());
  window.history.replaceState(null, '', '/');
  consoleErrors = [];
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args.map(String).join(' '));
  });
});

afterEach(() => {
  act(() => unmount?.());
  unmount = undefined;
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

describe('hydrating the prerendered first screen', () => {
  it.each([
    { name: 'in Chinese', saved: { 'shore.locale': 'zh-CN' }, heading: '债务清单', empty: /还没有记录/ },
    // Saved English: the first client render is still the Chinese of the HTML, then it switches.
    { name: 'with English chosen', saved: { 'shore.locale': 'en' }, heading: 'My debts', empty: /Nothing recorded/ },
    {
      name: 'with "hide amounts" on',
      saved: { 'shore.locale': 'zh-CN', 'shore.hideAmounts': '1' },
      heading: '债务清单',
      empty: /还没有记录/,
    },
  ])('$name: no mismatch, and the server nodes are kept', async ({ saved, heading, empty }) => {
    const markup = renderLikeTheBuild('/');
    expect(markup).toContain('债务清单');
    const root = loadBuiltRoot(markup);
    expect(root.dataset.prerendered).toBe('/');
    for (const [key, value] of Object.entries(saved)) localStorage.setItem(key, value);
    const serverHeading = root.querySelector('h1');
    expect(serverHeading).not.toBeNull();

    const recoverable: string[] = [];
    act(() => {
      const mounted = mountApp(root, <App router={BrowserRouter} />, {
        onRecoverableError: (error) => recoverable.push(String(error)),
      });
      // A promise means main.tsx's deep-link path: rendered afresh, not hydrated.
      if (mounted instanceof Promise) throw new Error('the prerendered HTML was not hydrated');
      unmount = () => mounted.unmount();
    });
    // Past hydration: the language switched if asked, and the ledger read the (empty) database.
    await screen.findByRole('heading', { level: 1, name: heading });
    await screen.findByText(empty);

    expect(recoverable).toEqual([]);
    // Text mismatches arrive through onRecoverableError; attribute mismatches only as a
    // console.error ("A tree hydrated but some attributes ... didn't match"). Any error fails.
    expect(consoleErrors).toEqual([]);
    // A mismatch makes React throw the server HTML away and render afresh: the very element
    // the HTML held must still be the one on screen.
    expect(root.querySelector('h1')).toBe(serverHeading);
  });
});
