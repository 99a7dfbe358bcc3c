/** Live query for the budget (收支表): `null` while loading. */
import { useLiveQuery } from 'dexie-react-hooks';
import type { BudgetLine } from '../domain/budget/budget';
import { listBudgetLines } from './repos/budget-repo';

export function useBudgetLines(): BudgetLine[] | null {
  return useLiveQuery(() => listBudgetLines(), [], null);
}
