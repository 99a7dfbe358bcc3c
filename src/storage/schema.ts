/**
 * The IndexedDB schema, append-only.
 *
 * Each entry is one Dexie version as it shipped. Never edit a shipped entry: add a new one
 * with its upgrade function in `migrations/`. Keeping every version registered lets a test
 * open the database exactly as it was at version N, seed it, then reopen at the latest and
 * check every record survived (see tests/storage/migrations).
 *
 * Primary keys are string UUIDs so backups can merge without id clashes.
 */
import type { Transaction } from 'dexie';

export interface DbVersion {
  version: number;
  /** Dexie store strings for tables added or changed in this version (null deletes a table). */
  stores: Record<string, string | null>;
  upgrade?: (tx: Transaction) => Promise<void>;
}

export const DB_VERSIONS: readonly DbVersion[] = [
  {
    version: 1,
    stores: {
      // One row per card or loan (DebtRowV1).
      debts: 'id, updatedAt, status',
      // Small key/value settings (language, last backup date, ...).
      settings: 'key',
    },
  },
];

export const LATEST_DB_VERSION = DB_VERSIONS[DB_VERSIONS.length - 1].version;
