/**
 * A calendar file (RFC 5545 iCalendar) of an agreement's due dates, so the phone's own
 * calendar reminds the user: no server, no notification service.
 *
 * Hand-written rather than the `ics` package: we need one shape only (all-day events with
 * a reminder), and `ics` brings yup, nanoid and runes2 for validation we do not need. Built
 * into a throw-away entry with the project's bundler, `ics` weighed about 20× this module
 * gzipped (figures in the letters report). This file is imported only when the user asks
 * for the file, so it is never on the first screen either way.
 *
 * What RFC 5545 asks of us, and where it is done:
 * - lines end in CRLF (§3.1);
 * - lines longer than 75 octets are folded with CRLF + one space, never inside a UTF-8
 *   character (§3.1) — Chinese text is 3 octets a character, so this matters;
 * - TEXT values escape backslash, semicolon, comma and newline (§3.3.11);
 * - every VEVENT has UID and DTSTAMP (§3.6.1); all-day events use DTSTART;VALUE=DATE and an
 *   exclusive DTEND on the next day (§3.6.1, §3.8.2.2);
 * - the reminder is a VALARM with a relative TRIGGER (§3.6.6): −PT15H from the start of the
 *   due day (midnight, floating local time) is 09:00 on the day before.
 */
import { addDays } from '../dates';
import type { IsoDate } from '../types';

export interface CalendarEvent {
  /** Stable across exports, so re-importing updates events instead of duplicating them. */
  uid: string;
  date: IsoDate;
  summary: string;
  description: string;
}

export interface CalendarInput {
  /** Calendar name shown by some apps (X-WR-CALNAME). */
  name: string;
  events: readonly CalendarEvent[];
  /** When the file is made, as an ISO instant (e.g. new Date().toISOString()); the domain never reads the clock. */
  stampedAt: string;
  /** Reminder text shown by the alarm. */
  alarmText: string;
}

export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

const encoder = new TextEncoder();

/** Fold one content line to at most 75 octets per physical line (§3.1). */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > limit) {
      out.push(current);
      current = '';
      octets = 0;
      limit = 74; // continuation lines start with one space, which counts
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join('\r\n ');
}

function compactDate(date: IsoDate): string {
  return date.replace(/-/g, '');
}

/** 2026-11-28T09:30:00.000Z → 20261128T093000Z */
function compactInstant(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(iso);
  if (!m) throw new Error('stampedAt must be an ISO instant');
  return `${m[1]}${m[2]}${m[3]}T${m[4]}${m[5]}${m[6]}Z`;
}

export function buildCalendar(input: CalendarInput): string {
  const stamp = compactInstant(input.stampedAt);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Shore//Shore repayment plan//ZH',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(input.name)}`,
  ];
  for (const e of input.events) {
    lines.push(
      'BEGIN:VEVENT',
      `UID:${e.uid}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${compactDate(e.date)}`,
      `DTEND;VALUE=DATE:${compactDate(addDays(e.date, 1))}`,
      `SUMMARY:${escapeText(e.summary)}`,
      `DESCRIPTION:${escapeText(e.description)}`,
      'TRANSP:TRANSPARENT',
      'BEGIN:VALARM',
      'ACTION:DISPLAY',
      `DESCRIPTION:${escapeText(input.alarmText)}`,
      'TRIGGER:-PT15H',
      'END:VALARM',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
