// The hook schedules saves with timers and calls `save` directly (no React state), so the
// tests drive the fake clock and DOM events without act().
import { renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useAutosave } from '../../src/lib/use-autosave';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

function setup() {
  const save = vi.fn(() => Promise.resolve());
  const hook = renderHook(({ value }) => useAutosave(value, save, { delayMs: 800 }), { initialProps: { value: 'a' } });
  return { save, hook };
}

describe('useAutosave', () => {
  it('does not save the value it started with', () => {
    const { save } = setup();
    vi.advanceTimersByTime(5_000);
    expect(save).not.toHaveBeenCalled();
  });

  it('saves once, 800 ms after the last change', () => {
    const { save, hook } = setup();
    hook.rerender({ value: 'ab' });
    vi.advanceTimersByTime(500);
    hook.rerender({ value: 'abc' });
    vi.advanceTimersByTime(799);
    expect(save).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(save).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledWith('abc');
  });

  it.each([
    ['pagehide', () => window.dispatchEvent(new Event('pagehide'))],
    [
      'visibilitychange to hidden',
      () => {
        Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
        document.dispatchEvent(new Event('visibilitychange'));
      },
    ],
  ])('flushes a pending save at once on %s', (_name, hide) => {
    const { save, hook } = setup();
    hook.rerender({ value: 'typed' });
    hide();
    expect(save).toHaveBeenCalledWith('typed');
    vi.advanceTimersByTime(5_000);
    expect(save).toHaveBeenCalledTimes(1);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });

  it('flushes when the screen unmounts', () => {
    const { save, hook } = setup();
    hook.rerender({ value: 'last words' });
    hook.unmount();
    expect(save).toHaveBeenCalledWith('last words');
  });
});
