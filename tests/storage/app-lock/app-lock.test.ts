// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShoreDb } from '../../../src/storage/db';
import {
  clearAttempts,
  DEFAULT_LOCK_OPTIONS,
  readAttempts,
  readLock,
  recordFailedAttempt,
  removeLock,
  saveLock,
  updateLockOptions,
} from '../../../src/storage/app-lock/app-lock';
import { createLockRecord, verifyPin } from '../../../src/storage/app-lock/app-lock-pin';
import { DEVICE_KEYS } from '../../../src/storage/device-state';
import { freshDb } from '../../../src/testing/test-db';

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('app lock record', { timeout: 60_000 }, () => {
  it('stores a salted slow verifier, never the PIN, and checks PINs against it', async () => {
    const record = await createLockRecord('285713', DEFAULT_LOCK_OPTIONS);
    await saveLock(db, record);
    const stored = JSON.stringify(await db.settings.get(DEVICE_KEYS.lock));
    expect(stored).not.toContain('285713');
    const back = await readLock(db);
    expect(back?.iterations).toBe(600_000);
    expect(back?.kdf).toBe('PBKDF2-SHA256');
    expect(await verifyPin(back!, '285713')).toBe(true);
    expect(await verifyPin(back!, '285714')).toBe(false);
    expect(await verifyPin(back!, '')).toBe(false);
  });

  it('uses a new salt every time, so two equal PINs do not look equal', async () => {
    const a = await createLockRecord('285713', DEFAULT_LOCK_OPTIONS, 100_000);
    const b = await createLockRecord('285713', DEFAULT_LOCK_OPTIONS, 100_000);
    expect(a.salt).not.toBe(b.salt);
    expect(a.verifier).not.toBe(b.verifier);
  });

  it('reads a damaged record as no lock, and removes cleanly', async () => {
    await db.settings.put({ key: DEVICE_KEYS.lock, value: { kdf: 'md5' } });
    expect(await readLock(db)).toBeUndefined();
    await saveLock(db, await createLockRecord('285713', DEFAULT_LOCK_OPTIONS, 100_000));
    await removeLock(db);
    expect(await readLock(db)).toBeUndefined();
  });

  it('changes options without touching the PIN', async () => {
    const record = await createLockRecord('285713', DEFAULT_LOCK_OPTIONS, 100_000);
    await saveLock(db, record);
    await updateLockOptions(db, { autoLockMinutes: 1, lockWhenHidden: false });
    const back = await readLock(db);
    expect(back?.options).toEqual({ autoLockMinutes: 1, lockWhenHidden: false });
    expect(back?.verifier).toBe(record.verifier);
  });

  it('counts wrong attempts across reloads and clears them', async () => {
    await recordFailedAttempt(db, 1000);
    expect(await recordFailedAttempt(db, 2000)).toEqual({ failures: 2, lastFailureAt: 2000 });
    expect(await readAttempts(db)).toEqual({ failures: 2, lastFailureAt: 2000 });
    await clearAttempts(db);
    expect(await readAttempts(db)).toEqual({ failures: 0, lastFailureAt: null });
  });
});
