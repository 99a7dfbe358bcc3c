/**
 * Lock after a while without touching the app, and (optionally) as soon as the page is
 * hidden: the app switcher, the screen turning off, another app in front. Timers in a
 * hidden page are throttled by the browser, so on return we also compare the time of the
 * last activity with the limit.
 */
import { useEffect } from 'react';
import type { LockOptions } from '../../storage/app-lock/app-lock';

const ACTIVITY = ['pointerdown', 'keydown', 'touchstart', 'wheel'] as const;

export function useAutoLock(active: boolean, options: LockOptions | null, lock: () => void): void {
  useEffect(() => {
    if (!active || !options) return;
    const limitMs = options.autoLockMinutes * 60_000;
    let last = Date.now();
    let timer = window.setTimeout(lock, limitMs);
    const bump = () => {
      last = Date.now();
      window.clearTimeout(timer);
      timer = window.setTimeout(lock, limitMs);
    };
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') {
        if (options.lockWhenHidden) lock();
      } else if (Date.now() - last >= limitMs) {
        lock();
      }
    };
    const onPageHide = () => {
      if (options.lockWhenHidden) lock();
    };
    for (const type of ACTIVITY) window.addEventListener(type, bump, { passive: true, capture: true });
    document.addEventListener('visibilitychange', onVisibility);
    window.addEventListener('pagehide', onPageHide);
    return () => {
      window.clearTimeout(timer);
      for (const type of ACTIVITY) window.removeEventListener(type, bump, { capture: true });
      document.removeEventListener('visibilitychange', onVisibility);
      window.removeEventListener('pagehide', onPageHide);
    };
  }, [active, options, lock]);
}
