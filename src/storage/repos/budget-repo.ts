/**
 * The budget (收支表): one row per category in `budgetLines`. Saving replaces the whole
 * budget in one transaction, so the lines on disk always come from one form submission.
 */
import type { BudgetLine } from '../../domain/budget/budget';
import { budgetLineSchema } from '../../domain/budget/budget-schemas';
import { getDb } from '../db';
import { StorageError } from '../storage-error';

export async function listBudgetLines(): Promise<BudgetLine[]> {
  const rows = await getDb().budgetLines.toArray();
  return rows.map(({ category, amount, frequency, reason }) => ({ category, amount, frequency, reason }));
}

export async function saveBudget(lines: readonly BudgetLine[], now = new Date()): Promise<void> {
  const categories = new Set<string>();
  for (const line of lines) {
    if (!budgetLineSchema.safeParse(line).success || categories.has(line.category))
      throw new StorageError('invalid-record');
    categories.add(line.category);
  }
  const db = getDb();
  const stamp = now.toISOString();
  await db.transaction('rw', db.budgetLines, async () => {
    await db.budgetLines.clear();
    await db.budgetLines.bulkPut(lines.map((l) => ({ ...l, updatedAt: stamp })));
  });
}
