/**
 * Today's date on this device, as `YYYY-MM-DD`. The UI is the only layer that reads the
 * clock; it passes the result into the domain. Re-checks when the app comes back to the
 * foreground and once a minute, so overdue days roll over at midnight without a reload.
 */
import { useEffect, useState } from 'react';
import { toIsoDate } from '../domain/dates';
import type { IsoDate } from '../domain/types';

export function useToday(): IsoDate {
  const [today, setToday] = useState<IsoDate>(() => toIsoDate(new Date()));
  useEffect(() => {
    const refresh = () => setToday(toIsoDate(new Date()));
    const timer = window.setInterval(refresh, 60_000);
    document.addEventListener('visibilitychange', refresh);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener('visibilitychange', refresh);
    };
  }, []);
  return today;
}
