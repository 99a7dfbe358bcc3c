/**
 * Debt events: payments, collection notices, acknowledgements / repayment plans and court
 * events, one row each in `debtEvents`, linked to a debt by `debtId`.
 *
 * Every write validates the whole record and checks its debt exists inside one transaction,
 * so an event can never point at a missing debt and a bad value writes nothing.
 */
import type { DebtEvent, DebtEventFields } from '../../domain/debt-events';
import { debtEventFieldsSchema } from '../../domain/debt-event-schema';
import { getDb } from '../db';
import { debtEventRowSchema } from '../record-schemas';
import { StorageError } from '../storage-error';
import { forgetDeletions, rememberDeletions } from '../record-writes/deletions';

export { listAllDebtEvents, listDebtEvents } from '../debt-queries';

function checked(fields: DebtEventFields): DebtEventFields {
  const result = debtEventFieldsSchema.safeParse(fields);
  if (!result.success) throw new StorageError('invalid-record');
  return result.data;
}

export async function addDebtEvent(debtId: string, fields: DebtEventFields, now = new Date()): Promise<string> {
  const clean = checked(fields);
  const db = getDb();
  const id = crypto.randomUUID();
  const stamp = now.toISOString();
  await db.transaction('rw', db.debts, db.debtEvents, async () => {
    if (!(await db.debts.get(debtId))) throw new StorageError('not-found');
    await db.debtEvents.add({ ...clean, id, debtId, createdAt: stamp, updatedAt: stamp });
  });
  return id;
}

/** Replace an event's fields (its type may change); id, debt and creation time stay. */
export async function updateDebtEvent(id: string, fields: DebtEventFields, now = new Date()): Promise<void> {
  const clean = checked(fields);
  const db = getDb();
  await db.transaction('rw', db.debtEvents, async () => {
    const existing = await db.debtEvents.get(id);
    if (!existing) throw new StorageError('not-found');
    const { debtId, createdAt } = existing;
    await db.debtEvents.put({ ...clean, id, debtId, createdAt, updatedAt: now.toISOString() });
  });
}

/** Delete and return the removed event, so the UI can offer undo. */
export async function deleteDebtEvent(id: string): Promise<DebtEvent | undefined> {
  const db = getDb();
  return db.transaction('rw', db.debtEvents, db.deletions, async () => {
    const existing = await db.debtEvents.get(id);
    if (existing) {
      await db.debtEvents.delete(id);
      await rememberDeletions(db.deletions, 'debtEvents', [id]);
    }
    return existing;
  });
}

/** Put a deleted event back exactly as it was (undo); refuses when its debt is gone. */
export async function restoreDebtEvent(event: DebtEvent): Promise<void> {
  if (!debtEventRowSchema.safeParse(event).success) throw new StorageError('invalid-record');
  const db = getDb();
  await db.transaction('rw', db.debts, db.debtEvents, db.deletions, async () => {
    if (!(await db.debts.get(event.debtId))) throw new StorageError('not-found');
    await db.debtEvents.put(event);
    await forgetDeletions(db.deletions, 'debtEvents', [event.id]);
  });
}
