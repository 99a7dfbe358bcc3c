/**
 * The prerendered pages hydrate without a mismatch, in React's development build (which
 * checks every text and attribute; production only recovers silently). The server HTML is
 * made as `npm run build` makes it: src/app/entry-server.tsx rendered with no window,
 * document or storage (as in Node), put into index.html by the same function the prerender
 * plugin uses. The client side is src/app/mount.tsx with the real App and BrowserRouter, as
 * src/app/main.tsx starts it. Every route without an id, in both languages, rendered on an
 * earlier day than the client's (the build day), as a page is hydrated after its build.
 */
import { readFileSync } from 'node:fs';
import { act, screen } from '@testing-library/react';
import { BrowserRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { injectPrerenderedRoot } from '../../scripts/prerender-root';
import { App } from '../../src/app/app';
import { PRERENDERED_ROUTES, render as renderServer, renderPage } from '../../src/app/entry-server';
import { mountApp } from '../../src/app/mount';
import { resetCatalogueState } from '../../src/i18n/catalogue-store';
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

/** A route's page as the build renders it, on `day`: no browser globals, the clock at that day. */
async function renderPageLikeTheBuild(path: string, locale: 'zh-CN' | 'en', day: string): Promise<string> {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(`${day}T12:00:00`));
  for (const name of ['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'indexedDB']) {
    vi.stubGlobal(name, undefined);
  }
  try {
    return path === '/' && locale === 'zh-CN' ? renderServer('/') : await renderPage(path, locale);
  } finally {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    resetCatalogueState();
  }
}

/** Put the built index.html's root element (with its prerendered markup) into the test page. */
function loadBuiltRoot(markup: string, path = '/', day?: string): HTMLElement {
  const html = injectPrerenderedRoot(readFileSync('index.html', 'utf8'), path, markup, day);
  const built = new DOMParser().parseFromString(html, 'text/html').getElementById('root');
  if (!built) throw new Error('no #root in index.html');
  document.body.innerHTML = built.outerHTML;
  return document.getElementById('root')!;
}

// Browsers reflect the autofocus attribute as a property, which React's hydration check reads;
// happy-dom does not, and would report every prerendered autoFocus as a mismatch.
if (!('autofocus' in HTMLElement.prototype)) {
  Object.defineProperty(HTMLElement.prototype, 'autofocus', {
    configurable: true,
    get(this: HTMLElement) {
      return this.hasAttribute('autofocus');
    },
    set(this: HTMLElement, value: boolean) {
      this.toggleAttribute('autofocus', value);
    },
  });
}

let consoleErrors: string[];
let unmount: (() => void) | undefined;

beforeEach(async () => {
  await freshDb();
  resetCatalogueState();
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

/** The build day of the pages below: long before the test's clock. */
const BUILD_DAY = '2026-01-05';

describe('hydrating every prerendered page', () => {
  const cases = PRERENDERED_ROUTES.flatMap((path) => [
    { path, locale: 'zh-CN' as const },
    { path, locale: 'en' as const },
  ]);
  // Importing and hydrating a whole screen can take seconds on a loaded machine.
  it.each(cases)(
    '$path in $locale: no mismatch, the server nodes are kept, then it is interactive',
    { timeout: 30_000 },
    async ({ path, locale }) => {
      const markup = await renderPageLikeTheBuild(path, locale, BUILD_DAY);
      window.history.replaceState(null, '', path);
      const root = loadBuiltRoot(markup, path, BUILD_DAY);
      // What the page's boot script does for English (scripts/prerender-root.ts).
      if (locale === 'en') root.dataset.locale = 'en';
      localStorage.setItem('shore.locale', locale);
      const serverHeading = root.querySelector('h1');
      expect(serverHeading).not.toBeNull();
      // Before the app takes over, the screen's controls are disabled and it says so.
      expect(root.querySelector('fieldset.screen-fieldset')?.hasAttribute('disabled')).toBe(true);
      expect(root.textContent).toContain(locale === 'en' ? 'Preparing…' : '正在准备……');

      // The first commit after hydration enables the controls: the heading the HTML held must
      // still be on screen then (a mismatch makes React throw the server HTML away). Later, the
      // screen's records arriving may re-render it, which is not a hydration matter.
      const fieldset = root.querySelector('fieldset.screen-fieldset')!;
      let headingKeptAtHydration: boolean | undefined;
      const observer = new MutationObserver(() => {
        headingKeptAtHydration ??= serverHeading!.isConnected;
      });
      observer.observe(fieldset, { attributes: true, attributeFilter: ['disabled'] });

      const recoverable: string[] = [];
      await act(async () => {
        const mounted = await mountApp(root, <App router={BrowserRouter} />, {
          onRecoverableError: (error) => recoverable.push(String(error)),
        });
        unmount = () => mounted.unmount();
      });
      // Past hydration: the controls work and the status is gone.
      await vi.waitFor(() => {
        expect(root.querySelector('fieldset.screen-fieldset')?.hasAttribute('disabled')).toBe(false);
      });
      expect(root.textContent).not.toContain(locale === 'en' ? 'Preparing…' : '正在准备……');

      expect(recoverable).toEqual([]);
      expect(consoleErrors).toEqual([]);
      observer.disconnect();
      expect(headingKeptAtHydration).toBe(true);
      expect(document.documentElement.lang).toBe(locale);
    },
  );
});
