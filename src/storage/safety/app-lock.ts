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
import * as z from 'zod/mini';
import { base64ToBytes } from '../../lib/crypto/base64';
import { constantTimeEqual, deriveBits } from '../../lib/crypto/kdf';
import type { ShoreDb } from '../db';
import { DEVICE_KEYS, readDeviceValue, writeDeviceValue } from './device-state';

export const AUTO_LOCK_MINUTES = [1, 5, 15, 60] as const;
export type AutoLockMinutes = (typeof AUTO_LOCK_MINUTES)[number];

const base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/));

export const lockOptionsSchema = z.object({
  autoLockMinutes: z.union([z.literal(1), z.literal(5), z.literal(15), z.literal(60)]),
  /** Lock as soon as the page is hidden (app switcher, screen off, another app) */
  lockWhenHidden: z.boolean(),
});
export type LockOptions = z.infer<typeof lockOptionsSchema>;
export const DEFAULT_LOCK_OPTIONS: LockOptions = { autoLockMinutes: 5, lockWhenHidden: true };

export const lockRecordSchema = z.object({
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.int().check(z.minimum(100_000)),
  salt: base64,
  verifier: base64,
  recovery: z.object({
    publicKey: base64,
    wrappedKey: z.object({
      kdf: z.literal('PBKDF2-SHA256'),
      iterations: z.int(),
      salt: base64,
      iv: base64,
      ciphertext: base64,
    }),
  }),
  options: lockOptionsSchema,
});
export type LockRecord = z.infer<typeof lockRecordSchema>;

export const lockAttemptsSchema = z.object({
  failures: z.int().check(z.minimum(0)),
  lastFailureAt: z.nullable(z.number()),
});
export type LockAttempts = z.infer<typeof lockAttemptsSchema>;

export function readLock(db: ShoreDb): Promise<LockRecord | undefined> {
  return readDeviceValue(db, DEVICE_KEYS.lock, lockRecordSchema);
}

export async function verifyPin(record: LockRecord, pin: string): Promise<boolean> {
  const candidate = await deriveBits(pin, base64ToBytes(record.salt), record.iterations);
  return constantTimeEqual(candidate, base64ToBytes(record.verifier));
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
  return (
    (await readDeviceValue(db, DEVICE_KEYS.lockAttempts, lockAttemptsSchema)) ?? { failures: 0, lastFailureAt: null }
  );
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

export async function readHideAmounts(db: ShoreDb): Promise<boolean> {
  return (await readDeviceValue(db, DEVICE_KEYS.hideAmounts, z.boolean())) ?? false;
}

export async function writeHideAmounts(db: ShoreDb, hidden: boolean): Promise<void> {
  await writeDeviceValue(db, DEVICE_KEYS.hideAmounts, hidden);
}
