import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useLoadOnce } from '../../../src/features/letters/components/use-load-once';

describe('useLoadOnce', () => {
  it('is loading, then has the value', async () => {
    const { result } = renderHook(() => useLoadOnce(() => Promise.resolve(42), 'a'));
    expect(result.current).toEqual({ status: 'loading' });
    await waitFor(() => expect(result.current).toEqual({ status: 'loaded', value: 42 }));
  });

  it('says so when the load fails instead of loading for good, and can try again', async () => {
    let fail = true;
    const load = () => (fail ? Promise.reject(new Error('read failed')) : Promise.resolve('draft'));
    const { result } = renderHook(() => useLoadOnce(load, 'a'));
    await waitFor(() => expect(result.current.status).toBe('failed'));
    fail = false;
    act(() => {
      if (result.current.status === 'failed') result.current.retry();
    });
    await waitFor(() => expect(result.current).toEqual({ status: 'loaded', value: 'draft' }));
  });

  it('loads again when the key changes and never shows the old key value', async () => {
    const { result, rerender } = renderHook(({ k }) => useLoadOnce(() => Promise.resolve(k), k), {
      initialProps: { k: 'a' },
    });
    await waitFor(() => expect(result.current).toEqual({ status: 'loaded', value: 'a' }));
    rerender({ k: 'b' });
    expect(result.current).toEqual({ status: 'loading' });
    await waitFor(() => expect(result.current).toEqual({ status: 'loaded', value: 'b' }));
  });
});
