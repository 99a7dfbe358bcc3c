/**
 * Reads of debts and their events. Kept apart from the repositories, whose writes pull in the
 * record schemas (zod): the first screen only reads, and loads no validation code.
 */
import type { Debt } from '../domain/debt';
import type { DebtEvent } from '../domain/debt-events';
import { getDb } from './db';

export function getDebt(id: string): Promise<Debt | undefined> {
  return getDb().debts.get(id);
}

export function listDebts(): Promise<Debt[]> {
  return getDb().debts.orderBy('updatedAt').reverse().toArray();
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
  return rows.sort(byDate);
}

/** Every event of every debt (the dashboard assesses all debts at once). */
export async function listAllDebtEvents(): Promise<DebtEvent[]> {
  const rows = await getDb().debtEvents.toArray();
  return rows.sort(byDate);
}
