/**
 * Load a value once per key (a one-off async read, not a live query). Used to start the
 * builder from the saved draft without re-reading it on every autosave.
 *
 * A failed read is a state of its own with a way to try again: without it the screen would
 * say "loading" for good and the person could not tell that anything went wrong.
 */
import { useEffect, useState } from 'react';

export type LoadState<T> =
  { status: 'loading' } | { status: 'failed'; retry: () => void } | { status: 'loaded'; value: T };

type Settled<T> = { key: string; attempt: number } & ({ ok: true; value: T } | { ok: false });

export function useLoadOnce<T>(load: () => Promise<T>, key: string): LoadState<T> {
  const [attempt, setAttempt] = useState(0);
  const [settled, setSettled] = useState<Settled<T> | null>(null);
  useEffect(() => {
    let cancelled = false;
    load().then(
      (value) => {
        if (!cancelled) setSettled({ key, attempt, ok: true, value });
      },
      () => {
        if (!cancelled) setSettled({ key, attempt, ok: false });
      },
    );
    return () => {
      cancelled = true;
    };
    // `load` is recreated each render; the key (or a retry) says when to load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);
  if (!settled || settled.key !== key || settled.attempt !== attempt) return { status: 'loading' };
  if (!settled.ok) return { status: 'failed', retry: () => setAttempt((a) => a + 1) };
  return { status: 'loaded', value: settled.value };
}
