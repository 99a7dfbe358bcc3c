/**
 * The household budget (收支表), modelled on the UK Standard Financial Statement in Chinese
 * household categories.
 *
 * Every line is an amount and a frequency (week / month / year); everything is compared
 * per month. Debt repayments are deliberately not a category: the surplus is what is left
 * *before* paying any debt, which is exactly the money that can be offered to creditors.
 *
 * Normalising to a month, in integer fen:
 * - month: the amount as entered;
 * - week:  amount × 52 / 12 (a year has 52 weeks, so a month averages 4⅓ weeks; "× 4" would
 *          understate weekly costs by 8%);
 * - year:  amount / 12.
 * The exact rational result is rounded to the nearest fen, halves rounded up, once per line.
 * Totals are sums of the rounded lines, so the lines shown always add up to the totals shown.
 */
import { assertNever } from '../../lib/assert-never';
import type { Fen } from '../types';

export const INCOME_CATEGORIES = ['salary', 'business', 'benefits', 'other-income'] as const;
/** 房租或房贷 / 水电燃气 / 伙食 / 交通 / 通讯 / 子女教育 / 医疗 / 赡养老人 / 人情往来 / 其他 */
export const SPENDING_CATEGORIES = [
  'housing',
  'utilities',
  'food',
  'transport',
  'communication',
  'education',
  'medical',
  'elder-care',
  'social',
  'other-spending',
] as const;
export const BUDGET_CATEGORIES = [...INCOME_CATEGORIES, ...SPENDING_CATEGORIES] as const;

export type BudgetCategory = (typeof BUDGET_CATEGORIES)[number];

export const FREQUENCIES = ['week', 'month', 'year'] as const;
export type Frequency = (typeof FREQUENCIES)[number];

/** Longest one-line reason kept on a line (e.g. "母亲住院,每月自付药费"). */
export const MAX_REASON_LENGTH = 120;

export interface BudgetLine {
  category: BudgetCategory;
  amount: Fen;
  frequency: Frequency;
  /** Optional one-line reason, the user's own words; '' when none. */
  reason: string;
}

/** Round `numerator / denominator` (both non-negative integers) to the nearest integer, halves up. */
function roundDiv(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/** One line's amount per month, in fen (see the file comment for the factors and rounding). */
export function monthlyAmount(amount: Fen, frequency: Frequency): Fen {
  switch (frequency) {
    case 'month':
      return amount;
    case 'week':
      return roundDiv(amount * 52, 12) as Fen;
    case 'year':
      return roundDiv(amount, 12) as Fen;
    default:
      return assertNever(frequency, 'unknown frequency');
  }
}

export interface BudgetSummary {
  /** Monthly amount per category (0 for categories not entered). */
  monthly: Record<BudgetCategory, Fen>;
  incomeMonthly: Fen;
  spendingMonthly: Fen;
  /** income − spending; negative when spending is larger (a shortfall). */
  surplusMonthly: number;
  /** What can be offered to creditors each month: the surplus, never below 0. */
  availableMonthly: Fen;
}

export function summariseBudget(lines: readonly BudgetLine[]): BudgetSummary {
  const monthly = Object.fromEntries(BUDGET_CATEGORIES.map((c) => [c, 0])) as Record<BudgetCategory, Fen>;
  for (const line of lines)
    monthly[line.category] = (monthly[line.category] + monthlyAmount(line.amount, line.frequency)) as Fen;
  let income = 0;
  let spending = 0;
  for (const c of INCOME_CATEGORIES) income += monthly[c];
  for (const c of SPENDING_CATEGORIES) spending += monthly[c];
  const surplus = income - spending;
  return {
    monthly,
    incomeMonthly: income as Fen,
    spendingMonthly: spending as Fen,
    surplusMonthly: surplus,
    availableMonthly: Math.max(0, surplus) as Fen,
  };
}
