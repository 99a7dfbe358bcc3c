/**
 * What the backup reminder (domain/backup-reminder/backup-reminder.ts) is computed from:
 * when the last backup file was made and how many changes came since (`device.backupState`).
 */
import type { ShoreDb } from '../db';
import {
  DEVICE_KEYS,
  isCount,
  isRecord,
  isTimestamp,
  readDeviceValue,
  writeDeviceValue,
  type Guard,
} from '../device-state';

export interface BackupState {
  lastBackupAt: string | null;
  /** Writes since the last backup (a heuristic: an aborted write may count too). */
  changesSince: number;
  /** First write after the last backup, for "not backed up for N days" before any backup. */
  firstChangeAt: string | null;
}
const isBackupState: Guard<BackupState> = (v): v is BackupState =>
  isRecord(v) &&
  (v.lastBackupAt === null || isTimestamp(v.lastBackupAt)) &&
  isCount(v.changesSince) &&
  (v.firstChangeAt === null || isTimestamp(v.firstChangeAt));
const EMPTY_BACKUP_STATE: BackupState = { lastBackupAt: null, changesSince: 0, firstChangeAt: null };

export async function readBackupState(db: ShoreDb): Promise<BackupState> {
  return (await readDeviceValue(db, DEVICE_KEYS.backupState, isBackupState)) ?? EMPTY_BACKUP_STATE;
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
