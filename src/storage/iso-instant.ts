/**
 * An instant as the app writes it (Date.toISOString): ISO 8601 with a time zone, a real
 * calendar date. Anything else ("zzzz", "2026-13-40T…") would sort as a date in a merge and
 * crash the screens that format it, so it is refused. Whether it lies in the future is
 * checked at import (prepare-backup.ts), where "now" is known. No zod here: the first screen's
 * reads use this too and load no validation library.
 */
const ISO_INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/;
export function isIsoInstant(value: string): boolean {
  const m = ISO_INSTANT.exec(value);
  if (!m) return false;
  const [year, month, day, hour, minute, second] = m.slice(1, 7).map(Number);
  const calendar = new Date(Date.UTC(year, month - 1, day));
  return (
    calendar.getUTCFullYear() === year &&
    calendar.getUTCMonth() === month - 1 &&
    calendar.getUTCDate() === day &&
    hour < 24 &&
    minute < 60 &&
    second < 60 &&
    Number.isFinite(Date.parse(value))
  );
}
