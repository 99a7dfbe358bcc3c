/**
 * Records already on the device that today's record schemas refuse: written by a hand-edited
 * backup an older version accepted, or damaged on disk. They must never crash a screen, so
 * the lists that render them leave them out (`readable`), backups leave them out (an import
 * would refuse the file), and the backup page lists every one (`listDamagedRecords`) with its
 * table and key, to export as it is or delete.
 */
import type { IndexableType } from 'dexie';
import { getDb } from './db';
import { RECORD_SCHEMAS } from './record-schemas';
import { keyOf, primaryKeyPath } from './backup/schema-info';
import { encodeValue } from './backup/value-codec';
import { readSnapshot } from './backup/export-backup';
import { damagedRowsOf } from './damaged-rows';
import { rememberDeletions, REMEMBERED_TABLES } from './record-writes/deletions';

type TableName = keyof typeof RECORD_SCHEMAS;

/** The rows of `table` that pass its record schema, in their order. */
export function readable<T>(table: TableName, rows: readonly T[]): T[] {
  const schema = RECORD_SCHEMAS[table];
  return rows.filter((row) => schema.safeParse(row).success);
}

/** One row, or undefined when it is missing or damaged (a screen shows "not found", never crashes). */
export function readableOne<T>(table: TableName, row: T | undefined): T | undefined {
  return row !== undefined && RECORD_SCHEMAS[table].safeParse(row).success ? row : undefined;
}

export interface DamagedRecord {
  table: string;
  /** The row's primary key, as stored. */
  key: IndexableType;
}

/** Every damaged record on the device, table by table. */
export async function listDamagedRecords(): Promise<DamagedRecord[]> {
  const snapshot = await readSnapshot(getDb());
  const damaged: DamagedRecord[] = [];
  for (const [table, indexes] of damagedRowsOf(snapshot)) {
    const path = primaryKeyPath(table);
    if (path === null) continue;
    for (const index of indexes) damaged.push({ table, key: keyOf(snapshot[table][index], path) as IndexableType });
  }
  return damaged;
}

/** A damaged record as JSON text (Blobs and bytes encoded as in a backup), for the person to keep. */
export async function exportDamagedRecord(record: DamagedRecord): Promise<string | undefined> {
  const row: unknown = await getDb().table(record.table).get(record.key);
  if (row === undefined) return undefined;
  let encoded: unknown;
  try {
    encoded = await encodeValue(row);
  } catch {
    // A value the backup codec cannot carry: keep what JSON can.
    encoded = JSON.parse(JSON.stringify(row, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))) as unknown;
  }
  return JSON.stringify({ table: record.table, record: encoded }, null, 2);
}

/** Delete a damaged record, with what cannot exist without it (a debt's events, an entry's files). */
export async function deleteDamagedRecord(record: DamagedRecord): Promise<void> {
  const db = getDb();
  await db.transaction('rw', db.tables, async () => {
    if (record.table === 'debts') {
      const events = await db.debtEvents.where('debtId').equals(record.key).primaryKeys();
      await db.debtEvents.bulkDelete(events);
      await rememberDeletions(db.deletions, 'debtEvents', events);
    }
    if (record.table === 'contacts') {
      const files = await db.attachments.where('entryId').equals(record.key).primaryKeys();
      await db.attachments.bulkDelete(files);
      await rememberDeletions(db.deletions, 'attachments', files);
    }
    await db.table(record.table).delete(record.key);
    const table = REMEMBERED_TABLES.find((name) => name === record.table);
    if (table && typeof record.key === 'string') await rememberDeletions(db.deletions, table, [record.key]);
  });
}
