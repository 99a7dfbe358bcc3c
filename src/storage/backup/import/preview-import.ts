/** What an import would change, shown to the person before they confirm (load-backup.ts). */
import type { ShoreDb } from '../../db';
import { keyOf, primaryKeyPath } from '../schema-info';
import { DELETIONS_TABLE } from '../../record-writes/deletions';
import { planMerge, type MergePlan } from './merge-plan';
import type { PreparedBackup } from './prepare-backup';

export type ImportMode = 'replace' | 'merge';

export interface TablePreview {
  table: string;
  /** Records of this table in the file */
  incoming: number;
  /** Records of this table on the device now */
  onDevice: number;
  /** Records in the file whose id already exists on the device */
  overlapping: number;
}

export interface ImportPreview {
  mode: ImportMode;
  tables: TablePreview[];
  incomingTotal: number;
  onDeviceTotal: number;
  /**
   * The first event or attachment whose debt or entry this mode would leave missing: any the
   * file lacks for a Replace (the device's are cleared), those the device lacks too for a
   * Merge. Such a mode cannot be applied.
   */
  brokenReference: { table: string; index: number } | null;
  /** For a Merge: what happens record by record (merge-plan.ts). */
  merge?: MergePlan;
}

/**
 * What an import would do, read from the database without changing it. Also run inside the
 * import's own transaction (apply-import.ts) to check nothing changed since the person saw it.
 */
export async function previewImport(db: ShoreDb, prepared: PreparedBackup, mode: ImportMode): Promise<ImportPreview> {
  return db.transaction('r', db.tables, async () => {
    const tables: TablePreview[] = [];
    for (const table of db.tables) {
      // Settings and remembered deletions are not records to the person.
      if (table.name === 'settings' || table.name === DELETIONS_TABLE) continue;
      const rows = prepared.tables[table.name] ?? [];
      const path = primaryKeyPath(table.name);
      let overlapping = 0;
      if (path !== null && rows.length > 0) {
        const existing = await table.bulkGet(rows.map((r) => keyOf(r, path)) as never[]);
        overlapping = existing.filter((e) => e !== undefined).length;
      }
      tables.push({ table: table.name, incoming: rows.length, onDevice: await table.count(), overlapping });
    }
    let brokenReference: ImportPreview['brokenReference'] = null;
    for (const open of prepared.openReferences) {
      const found = mode === 'merge' && (await db.table(open.target).get(open.id)) !== undefined;
      if (!found) {
        brokenReference = { table: open.table, index: open.index };
        break;
      }
    }
    return {
      mode,
      tables,
      incomingTotal: tables.reduce((s, t) => s + t.incoming, 0),
      onDeviceTotal: tables.reduce((s, t) => s + t.onDevice, 0),
      brokenReference,
      ...(mode === 'merge' ? { merge: await planMerge(db, prepared) } : {}),
    };
  });
}

/** Two previews of the same file say the same thing (the device did not change in between). */
export function samePreview(a: ImportPreview, b: ImportPreview): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
