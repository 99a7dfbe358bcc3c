import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShoreDb } from '../../../src/storage/db';
import { DEVICE_KEYS } from '../../../src/storage/device-state';
import { runCanary } from '../../../src/storage/data-loss/canary';
import type { KeyValueStore } from '../../../src/storage/data-loss/marker';
import { freshDb } from '../../../src/testing/test-db';

const memoryStore = (): KeyValueStore => {
  const data = new Map<string, string>();
  return {
    getItem: (k) => data.get(k) ?? null,
    setItem: (k, v) => void data.set(k, v),
    removeItem: (k) => void data.delete(k),
  };
};

let db: ShoreDb;
let store: KeyValueStore;
beforeEach(async () => {
  db = await freshDb();
  store = memoryStore();
});
afterEach(async () => {
  await db.delete();
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
