import { describe, expect, it } from 'vitest';
import { setDatabase, ShoreDb } from '../../../src/storage/db';
import { wipeEverything, type WipeEnvironment } from '../../../src/storage/wipe/wipe';

function fakeCaches(names: string[]): CacheStorage {
  const live = new Set(names);
  return {
    keys: () => Promise.resolve([...live]),
    delete: (name: string) => Promise.resolve(live.delete(name)),
  } as unknown as CacheStorage;
}

function fakeServiceWorker(count: number): ServiceWorkerContainer & { remaining: () => number } {
  let remaining = count;
  const registration = { unregister: () => Promise.resolve(remaining-- > 0) };
  return {
    getRegistrations: () => Promise.resolve(Array.from({ length: remaining }, () => registration)),
    remaining: () => remaining,
  } as unknown as ServiceWorkerContainer & { remaining: () => number };
}

describe('wipe everything', () => {
  it('deletes every database, cache, storage entry and service worker', async () => {
    const appDb = new ShoreDb(`t-${crypto.randomUUID()}`);
    await appDb.open();
    await appDb.settings.put({ key: 'x', value: 1 });
    setDatabase(appDb);
    const other = new ShoreDb(`t-other-${crypto.randomUUID()}`);
    await other.open();
    other.close();
    localStorage.setItem('shore.marker', '{}');
    sessionStorage.setItem('draft', 'text');
    const caches = fakeCaches(['workbox-precache-v2', 'runtime']);
    const serviceWorker = fakeServiceWorker(1);
    const env: WipeEnvironment = { indexedDB, caches, localStorage, sessionStorage, serviceWorker };

    const report = await wipeEverything(env);

    expect(report.failed).toEqual([]);
    expect(report.databases).toEqual(expect.arrayContaining([appDb.name, other.name, 'shore']));
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(appDb.name);
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(other.name);
    expect(report.caches).toBe(2);
    expect(await caches.keys()).toEqual([]);
    expect(localStorage.length).toBe(0);
    expect(sessionStorage.length).toBe(0);
    expect(report.serviceWorkers).toBe(1);
    expect(serviceWorker.remaining()).toBe(0);
  });

  it('reports what it could not remove instead of claiming success', async () => {
    const broken = { keys: () => Promise.reject(new Error('denied')) } as unknown as CacheStorage;
    const report = await wipeEverything({
      indexedDB: null,
      caches: broken,
      localStorage: null,
      sessionStorage: null,
      serviceWorker: null,
    });
    expect(report.failed).toEqual(['caches']);
  });
});
