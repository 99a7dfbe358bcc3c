/**
 * Tells listeners that records changed (any table, any repository): the data marker, the
 * backup reminder's change count and the first `persist()` request hang off this (see
 * change-tracker.ts).
 */
import type { DBCoreMutateRequest } from 'dexie';
import { recordTablesMiddleware } from './record-tables';

export interface RecordWrite {
  table: string;
  /** Rows touched (a range delete counts as one) */
  changes: number;
  /** False for bulk writes the user did not make one by one (a backup import) */
  counted: boolean;
}

type Listener = (write: RecordWrite) => void;

const listeners = new Set<Listener>();
let uncountedDepth = 0;

/** Subscribe to record writes; returns the unsubscribe function. */
export function onRecordWrite(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
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

export const recordChangesMiddleware = recordTablesMiddleware('shore-record-changes', (mutate, table) => (req) => {
  const counted = uncountedDepth === 0;
  return mutate(req).then((res) => {
    const changes = changesIn(req) - res.numFailures;
    if (changes > 0) for (const l of listeners) l({ table, changes, counted });
    return res;
  });
});
