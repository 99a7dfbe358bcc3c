/**
 * Autosave with a debounce, flushed when the page is hidden.
 *
 * Typing schedules a save `delayMs` after the last change. When the page goes to the
 * background (`visibilitychange` → hidden) or is being unloaded (`pagehide`, which mobile
 * browsers fire where they skip `unload`), any pending save runs at once, so closing the tab
 * or switching apps never loses what was typed. Unmounting also flushes.
 */
import { useCallback, useEffect, useRef } from 'react';

export function useAutosave<T>(
  value: T,
  save: (value: T) => Promise<unknown>,
  options: { delayMs?: number; enabled?: boolean } = {},
) {
  const { delayMs = 800, enabled = true } = options;
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const saveRef = useRef(save);
  useEffect(() => {
    saveRef.current = save;
  }, [save]);

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const p = pending.current;
    pending.current = null;
    if (p) void saveRef.current(p.value);
  }, []);

  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      // The initial value came from storage: nothing to save yet.
      first.current = false;
      return;
    }
    if (!enabled) return;
    pending.current = { value };
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(flush, delayMs);
  }, [value, enabled, delayMs, flush]);

  useEffect(() => {
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', flush);
    return () => {
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [flush]);

  return flush;
}
