/**
 * The PIN's cryptography: creating a lock record for a new PIN and checking a PIN against
 * it. Kept apart from app-lock.ts so none of it is on the first screen (only the lock
 * screen and the settings load it). See app-lock.ts for what is stored and why.
 */
import { base64ToBytes, bytesToBase64 } from '../../lib/crypto/base64';
import { constantTimeEqual, deriveBits, newSalt, PBKDF2_ITERATIONS } from '../../lib/crypto/kdf';
import { createRecoveryKeys } from '../backup/backup-crypto';
import type { LockOptions, LockRecord } from './app-lock';

/** Build a lock record for a new PIN (slow on purpose: two PBKDF2 runs). */
export async function createLockRecord(
  pin: string,
  options: LockOptions,
  iterations = PBKDF2_ITERATIONS,
): Promise<LockRecord> {
  const salt = newSalt();
  const [verifier, recovery] = await Promise.all([
    deriveBits(pin, salt, iterations),
    createRecoveryKeys(pin, iterations),
  ]);
  return {
    kdf: 'PBKDF2-SHA256',
    iterations,
    salt: bytesToBase64(salt),
    verifier: bytesToBase64(verifier),
    recovery,
    options,
  };
}

export async function verifyPin(record: LockRecord, pin: string): Promise<boolean> {
  const candidate = await deriveBits(pin, base64ToBytes(record.salt), record.iterations);
  return constantTimeEqual(candidate, base64ToBytes(record.verifier));
}
