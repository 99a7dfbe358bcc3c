/**
 * Paths without a page of their own (routes with an id) receive index.html, whose boot script
 * swaps in the loading shell of their kind (marked data-screen). Without it (no boot script),
 * they would show the prerendered ledger, which belongs to another path: mountApp waits for the
 * linked screen so it appears in one step, but not for long, so on a slow network the ledger
 * does not stay on screen at the wrong address; a loading shell stays until the screen is ready.
 */
import { act, screen } from '@testing-library/react';
import { BrowserRouter } from 'react-router';
import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import type * as RouterModule from '../../src/app/router';
import { freshDb } from '../../src/testing/test-db';
// Loaded by the app right after its first render; loaded here so it is not fetched after teardown.
import '../../src/app/safety/safety-start';

vi.mock('../../src/app/router', async (original) => {
  const real = await original<typeof RouterModule>();
  // A screen that takes as long as a slow network: its preload does not finish.
  return { ...real, preloadRoute: () => new Promise(() => {}) };
});

let unmount: (() => void) | undefined;

beforeEach(async () => {
  await freshDb();
  vi.useFakeTimers({ toFake: ['setTimeout'] });
});

afterEach(() => {
  act(() => unmount?.());
  vi.useRealTimers();
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

// Importing the whole app can take over 5 s on a loaded machine: the limit is for hangs only.
it(
  'replaces the prerendered ledger with the app after a short wait when the screen is slow',
  { timeout: 30_000 },
  async () => {
    const { App } = await import('../../src/app/app');
    const { mountApp, DEEP_LINK_WAIT_MS } = await import('../../src/app/mount');
    window.history.replaceState(null, '', '/conduct/rights');
    document.body.innerHTML = '<div id="root" data-prerendered="/"><h1>债务</h1></div>';
    const root = document.getElementById('root')!;

    const mounted = mountApp(root, <App router={BrowserRouter} />);
    await act(() => vi.advanceTimersByTimeAsync(DEEP_LINK_WAIT_MS - 1));
    expect(root.textContent).toBe('债务');

    await act(() => vi.advanceTimersByTimeAsync(1));
    const created = await mounted;
    unmount = () => created.unmount();
    vi.useRealTimers();
    // The ledger's heading is gone; the app shell is up with the tab for this path current.
    expect(await screen.findByRole('link', { name: '催收', current: 'page' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: '债务' })).toBeNull();
  },
);

it('keeps the loading shell of the linked screen until that screen is ready', async () => {
  const { App } = await import('../../src/app/app');
  const { mountApp, DEEP_LINK_WAIT_MS } = await import('../../src/app/mount');
  window.history.replaceState(null, '', '/debts/d1/edit');
  document.body.innerHTML = '<div id="root" data-screen="/debts/d1/edit"><p>正在读取……</p></div>';
  const root = document.getElementById('root')!;

  void mountApp(root, <App router={BrowserRouter} />);
  await act(() => vi.advanceTimersByTimeAsync(DEEP_LINK_WAIT_MS * 10));
  // The screen never finished loading here, so its loading shell is still what shows.
  expect(root.textContent).toBe('正在读取……');
});
