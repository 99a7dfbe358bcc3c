import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import { buildCalendar, escapeText, foldLine } from '../../../src/domain/hardship-plan/ics';

const octets = (s: string) => new TextEncoder().encode(s).length;
const unfold = (s: string) => s.replace(/\r\n /g, '');

const calendar = buildCalendar({
  name: '还款提醒',
  stampedAt: '2026-11-28T09:30:05.123Z',
  alarmText: '明天要还款',
  events: [
    {
      uid: 'a1-1@shore.invalid',
      date: isoDate('2026-12-31'),
      summary: '还款：示例银行 第1/24期',
      // ASCII ; and , on purpose: RFC 5545 escapes them.
      description: '本期 500.00元;别忘了留凭证,谢谢',
    },
    {
      uid: 'a1-2@shore.invalid',
      date: isoDate('2027-01-31'),
      summary: '还款：示例银行 第2/24期',
      description: '本期 500.00元',
    },
  ],
});

describe('buildCalendar (RFC 5545)', () => {
  it('uses CRLF line ends only', () => {
    expect(calendar.endsWith('\r\n')).toBe(true);
    expect(calendar.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  it('keeps every physical line within 75 octets', () => {
    for (const l of calendar.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
  });

  it('writes all-day events with an exclusive end, a stamp, a uid and a reminder the day before', () => {
    const lines = unfold(calendar).split('\r\n');
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('VERSION:2.0');
    expect(lines).toContain('DTSTART;VALUE=DATE:20261231');
    expect(lines).toContain('DTEND;VALUE=DATE:20270101');
    expect(lines).toContain('DTSTAMP:20261128T093005Z');
    expect(lines).toContain('UID:a1-2@shore.invalid');
    expect(lines).toContain('TRIGGER:-PT15H');
    expect(lines.filter((l) => l === 'BEGIN:VEVENT')).toHaveLength(2);
    expect(lines.filter((l) => l === 'BEGIN:VALARM')).toHaveLength(2);
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('escapes text values', () => {
    expect(unfold(calendar)).toContain('DESCRIPTION:本期 500.00元\\;别忘了留凭证\\,谢谢');
  });
});

describe('escapeText', () => {
  it.each([
    ['a,b', 'a\\,b'],
    ['a;b', 'a\\;b'],
    ['a\\b', 'a\\\\b'],
    ['a\nb\r\nc', 'a\\nb\\nc'],
  ])('%j → %j', (input, expected) => expect(escapeText(input)).toBe(expected));
});

describe('foldLine', () => {
  it('never splits a UTF-8 character and unfolds back to the original', () => {
    const line = `SUMMARY:${'还款提醒'.repeat(30)}`;
    const folded = foldLine(line);
    for (const l of folded.split('\r\n')) expect(octets(l)).toBeLessThanOrEqual(75);
    expect(unfold(folded)).toBe(line);
    // 8 ASCII octets + 24 × 3 = 80 > 75: the first line holds 8 + 22 characters (74 octets)
    expect(folded.split('\r\n')[0]).toBe(`SUMMARY:${'还款提醒'.repeat(6)}`.slice(0, 8 + 22));
  });

  it('leaves a short line alone', () => {
    expect(foldLine('VERSION:2.0')).toBe('VERSION:2.0');
  });
});
