/**
 * Validation of the debt form. Input is what the person typed (strings); output is either
 * clean `DebtFields` or one issue code per field, which the UI turns into a Chinese message
 * next to that field. Nothing is saved unless every field is valid.
 */
import { isIsoDate } from './dates';
import { CREDITOR_TYPES, DEBT_STATUSES, isLoan, type CreditorType, type DebtFields, type DebtStatus } from './debt';
import { parseYuan, type MoneyInputError } from './money';
import type { Fen, IsoDate, Validated } from './types';

export type DebtFieldIssue =
  | MoneyInputError
  | 'required'
  | 'invalid-date'
  | 'future-date'
  | 'last4-format'
  | 'loan-number-too-long'
  | 'too-long'
  | 'invalid-status'
  | 'payment-incomplete'
  | 'invalid-creditor-type'
  | 'before-first-missed';

/** The form as typed: every field a string. */
export interface DebtFormInput {
  lender: string;
  nickname: string;
  last4: string;
  creditLimit: string;
  loanNumber: string;
  principal: string;
  interest: string;
  fees: string;
  firstMissedDue: string;
  minimumPayment: string;
  lastPaymentDate: string;
  lastPaymentAmount: string;
  status: string;
  notes: string;
  creditorType: string;
  /** Only read when status is 'settled'; otherwise the debt has no settled date. */
  settledOn: string;
}

export type DebtFormField = keyof DebtFormInput;

/** Longest text we keep in one field. Long enough for any real note, short enough to stay fast. */
export const MAX_TEXT_LENGTH = 10_000;
/** A contract or loan number is short; 100 characters leaves room for any format. */
export const MAX_LOAN_NUMBER_LENGTH = 100;

export const EMPTY_DEBT_FORM: DebtFormInput = {
  lender: '',
  nickname: '',
  last4: '',
  creditLimit: '',
  loanNumber: '',
  principal: '',
  interest: '',
  fees: '',
  firstMissedDue: '',
  minimumPayment: '',
  lastPaymentDate: '',
  lastPaymentAmount: '',
  status: 'overdue',
  notes: '',
  creditorType: 'card-overdraft',
  settledOn: '',
};

export function validateDebtForm(input: DebtFormInput, today: IsoDate): Validated<DebtFields, DebtFieldIssue> {
  const issues: Partial<Record<DebtFormField, DebtFieldIssue>> = {};

  const text = (field: DebtFormField, required: boolean): string => {
    const v = input[field].trim();
    if (required && v === '') issues[field] = 'required';
    else if (v.length > MAX_TEXT_LENGTH) issues[field] = 'too-long';
    return v;
  };
  const money = (field: DebtFormField, optional: 'optional' | 'zero-if-empty' | 'required'): Fen | null => {
    const raw = input[field];
    if (raw.trim() === '') {
      if (optional === 'required') issues[field] = 'required';
      return optional === 'zero-if-empty' ? (0 as Fen) : null;
    }
    const parsed = parseYuan(raw);
    if (!parsed.ok) {
      issues[field] = parsed.error;
      return null;
    }
    return parsed.fen;
  };
  const pastDate = (field: DebtFormField): IsoDate | null => {
    const v = input[field].trim();
    if (v === '') return null;
    if (!isIsoDate(v)) {
      issues[field] = 'invalid-date';
      return null;
    }
    if (v > today) {
      issues[field] = 'future-date';
      return null;
    }
    return v;
  };

  const lender = text('lender', true);
  const nickname = text('nickname', false);
  const notes = text('notes', false);
  const creditorType = input.creditorType as CreditorType;
  if (!CREDITOR_TYPES.includes(creditorType)) issues.creditorType = 'invalid-creditor-type';
  // A loan has no card digits or credit limit, a card no loan number: the form shows only the
  // fields of the chosen kind, and what was typed into the others is not kept.
  const loan = CREDITOR_TYPES.includes(creditorType) && isLoan(creditorType);
  let last4 = '';
  let creditLimit: Fen | null = null;
  let loanNumber = '';
  if (loan) {
    loanNumber = input.loanNumber.trim();
    if (loanNumber.length > MAX_LOAN_NUMBER_LENGTH) issues.loanNumber = 'loan-number-too-long';
  } else {
    last4 = input.last4.trim();
    if (last4 !== '' && !/^\d{4}$/.test(last4)) issues.last4 = 'last4-format';
    creditLimit = money('creditLimit', 'optional');
  }
  const principal = money('principal', 'required');
  const interest = money('interest', 'zero-if-empty');
  const fees = money('fees', 'zero-if-empty');
  const minimumPayment = money('minimumPayment', 'optional');
  const firstMissedDue = pastDate('firstMissedDue');
  const lastPaymentDate = pastDate('lastPaymentDate');
  const lastPaymentAmount = money('lastPaymentAmount', 'optional');
  if (!issues.lastPaymentDate && !issues.lastPaymentAmount) {
    if (lastPaymentDate !== null && lastPaymentAmount === null) issues.lastPaymentAmount = 'payment-incomplete';
    if (lastPaymentDate === null && lastPaymentAmount !== null) issues.lastPaymentDate = 'payment-incomplete';
  }
  const status = input.status as DebtStatus;
  if (!DEBT_STATUSES.includes(status)) issues.status = 'invalid-status';
  const settledOn = status === 'settled' ? pastDate('settledOn') : null;
  if (settledOn !== null && firstMissedDue !== null && settledOn < firstMissedDue)
    issues.settledOn = 'before-first-missed';

  if (Object.keys(issues).length > 0) return { ok: false, issues };
  return {
    ok: true,
    value: {
      lender,
      nickname,
      last4,
      creditLimit,
      loanNumber,
      principal: principal!,
      interest: interest!,
      fees: fees!,
      firstMissedDue,
      minimumPayment,
      lastPaymentDate,
      lastPaymentAmount,
      status,
      notes,
      creditorType,
      settledOn,
    },
  };
}

/** Turn stored fields back into form strings for editing. */
export function debtToForm(d: DebtFields, toYuan: (f: Fen) => string): DebtFormInput {
  const m = (f: Fen | null) => (f === null ? '' : toYuan(f));
  return {
    lender: d.lender,
    nickname: d.nickname,
    last4: d.last4,
    creditLimit: m(d.creditLimit),
    loanNumber: d.loanNumber,
    principal: m(d.principal),
    interest: m(d.interest),
    fees: m(d.fees),
    firstMissedDue: d.firstMissedDue ?? '',
    minimumPayment: m(d.minimumPayment),
    lastPaymentDate: d.lastPaymentDate ?? '',
    lastPaymentAmount: m(d.lastPaymentAmount),
    status: d.status,
    notes: d.notes,
    creditorType: d.creditorType,
    settledOn: d.settledOn ?? '',
  };
}
