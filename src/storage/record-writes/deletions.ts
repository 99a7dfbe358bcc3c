/**
 * Deletions remembered (tombstones). Every repository delete writes one row per deleted
 * record in the same transaction, and an undo removes it again, so a merge with an older
 * backup can tell "deleted here" from "never here" and does not bring the record back
 * (apply-import.ts). A row holds only the table, the record's id and when it was deleted:
 * nothing of what the record said.
 */
import type { EntityTable } from 'dexie';

export const DELETIONS_TABLE = 'deletions';

/** The tables whose deletions are remembered: the records a person deletes one by one. */
export const REMEMBERED_TABLES = ['debts', 'debtEvents', 'contacts', 'attachments', 'agreements', 'letters'] as const;
export type RememberedTable = (typeof REMEMBERED_TABLES)[number];

export interface DeletionRow {
  /** `${table}/${id}`: one row per record, whatever the table. */
  key: string;
  table: RememberedTable;
  id: string;
  /** ISO instant of the deletion. */
  deletedAt: string;
}

export function deletionKey(table: string, id: string): string {
  return `${table}/${id}`;
}

/** Call inside the transaction that deletes the records (it must include the deletions table). */
export async function rememberDeletions(
  deletions: EntityTable<DeletionRow, 'key'>,
  table: RememberedTable,
  ids: readonly string[],
  now: Date = new Date(),
): Promise<void> {
  if (ids.length === 0) return;
  const deletedAt = now.toISOString();
  await deletions.bulkPut(ids.map((id) => ({ key: deletionKey(table, id), table, id, deletedAt })));
}

/** An undo put the records back: they are no longer deleted. */
export async function forgetDeletions(
  deletions: EntityTable<DeletionRow, 'key'>,
  table: RememberedTable,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await deletions.bulkDelete(ids.map((id) => deletionKey(table, id)));
}
