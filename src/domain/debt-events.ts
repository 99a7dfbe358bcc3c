/**
 * Dated facts about one debt that the assessment reads: payments, collection notices,
 * acknowledgements or repayment plans the user signed, and court events.
 *
 * Each is a separate record (table `debtEvents`), so the user can add them one at a time as
 * things happen. The form validator turns what was typed into clean fields or one issue code
 * per field; the UI shows a Chinese message next to that field.
 */
import { assertNever } from '../lib/assert-never';
import { isIsoDate } from './dates';
import { parseYuan, type MoneyInputError } from './money';
import type { Fen, IsoDate, Validated } from './types';

export const DEBT_EVENT_TYPES = ['payment', 'collection-notice', 'acknowledgement', 'legal'] as const;
export type DebtEventType = (typeof DEBT_EVENT_TYPES)[number];

/** How a collection notice reached you. SMS, letters and e-mail are the forms the law names. */
export const COLLECTION_CHANNELS = ['sms', 'letter', 'email', 'phone', 'visit', 'app-message', 'other'] as const;
export type CollectionChannel = (typeof COLLECTION_CHANNELS)[number];

/** Can you show you received it (a signed receipt, the SMS itself, a recording)? */
export const RECEIPT_PROOFS = ['yes', 'no', 'unknown'] as const;
export type ReceiptProof = (typeof RECEIPT_PROOFS)[number];

/** 书面承认欠款 / 签了还款计划(分期协议) */
export const ACKNOWLEDGEMENT_KINDS = ['acknowledgement', 'repayment-plan'] as const;
export type AcknowledgementKind = (typeof ACKNOWLEDGEMENT_KINDS)[number];

/**
 * 收到支付令 / 被起诉 / 收到起诉状副本 / 收到判决书 / 收到裁定书 / 强制执行 / 限制消费 /
 * 失信被执行人名单. Listed in the order a case usually runs (the form shows them so); stored rows
 * keep their kind, so a kind is only ever added, never renamed.
 */
export const LEGAL_EVENT_KINDS = [
  'payment-order-received',
  'lawsuit-filed',
  'complaint-served',
  'judgment-received',
  'ruling-received',
  'enforcement',
  'consumption-ban',
  'dishonest-list',
] as const;
export type LegalEventKind = (typeof LEGAL_EVENT_KINDS)[number];

export interface PaymentFields {
  type: 'payment';
  date: IsoDate;
  amount: Fen;
  note: string;
}

export interface CollectionNoticeFields {
  type: 'collection-notice';
  date: IsoDate;
  channel: CollectionChannel;
  received: ReceiptProof;
  note: string;
}

export interface AcknowledgementFields {
  type: 'acknowledgement';
  date: IsoDate;
  kind: AcknowledgementKind;
  /** For a repayment plan: the due date of its last instalment (may lie ahead). */
  lastInstalmentDue: IsoDate | null;
  note: string;
}

export interface LegalEventFields {
  type: 'legal';
  /** For documents (支付令, 起诉状副本, 判决书, 裁定书): the day you received it; otherwise the day it happened. */
  date: IsoDate;
  kind: LegalEventKind;
  /**
   * For a judgment: the last day of the performance period it sets (判决确定的履行期限的最后一日),
   * from which the creditor's 2 years to apply for enforcement run. Optional: rows stored before
   * it existed have no such field, and the user may not know it yet.
   */
  performanceDue?: IsoDate;
  /**
   * The case number on the court's paper (案号), as the user typed it. Optional: rows stored
   * before it existed have none, and steps such as a 限消 may come without one.
   */
  caseNumber?: string;
  note: string;
}

export type DebtEventFields = PaymentFields | CollectionNoticeFields | AcknowledgementFields | LegalEventFields;

export type DebtEvent = DebtEventFields & {
  id: string;
  debtId: string;
  /** ISO timestamps, set by storage */
  createdAt: string;
  updatedAt: string;
};

/** Longest note we keep on one event. */
export const MAX_EVENT_NOTE_LENGTH = 2_000;
/** Longest case number we keep: real ones are under 30 characters. */
export const MAX_CASE_NUMBER_LENGTH = 60;

export type DebtEventIssue =
  | MoneyInputError
  | 'required'
  | 'invalid-date'
  | 'future-date'
  | 'zero-amount'
  | 'invalid-choice'
  | 'before-event-date'
  | 'before-judgment-date'
  | 'too-long'
  | 'case-number-too-long';

/** The event form as typed: every field a string. Fields a type does not use are ignored. */
export interface DebtEventFormInput {
  type: DebtEventType;
  date: string;
  amount: string;
  channel: string;
  received: string;
  kind: string;
  lastInstalmentDue: string;
  /** Only for a judgment: the last day of its performance period (may lie ahead). */
  performanceDue: string;
  /** Only for a court step: the case number on its paper (optional). */
  caseNumber: string;
  note: string;
}

export type DebtEventFormField = keyof DebtEventFormInput;

export function emptyEventForm(type: DebtEventType): DebtEventFormInput {
  return {
    type,
    date: '',
    amount: '',
    channel: 'sms',
    received: 'unknown',
    kind: type === 'acknowledgement' ? 'repayment-plan' : type === 'legal' ? 'payment-order-received' : '',
    lastInstalmentDue: '',
    performanceDue: '',
    caseNumber: '',
    note: '',
  };
}

function oneOf<T extends string>(options: readonly T[], value: string): value is T {
  return (options as readonly string[]).includes(value);
}

/** Validate the event form. `today` bounds the event date: events are things that happened. */
export function validateDebtEventForm(
  input: DebtEventFormInput,
  today: IsoDate,
): Validated<DebtEventFields, DebtEventIssue> {
  const issues: Partial<Record<DebtEventFormField, DebtEventIssue>> = {};
  const rawDate = input.date.trim();
  let date: IsoDate | null = null;
  if (rawDate === '') issues.date = 'required';
  else if (!isIsoDate(rawDate)) issues.date = 'invalid-date';
  else if (rawDate > today) issues.date = 'future-date';
  else date = rawDate;

  const note = input.note.trim();
  if (note.length > MAX_EVENT_NOTE_LENGTH) issues.note = 'too-long';

  let fields: DebtEventFields | null = null;
  switch (input.type) {
    case 'payment': {
      let amount: Fen | null = null;
      if (input.amount.trim() === '') issues.amount = 'required';
      else {
        const parsed = parseYuan(input.amount);
        if (!parsed.ok) issues.amount = parsed.error;
        else if (parsed.fen === 0) issues.amount = 'zero-amount';
        else amount = parsed.fen;
      }
      if (date !== null && amount !== null) fields = { type: 'payment', date, amount, note };
      break;
    }
    case 'collection-notice': {
      const { channel, received } = input;
      if (!oneOf(COLLECTION_CHANNELS, channel)) issues.channel = 'invalid-choice';
      if (!oneOf(RECEIPT_PROOFS, received)) issues.received = 'invalid-choice';
      if (date !== null && oneOf(COLLECTION_CHANNELS, channel) && oneOf(RECEIPT_PROOFS, received)) {
        fields = { type: 'collection-notice', date, channel, received, note };
      }
      break;
    }
    case 'acknowledgement': {
      const { kind } = input;
      if (!oneOf(ACKNOWLEDGEMENT_KINDS, kind)) issues.kind = 'invalid-choice';
      const rawLast = kind === 'repayment-plan' ? input.lastInstalmentDue.trim() : '';
      let lastInstalmentDue: IsoDate | null = null;
      if (rawLast !== '') {
        if (!isIsoDate(rawLast)) issues.lastInstalmentDue = 'invalid-date';
        else if (date !== null && rawLast < date) issues.lastInstalmentDue = 'before-event-date';
        else lastInstalmentDue = rawLast;
      }
      if (date !== null && oneOf(ACKNOWLEDGEMENT_KINDS, kind) && !issues.lastInstalmentDue) {
        fields = { type: 'acknowledgement', date, kind, lastInstalmentDue, note };
      }
      break;
    }
    case 'legal': {
      const { kind } = input;
      const rawDue = kind === 'judgment-received' ? input.performanceDue.trim() : '';
      let performanceDue: IsoDate | null = null;
      if (rawDue !== '') {
        if (!isIsoDate(rawDue)) issues.performanceDue = 'invalid-date';
        else if (date !== null && rawDue < date) issues.performanceDue = 'before-judgment-date';
        else performanceDue = rawDue;
      }
      const caseNumber = input.caseNumber.trim();
      if (caseNumber.length > MAX_CASE_NUMBER_LENGTH) issues.caseNumber = 'case-number-too-long';
      if (!oneOf(LEGAL_EVENT_KINDS, kind)) issues.kind = 'invalid-choice';
      else if (date !== null && !issues.performanceDue && !issues.caseNumber) {
        fields = {
          type: 'legal',
          date,
          kind,
          ...(performanceDue !== null ? { performanceDue } : {}),
          ...(caseNumber !== '' ? { caseNumber } : {}),
          note,
        };
      }
      break;
    }
    default:
      return assertNever(input.type, 'unknown event type');
  }
  if (Object.keys(issues).length > 0 || fields === null) return { ok: false, issues };
  return { ok: true, value: fields };
}

/** Stored fields back into form strings for editing. */
export function eventToForm(e: DebtEventFields, toYuan: (f: Fen) => string): DebtEventFormInput {
  const base = emptyEventForm(e.type);
  switch (e.type) {
    case 'payment':
      return { ...base, date: e.date, amount: toYuan(e.amount), note: e.note };
    case 'collection-notice':
      return { ...base, date: e.date, channel: e.channel, received: e.received, note: e.note };
    case 'acknowledgement':
      return { ...base, date: e.date, kind: e.kind, lastInstalmentDue: e.lastInstalmentDue ?? '', note: e.note };
    case 'legal':
      return {
        ...base,
        date: e.date,
        kind: e.kind,
        performanceDue: e.performanceDue ?? '',
        caseNumber: e.caseNumber ?? '',
        note: e.note,
      };
    default:
      return assertNever(e, 'unknown event type');
  }
}
