/** What an import would change, shown to the person before they confirm (load-backup.ts). */
import type { ShoreDb } from '../../db';
import { keyOf, primaryKeyPath } from '../schema-info';
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
}

/** What an import would do, read from the database without changing it. */
export async function previewImport(db: ShoreDb, prepared: PreparedBackup, mode: ImportMode): Promise<ImportPreview> {
  return db.transaction('r', db.tables, async () => {
    const tables: TablePreview[] = [];
    for (const table of db.tables) {
      if (table.name === 'settings') continue;
      const rows = prepared.tables[table.name] ?? [];
      const path = primaryKeyPath(table.name);
      let overlapping = 0;
      if (path !== null && rows.length > 0) {
        const existing = await table.bulkGet(rows.map((r) => keyOf(r, path)) as never[]);
        overlapping = existing.filter((e) => e !== undefined).length;
      }
      tables.push({ table: table.name, incoming: rows.length, onDevice: await table.count(), overlapping });
    }
    return {
      mode,
      tables,
      incomingTotal: tables.reduce((s, t) => s + t.incoming, 0),
      onDeviceTotal: tables.reduce((s, t) => s + t.onDevice, 0),
    };
  });
}
