import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShoreDb } from '../../../src/storage/db';
import { DEVICE_KEYS } from '../../../src/storage/device-state';
import { readBackupState } from '../../../src/storage/backup-reminder/backup-state';
import { readDbMarker, readLocalMarker, type KeyValueStore } from '../../../src/storage/data-loss/marker';
import type { StorageApi } from '../../../src/storage/data-loss/persistence';
import { startChangeTracker, type ChangeTracker } from '../../../src/storage/record-writes/change-tracker';
import { withoutChangeCounting } from '../../../src/storage/record-writes/record-changes';
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
let tracker: ChangeTracker;
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
  tracker = startChangeTracker({ db, store, storage, now, delayMs: 10_000 });
});
afterEach(async () => {
  tracker.stop();
  await db.delete();
});

describe('change tracker', () => {
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
