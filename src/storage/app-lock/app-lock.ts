/**
 * The app lock's stored state (`device.lock`, `device.lockAttempts`): never the PIN itself,
 * only a salted PBKDF2-SHA256 verifier (600,000 iterations), plus the recovery key pair
 * whose private half is encrypted under the PIN (see backup-crypto.ts), plus the lock's
 * options.
 *
 * What this protects against, honestly: someone picking up the unlocked phone and opening
 * the app. It does not encrypt the database: anyone who can run developer tools on this
 * browser profile, or who has the phone's files, can read the records. A 4–6 digit PIN is
 * also guessable offline from the verifier in hours to days with a graphics card; it is a
 * door, not a safe.
 */
import type { ShoreDb } from '../db';
import { DEVICE_KEYS, isCount, isRecord, readDeviceValue, writeDeviceValue, type Guard } from '../device-state';

export const AUTO_LOCK_MINUTES = [1, 5, 15, 60] as const;
export type AutoLockMinutes = (typeof AUTO_LOCK_MINUTES)[number];

export interface LockOptions {
  autoLockMinutes: AutoLockMinutes;
  /** Lock as soon as the page is hidden (app switcher, screen off, another app) */
  lockWhenHidden: boolean;
}
export const DEFAULT_LOCK_OPTIONS: LockOptions = { autoLockMinutes: 5, lockWhenHidden: true };

export interface LockRecord {
  kdf: 'PBKDF2-SHA256';
  iterations: number;
  salt: string;
  verifier: string;
  recovery: {
    publicKey: string;
    wrappedKey: { kdf: 'PBKDF2-SHA256'; iterations: number; salt: string; iv: string; ciphertext: string };
  };
  options: LockOptions;
}

export interface LockAttempts {
  failures: number;
  lastFailureAt: number | null;
}

// Hand-written guards rather than zod: the lock is read on the first screen.
const isBase64 = (v: unknown): v is string => typeof v === 'string' && /^[A-Za-z0-9+/]*={0,2}$/.test(v);

const isLockOptions: Guard<LockOptions> = (v): v is LockOptions =>
  isRecord(v) &&
  (AUTO_LOCK_MINUTES as readonly unknown[]).includes(v.autoLockMinutes) &&
  typeof v.lockWhenHidden === 'boolean';

export const isLockRecord: Guard<LockRecord> = (v): v is LockRecord => {
  if (!isRecord(v) || v.kdf !== 'PBKDF2-SHA256' || !isCount(v.iterations) || v.iterations < 100_000) return false;
  if (!isBase64(v.salt) || !isBase64(v.verifier) || !isLockOptions(v.options) || !isRecord(v.recovery)) return false;
  const w = v.recovery.wrappedKey;
  return (
    isBase64(v.recovery.publicKey) &&
    isRecord(w) &&
    w.kdf === 'PBKDF2-SHA256' &&
    isCount(w.iterations) &&
    isBase64(w.salt) &&
    isBase64(w.iv) &&
    isBase64(w.ciphertext)
  );
};

const isLockAttempts: Guard<LockAttempts> = (v): v is LockAttempts =>
  isRecord(v) && isCount(v.failures) && (v.lastFailureAt === null || typeof v.lastFailureAt === 'number');

export function readLock(db: ShoreDb): Promise<LockRecord | undefined> {
  return readDeviceValue(db, DEVICE_KEYS.lock, isLockRecord);
}

export async function saveLock(db: ShoreDb, record: LockRecord): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    await writeDeviceValue(db, DEVICE_KEYS.lock, record);
    await db.settings.delete(DEVICE_KEYS.lockAttempts);
  });
}

export async function removeLock(db: ShoreDb): Promise<void> {
  await db.settings.bulkDelete([DEVICE_KEYS.lock, DEVICE_KEYS.lockAttempts]);
}

export async function updateLockOptions(db: ShoreDb, options: LockOptions): Promise<void> {
  await db.transaction('rw', db.settings, async () => {
    const record = await readLock(db);
    if (record) await writeDeviceValue(db, DEVICE_KEYS.lock, { ...record, options });
  });
}

export async function readAttempts(db: ShoreDb): Promise<LockAttempts> {
  return (await readDeviceValue(db, DEVICE_KEYS.lockAttempts, isLockAttempts)) ?? { failures: 0, lastFailureAt: null };
}

/** Remember a wrong PIN (survives reloads, so reloading does not reset the back-off). */
export async function recordFailedAttempt(db: ShoreDb, nowMs: number): Promise<LockAttempts> {
  return db.transaction('rw', db.settings, async () => {
    const current = await readAttempts(db);
    const next = { failures: current.failures + 1, lastFailureAt: nowMs };
    await writeDeviceValue(db, DEVICE_KEYS.lockAttempts, next);
    return next;
  });
}

export async function clearAttempts(db: ShoreDb): Promise<void> {
  await db.settings.delete(DEVICE_KEYS.lockAttempts);
}
