/**
 * The IndexedDB schema, append-only.
 *
 * Each entry is one Dexie version as it shipped. Never edit a shipped entry: add a new one.
 * Keeping every version registered lets a test open the database exactly as it was at
 * version N, seed it, then reopen at the latest and check every record survived
 * (tests/storage/migrations.test.ts).
 *
 * Data changes are pure row transforms (`transforms`), each in its own file under
 * `migrations/`, with the old and new row types frozen inside that file. The Dexie upgrade
 * applies them to the stored rows, and backup import applies the very same functions to
 * rows from an older backup file, so the two paths can never disagree.
 *
 * Primary keys are string UUIDs so backups can merge without id clashes.
 */
import { upgradeDebtV1toV2 } from './migrations/v2-debt-events';
import { upgradeDebtV4toV5 } from './migrations/v5-loan-fields';

export type RowTransform = (row: Record<string, unknown>) => Record<string, unknown>;

export interface DbVersion {
  version: number;
  /** Dexie store strings for tables added or changed in this version (null deletes a table). */
  stores: Record<string, string | null>;
  /** Pure per-table transforms from the previous version's rows to this version's. */
  transforms?: Record<string, RowTransform>;
}

export const DB_VERSIONS: readonly DbVersion[] = [
  {
    version: 1,
    stores: {
      // One row per card or loan (DebtRowV1 = domain Debt at v1).
      debts: 'id, updatedAt, status',
      // Small key/value settings (language, last backup date, ...).
      settings: 'key',
    },
  },
  {
    version: 2,
    stores: {
      // Dated facts per debt for the legal assessment: payments, collection notices,
      // acknowledgements / repayment plans, court events (DebtEvent). Deleted with their debt.
      debtEvents: 'id, debtId, date',
    },
    // Debts gain creditorType ('card-overdraft'), settledOn (null) and amountsAsOf.
    transforms: { debts: upgradeDebtV1toV2 },
  },
  {
    version: 3,
    stores: {
      // 催收记录: one row per contact a collector started (ContactEntry). `[date+time]` keeps the
      // log in wall-clock order for paging; `debtId` groups it by creditor.
      contacts: 'id, [date+time], debtId, updatedAt',
      // Photos, screenshots and recordings of a contact, as bytes on this device, with their
      // SHA-256 and the time they were added (AttachmentRow). Indexed by the contact they belong to.
      attachments: 'id, entryId, addedAt',
      // Background facts per debt for the rule check (ConductContext); '' = entries without a debt.
      conductContexts: 'debtId',
    },
  },
  {
    // Hardship budget, repayment plan, agreements and letters. New tables only, so
    // no row transform: every v1–v3 record is kept as it was.
    version: 4,
    stores: {
      // One row per budget category (收支表 line): category is the key, so a line is replaced, never duplicated.
      budgetLines: 'category',
      // Plan settings (offer, split, basis, first due date); one row, id 'current'.
      plans: 'id',
      // Agreements the bank accepted, with the instalment payments made.
      agreements: 'id, debtId',
      // Letters: drafts (autosaved) and saved letters with templateId@version, the input snapshot and the printed document.
      letters: 'id, status, debtId, updatedAt',
    },
  },
  {
    version: 5,
    // No index changes: debts keep their store string.
    stores: {},
    // Debts gain loanNumber (''); a loan's card digits and credit limit move into its notes.
    transforms: { debts: upgradeDebtV4toV5 },
  },
  {
    // Deletions remembered (DeletionRow: table, id, deletedAt), so a merge with an older backup
    // does not bring a deleted record back. A new table only: every v1–v5 record is kept as it was.
    version: 6,
    stores: {
      deletions: 'key, deletedAt',
    },
  },
];

export const LATEST_DB_VERSION = DB_VERSIONS[DB_VERSIONS.length - 1].version;

/**
 * Bring rows of one table from `fromVersion` up to `toVersion` through every transform in
 * between, in order. Used by backup import; the database upgrade uses the same transforms.
 */
export function migrateRows(
  table: string,
  rows: readonly Record<string, unknown>[],
  fromVersion: number,
  toVersion = LATEST_DB_VERSION,
): Record<string, unknown>[] {
  let out = rows.map((r) => ({ ...r }));
  for (const v of DB_VERSIONS) {
    if (v.version <= fromVersion || v.version > toVersion) continue;
    const transform = v.transforms?.[table];
    if (transform) out = out.map(transform);
  }
  return out;
}
