/**
 * Persistent storage and space used, through `navigator.storage` (StorageManager).
 *
 * `persist()` asks the browser not to evict our data under storage pressure. Chrome
 * decides by itself (an installed app, or a site used often, gets it; there is no
 * prompt); Firefox asks the user; Safari accepts the call but, in a tab, still deletes
 * everything after 7 days without a visit. So we ask once the first real record exists
 * (asking earlier, with nothing to lose, wastes the one chance at a prompt), remember the
 * answer, and show it in the settings. None of this replaces a backup.
 */
import type { ShoreDb } from '../db';
import { DEVICE_KEYS, isRecord, isTimestamp, readDeviceValue, writeDeviceValue, type Guard } from '../device-state';

export interface PersistenceRecord {
  askedAt: string;
  granted: boolean;
}
const isPersistenceRecord: Guard<PersistenceRecord> = (v): v is PersistenceRecord =>
  isRecord(v) && isTimestamp(v.askedAt) && typeof v.granted === 'boolean';

export type StorageApi = Pick<StorageManager, 'persist' | 'persisted' | 'estimate'>;

export function storageApi(): StorageApi | null {
  const storage = typeof navigator === 'undefined' ? undefined : (navigator.storage as StorageManager | undefined);
  return storage && typeof storage.persist === 'function' ? storage : null;
}

export function readPersistence(db: ShoreDb): Promise<PersistenceRecord | undefined> {
  return readDeviceValue(db, DEVICE_KEYS.persistence, isPersistenceRecord);
}

/** Ask once; later calls return the remembered answer. Null when the browser has no API. */
export async function requestPersistenceOnce(
  db: ShoreDb,
  api: StorageApi | null,
  now: Date,
): Promise<PersistenceRecord | null> {
  if (!api) return null;
  const known = await readPersistence(db);
  if (known) return known;
  const granted = await api.persist().catch(() => false);
  const record = { askedAt: now.toISOString(), granted };
  await writeDeviceValue(db, DEVICE_KEYS.persistence, record);
  return record;
}

export interface StorageStatus {
  /** null: the browser cannot tell us */
  persisted: boolean | null;
  usageBytes: number | null;
  quotaBytes: number | null;
}

export async function readStorageStatus(api: StorageApi | null): Promise<StorageStatus> {
  if (!api) return { persisted: null, usageBytes: null, quotaBytes: null };
  const [persisted, estimate] = await Promise.all([
    api.persisted().catch(() => null),
    api.estimate().catch(() => null),
  ]);
  return { persisted, usageBytes: estimate?.usage ?? null, quotaBytes: estimate?.quota ?? null };
}

/** Ask again from the settings screen (the user pressed the button). */
export async function requestPersistenceNow(db: ShoreDb, api: StorageApi | null, now: Date): Promise<boolean | null> {
  if (!api) return null;
  const granted = await api.persist().catch(() => false);
  await writeDeviceValue(db, DEVICE_KEYS.persistence, { askedAt: now.toISOString(), granted });
  return granted;
}
