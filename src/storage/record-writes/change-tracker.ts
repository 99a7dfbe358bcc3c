/**
 * After records change (any table, any repository; see record-changes.ts), shortly and off
 * the user's own transaction, feeds the rooms that watch for lost work:
 * - refresh the data marker in IndexedDB and localStorage (record count, last write; data-loss/);
 * - add to the "changes since last backup" count behind the backup reminder (backup-reminder/);
 * - the first time records exist, ask for persistent storage (data-loss/persistence.ts).
 *
 * While the start-up check has found missing data and the user has not yet answered, the
 * marker is left alone, so the evidence is not overwritten by the next new record.
 */
import type { ShoreDb } from '../db';
import { addChanges } from '../backup-reminder/backup-state';
import {
  countAllRecords,
  nextMarker,
  readDbMarker,
  readLocalMarker,
  writeMarkers,
  type KeyValueStore,
} from '../data-loss/marker';
import { requestPersistenceOnce, type StorageApi } from '../data-loss/persistence';
import { onRecordWrite } from './record-changes';

export interface ChangeTracker {
  /** Write everything pending now (tests; `pagehide`). */
  flush(): Promise<void>;
  /** Keep the marker as it is until released (an integrity alarm is showing). */
  holdMarker(hold: boolean): void;
  stop(): void;
}

export interface ChangeTrackerOptions {
  db: ShoreDb;
  store: KeyValueStore | null;
  storage: StorageApi | null;
  now?: () => Date;
  /** Debounce for bursts of writes */
  delayMs?: number;
  /** Called after each flush (the UI re-reads the reminder state) */
  onFlushed?: () => void;
}

export function startChangeTracker(options: ChangeTrackerOptions): ChangeTracker {
  const { db, store, storage, now = () => new Date(), delayMs = 120, onFlushed } = options;
  let pendingChanges = 0;
  let dirty = false;
  let hold = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let running: Promise<void> = Promise.resolve();

  async function flushOnce(): Promise<void> {
    if (!dirty) return;
    dirty = false;
    const changes = pendingChanges;
    pendingChanges = 0;
    const at = now();
    try {
      const count = await countAllRecords(db);
      if (!hold) {
        const previous = (await readDbMarker(db)) ?? readLocalMarker(store);
        await writeMarkers(
          db,
          store,
          nextMarker(previous, count, at, () => crypto.randomUUID()),
        );
      }
      if (changes > 0) await addChanges(db, changes, at);
      if (count > 0) await requestPersistenceOnce(db, storage, at);
    } catch {
      // The database closed (another tab upgraded, or a wipe) or is full: the user's own
      // write already succeeded or failed on its own; the marker catches up next time.
    }
    onFlushed?.();
  }

  function flush(): Promise<void> {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    running = running.then(flushOnce);
    return running;
  }

  const unsubscribe = onRecordWrite((write) => {
    dirty = true;
    if (write.counted) pendingChanges += write.changes;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => void flush(), delayMs);
  });

  return {
    flush,
    holdMarker(value) {
      hold = value;
      if (!value) dirty = true;
    },
    stop() {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
    },
  };
}
