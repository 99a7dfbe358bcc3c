/**
 * Splits a paste into messages and reads each one's header: the sender's number and when it
 * was sent, as phones and chat apps print them when several messages are copied at once
 * (a line with only a number, a date and a time). A blank line also ends a message.
 */
import { isIsoDate } from '../../dates';
import type { IsoDate } from '../../types';
import { isLocalTime, type LocalTime } from '../contact';

export interface Span {
  start: number;
  end: number;
}

export interface MessageHeader {
  sender: (Span & { value: string }) | null;
  date: IsoDate | null;
  time: LocalTime | null;
}

export interface SplitMessage extends Span {
  header: MessageHeader;
  /** Where the text after the header starts. */
  bodyStart: number;
}

// Regular-expression literals (not strings built up): the day part (上午…) is group 4, 2 and 1.
const FULL_DATE_TIME =
  /(?:(\d{4})\s*[-/.年]\s*)?(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s*(?:星期|周)[一二三四五六日天])?\s*(上午|下午|晚上|凌晨|中午|早上|傍晚)?\s*(\d{1,2})[:：](\d{2})/u;
const RELATIVE_TIME = /(今天|昨天|前天)\s*(上午|下午|晚上|凌晨|中午|早上|傍晚)?\s*(\d{1,2})[:：](\d{2})/u;
const TIME_ONLY = /^(上午|下午|晚上|凌晨|中午|早上|傍晚)?\s*(\d{1,2})[:：](\d{2})(?:[:：]\d{2})?$/u;
const NUMBER =
  /(?:\+?86[-\s]?)?(?:1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}|10[0-9]{3,18}|95\d{3,6}|400[-\s]?\d{3}[-\s]?\d{4}|0\d{2,3}[-\s]?\d{7,8}|12368)/u;
const LABELS = /发件人|来自|收件人|短信|信息|号码|from|sms|[:：\s()（）<>,，]|(?:星期|周)[一二三四五六日天]/giu;

function hour24(dayPart: string | undefined, hour: number): number {
  if ((dayPart === '下午' || dayPart === '晚上' || dayPart === '傍晚') && hour < 12) return hour + 12;
  if (dayPart === '中午' && hour < 11) return hour + 12;
  if (dayPart === '凌晨' && hour === 12) return 0;
  return hour;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function makeTime(dayPart: string | undefined, h: string, m: string): LocalTime | null {
  const t = `${pad(hour24(dayPart, Number(h)))}:${m}`;
  return isLocalTime(t) ? t : null;
}

function addDaysIso(today: IsoDate, days: number): IsoDate {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10) as IsoDate;
}

/** A date without a year is the latest such day not after today. */
function makeDate(year: string | undefined, month: string, day: string, today: IsoDate): IsoDate | null {
  const md = `${pad(Number(month))}-${pad(Number(day))}`;
  let y = year ? Number(year) : Number(today.slice(0, 4));
  if (!year && `${y}-${md}` > today) y -= 1;
  const iso = `${y}-${md}`;
  return isIsoDate(iso) ? iso : null;
}

/** The header a line carries, or null when the line is message text. */
export function readHeaderLine(line: string, lineStart: number, today: IsoDate): MessageHeader | null {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.length > 60) return null;
  let rest = trimmed;
  let date: IsoDate | null = null;
  let time: LocalTime | null = null;
  let sender: MessageHeader['sender'] = null;
  const full = FULL_DATE_TIME.exec(rest);
  const relative = full ? null : RELATIVE_TIME.exec(rest);
  if (full) {
    date = makeDate(full[1], full[2] ?? '', full[3] ?? '', today);
    time = makeTime(full[4], full[5] ?? '', full[6] ?? '');
    rest = rest.replace(full[0], ' ');
  } else if (relative) {
    date = addDaysIso(today, relative[1] === '今天' ? 0 : relative[1] === '昨天' ? -1 : -2);
    time = makeTime(relative[2], relative[3] ?? '', relative[4] ?? '');
    rest = rest.replace(relative[0], ' ');
  }
  const number = NUMBER.exec(rest);
  if (number) {
    const at = line.indexOf(number[0]);
    sender = { value: number[0].replace(/[-\s]/g, ''), start: lineStart + at, end: lineStart + at + number[0].length };
    rest = rest.replace(number[0], ' ');
  }
  if (!full && !relative) {
    const only = TIME_ONLY.exec(rest.trim());
    if (only) {
      time = makeTime(only[1], only[2] ?? '', only[3] ?? '');
      rest = '';
    }
  }
  if (!sender && !time) return null;
  // Whatever is left must be labels, not words of a message.
  if (rest.replace(LABELS, '').length > 2) return null;
  return { sender, date, time };
}

export function splitMessages(text: string, today: IsoDate): SplitMessage[] {
  const messages: SplitMessage[] = [];
  let current: SplitMessage | null = null;
  let hasBody = false;
  let offset = 0;
  const close = (end: number) => {
    if (current && hasBody) messages.push({ ...current, end });
    current = null;
    hasBody = false;
  };
  for (const line of text.split('\n')) {
    const lineStart = offset;
    const lineEnd = offset + line.length;
    offset = lineEnd + 1;
    const header = readHeaderLine(line, lineStart, today);
    if (header) {
      if (hasBody) close(lastBodyEnd(text, lineStart));
      if (!current) current = { start: lineStart, end: lineEnd, header, bodyStart: offset };
      else {
        // A number line then a date line: one header.
        current.header = {
          sender: current.header.sender ?? header.sender,
          date: current.header.date ?? header.date,
          time: current.header.time ?? header.time,
        };
        current.bodyStart = offset;
      }
      continue;
    }
    if (line.trim() === '') {
      if (hasBody) close(lastBodyEnd(text, lineStart));
      continue;
    }
    if (!current)
      current = {
        start: lineStart,
        end: lineEnd,
        header: { sender: null, date: null, time: null },
        bodyStart: lineStart,
      };
    hasBody = true;
    current.end = lineEnd;
  }
  if (current && hasBody) messages.push(current);
  return messages.map((m) => trimSpan(text, m));
}

function lastBodyEnd(text: string, before: number): number {
  let end = before;
  while (end > 0 && /\s/.test(text[end - 1] ?? '')) end -= 1;
  return end;
}

function trimSpan(text: string, m: SplitMessage): SplitMessage {
  let { start, end } = m;
  while (start < end && /\s/.test(text[start] ?? '')) start += 1;
  while (end > start && /\s/.test(text[end - 1] ?? '')) end -= 1;
  let bodyStart = Math.max(m.bodyStart, start);
  while (bodyStart < end && /\s/.test(text[bodyStart] ?? '')) bodyStart += 1;
  return { ...m, start, end, bodyStart };
}
