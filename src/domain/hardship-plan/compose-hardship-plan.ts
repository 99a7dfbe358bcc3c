/**
 * The whole repayment plan across the ledger: how much is offered each month, how it is
 * split between the open debts, and for each debt the months needed on both bases (so the
 * user sees what a freeze would mean) and the 60-month check.
 */
import type { Debt } from '../debt';
import type { LetterHardshipPlan } from '../letters/letter-input';
import type { Fen, IsoDate } from '../types';
import { balanceFor, hardshipPlanTerms, type HardshipPlanBasis, type HardshipPlanTerms } from './hardship-plan';
import { splitProRata } from './split';

export interface HardshipPlanChoices {
  /** Monthly offer across all creditors; null = what the budget leaves. */
  offer: Fen | null;
  split: 'pro-rata' | 'custom';
  custom: Record<string, Fen>;
  basis: HardshipPlanBasis;
  firstDue: IsoDate | null;
}

export interface DebtHardshipPlan {
  debt: Debt;
  /** What is owed on the chosen basis. */
  owed: Fen;
  monthly: Fen;
  /** Terms on the chosen basis. */
  terms: HardshipPlanTerms;
  /** Freeze comparison: the same monthly amount, principal only vs with interest and fees. */
  principalOnly: HardshipPlanTerms;
  withInterestAndFees: HardshipPlanTerms;
}

export interface ComposedHardshipPlan {
  offer: Fen;
  debts: DebtHardshipPlan[];
  totalOwed: Fen;
  /** Sum of the monthly amounts (equals the offer when split pro-rata). */
  totalMonthly: Fen;
}

export function composeHardshipPlan(
  ledger: readonly Debt[],
  available: Fen,
  choices: HardshipPlanChoices,
): ComposedHardshipPlan {
  const open = ledger.filter((d) => d.status !== 'settled');
  const offer = choices.offer ?? available;
  const owed = open.map((d) => balanceFor(d, choices.basis));
  const monthlies =
    choices.split === 'pro-rata'
      ? splitProRata(
          offer,
          open.map((d, i) => ({ debtId: d.id, owed: owed[i] })),
        ).map((s) => s.monthly)
      : open.map((d) => choices.custom[d.id] ?? (0 as Fen));
  const debts = open.map((debt, i) => ({
    debt,
    owed: owed[i],
    monthly: monthlies[i],
    terms: hardshipPlanTerms(owed[i], monthlies[i]),
    principalOnly: hardshipPlanTerms(balanceFor(debt, 'principal'), monthlies[i]),
    withInterestAndFees: hardshipPlanTerms(balanceFor(debt, 'total'), monthlies[i]),
  }));
  return {
    offer,
    debts,
    totalOwed: owed.reduce((a, b) => a + b, 0) as Fen,
    totalMonthly: monthlies.reduce((a, b) => a + b, 0) as Fen,
  };
}

/** The plan of one debt as a letter states it, or null when there is no plan to propose. */
export function letterHardshipPlanFor(
  plan: ComposedHardshipPlan,
  debtId: string,
  choices: HardshipPlanChoices,
): LetterHardshipPlan | null {
  const entry = plan.debts.find((d) => d.debt.id === debtId);
  if (!entry || entry.terms.kind !== 'plan') return null;
  return {
    basis: choices.basis,
    monthly: entry.terms.monthly,
    months: entry.terms.months,
    lastInstalment: entry.terms.lastInstalment,
    firstDue: choices.firstDue,
    split: choices.split,
    creditorCount: plan.debts.length,
    totalOwedAll: plan.totalOwed,
    offerAll: plan.totalMonthly,
  };
}
