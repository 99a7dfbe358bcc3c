/**
 * The rule check over the whole log, shared by every conduct screen and kept up to date.
 *
 * The check runs in a worker (conduct-check.worker.ts) where the browser has workers, else on
 * the main thread (tests). It reruns when a contact, context or debt changes (Dexie's
 * `storagemutated`, which also reports writes from other tabs), and the last result stays
 * available between screens, so going back to the log does not check it all again.
 */
import Dexie, { type ObservabilitySet } from 'dexie';
import { useSyncExternalStore } from 'react';
import type { LogCheck } from '../domain/conduct/check-log';
import { CONDUCT_CHECK_TABLES, runConductCheck } from './conduct-check-data';
import type { CheckReply } from './conduct-check-protocol';
import { DB_NAME, getDb, type ShoreDb } from './db';

let result: { db: ShoreDb; check: LogCheck } | null = null;
let stale = true;
let running = false;
let watching = false;
const listeners = new Set<() => void>();
/** undefined: not created yet; null: no worker here (or it failed), check on the main thread. */
let worker: Worker | null | undefined;
let lastRequest = 0;

function createWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./conduct-check.worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

function checkInWorker(w: Worker): Promise<LogCheck> {
  const id = ++lastRequest;
  return new Promise((resolve, reject) => {
    const done = () => {
      w.removeEventListener('message', onMessage);
      w.removeEventListener('error', onError);
    };
    const onMessage = (event: MessageEvent<CheckReply>) => {
      if (event.data.id !== id) return;
      done();
      if ('result' in event.data) resolve(event.data.result);
      else reject(new Error('conduct check failed'));
    };
    const onError = () => {
      done();
      reject(new Error('conduct check worker failed'));
    };
    w.addEventListener('message', onMessage);
    w.addEventListener('error', onError);
    w.postMessage({ id });
  });
}

async function check(db: ShoreDb): Promise<LogCheck> {
  // The worker opens the app's database by name; a test database is checked here.
  if (db.name !== DB_NAME) return runConductCheck(db);
  worker ??= createWorker();
  if (!worker) return runConductCheck(db);
  try {
    return await checkInWorker(worker);
  } catch {
    // A worker that cannot load (or crashed) is not retried: the main thread does the work.
    worker.terminate();
    worker = null;
    return runConductCheck(db);
  }
}

async function refresh(): Promise<void> {
  if (running) {
    stale = true;
    return;
  }
  running = true;
  stale = false;
  const db = getDb();
  try {
    result = { db, check: await check(db) };
  } catch {
    // Database closed (another tab upgraded) or unreadable: keep the last result.
  } finally {
    running = false;
  }
  listeners.forEach((l) => l());
  if (stale && listeners.size > 0) void refresh();
}

function touchesCheck(parts: ObservabilitySet): boolean {
  const prefixes = CONDUCT_CHECK_TABLES.map((table) => `idb://${getDb().name}/${table}/`);
  return Object.keys(parts).some((part) => prefixes.some((p) => part.startsWith(p)));
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  if (!watching) {
    watching = true;
    Dexie.on('storagemutated', (parts) => {
      if (!touchesCheck(parts)) return;
      stale = true;
      if (listeners.size > 0) void refresh();
    });
  }
  if (stale || result?.db !== getDb()) void refresh();
  return () => listeners.delete(listener);
}

function snapshot(): LogCheck | null {
  return result && result.db === getDb() ? result.check : null;
}

/** The findings over the whole log; `null` until the first check is done. */
export function useConductLogCheck(): LogCheck | null {
  return useSyncExternalStore(subscribe, snapshot, () => null);
}
