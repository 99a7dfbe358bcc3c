/**
 * Performance marks for the browser benchmark (scripts/bench-browser.mjs): when a screen
 * first shows its data. Names only, never data. A no-op where the Performance API is missing.
 */
import { useEffect, useRef } from 'react';

export function usePerfMarkOnce(name: string, ready: boolean): void {
  const done = useRef(false);
  useEffect(() => {
    if (!ready || done.current) return;
    done.current = true;
    if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(name);
  }, [name, ready]);
}
