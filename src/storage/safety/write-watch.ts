/**
 * A Dexie middleware that sees every write to every record table, whatever repository it
 * came from, so the safety features work for tables added later without touching them:
 *
 * - it tells listeners that records changed (the data marker, the backup reminder's change
 *   count and the first `persist()` request hang off this);
 * - it refuses record writes while the app is read-only (inside WeChat and other in-app
 *   browsers, where storage disappears when the user logs out; see browser-env.ts);
 * - it drops bidi override/isolate openers that user text leaves unclosed (see
 *   lib/text/bidi.ts), so a name typed with U+202E cannot reverse the rest of a printed
 *   letter or a sentence on screen. Every table, every string field, one place.
 *
 * The `settings` table is not watched or blocked: it holds preferences and device facts.
 */
import type { DBCore, DBCoreMutateRequest, Middleware } from 'dexie';
import { dropUnclosedBidiControlsDeep } from '../../lib/text/bidi';
import { StorageError } from '../storage-error';

export interface RecordWrite {
  table: string;
  /** Rows touched (a range delete counts as one) */
  changes: number;
  /** False for bulk writes the user did not make one by one (a backup import) */
  counted: boolean;
}

type Listener = (write: RecordWrite) => void;

const listeners = new Set<Listener>();
let blocked = false;
let uncountedDepth = 0;

/** Subscribe to record writes; returns the unsubscribe function. */
export function onRecordWrite(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Read-only mode: every record write fails with StorageError('read-only'). */
export function setRecordWritesBlocked(value: boolean): void {
  blocked = value;
}

export function recordWritesBlocked(): boolean {
  return blocked;
}

/** Run `fn` with its writes not counted as user changes (used by backup import). */
export async function withoutChangeCounting<T>(fn: () => Promise<T>): Promise<T> {
  uncountedDepth += 1;
  try {
    return await fn();
  } finally {
    uncountedDepth -= 1;
  }
}

function changesIn(req: DBCoreMutateRequest): number {
  switch (req.type) {
    case 'add':
    case 'put':
      return req.values.length;
    case 'delete':
      return req.keys.length;
    case 'deleteRange':
      return 1;
  }
}

export const writeWatchMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'shore-write-watch',
  create(down) {
    return {
      ...down,
      table(name) {
        const table = down.table(name);
        if (name === 'settings') return table;
        return {
          ...table,
          mutate(req) {
            if (blocked) return Promise.reject(new StorageError('read-only'));
            const counted = uncountedDepth === 0;
            const safe: DBCoreMutateRequest =
              req.type === 'add' || req.type === 'put'
                ? { ...req, values: req.values.map(dropUnclosedBidiControlsDeep) }
                : req;
            return table.mutate(safe).then((res) => {
              const changes = changesIn(req) - res.numFailures;
              if (changes > 0) for (const l of listeners) l({ table: name, changes, counted });
              return res;
            });
          },
        };
      },
    };
  },
};
