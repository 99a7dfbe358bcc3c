/**
 * "Wipe everything": remove every trace of the app from this browser profile.
 *
 * - every IndexedDB database of this origin (`indexedDB.databases()` where supported,
 *   else the app's own database by name);
 * - every Cache Storage cache (the service worker's copy of the app);
 * - localStorage and sessionStorage (markers, preferences);
 * - every service worker registration.
 * Cookies are not used by the app. The caller reloads afterwards (see wipeThenRestart),
 * which starts the app fresh with nothing on the device.
 */
import { DB_NAME, getDb } from '../db';

export interface WipeEnvironment {
  indexedDB: IDBFactory | null;
  caches: CacheStorage | null;
  localStorage: Storage | null;
  sessionStorage: Storage | null;
  serviceWorker: ServiceWorkerContainer | null;
}

export function browserWipeEnvironment(): WipeEnvironment {
  const safe = <T>(get: () => T): T | null => {
    try {
      return get() ?? null;
    } catch {
      return null;
    }
  };
  return {
    indexedDB: safe(() => globalThis.indexedDB),
    caches: safe(() => globalThis.caches),
    localStorage: safe(() => globalThis.localStorage),
    sessionStorage: safe(() => globalThis.sessionStorage),
    serviceWorker: safe(() => (typeof navigator === 'undefined' ? null : navigator.serviceWorker)),
  };
}

export interface WipeReport {
  databases: string[];
  caches: number;
  serviceWorkers: number;
  /** Things that could not be removed (the UI says so rather than claiming success) */
  failed: ('indexedDB' | 'caches' | 'storage' | 'serviceWorker')[];
}

function deleteDatabase(factory: IDBFactory, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error('deleteDatabase failed'));
    // "blocked" means another tab still has it open; it is deleted as soon as that tab
    // lets go (our own tabs close on versionchange), so we wait for success.
  });
}

export async function wipeEverything(env: WipeEnvironment = browserWipeEnvironment()): Promise<WipeReport> {
  const report: WipeReport = { databases: [], caches: 0, serviceWorkers: 0, failed: [] };
  getDb().close();

  if (env.indexedDB) {
    try {
      const listed = typeof env.indexedDB.databases === 'function' ? await env.indexedDB.databases() : [];
      const names = new Set(listed.map((d) => d.name).filter((n): n is string => typeof n === 'string'));
      names.add(DB_NAME);
      for (const name of names) {
        await deleteDatabase(env.indexedDB, name);
        report.databases.push(name);
      }
    } catch {
      report.failed.push('indexedDB');
    }
  }

  if (env.caches) {
    try {
      for (const key of await env.caches.keys()) {
        if (await env.caches.delete(key)) report.caches += 1;
      }
    } catch {
      report.failed.push('caches');
    }
  }

  try {
    env.localStorage?.clear();
    env.sessionStorage?.clear();
  } catch {
    report.failed.push('storage');
  }

  if (env.serviceWorker) {
    try {
      for (const registration of await env.serviceWorker.getRegistrations()) {
        if (await registration.unregister()) report.serviceWorkers += 1;
      }
    } catch {
      report.failed.push('serviceWorker');
    }
  }
  return report;
}

/**
 * Wipe, then `restart` only when everything was removed. After a partial failure the app
 * must stay up and say so (the caller shows the report), not reload into what looks like a
 * fresh start while records may still be on the device.
 */
export async function wipeThenRestart(
  restart: () => void,
  env: WipeEnvironment = browserWipeEnvironment(),
): Promise<WipeReport> {
  const report = await wipeEverything(env);
  if (report.failed.length === 0) restart();
  return report;
}
