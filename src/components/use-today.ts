/**
 * Today's date on this device, as `YYYY-MM-DD`. The UI is the only layer that reads the
 * clock; it passes the result into the domain. Re-checks when the app comes back to the
 * foreground and once a minute, so overdue days roll over at midnight without a reload.
 *
 * Prerendered HTML was made on the build day. While React hydrates it, the date is that day
 * (`renderDay()`: the build's clock on the server, the root's `data-day` in the browser), so
 * the first client render matches the HTML; React renders again with the real date at once
 * after hydration (useSyncExternalStore's server snapshot).
 */
import { useSyncExternalStore } from 'react';
import { toIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/types';

function subscribe(onChange: () => void): () => void {
  const timer = window.setInterval(onChange, 60_000);
  document.addEventListener('visibilitychange', onChange);
  return () => {
    window.clearInterval(timer);
    document.removeEventListener('visibilitychange', onChange);
  };
}

const clockDay = (): IsoDate => toIsoDate(new Date());

/** The day the HTML being hydrated was rendered on (the clock's day on the server). */
export function renderDay(): IsoDate {
  if (typeof document === 'undefined' || !document) return clockDay();
  const day = document.getElementById('root')?.dataset.day;
  return day && /^\d{4}-\d{2}-\d{2}$/.test(day) ? (day as IsoDate) : clockDay();
}

export function useToday(): IsoDate {
  return useSyncExternalStore(subscribe, clockDay, renderDay);
}
