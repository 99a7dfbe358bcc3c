/**
 * Validation of the budget form: one amount (as typed), one frequency and one optional reason
 * per category. A line left empty is simply not part of the budget; nothing is saved unless
 * every filled line is valid.
 */
import { parseYuan, type MoneyInputError } from '../money';
import type { Validated } from '../types';
import {
  BUDGET_CATEGORIES,
  FREQUENCIES,
  MAX_REASON_LENGTH,
  type BudgetCategory,
  type BudgetLine,
  type Frequency,
} from './budget';

export type BudgetLineIssue = MoneyInputError | 'reason-too-long' | 'reason-multiline' | 'invalid-frequency';

export interface BudgetLineInput {
  amount: string;
  frequency: string;
  reason: string;
}

export type BudgetFormInput = Record<BudgetCategory, BudgetLineInput>;

export function emptyBudgetForm(): BudgetFormInput {
  return Object.fromEntries(
    BUDGET_CATEGORIES.map((c) => [c, { amount: '', frequency: 'month', reason: '' }]),
  ) as BudgetFormInput;
}

/** The lines as form strings, for editing saved lines. */
export function budgetToForm(
  lines: readonly BudgetLine[],
  toYuan: (fen: BudgetLine['amount']) => string,
): BudgetFormInput {
  const form = emptyBudgetForm();
  for (const l of lines) form[l.category] = { amount: toYuan(l.amount), frequency: l.frequency, reason: l.reason };
  return form;
}

export function validateBudgetForm(input: BudgetFormInput): Validated<BudgetLine[], BudgetLineIssue> {
  const issues: Partial<Record<BudgetCategory, BudgetLineIssue>> = {};
  const lines: BudgetLine[] = [];
  for (const category of BUDGET_CATEGORIES) {
    const { amount, frequency, reason } = input[category];
    const cleanReason = reason.trim();
    if (amount.trim() === '') {
      // An empty amount drops the line; a lone reason without an amount is kept nowhere.
      continue;
    }
    const parsed = parseYuan(amount);
    if (!parsed.ok) {
      issues[category] = parsed.error;
      continue;
    }
    if (!(FREQUENCIES as readonly string[]).includes(frequency)) {
      issues[category] = 'invalid-frequency';
      continue;
    }
    if (/[\r\n]/.test(cleanReason)) {
      issues[category] = 'reason-multiline';
      continue;
    }
    if (cleanReason.length > MAX_REASON_LENGTH) {
      issues[category] = 'reason-too-long';
      continue;
    }
    lines.push({ category, amount: parsed.fen, frequency: frequency as Frequency, reason: cleanReason });
  }
  if (Object.keys(issues).length > 0) return { ok: false, issues };
  return { ok: true, value: lines };
}
