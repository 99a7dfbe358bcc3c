/**
 * A repayment plan for one debt: how much each month, for how many months.
 *
 * Art. 70 of the 2011 card measures caps a 个性化分期还款协议 at 5 years (60 months)
 * (source 'card-measures-2011-art70-max-term', [B]). When the monthly amount cannot clear the
 * balance within 60 months, the plan says so and gives the smallest whole-fen monthly amount
 * that does (the balance divided by 60, rounded up to the fen).
 *
 * Two bases show what a freeze (停息) would mean:
 * - 'principal': only the 透支本金 is repaid (the bank waives interest, 违约金 and fees);
 * - 'total': principal plus the interest and fees already charged, with no new interest.
 * If interest keeps running, it takes longer than either; the plan cannot know the rate.
 */
import { assertNever } from '../../lib/assert-never';
import { addMonths } from '../dates';
import type { DebtFields } from '../debt';
import type { Fen, IsoDate } from '../types';

/** Art. 70: 个性化分期还款协议的最长期限不得超过5年. */
export const MAX_HARDSHIP_PLAN_MONTHS = 60;

export const HARDSHIP_PLAN_BASES = ['principal', 'total'] as const;
export type HardshipPlanBasis = (typeof HARDSHIP_PLAN_BASES)[number];

export function balanceFor(debt: Pick<DebtFields, 'principal' | 'interest' | 'fees'>, basis: HardshipPlanBasis): Fen {
  switch (basis) {
    case 'principal':
      return debt.principal;
    case 'total':
      return (debt.principal + debt.interest + debt.fees) as Fen;
    default:
      return assertNever(basis, 'unknown plan basis');
  }
}

export type HardshipPlanTerms =
  /** Nothing to repay on this basis. */
  | { kind: 'nothing-owed' }
  /** A monthly amount of 0 never clears anything. */
  | { kind: 'no-payment'; minimumMonthlyFor60: Fen }
  | {
      kind: 'plan';
      monthly: Fen;
      months: number;
      /** The last instalment: the balance left after months − 1 full payments (≤ monthly). */
      lastInstalment: Fen;
      /** True when months > 60 (beyond what Art. 70 allows). */
      exceedsMaxTerm: boolean;
      /** Smallest monthly amount that clears the balance within 60 months. */
      minimumMonthlyFor60: Fen;
    };

/** Smallest whole-fen monthly amount that clears `balance` within `months`. */
export function minimumMonthly(balance: Fen, months = MAX_HARDSHIP_PLAN_MONTHS): Fen {
  return Math.ceil(balance / months) as Fen;
}

export function hardshipPlanTerms(balance: Fen, monthly: Fen): HardshipPlanTerms {
  if (balance === 0) return { kind: 'nothing-owed' };
  const minimumMonthlyFor60 = minimumMonthly(balance);
  if (monthly === 0) return { kind: 'no-payment', minimumMonthlyFor60 };
  const months = Math.ceil(balance / monthly);
  return {
    kind: 'plan',
    monthly,
    months,
    lastInstalment: (balance - monthly * (months - 1)) as Fen,
    exceedsMaxTerm: months > MAX_HARDSHIP_PLAN_MONTHS,
    minimumMonthlyFor60,
  };
}

export interface Instalment {
  /** 1-based period number (第 n 期) */
  index: number;
  dueDate: IsoDate;
  amount: Fen;
}

/**
 * The due dates and amounts of a plan starting on `firstDue`, then the same day each month.
 * Each date is counted from the first one (not chained), so a plan starting on the 31st is
 * due on the last day of shorter months and back on the 31st afterwards.
 */
export function instalmentSchedule(firstDue: IsoDate, monthly: Fen, months: number, lastInstalment: Fen): Instalment[] {
  return Array.from({ length: months }, (_, i) => ({
    index: i + 1,
    dueDate: addMonths(firstDue, i),
    amount: i === months - 1 ? lastInstalment : monthly,
  }));
}
