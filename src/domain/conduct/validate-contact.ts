/**
 * Validation of the contact-log form. Input is what the person entered (strings, chosen chips,
 * ticks); output is either clean `ContactEntryFields` or one issue code per field, which the
 * UI shows next to that field. Nothing is saved unless every field is valid.
 */
import { isIsoDate } from '../dates';
import type { IsoDate, Validated } from '../types';
import {
  CONTACT_CHANNELS,
  CONTACT_FLAGS,
  CONTACT_PARTIES,
  MAX_ATTEMPTS_PER_ENTRY,
  MAX_CONTACT_SHORT_TEXT,
  MAX_CONTACT_TEXT,
  isLocalTime,
  type ContactChannel,
  type ContactEntryFields,
  type ContactFlag,
  type ContactParty,
  type LocalTime,
} from './contact';

export type ContactFieldIssue =
  'required' | 'invalid-date' | 'future-date' | 'invalid-time' | 'too-long' | 'invalid-choice' | 'attempts-range';

export interface ContactFormInput {
  date: string;
  time: string;
  debtId: string;
  agency: string;
  collectorName: string;
  channel: ContactChannel | '';
  fromNumber: string;
  toNumber: string;
  /** Only read for unanswered calls. */
  attempts: string;
  party: ContactParty | '';
  partyName: string;
  flags: readonly ContactFlag[];
  quote: string;
  notes: string;
}

export type ContactFormField = keyof ContactFormInput;

/** A fresh form: date and time are "now", the person was the one contacted. */
export function emptyContactForm(now: { date: IsoDate; time: LocalTime }, debtId = ''): ContactFormInput {
  return {
    date: now.date,
    time: now.time,
    debtId,
    agency: '',
    collectorName: '',
    channel: '',
    fromNumber: '',
    toNumber: '',
    attempts: '1',
    party: 'debtor',
    partyName: '',
    flags: [],
    quote: '',
    notes: '',
  };
}

export function contactToForm(e: ContactEntryFields): ContactFormInput {
  return { ...e, attempts: String(e.attempts), flags: [...e.flags] };
}

const FULL_WIDTH_DIGIT = /[０-９]/g;
const toAscii = (s: string) => s.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48));

export function validateContactForm(
  input: ContactFormInput,
  today: IsoDate,
): Validated<ContactEntryFields, ContactFieldIssue> {
  const issues: Partial<Record<ContactFormField, ContactFieldIssue>> = {};

  const text = (field: ContactFormField & keyof ContactEntryFields, max: number): string => {
    const v = (input[field] as string).trim();
    if (v.length > max) issues[field] = 'too-long';
    return v;
  };

  const date = input.date.trim();
  if (date === '') issues.date = 'required';
  else if (!isIsoDate(date)) issues.date = 'invalid-date';
  else if (date > today) issues.date = 'future-date';

  const time = toAscii(input.time.trim());
  if (time === '') issues.time = 'required';
  else if (!isLocalTime(time)) issues.time = 'invalid-time';

  const channel = input.channel;
  if (channel === '') issues.channel = 'required';
  else if (!CONTACT_CHANNELS.includes(channel)) issues.channel = 'invalid-choice';

  const party = input.party;
  if (party === '') issues.party = 'required';
  else if (!CONTACT_PARTIES.includes(party)) issues.party = 'invalid-choice';

  let attempts = 1;
  if (channel === 'call-unanswered') {
    const raw = toAscii(input.attempts.trim());
    const n = raw === '' ? 1 : Number(raw);
    if (!/^\d*$/.test(raw) || !Number.isInteger(n) || n < 1 || n > MAX_ATTEMPTS_PER_ENTRY)
      issues.attempts = 'attempts-range';
    else attempts = n;
  }

  const flags = [...new Set(input.flags)];
  if (flags.some((f) => !CONTACT_FLAGS.includes(f))) issues.flags = 'invalid-choice';

  const debtId = text('debtId', MAX_CONTACT_SHORT_TEXT);
  const agency = text('agency', MAX_CONTACT_SHORT_TEXT);
  const collectorName = text('collectorName', MAX_CONTACT_SHORT_TEXT);
  const fromNumber = text('fromNumber', MAX_CONTACT_SHORT_TEXT);
  const toNumber = text('toNumber', MAX_CONTACT_SHORT_TEXT);
  const partyName = text('partyName', MAX_CONTACT_SHORT_TEXT);
  const quote = text('quote', MAX_CONTACT_TEXT);
  const notes = text('notes', MAX_CONTACT_TEXT);

  if (Object.keys(issues).length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      date: date as IsoDate,
      time: time as LocalTime,
      debtId,
      agency,
      collectorName,
      channel: channel as ContactChannel,
      fromNumber,
      toNumber,
      attempts,
      party: party as ContactParty,
      partyName: party === 'debtor' ? '' : partyName,
      flags,
      quote,
      notes,
    },
  };
}
