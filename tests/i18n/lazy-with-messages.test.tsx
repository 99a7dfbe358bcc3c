import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadRoute } from '../../src/app/router';
import { lazyWithMessages } from '../../src/i18n/lazy-with-messages';
import { renderApp } from '../../src/testing/render-app';

function Counter({ label }: { label: string }) {
  const [count, setCount] = useState(0);
  return (
    <button type="button" onClick={() => setCount((c) => c + 1)}>
      {`${label} ${count}`}
    </button>
  );
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

describe('lazyWithMessages', () => {
  it('renders at once, without the fallback, once preloaded', async () => {
    const Screen = lazyWithMessages(() => Promise.resolve(Counter));
    await Screen.preload();
    render(
      <Suspense fallback={<p>loading</p>}>
        <Screen label="ready" />
      </Suspense>,
    );
    // No await: a screen that suspended would show the fallback in this first commit.
    expect(screen.getByRole('button', { name: 'ready 0' })).toBeInTheDocument();
    expect(screen.queryByText('loading')).toBeNull();
  });

  it('keeps a screen’s state when its parent re-renders after the chunk arrives', async () => {
    const chunk = deferred<typeof Counter>();
    const Screen = lazyWithMessages(() => chunk.promise);
    const { rerender } = render(
      <Suspense fallback={<p>loading</p>}>
        <Screen label="a" />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeInTheDocument();
    await act(() => {
      chunk.resolve(Counter);
      return chunk.promise;
    });
    await userEvent.click(await screen.findByRole('button', { name: 'a 0' }));
    rerender(
      <Suspense fallback={<p>loading</p>}>
        <Screen label="b" />
      </Suspense>,
    );
    // Same component instance: the count survived the switch from the lazy wrapper.
    expect(screen.getByRole('button', { name: 'b 1' })).toBeInTheDocument();
  });

  it('lets a failed load be tried again', async () => {
    let calls = 0;
    const Screen = lazyWithMessages(() =>
      ++calls === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Counter),
    );
    await Screen.preload();
    await Screen.preload();
    expect(calls).toBe(2);
  });
});

describe('preloadRoute', () => {
  it('loads a deep link’s screen so the first render shows it, not "loading"', async () => {
    await preloadRoute('/conduct/rights');
    renderApp('/conduct/rights');
    expect(screen.queryByText('正在读取……')).toBeNull();
    expect(screen.getByRole('heading', { level: 1 })).toBeInTheDocument();
  });

  it('does nothing for the first screen and for unknown paths', async () => {
    await expect(preloadRoute('/')).resolves.toBeUndefined();
    await expect(preloadRoute('/no/such/page')).resolves.toBeUndefined();
  });
});
