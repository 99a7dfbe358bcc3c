/** Rows of the budget table (收支表, `budgetLines`, added in schema v4); checked by record-schemas.ts. */
import type { BudgetLine } from '../domain/budget/budget';

export interface BudgetLineRow extends BudgetLine {
  updatedAt: string;
}
