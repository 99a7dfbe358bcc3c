/**
 * Export: every table, read inside ONE read transaction so the file is a consistent
 * snapshot (a write in another tab lands either wholly before or wholly after it), then
 * encoded to JSON outside the transaction. Tables are discovered from the open database,
 * so tables added by later schema versions are exported without a change here.
 *
 * Left out: device-only settings (`device.*`: the PIN record, data markers, backup
 * reminders). They describe this phone, not the user's records, and a PIN hash has no
 * business travelling in a file.
 */
import { assertNever } from '../../lib/assert-never';
import type { ShoreDb } from '../db';
import { APP_NAME, APP_VERSION } from './app-version';
import { encryptForRecovery, encryptWithPassphrase, type RecoveryKeys } from './backup-crypto';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, DEVICE_SETTING_PREFIX, type PlainBackup } from './backup-format';
import { encodeValue, type Json } from './value-codec';
import { damagedRowsOf } from '../damaged-rows';
import { DELETIONS_TABLE } from '../record-writes/deletions';

export type Snapshot = Record<string, Record<string, unknown>[]>;

export function isDeviceSettingKey(key: unknown): boolean {
  return typeof key === 'string' && key.startsWith(DEVICE_SETTING_PREFIX);
}

/** All rows of all tables (device settings excluded), from one read transaction. */
export async function readSnapshot(db: ShoreDb): Promise<Snapshot> {
  return db.transaction('r', db.tables, async () => {
    const snapshot: Snapshot = {};
    for (const table of db.tables) {
      const rows = (await table.toArray()) as Record<string, unknown>[];
      snapshot[table.name] = table.name === 'settings' ? rows.filter((r) => !isDeviceSettingKey(r.key)) : rows;
    }
    return snapshot;
  });
}

/** Records per table, settings and remembered deletions left out (they are not "records" to the user). */
export function countRecords(tables: Record<string, readonly unknown[]>): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const [name, rows] of Object.entries(tables))
    if (name !== 'settings' && name !== DELETIONS_TABLE) counts[name] = rows.length;
  return counts;
}

/**
 * The backup of everything on the device except damaged records (damaged-rows.ts): an
 * import refuses a file with one, so writing them would make the whole file useless. How
 * many were left out is returned, and the backup page lists them to export one by one.
 */
export async function buildBackup(
  db: ShoreDb,
  now: Date,
): Promise<{ backup: PlainBackup; counts: Record<string, number>; damagedLeftOut: number }> {
  const full = await readSnapshot(db);
  const damaged = damagedRowsOf(full);
  const snapshot: Snapshot = {};
  let damagedLeftOut = 0;
  for (const [name, rows] of Object.entries(full)) {
    const skip = damaged.get(name);
    damagedLeftOut += skip?.size ?? 0;
    snapshot[name] = skip ? rows.filter((_row, index) => !skip.has(index)) : rows;
  }
  const data: Record<string, Json[]> = {};
  for (const [name, rows] of Object.entries(snapshot)) {
    const encoded: Json[] = [];
    for (const row of rows) encoded.push(await encodeValue(row));
    data[name] = encoded;
  }
  const backup: PlainBackup = {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    schemaVersion: db.verno,
    exportedAt: now.toISOString(),
    app: { name: APP_NAME, version: APP_VERSION },
    data,
  };
  return { backup, counts: countRecords(snapshot), damagedLeftOut };
}

export type BackupProtection =
  { kind: 'none' } | { kind: 'passphrase'; passphrase: string } | { kind: 'recovery'; keys: RecoveryKeys };

export interface ExportedBackup {
  text: string;
  fileName: string;
  counts: Record<string, number>;
  /** Damaged records on the device that the file leaves out (the backup page lists them). */
  damagedLeftOut: number;
  encrypted: boolean;
  exportedAt: string;
}

/**
 * `shore-backup-2026-11-28.json`; the date is local, as the user would say it. With the
 * discreet install name chosen, the file does not name the app either: `backup-2026-11-28.json`.
 */
export function backupFileName(now: Date, encrypted: boolean, discreet = false): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return `${discreet ? 'backup' : 'shore-backup'}-${day}${encrypted ? '-encrypted' : ''}.json`;
}

/** The whole export: snapshot → JSON text → optionally encrypted. */
export async function exportBackup(
  db: ShoreDb,
  protection: BackupProtection,
  now = new Date(),
  /** The discreet install name is chosen: the file name leaves out the app's name. */
  discreet = false,
): Promise<ExportedBackup> {
  const { backup, counts, damagedLeftOut } = await buildBackup(db, now);
  const plain = JSON.stringify(backup);
  let text: string;
  switch (protection.kind) {
    case 'none':
      text = plain;
      break;
    case 'passphrase':
      text = JSON.stringify(await encryptWithPassphrase(plain, protection.passphrase));
      break;
    case 'recovery':
      text = JSON.stringify(await encryptForRecovery(plain, protection.keys));
      break;
    default:
      assertNever(protection, 'unknown protection');
  }
  const encrypted = protection.kind !== 'none';
  return {
    text,
    fileName: backupFileName(now, encrypted, discreet),
    counts,
    damagedLeftOut,
    encrypted,
    exportedAt: backup.exportedAt,
  };
}
