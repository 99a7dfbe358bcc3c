/**
 * Live queries for the budget, plan, agreement and letter screens. Each returns `null` while
 * loading and `undefined` when a single record does not exist.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { BudgetLine } from '../domain/budget/budget';
import type { AgreementRow, LetterRow, PlanSettings } from './hardship-rows';
import { listBudgetLines } from './repos/budget-repo';
import { getLetter, listSavedLetters } from './repos/letters-repo';
import { getAgreement, getPlanSettings, listAgreements } from './repos/plan-repo';

export function useBudgetLines(): BudgetLine[] | null {
  return useLiveQuery(() => listBudgetLines(), [], null);
}

export function usePlanSettings(): PlanSettings | null {
  return useLiveQuery(() => getPlanSettings(), [], null);
}

export function useAgreements(): AgreementRow[] | null {
  return useLiveQuery(() => listAgreements(), [], null);
}

export function useAgreement(id: string): AgreementRow | undefined | null {
  return useLiveQuery(() => getAgreement(id), [id], null);
}

export function useSavedLetters(): LetterRow[] | null {
  return useLiveQuery(() => listSavedLetters(), [], null);
}

export function useLetter(id: string): LetterRow | undefined | null {
  return useLiveQuery(() => getLetter(id), [id], null);
}
