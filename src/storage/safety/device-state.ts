/**
 * Facts about THIS device, kept in the `settings` table under `device.*` keys and never
 * put into a backup (see backup-format.ts): when the last backup was made, the data
 * marker, whether persistent storage was granted, the app-lock record, "hide amounts".
 *
 * Every value is checked with zod when read; a damaged value reads as "not set" rather
 * than crashing the start-up path.
 */
import * as z from 'zod/mini';
import type { ShoreDb } from '../db';

export const DEVICE_KEYS = {
  backupState: 'device.backupState',
  marker: 'device.marker',
  persistence: 'device.persistence',
  lock: 'device.lock',
  lockAttempts: 'device.lockAttempts',
  hideAmounts: 'device.hideAmounts',
  canary: 'device.canary',
} as const;

const isoTimestamp = z.string().check(z.minLength(1), z.maxLength(40));

export const backupStateSchema = z.object({
  lastBackupAt: z.nullable(isoTimestamp),
  /** Writes since the last backup (a heuristic: an aborted write may count too). */
  changesSince: z.int().check(z.minimum(0)),
  /** First write after the last backup, for "not backed up for N days" before any backup. */
  firstChangeAt: z.nullable(isoTimestamp),
});
export type BackupState = z.infer<typeof backupStateSchema>;
export const EMPTY_BACKUP_STATE: BackupState = { lastBackupAt: null, changesSince: 0, firstChangeAt: null };

export const dataMarkerSchema = z.object({
  datasetId: z.string().check(z.minLength(1), z.maxLength(100)),
  recordCount: z.int().check(z.minimum(0)),
  lastWriteAt: isoTimestamp,
});
export type DataMarker = z.infer<typeof dataMarkerSchema>;

export const persistenceSchema = z.object({
  askedAt: isoTimestamp,
  granted: z.boolean(),
});
export type PersistenceRecord = z.infer<typeof persistenceSchema>;

async function readChecked<T>(db: ShoreDb, key: string, schema: z.ZodMiniType<T>): Promise<T | undefined> {
  const row = await db.settings.get(key);
  if (row === undefined) return undefined;
  const parsed = schema.safeParse(row.value);
  return parsed.success ? parsed.data : undefined;
}

export function readDeviceValue<T>(db: ShoreDb, key: string, schema: z.ZodMiniType<T>): Promise<T | undefined> {
  return readChecked(db, key, schema);
}

export async function writeDeviceValue(db: ShoreDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export async function readBackupState(db: ShoreDb): Promise<BackupState> {
  return (await readChecked(db, DEVICE_KEYS.backupState, backupStateSchema)) ?? EMPTY_BACKUP_STATE;
}

export async function writeBackupState(db: ShoreDb, state: BackupState): Promise<void> {
  await writeDeviceValue(db, DEVICE_KEYS.backupState, state);
}

/** Record that a backup file was just produced: the reminder clock and change count restart. */
export async function markBackedUp(db: ShoreDb, now: Date): Promise<void> {
  await writeBackupState(db, { lastBackupAt: now.toISOString(), changesSince: 0, firstChangeAt: null });
}

/** Add `count` changes to the backup state (one small transaction). */
export async function addChanges(db: ShoreDb, count: number, now: Date): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const state = await readBackupState(db);
    await writeBackupState(db, {
      lastBackupAt: state.lastBackupAt,
      changesSince: state.changesSince + count,
      firstChangeAt: state.firstChangeAt ?? now.toISOString(),
    });
  });
}
