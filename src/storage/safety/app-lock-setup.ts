/**
 * Creating a lock record for a new PIN (settings only, so the recovery-key code stays out
 * of the first screen's bundle). See app-lock.ts for what is stored and why.
 */
import { bytesToBase64 } from '../../lib/crypto/base64';
import { deriveBits, newSalt, PBKDF2_ITERATIONS } from '../../lib/crypto/kdf';
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
