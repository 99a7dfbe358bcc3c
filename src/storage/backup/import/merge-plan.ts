/**
 * What a Merge does, record by record, worked out inside a transaction from the file and the
 * device. The preview shows it and the write applies the very same plan (apply-import.ts), so
 * the two cannot disagree:
 * - a record only the file has is added, unless this device deleted it after the file's copy
 *   was last changed (deletions.ts): then it stays deleted;
 * - a record both sides have with different contents is a conflict; the newer copy wins
 *   unless the person chooses otherwise, record by record or for all;
 * - a record the file says was deleted is removed from the device when the device's copy was
 *   not changed after that deletion (with its events or files, as a delete here would);
 * - the two sides' deletions are joined, the later date kept.
 */
import type { ShoreDb } from '../../db';
import { DELETIONS_TABLE, deletionKey, type DeletionRow } from '../../record-writes/deletions';
import { keyOf, primaryKeyPath } from '../schema-info';
import type { PreparedBackup } from './prepare-backup';

export type ConflictSide = 'device' | 'file';

export interface MergeConflict {
  table: string;
  id: string;
  /** When each copy was last changed (ISO instant), '' when the record has no such time. */
  deviceChangedAt: string;
  fileChangedAt: string;
  /** The copy kept unless the person chooses the other: the newer one, the device's when equal. */
  newer: ConflictSide;
}

export interface MergePlan {
  /** Per table: records only the file has, added. */
  added: Record<string, number>;
  /** Records in the file this device deleted after the file's copy last changed: not brought back. */
  keptDeleted: { table: string; id: string }[];
  /** Device records the file says were deleted (the device's copy unchanged since), removed. */
  removed: { table: string; id: string }[];
  conflicts: MergeConflict[];
}

/** When a row was last changed, by whichever time its table keeps. */
export function changedAt(row: Record<string, unknown>): string {
  for (const field of ['updatedAt', 'addedAt', 'createdAt']) {
    const value = row[field];
    if (typeof value === 'string') return value;
  }
  return '';
}

/** The key a person's choice for one conflict is stored under. */
export function conflictKey(c: { table: string; id: string }): string {
  return deletionKey(c.table, c.id);
}

/** Tables whose rows cannot stay without a parent row: removing the parent removes them. */
const CHILDREN: Record<string, { table: string; field: string }> = {
  debts: { table: 'debtEvents', field: 'debtId' },
  contacts: { table: 'attachments', field: 'entryId' },
};

function sameContent(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  for (const key of keys) {
    const x = a[key];
    const y = b[key];
    if (x === y) continue;
    // Blobs (attachment bytes) are compared by their recorded hash, which the import checked.
    if (x instanceof Blob || y instanceof Blob) {
      if (!(x instanceof Blob && y instanceof Blob && x.size === y.size)) return false;
      continue;
    }
    if (JSON.stringify(x) !== JSON.stringify(y)) return false;
  }
  return true;
}

/** Work out a Merge; call inside a transaction over every table. Reads only. */
export async function planMerge(db: ShoreDb, prepared: PreparedBackup): Promise<MergePlan> {
  const deviceDeletions = new Map(
    ((await db.table(DELETIONS_TABLE).toArray()) as DeletionRow[]).map((d) => [d.key, d.deletedAt]),
  );
  const fileDeletions = (prepared.tables[DELETIONS_TABLE] ?? []) as unknown as DeletionRow[];
  const plan: MergePlan = { added: {}, keptDeleted: [], removed: [], conflicts: [] };
  const inFile = new Set<string>();
  const addedRows: { table: string; id: string; row: Record<string, unknown> }[] = [];

  for (const table of db.tables) {
    if (table.name === 'settings' || table.name === DELETIONS_TABLE) continue;
    const rows = prepared.tables[table.name] ?? [];
    const path = primaryKeyPath(table.name);
    if (path === null || rows.length === 0) continue;
    const existing = (await table.bulkGet(rows.map((r) => keyOf(r, path)) as never[])) as (
      Record<string, unknown> | undefined
    )[];
    rows.forEach((row, i) => {
      const id = String(keyOf(row, path));
      inFile.add(deletionKey(table.name, id));
      const device = existing[i];
      if (device === undefined) {
        const deletedAt = deviceDeletions.get(deletionKey(table.name, id));
        if (deletedAt !== undefined && changedAt(row) <= deletedAt) plan.keptDeleted.push({ table: table.name, id });
        else addedRows.push({ table: table.name, id, row });
        return;
      }
      if (sameContent(device, row)) return;
      const deviceChangedAt = changedAt(device);
      const fileChangedAt = changedAt(row);
      plan.conflicts.push({
        table: table.name,
        id,
        deviceChangedAt,
        fileChangedAt,
        newer: fileChangedAt > deviceChangedAt ? 'file' : 'device',
      });
    });
  }
  // A new event or file whose debt or entry stays deleted here would be stored out of sight:
  // it stays out with its parent.
  const keptParents = new Set(plan.keptDeleted.map(conflictKey));
  for (const { table, id, row } of addedRows) {
    const parent = Object.entries(CHILDREN).find(([, child]) => child.table === table);
    if (parent && keptParents.has(deletionKey(parent[0], String(row[parent[1].field])))) {
      plan.keptDeleted.push({ table, id });
      continue;
    }
    plan.added[table] = (plan.added[table] ?? 0) + 1;
  }

  const removed = new Map<string, { table: string; id: string }>();
  for (const deletion of fileDeletions) {
    if (inFile.has(deletion.key)) continue;
    const device = (await db.table(deletion.table).get(deletion.id)) as Record<string, unknown> | undefined;
    if (device === undefined || changedAt(device) > deletion.deletedAt) continue;
    removed.set(deletion.key, { table: deletion.table, id: deletion.id });
    const child = CHILDREN[deletion.table];
    if (child) {
      const ids = (await db.table(child.table).where(child.field).equals(deletion.id).primaryKeys()) as string[];
      for (const id of ids) {
        const key = deletionKey(child.table, id);
        if (!inFile.has(key)) removed.set(key, { table: child.table, id });
      }
    }
  }
  plan.removed = [...removed.values()];
  return plan;
}

/**
 * Write a Merge as planned, inside the import's transaction: the added records, each
 * conflict's chosen copy (`choices`, keyed by `conflictKey`; otherwise the newer one), the
 * removals, and the joined deletions.
 */
export async function applyMerge(
  db: ShoreDb,
  prepared: PreparedBackup,
  plan: MergePlan,
  choices: Readonly<Record<string, ConflictSide>>,
  now: Date,
): Promise<void> {
  const kept = new Set(plan.keptDeleted.map(conflictKey));
  const fromFile = new Set(
    plan.conflicts.filter((c) => (choices[conflictKey(c)] ?? c.newer) === 'file').map(conflictKey),
  );
  const conflicted = new Set(plan.conflicts.map(conflictKey));
  const resurrected: string[] = [];

  for (const table of db.tables) {
    if (table.name === DELETIONS_TABLE) continue;
    const rows = prepared.tables[table.name] ?? [];
    const path = primaryKeyPath(table.name);
    if (rows.length === 0) continue;
    if (path === null) {
      await table.bulkPut(rows);
      continue;
    }
    if (table.name === 'settings') {
      // Settings already on this device stay as they are in a merge.
      const existing = await table.bulkGet(rows.map((r) => keyOf(r, path)) as never[]);
      await table.bulkPut(rows.filter((_row, i) => existing[i] === undefined));
      continue;
    }
    const existing = await table.bulkGet(rows.map((r) => keyOf(r, path)) as never[]);
    const chosen = rows.filter((row, i) => {
      const key = deletionKey(table.name, String(keyOf(row, path)));
      if (conflicted.has(key)) return fromFile.has(key);
      if (existing[i] !== undefined || kept.has(key)) return false;
      resurrected.push(key);
      return true;
    });
    await table.bulkPut(chosen);
  }

  const byTable = new Map<string, string[]>();
  for (const r of plan.removed) byTable.set(r.table, [...(byTable.get(r.table) ?? []), r.id]);
  for (const [table, ids] of byTable) await db.table(table).bulkDelete(ids);

  const deletions = db.table(DELETIONS_TABLE);
  // A record added back (the file's copy is newer than this device's deletion) is no longer deleted.
  await deletions.bulkDelete(resurrected);
  // Join the deletions: the file's, unless the record still lives on this device (changed after
  // that deletion), the later date when both sides have one; and the children removed with a
  // parent, as deleted now.
  const fileDeletions = (prepared.tables[DELETIONS_TABLE] ?? []) as unknown as DeletionRow[];
  const here = (await deletions.bulkGet(fileDeletions.map((d) => d.key))) as (DeletionRow | undefined)[];
  const joined: DeletionRow[] = [];
  for (const [i, d] of fileDeletions.entries()) {
    const mine = here[i];
    if (mine !== undefined) {
      if (d.deletedAt > mine.deletedAt) joined.push(d);
      continue;
    }
    if ((await db.table(d.table).get(d.id)) === undefined) joined.push(d);
  }
  const fileKeys = new Set(fileDeletions.map((d) => d.key));
  const stamp = now.toISOString();
  for (const r of plan.removed) {
    const key = conflictKey(r);
    if (!fileKeys.has(key)) joined.push({ key, table: r.table, id: r.id, deletedAt: stamp } as DeletionRow);
  }
  await deletions.bulkPut(joined);
}
