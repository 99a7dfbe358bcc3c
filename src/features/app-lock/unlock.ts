/**
 * Checking a PIN on the lock screen, with the back-off after wrong guesses. Loaded with the
 * lock screen, so the PIN cryptography is not on the first screen. On `ok` the lock screen
 * tells the app shell (its `onUnlocked`), which owns the locked state.
 */
import { lockoutMs, lockoutRemainingMs } from '../../domain/app-lock/pin-policy';
import { getDb } from '../../storage/db';
import { clearAttempts, readAttempts, readLock, recordFailedAttempt } from '../../storage/app-lock/app-lock';
import { verifyPin } from '../../storage/app-lock/app-lock-pin';

export type UnlockResult = { ok: true } | { ok: false; failures: number; waitMs: number };

export async function tryUnlock(pin: string): Promise<UnlockResult> {
  const db = getDb();
  const attempts = await readAttempts(db);
  const waitMs = lockoutRemainingMs(attempts.failures, attempts.lastFailureAt, Date.now());
  if (waitMs > 0) return { ok: false, failures: attempts.failures, waitMs };
  const record = await readLock(db);
  if (!record || (await verifyPin(record, pin))) {
    await clearAttempts(db);
    return { ok: true };
  }
  const next = await recordFailedAttempt(db, Date.now());
  return { ok: false, failures: next.failures, waitMs: lockoutMs(next.failures) };
}
