/**
 * Turning the ledger and the budget into the parts of a letter snapshot. Only what the user
 * recorded goes in; lines of the budget left empty stay out of the letter.
 */
import { monthlyAmount, summariseBudget, type BudgetLine } from '../budget/budget';
import { isLoan, type DebtFields } from '../debt';
import type { IsoDate } from '../types';
import type { LetterBudget, LetterDebt } from './letter-input';

export function letterDebtFrom(
  debt: Pick<DebtFields, 'lender' | 'last4' | 'principal' | 'interest' | 'fees'> &
    Partial<Pick<DebtFields, 'creditorType' | 'loanNumber'>>,
  recordedOn: IsoDate,
): LetterDebt {
  const loan = debt.creditorType !== undefined && isLoan(debt.creditorType);
  return {
    lender: debt.lender,
    // Card digits only for a card, the loan number only for a loan (whatever an old record holds).
    last4: loan ? '' : debt.last4,
    ...(debt.creditorType !== undefined
      ? { creditorType: debt.creditorType, loanNumber: loan ? (debt.loanNumber ?? '') : '' }
      : {}),
    principal: debt.principal,
    interest: debt.interest,
    fees: debt.fees,
    recordedOn,
  };
}

/** The budget as a letter states it, or null when nothing was entered. */
export function letterBudgetFrom(lines: readonly BudgetLine[]): LetterBudget | null {
  if (lines.length === 0) return null;
  const s = summariseBudget(lines);
  return {
    lines: lines.map((l) => ({
      category: l.category,
      monthly: monthlyAmount(l.amount, l.frequency),
      reason: l.reason,
    })),
    incomeMonthly: s.incomeMonthly,
    spendingMonthly: s.spendingMonthly,
    surplusMonthly: s.surplusMonthly,
  };
}
