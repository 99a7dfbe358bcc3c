/**
 * The data marker: "this device held N records of dataset X, last written at T", kept in
 * two places, IndexedDB (`device.marker`) and localStorage (`shore.marker`).
 *
 * Why two: browsers delete IndexedDB on their own (iOS after 7 days without a visit,
 * phone "cleaners", storage pressure), and when they do, an app that only looks at
 * IndexedDB sees an empty database and silently starts over as if it were new. The
 * localStorage copy usually outlives that (or dies with it, in which case we honestly
 * cannot tell). At start-up the two are compared with the real record count, and when
 * data existed but is gone or fewer, the app says so plainly and offers a restore.
 */
import type { ShoreDb } from '../db';
import {
  DEVICE_KEYS,
  isCount,
  isRecord,
  isTimestamp,
  readDeviceValue,
  writeDeviceValue,
  type Guard,
} from '../device-state';

export interface DataMarker {
  datasetId: string;
  recordCount: number;
  lastWriteAt: string;
}
const isDataMarker: Guard<DataMarker> = (v): v is DataMarker =>
  isRecord(v) &&
  typeof v.datasetId === 'string' &&
  v.datasetId.length > 0 &&
  v.datasetId.length <= 100 &&
  isCount(v.recordCount) &&
  isTimestamp(v.lastWriteAt);

export const LOCAL_MARKER_KEY = 'shore.marker';

/** The subset of `Storage` we use, so tests and private-mode failures can stand in. */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function readLocalMarker(store: KeyValueStore | null): DataMarker | undefined {
  try {
    const raw = store?.getItem(LOCAL_MARKER_KEY);
    if (!raw) return undefined;
    const parsed: unknown = JSON.parse(raw);
    return isDataMarker(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** Returns false when localStorage refused (full, or disabled). */
export function writeLocalMarker(store: KeyValueStore | null, marker: DataMarker): boolean {
  try {
    store?.setItem(LOCAL_MARKER_KEY, JSON.stringify(marker));
    return store !== null;
  } catch {
    return false;
  }
}

export function readDbMarker(db: ShoreDb): Promise<DataMarker | undefined> {
  return readDeviceValue(db, DEVICE_KEYS.marker, isDataMarker);
}

/** Records in all tables except settings (tables added later are counted automatically). */
export async function countAllRecords(db: ShoreDb): Promise<number> {
  return db.transaction('r', db.tables, async () => {
    let total = 0;
    for (const table of db.tables) if (table.name !== 'settings') total += await table.count();
    return total;
  });
}

export async function writeMarkers(db: ShoreDb, store: KeyValueStore | null, marker: DataMarker): Promise<void> {
  writeLocalMarker(store, marker);
  await writeDeviceValue(db, DEVICE_KEYS.marker, marker);
}

/** A new marker for the current count, keeping the dataset id when there is one. */
export function nextMarker(
  previous: DataMarker | undefined,
  recordCount: number,
  now: Date,
  newId: () => string,
): DataMarker {
  return { datasetId: previous?.datasetId ?? newId(), recordCount, lastWriteAt: now.toISOString() };
}

export type IntegrityStatus =
  /** Nothing stored and nothing was ever recorded: a new start */
  | 'fresh'
  /** The database agrees with the marker */
  | 'ok'
  /** The marker says records existed; the database is now empty */
  | 'cleared'
  /** The database has fewer records than the marker says */
  | 'fewer';

export interface IntegrityReport {
  status: IntegrityStatus;
  expected: number;
  actual: number;
  /** When the missing data was last written (from the marker), for the message */
  lastWriteAt: string | null;
}

/**
 * Compare what the markers remember with what the database holds. Pure.
 *
 * The localStorage marker is the witness: if IndexedDB was wiped, its own marker went
 * with it. When only the IndexedDB marker exists (localStorage cleared on its own), the
 * database itself is intact and we simply rewrite the local copy.
 */
export function assessIntegrity(input: {
  localMarker: DataMarker | undefined;
  dbMarker: DataMarker | undefined;
  recordCount: number;
}): IntegrityReport {
  const { localMarker, dbMarker, recordCount } = input;
  const witness = localMarker ?? dbMarker;
  if (!witness)
    return {
      status: recordCount === 0 ? 'fresh' : 'ok',
      expected: recordCount,
      actual: recordCount,
      lastWriteAt: null,
    };
  // The highest count either marker has seen for this dataset.
  const sameDataset = localMarker && dbMarker && localMarker.datasetId === dbMarker.datasetId;
  const expected = sameDataset ? Math.max(localMarker.recordCount, dbMarker.recordCount) : witness.recordCount;
  const lastWriteAt = witness.lastWriteAt;
  if (expected > 0 && recordCount === 0) return { status: 'cleared', expected, actual: 0, lastWriteAt };
  if (recordCount < expected) return { status: 'fewer', expected, actual: recordCount, lastWriteAt };
  return { status: 'ok', expected, actual: recordCount, lastWriteAt };
}
