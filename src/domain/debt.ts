/**
 * A debt in the ledger (债务清单) and the simple facts derived from it.
 *
 * Overdue days are never stored: they are computed from the first missed due date and
 * the `today` the caller passes in, so they are always current.
 */
import { daysBetween } from './dates';
import type { Fen, IsoDate } from './types';

export const DEBT_STATUSES = ['overdue', 'negotiating', 'plan-agreed', 'sued', 'settled'] as const;
/** 逾期中 / 协商中 / 已达成分期 / 已起诉 / 已结清 */
export type DebtStatus = (typeof DEBT_STATUSES)[number];

/**
 * What kind of credit this is. It decides which rules apply: only a bank credit card's
 * overdraft can be 恶意透支; card instalment and cash-loan products (现金分期、账单分期) are
 * often treated as loans; consumer-finance companies and online lenders issue no credit card.
 */
export const CREDITOR_TYPES = [
  'card-overdraft',
  'card-instalment-or-cash-loan',
  'consumer-finance',
  'online-lender',
] as const;
/** 信用卡透支 / 信用卡分期或现金分期 / 消费金融公司 / 网络贷款平台 */
export type CreditorType = (typeof CREDITOR_TYPES)[number];

/** A debt on a bank credit card (overdraft, or the card's instalment and cash products). */
export function isBankCard(creditorType: CreditorType): boolean {
  return creditorType === 'card-overdraft' || creditorType === 'card-instalment-or-cash-loan';
}

/** A loan from a consumer-finance company or an online lender: no card, no card terms. */
export function isLoan(creditorType: CreditorType): boolean {
  return !isBankCard(creditorType);
}

/** What the user records about one card or loan. */
export interface DebtFields {
  /** Issuing bank or lender, e.g. 招商银行; for a loan, the lender named in the contract */
  lender: string;
  /** The user's own name for it, e.g. 工资卡 */
  nickname: string;
  /** Last 4 digits of the card number, or '' when not given; always '' on a loan */
  last4: string;
  /** Card credit limit; always null on a loan */
  creditLimit: Fen | null;
  /** A loan's contract or loan number (借款合同编号或借据号), or ''; always '' on a card */
  loanNumber: string;
  /** 透支本金 (card) or 借款本金 (loan): what was spent or borrowed and not repaid, without interest or fees */
  principal: Fen;
  interest: Fen;
  /** 违约金 and other fees */
  fees: Fen;
  /** 首次逾期日: the earliest due date not paid; null when not overdue */
  firstMissedDue: IsoDate | null;
  minimumPayment: Fen | null;
  lastPaymentDate: IsoDate | null;
  lastPaymentAmount: Fen | null;
  status: DebtStatus;
  notes: string;
  creditorType: CreditorType;
  /** 结清日期: the day the debt was paid off or settled in full; null while unpaid */
  settledOn: IsoDate | null;
}

export interface Debt extends DebtFields {
  id: string;
  /** ISO timestamps, set by storage */
  createdAt: string;
  updatedAt: string;
  /**
   * The day principal, interest and fees were last typed in (set by storage). Payments
   * recorded with a later date are taken off these amounts by the assessment; earlier ones
   * are assumed to be reflected in them already.
   */
  amountsAsOf: IsoDate;
}

/** 逾期天数 as of `today`: 0 when not overdue, settled, or the date is still ahead. */
export function overdueDays(debt: Pick<DebtFields, 'firstMissedDue' | 'status'>, today: IsoDate): number {
  if (debt.firstMissedDue === null || debt.status === 'settled') return 0;
  return Math.max(0, daysBetween(debt.firstMissedDue, today));
}

export function totalOwed(debt: Pick<DebtFields, 'principal' | 'interest' | 'fees'>): Fen {
  return (debt.principal + debt.interest + debt.fees) as Fen;
}

/**
 * The first, simple classification used by the ledger summary: 1–30, 31–90 and over 90
 * days. The full legal assessment (buckets M1–M7+, credit codes, regulatory lines) lives
 * in the assessment module.
 */
export type SimpleStage = 'not-overdue' | 'days-1-30' | 'days-31-90' | 'days-over-90';

export function simpleStage(days: number): SimpleStage {
  if (days <= 0) return 'not-overdue';
  if (days <= 30) return 'days-1-30';
  if (days <= 90) return 'days-31-90';
  return 'days-over-90';
}

export interface LedgerSummary {
  /** Sum over debts not settled */
  totalOwed: Fen;
  openCount: number;
  byStage: Record<SimpleStage, number>;
}

export function summariseLedger(debts: readonly DebtFields[], today: IsoDate): LedgerSummary {
  const byStage: Record<SimpleStage, number> = { 'not-overdue': 0, 'days-1-30': 0, 'days-31-90': 0, 'days-over-90': 0 };
  let total = 0;
  let openCount = 0;
  for (const d of debts) {
    if (d.status === 'settled') continue;
    openCount += 1;
    total += totalOwed(d);
    byStage[simpleStage(overdueDays(d, today))] += 1;
  }
  return { totalOwed: total as Fen, openCount, byStage };
}
