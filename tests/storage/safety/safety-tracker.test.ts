import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShoreDb } from '../../../src/storage/db';
import { DEVICE_KEYS, readBackupState } from '../../../src/storage/safety/device-state';
import { readDbMarker, readLocalMarker, type KeyValueStore } from '../../../src/storage/safety/marker';
import type { StorageApi } from '../../../src/storage/safety/persistence';
import { startSafetyTracker, type SafetyTracker } from '../../../src/storage/safety/safety-tracker';
import { setRecordWritesBlocked, withoutChangeCounting } from '../../../src/storage/safety/write-watch';
import { runCanary } from '../../../src/storage/safety/canary';
import { makeDebtRowV1 } from '../../../src/testing/factories';
import { freshDb } from '../../../src/testing/test-db';

const memoryStore = (): KeyValueStore => {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};

const row = (id: string) => makeDebtRowV1({ id });

let db: ShoreDb;
let store: KeyValueStore;
let persistCalls: number;
let tracker: SafetyTracker;
const storage: StorageApi = {
  persist: () => {
    persistCalls += 1;
    return Promise.resolve(true);
  },
  persisted: () => Promise.resolve(true),
  estimate: () => Promise.resolve({ usage: 10, quota: 100 }),
};
const now = () => new Date('2026-11-28T12:00:00.000Z');

beforeEach(async () => {
  db = await freshDb();
  store = memoryStore();
  persistCalls = 0;
  tracker = startSafetyTracker({ db, store, storage, now, delayMs: 10_000 });
});
afterEach(async () => {
  tracker.stop();
  setRecordWritesBlocked(false);
  await db.delete();
});

describe('safety tracker', () => {
  it('keeps the marker in both places, counts changes, and asks for persistence once', async () => {
    await db.table('debts').bulkPut([row('a'), row('b')]);
    await tracker.flush();
    const local = readLocalMarker(store);
    expect(local).toMatchObject({ recordCount: 2, lastWriteAt: '2026-11-28T12:00:00.000Z' });
    expect(await readDbMarker(db)).toEqual(local);
    expect(await readBackupState(db)).toEqual({
      lastBackupAt: null,
      changesSince: 2,
      firstChangeAt: '2026-11-28T12:00:00.000Z',
    });
    expect(persistCalls).toBe(1);
    expect(await db.settings.get(DEVICE_KEYS.persistence)).toMatchObject({ value: { granted: true } });

    await db.table('debts').delete('a');
    await tracker.flush();
    expect(readLocalMarker(store)).toMatchObject({ recordCount: 1, datasetId: local!.datasetId });
    expect((await readBackupState(db)).changesSince).toBe(3);
    expect(persistCalls).toBe(1);
  });

  it('does not ask for persistence before the first record', async () => {
    await db.settings.put({ key: 'language', value: 'zh-CN' });
    await tracker.flush();
    expect(persistCalls).toBe(0);
    expect(readLocalMarker(store)).toBeUndefined();
  });

  it('holds the marker while an integrity alarm is open', async () => {
    await db.table('debts').put(row('a'));
    await tracker.flush();
    tracker.holdMarker(true);
    await db.table('debts').bulkPut([row('b'), row('c')]);
    await tracker.flush();
    expect(readLocalMarker(store)?.recordCount).toBe(1);
    tracker.holdMarker(false);
    await tracker.flush();
    expect(readLocalMarker(store)?.recordCount).toBe(3);
  });

  it('does not count an import’s bulk writes as user changes', async () => {
    await withoutChangeCounting(() => db.table('debts').bulkPut([row('a'), row('b')]));
    await tracker.flush();
    expect((await readBackupState(db)).changesSince).toBe(0);
    expect(readLocalMarker(store)?.recordCount).toBe(2);
  });
});

describe('read-only mode', () => {
  it('refuses record writes but still lets settings through', async () => {
    setRecordWritesBlocked(true);
    await expect(db.table('debts').put(row('a'))).rejects.toMatchObject({ code: 'read-only' });
    await db.settings.put({ key: 'language', value: 'zh-CN' });
    setRecordWritesBlocked(false);
    expect(await db.debts.count()).toBe(0);
    expect(await db.settings.get('language')).toBeDefined();
  });
});

describe('start-up canary', () => {
  it('writes, reads back and deletes in both stores', async () => {
    const result = await runCanary(db, store, 'token-1');
    expect(result).toEqual({ indexedDb: true, localStorage: true });
    expect(await db.settings.get(DEVICE_KEYS.canary)).toBeUndefined();
    expect(store.getItem('shore.canary')).toBeNull();
  });

  it('reports a database that cannot be written', async () => {
    db.close();
    expect(await runCanary(db, null)).toEqual({ indexedDb: false, localStorage: false });
  });
});

describe('unclosed bidi controls', () => {
  it('are dropped from every string a record write stores, in any table', async () => {
    await db.table('debts').put({ ...row('a'), lender: '\u202E💳 gpj.exe', notes: 'ok \u202Eعربي\u202C' });
    const stored = await db.debts.get('a');
    expect(stored?.lender).toBe('💳 gpj.exe');
    expect(stored?.notes).toBe('ok \u202Eعربي\u202C');
  });
});
