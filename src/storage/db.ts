/**
 * The app's only database: IndexedDB through Dexie, on this device only. Nothing here is
 * ever sent anywhere. This file and the rest of `src/storage/` are the only places that
 * import Dexie; screens read through hooks and write through `repos/`.
 */
import Dexie, { type EntityTable } from 'dexie';
import type { AttachmentMeta } from '../domain/conduct/attachment';
import type { ConductContext, ContactEntry } from '../domain/conduct/contact';
import type { Debt } from '../domain/debt';
import type { DebtEvent } from '../domain/debt-events';
import type { BudgetLineRow } from './budget-rows';
import type { AgreementRow, HardshipPlanRow } from './hardship-plan-rows';
import type { LetterRow } from './letter-rows';
import type { DeletionRow } from './record-writes/deletions';
import { DB_VERSIONS, LATEST_DB_VERSION } from './schema';
import { cleanTextMiddleware } from './record-writes/clean-text';
import { readOnlyMiddleware } from './record-writes/read-only';
import { recordChangesMiddleware } from './record-writes/record-changes';

export const DB_NAME = 'shore';

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * An attachment as stored: its metadata plus the file's bytes. Bytes are kept as an
 * ArrayBuffer rather than a Blob: every IndexedDB implementation (and fake-indexeddb in
 * tests) clones an ArrayBuffer faithfully, older iOS Safari could not store Blobs, and the
 * SHA-256 is computed over exactly these bytes. Readers get a Blob back from the repository.
 */
export interface AttachmentRow extends AttachmentMeta {
  data: ArrayBuffer;
}

type VersionChangeListener = () => void;
const versionChangeListeners = new Set<VersionChangeListener>();

/** Called when another tab opened a newer version: this tab has closed its connection. */
export function onDatabaseVersionChange(listener: VersionChangeListener): () => void {
  versionChangeListeners.add(listener);
  return () => versionChangeListeners.delete(listener);
}

export class ShoreDb extends Dexie {
  debts!: EntityTable<Debt, 'id'>;
  debtEvents!: EntityTable<DebtEvent, 'id'>;
  settings!: EntityTable<SettingRow, 'key'>;
  contacts!: EntityTable<ContactEntry, 'id'>;
  attachments!: EntityTable<AttachmentRow, 'id'>;
  conductContexts!: EntityTable<ConductContext, 'debtId'>;
  budgetLines!: EntityTable<BudgetLineRow, 'category'>;
  plans!: EntityTable<HardshipPlanRow, 'id'>;
  agreements!: EntityTable<AgreementRow, 'id'>;
  letters!: EntityTable<LetterRow, 'id'>;
  deletions!: EntityTable<DeletionRow, 'key'>;

  /** `upTo` exists for migration tests, which open the database as it was at an older version. */
  constructor(name = DB_NAME, upTo = LATEST_DB_VERSION) {
    super(name);
    // Every record write passes these (storage/record-writes/): refused in read-only mode,
    // its text cleaned of unclosed bidi controls, and reported to the change tracker.
    this.use(readOnlyMiddleware);
    this.use(cleanTextMiddleware);
    this.use(recordChangesMiddleware);
    for (const v of DB_VERSIONS.filter((entry) => entry.version <= upTo)) {
      const version = this.version(v.version).stores(v.stores);
      const transforms = v.transforms;
      if (transforms) {
        version.upgrade(async (tx) => {
          for (const [table, transform] of Object.entries(transforms)) {
            await tx
              .table(table)
              .toCollection()
              .modify((row: Record<string, unknown>, ref: { value: Record<string, unknown> }) => {
                ref.value = transform(row);
              });
          }
        });
      }
    }
    // A newer version of the app in another tab wants to upgrade: step aside rather than
    // block it, and tell the user to reload instead of writing with an outdated schema.
    this.on('versionchange', () => {
      this.close();
      for (const l of versionChangeListeners) l();
      return false;
    });
  }
}

let current: ShoreDb | undefined;

/** The app's database, created on first use. Tests swap it with `setDatabase`. */
export function getDb(): ShoreDb {
  current ??= new ShoreDb();
  return current;
}

/**
 * Start opening the database now (start-up calls this before rendering), so the first
 * screen's queries find it open instead of waiting for the open after React has rendered.
 * A failure here is not reported: the screen's own query retries the open and reports it.
 */
export function openDatabaseEarly(): void {
  getDb()
    .open()
    .catch(() => undefined);
}

/** Point the app at another database (tests use a fresh name per test). */
export function setDatabase(db: ShoreDb): void {
  current = db;
}
