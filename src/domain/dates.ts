/**
 * Calendar dates as `YYYY-MM-DD` strings.
 *
 * Why strings: a debt's due date is a day on a Chinese calendar, not an instant. Storing
 * instants invites time-zone bugs (a date saved at 00:30 in Beijing is the previous day in
 * UTC). We parse at local noon before handing a date to date-fns, so daylight-saving jumps
 * elsewhere can never move it across midnight (the same trick as Actual's months.ts).
 * "Today" always comes in as a parameter: nothing in the domain reads the clock.
 */
import { addDays as addDaysFn, addMonths as addMonthsFn, differenceInCalendarDays, isValid } from 'date-fns';
import type { IsoDate } from './types';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when the string is a real calendar date in `YYYY-MM-DD` form (2025-02-29 is not). */
export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  return (
    isValid(d) && d.getFullYear() === Number(m[1]) && d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3])
  );
}

/** Checked cast from string; throws on a malformed date (a bug, not user input). */
export function isoDate(value: string): IsoDate {
  if (!isIsoDate(value)) throw new Error('not a YYYY-MM-DD date');
  return value;
}

/** Parse at local noon (see file comment). */
export function parseIsoDate(date: IsoDate): Date {
  const m = ISO_DATE.exec(date)!;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
}

export function toIsoDate(d: Date): IsoDate {
  // Hand-formatted: date-fns `format` would add several kB to the first screen for this one pattern.
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(d.getFullYear()).padStart(4, '0')}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}` as IsoDate;
}

/** Whole calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return differenceInCalendarDays(parseIsoDate(to), parseIsoDate(from));
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return toIsoDate(addDaysFn(parseIsoDate(date), days));
}

/** Calendar months; date-fns clamps to month end (01-31 + 1 month = 02-28/29). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  return toIsoDate(addMonthsFn(parseIsoDate(date), months));
}
