/**
 * Debts: the ledger's records, in the `debts` table.
 *
 * Every write validates the whole record first and then writes it in one step, so a bad
 * value never leaves a half-saved debt behind. A debt's events (`debtEvents`) belong to it:
 * deleting the debt deletes them in the same transaction, and undo puts both back.
 */
import { toIsoDate } from '../../domain/dates';
import type { Debt, DebtFields } from '../../domain/debt';
import type { DebtEvent } from '../../domain/debt-events';
import { debtFieldsSchema } from '../../domain/debt-schema';
import { getDb } from '../db';
import { debtEventRowSchema, debtRowSchema } from '../record-schemas';
import { StorageError } from '../storage-error';
import { forgetDeletions, rememberDeletions } from '../record-writes/deletions';

export { getDebt, listDebts } from '../debt-queries';

function checked(fields: DebtFields): DebtFields {
  const result = debtFieldsSchema.safeParse(fields);
  if (!result.success) throw new StorageError('invalid-record');
  return result.data;
}

function sameAmounts(a: DebtFields, b: DebtFields): boolean {
  return a.principal === b.principal && a.interest === b.interest && a.fees === b.fees;
}

export async function addDebt(fields: DebtFields, now = new Date()): Promise<string> {
  const clean = checked(fields);
  const id = crypto.randomUUID();
  const stamp = now.toISOString();
  await getDb().debts.add({ ...clean, id, createdAt: stamp, updatedAt: stamp, amountsAsOf: toIsoDate(now) });
  return id;
}

/**
 * Save edited fields. When the amounts change, they count as read on this (local) day.
 * `openedAt` is the `updatedAt` of the record the form was opened on (its revision): if the
 * record was saved since (another tab), nothing is written and StorageError('stale') is thrown,
 * so one tab's save never silently undoes another's.
 */
export async function updateDebt(id: string, fields: DebtFields, now = new Date(), openedAt?: string): Promise<void> {
  const clean = checked(fields);
  const db = getDb();
  await db.transaction('rw', db.debts, async () => {
    const existing = await db.debts.get(id);
    if (!existing) throw new StorageError('not-found');
    if (openedAt !== undefined && existing.updatedAt !== openedAt) throw new StorageError('stale');
    const amountsAsOf = sameAmounts(existing, clean) ? existing.amountsAsOf : toIsoDate(now);
    await db.debts.put({ ...existing, ...clean, id, updatedAt: now.toISOString(), amountsAsOf });
  });
}

/** What `deleteDebt` removed, kept by the UI so undo can put it all back. */
export interface DeletedDebt {
  debt: Debt;
  events: DebtEvent[];
}

/** Delete a debt and its events in one transaction; returns what was removed, for undo. */
export async function deleteDebt(id: string): Promise<DeletedDebt | undefined> {
  const db = getDb();
  return db.transaction('rw', db.debts, db.debtEvents, db.deletions, async () => {
    const debt = await db.debts.get(id);
    if (!debt) return undefined;
    const events = await db.debtEvents.where('debtId').equals(id).toArray();
    await db.debtEvents.bulkDelete(events.map((e) => e.id));
    await db.debts.delete(id);
    await rememberDeletions(db.deletions, 'debts', [id]);
    await rememberDeletions(
      db.deletions,
      'debtEvents',
      events.map((e) => e.id),
    );
    return { debt, events };
  });
}

/** Put a deleted debt and its events back exactly as they were (undo), all or nothing. */
export async function restoreDebt(deleted: DeletedDebt): Promise<void> {
  const { debt, events } = deleted;
  if (!debtRowSchema.safeParse(debt).success) throw new StorageError('invalid-record');
  for (const e of events) {
    if (e.debtId !== debt.id || !debtEventRowSchema.safeParse(e).success) throw new StorageError('invalid-record');
  }
  const db = getDb();
  await db.transaction('rw', db.debts, db.debtEvents, db.deletions, async () => {
    await db.debts.put(debt);
    await db.debtEvents.bulkPut(events);
    await forgetDeletions(db.deletions, 'debts', [debt.id]);
    await forgetDeletions(
      db.deletions,
      'debtEvents',
      events.map((e) => e.id),
    );
  });
}
