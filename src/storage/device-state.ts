/**
 * Facts about THIS device, kept in the `settings` table under `device.*` keys and never
 * put into a backup (see backup/backup-format.ts): when the last backup was made
 * (backup-reminder/), the data marker and persistent storage (data-loss/), the app-lock
 * record and "hide amounts" (app-lock/). This file holds only the keys and the checked
 * read and write every room uses.
 *
 * Every value is checked when read (small hand-written guards, to keep zod off the first
 * screen); a damaged value reads as "not set" rather than crashing the start-up path.
 */
import type { ShoreDb } from './db';

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

export async function readDeviceValue<T>(db: ShoreDb, key: string, guard: Guard<T>): Promise<T | undefined> {
  const row = await db.settings.get(key);
  return row !== undefined && guard(row.value) ? row.value : undefined;
}

export async function writeDeviceValue(db: ShoreDb, key: string, value: unknown): Promise<void> {
  await db.settings.put({ key, value });
}
