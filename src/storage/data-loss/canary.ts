/**
 * The start-up canary: write a random value, read it back, delete it, in IndexedDB and in
 * localStorage. Some browsers open IndexedDB but fail on the first write (private modes,
 * a full disk, a blocked origin); finding that out when the user presses "save" on a long
 * entry is too late. The result decides whether the app warns "this browser can't save".
 */
import type { ShoreDb } from '../db';
import { DEVICE_KEYS } from '../device-state';
import type { KeyValueStore } from './marker';

export interface CanaryResult {
  indexedDb: boolean;
  localStorage: boolean;
}

const LOCAL_CANARY_KEY = 'shore.canary';

export async function runCanary(
  db: ShoreDb,
  store: KeyValueStore | null,
  token: string = crypto.randomUUID(),
): Promise<CanaryResult> {
  let indexedDb: boolean;
  try {
    await db.settings.put({ key: DEVICE_KEYS.canary, value: token });
    const back = await db.settings.get(DEVICE_KEYS.canary);
    await db.settings.delete(DEVICE_KEYS.canary);
    indexedDb = back?.value === token && (await db.settings.get(DEVICE_KEYS.canary)) === undefined;
  } catch {
    indexedDb = false;
  }
  let localStorage = false;
  try {
    if (store) {
      store.setItem(LOCAL_CANARY_KEY, token);
      localStorage = store.getItem(LOCAL_CANARY_KEY) === token;
      store.removeItem(LOCAL_CANARY_KEY);
    }
  } catch {
    localStorage = false;
  }
  return { indexedDb, localStorage };
}
