/**
 * Import step 4 (the whole import: load-backup.ts): after the person has seen `previewImport`
 * and confirmed, everything is written in ONE read-write transaction over all tables. A
 * failure anywhere (quota, a closed database) aborts it, and IndexedDB rolls every table
 * back: all or nothing.
 */
import type { ShoreDb } from '../../db';
import { writeBackupState } from '../../backup-reminder/backup-state';
import { withoutChangeCounting } from '../../record-writes/record-changes';
import { StorageError, toStorageErrorCode } from '../../storage-error';
import { isDeviceSettingKey } from '../export-backup';
import { applyMerge, planMerge, type ConflictSide } from './merge-plan';
import { PROGRESS_EVERY, type ImportProgress, type PreparedBackup } from './prepare-backup';
import { previewImport, samePreview, type ImportPreview } from './preview-import';

/**
 * Step 4: write exactly what `preview` (from `previewImport`, shown to the person) said, in
 * one transaction. `replace` clears every table first (device settings kept); `merge` follows
 * the plan the preview showed (merge-plan.ts): new records added unless deleted here, each
 * conflict resolved as chosen (the newer copy by default), the file's deletions applied. The device is previewed
 * again inside the transaction: when another tab saved or deleted records since, or the
 * mode would leave an event or attachment without its debt or entry, nothing is written and
 * a `StorageError('changed-since-preview')` / `('invalid-record')` is thrown. Any other
 * failure (e.g. `quota-exceeded`) is thrown after a full rollback.
 */
export async function applyImport(
  db: ShoreDb,
  prepared: PreparedBackup,
  preview: ImportPreview,
  now = new Date(),
  /** For a Merge: the person's choice per conflict (`conflictKey`); the newer copy otherwise. */
  choices: Readonly<Record<string, ConflictSide>> = {},
  onProgress?: (progress: ImportProgress) => void,
): Promise<void> {
  const mode = preview.mode;
  try {
    // One transaction over every table; its writes are not "changes since the last backup".
    await withoutChangeCounting(() =>
      db.transaction('rw', db.tables, async () => {
        const current = await previewImport(db, prepared, mode);
        if (!samePreview(current, preview)) throw new StorageError('changed-since-preview');
        if (current.brokenReference !== null) throw new StorageError('invalid-record');
        if (mode === 'merge') {
          await applyMerge(db, prepared, current.merge ?? (await planMerge(db, prepared)), choices, now);
        } else {
          const total = Object.values(prepared.tables).reduce((sum, rows) => sum + rows.length, 0);
          let written = 0;
          for (const table of db.tables) {
            if (table.name === 'settings') {
              const keys = await table.toCollection().primaryKeys();
              await table.bulkDelete(keys.filter((k) => !isDeviceSettingKey(k)));
            } else {
              await table.clear();
            }
            const rows = prepared.tables[table.name] ?? [];
            // In slices, so the page can show how far the write has got (still one transaction).
            for (let start = 0; start < rows.length; start += PROGRESS_EVERY) {
              await table.bulkPut(rows.slice(start, start + PROGRESS_EVERY));
              written += Math.min(PROGRESS_EVERY, rows.length - start);
              onProgress?.({ phase: 'write', done: written, total });
            }
          }
        }
        if (mode === 'replace') {
          // The device now holds exactly what the file holds: that file is a current backup.
          await writeBackupState(db, { lastBackupAt: now.toISOString(), changesSince: 0, firstChangeAt: null });
        }
      }),
    );
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(importErrorCode(error));
  }
}

/** Dexie wraps per-row failures of `bulkPut` in a BulkError; look inside for the real cause. */
function importErrorCode(error: unknown) {
  const failures = (error as { failures?: unknown[] } | null)?.failures;
  if (Array.isArray(failures) && failures.length > 0) return toStorageErrorCode(failures[0]);
  return toStorageErrorCode(error);
}
