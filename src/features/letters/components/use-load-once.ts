/**
 * Load a value once per key (a one-off async read, not a live query): null until it arrives.
 * Used to start the builder from the saved draft without re-reading it on every autosave.
 */
import { useEffect, useState } from 'react';

export function useLoadOnce<T>(load: () => Promise<T>, key: string): T | null {
  const [state, setState] = useState<{ key: string; value: T } | null>(null);
  useEffect(() => {
    let cancelled = false;
    void load().then((value) => {
      if (!cancelled) setState({ key, value });
    });
    return () => {
      cancelled = true;
    };
    // `load` is recreated each render; the key says when to load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);
  return state && state.key === key ? state.value : null;
}
