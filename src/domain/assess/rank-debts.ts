/**
 * The home screen's order: every debt assessed as of `today` and ranked by urgency (see
 * urgency.ts). Loaded on demand, with the assessment engine, so the first screen does not
 * carry the engine: until it arrives the ledger is in days-overdue order (`byDaysOverdue`).
 */
import type { Debt } from '../debt';
import type { DebtEvent } from '../debt-events';
import type { IsoDate } from '../types';
import { assessDebt } from './assess-debt';
import { assessmentInputWithIssuer } from './from-debt';
import { byUrgency, debtUrgency, type DebtUrgency } from './urgency';

export function rankDebts(
  debts: readonly Debt[],
  events: readonly DebtEvent[],
  today: IsoDate,
): { debt: Debt; urgency: DebtUrgency }[] {
  const rows = debts.map((debt) => ({
    debt,
    urgency: debtUrgency(assessDebt(assessmentInputWithIssuer(debt, debts, events), today)),
  }));
  return byUrgency(rows, (r) => r.urgency);
}
