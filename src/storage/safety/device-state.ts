/**
 * Facts about THIS device, kept in the `settings` table under `device.*` keys and never
 * put into a backup (see backup-format.ts): when the last backup was made, the data
 * marker, whether persistent storage was granted, the app-lock record, "hide amounts".
 *
 * Every value is checked when read (small hand-written guards, to keep zod off the first
 * screen); a damaged value reads as "not set" rather than crashing the start-up path.
 */
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

/** Checks a stored value's shape. Hand-written, not zod: this runs on the first screen. */
export type Guard<T> = (value: unknown) => value is T;

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
export const isTimestamp = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= 40;
export const isCount = (v: unknown): v is number => Number.isSafeInteger(v) && (v as number) >= 0;

export interface BackupState {
  lastBackupAt: string | null;
  /** Writes since the last backup (a heuristic: an aborted write may count too). */
  changesSince: number;
  /** First write after the last backup, for "not backed up for N days" before any backup. */
  firstChangeAt: string | null;
}
export const isBackupState: Guard<BackupState> = (v): v is BackupState =>
  isRecord(v) &&
  (v.lastBackupAt === null || isTimestamp(v.lastBackupAt)) &&
  isCount(v.changesSince) &&
  (v.firstChangeAt === null || isTimestamp(v.firstChangeAt));
export const EMPTY_BACKUP_STATE: BackupState = { lastBackupAt: null, changesSince: 0, firstChangeAt: null };

export interface DataMarker {
  datasetId: string;
  recordCount: number;
  lastWriteAt: string;
}
export const isDataMarker: Guard<DataMarker> = (v): v is DataMarker =>
  isRecord(v) &&
  typeof v.datasetId === 'string' &&
  v.datasetId.length > 0 &&
  v.datasetId.length <= 100 &&
  isCount(v.recordCount) &&
  isTimestamp(v.lastWriteAt);

export interface PersistenceRecord {
  askedAt: string;
  granted: boolean;
}
export const isPersistenceRecord: Guard<PersistenceRecord> = (v): v is PersistenceRecord =>
  isRecord(v) && isTimestamp(v.askedAt) && typeof v.granted === 'boolean';

async function readChecked<T>(db: ShoreDb, key: string, guard: Guard<T>): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row !== undefined && guard(row.value) ? row.value : undefined;
}

export function readDeviceValue<T>(db: ShoreDb, key: string, guard: Guard<T>): Promise<T | undefined> {
  return readChecked(db, key, guard);
}

export async function writeDeviceValue(db: ShoreDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}

export async function readBackupState(db: ShoreDb): Promise<BackupState> {
  return (await readChecked(db, DEVICE_KEYS.backupState, isBackupState)) ?? EMPTY_BACKUP_STATE;
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
