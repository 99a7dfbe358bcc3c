/**
 * Debts: the ledger's records, in the `debts` table.
 *
 * Every write validates the whole record first and then writes it in one step, so a bad
 * value never leaves a half-saved debt behind.
 */
import { debtFieldsSchema } from '../../domain/debt-schema';
import type { Debt, DebtFields } from '../../domain/debt';
import { getDb } from '../db';
import { StorageError } from '../storage-error';

function checked(fields: DebtFields): DebtFields {
  const result = debtFieldsSchema.safeParse(fields);
  if (!result.success) throw new StorageError('invalid-record');
  return result.data;
}

export async function addDebt(fields: DebtFields, now = new Date()): Promise<string> {
  const clean = checked(fields);
  const id = crypto.randomUUID();
  const stamp = now.toISOString();
  await getDb().debts.add({ ...clean, id, createdAt: stamp, updatedAt: stamp });
  return id;
}

export async function updateDebt(id: string, fields: DebtFields, now = new Date()): Promise<void> {
  const clean = checked(fields);
  const db = getDb();
  await db.transaction('rw', db.debts, async () => {
    const existing = await db.debts.get(id);
    if (!existing) throw new StorageError('not-found');
    await db.debts.put({ ...existing, ...clean, id, updatedAt: now.toISOString() });
  });
}

export function getDebt(id: string): Promise<Debt | undefined> {
  return getDb().debts.get(id);
}

export function listDebts(): Promise<Debt[]> {
  return getDb().debts.orderBy('updatedAt').reverse().toArray();
}

/** Delete and return the removed record, so the UI can offer undo. */
export async function deleteDebt(id: string): Promise<Debt | undefined> {
  const db = getDb();
  return db.transaction('rw', db.debts, async () => {
    const existing = await db.debts.get(id);
    if (existing) await db.debts.delete(id);
    return existing;
  });
}

/** Put a deleted record back exactly as it was (undo). */
export async function restoreDebt(debt: Debt): Promise<void> {
  checked(debt);
  await getDb().debts.put(debt);
}
