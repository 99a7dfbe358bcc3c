/**
 * Reads of debts and their events. Kept apart from the repositories, whose writes pull in the
 * record schemas (zod): the first screen only reads, and loads no validation code.
 */
import type { Debt } from '../domain/debt';
import type { DebtEvent } from '../domain/debt-events';
import { getDb } from './db';
import { isIsoInstant } from './iso-instant';

/**
 * A debt or event whose times are not instants ("zzzz" from a hand-edited backup an older
 * version accepted) would crash the screens that sort and format them: such rows are left
 * out here, and the backup page lists them as damaged (record-health.ts). The full schema
 * check stays out of the first screen's code.
 */
function hasReadableTimes(row: { createdAt: unknown; updatedAt: unknown }): boolean {
  return (
    typeof row.createdAt === 'string' &&
    typeof row.updatedAt === 'string' &&
    isIsoInstant(row.createdAt) &&
    isIsoInstant(row.updatedAt)
  );
}

export async function getDebt(id: string): Promise<Debt | undefined> {
  const row = await getDb().debts.get(id);
  return row && hasReadableTimes(row) ? row : undefined;
}

export async function listDebts(): Promise<Debt[]> {
  return (await getDb().debts.orderBy('updatedAt').reverse().toArray()).filter(hasReadableTimes);
}

/** Events in date order (oldest first); same-day events in the order they were entered. */
function byDate(a: DebtEvent, b: DebtEvent): number {
  return a.date < b.date
    ? -1
    : a.date > b.date
      ? 1
      : a.createdAt < b.createdAt
        ? -1
        : a.createdAt > b.createdAt
          ? 1
          : 0;
}

export async function listDebtEvents(debtId: string): Promise<DebtEvent[]> {
  const rows = await getDb().debtEvents.where('debtId').equals(debtId).toArray();
  return rows.filter(hasReadableTimes).sort(byDate);
}

/** Every event of every debt (the dashboard assesses all debts at once). */
export async function listAllDebtEvents(): Promise<DebtEvent[]> {
  const rows = await getDb().debtEvents.toArray();
  return rows.filter(hasReadableTimes).sort(byDate);
}
