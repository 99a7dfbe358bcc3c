/** Small helpers shared by backup tests: seeding at v1 and running a whole import. */
import type { ShoreDb } from '../storage/db';
import { migrateRows } from '../storage/schema';
import { applyImport } from '../storage/backup/import/apply-import';
import type { Result } from '../storage/backup/import/import-result';
import { loadBackup } from '../storage/backup/import/load-backup';
import type { PreparedBackup } from '../storage/backup/import/prepare-backup';
import { previewImport, type ImportMode } from '../storage/backup/import/preview-import';
import type { DebtEventRowV2, DebtRowV1 } from './arbitraries';
import type { SettingRow } from '../storage/db';

/**
 * Put rows shaped as they were first stored (debts at v1, events at v2, contacts and
 * attachments at v3) into a database at the latest version, through the real transforms.
 */
export async function seedV1(
  db: ShoreDb,
  data: {
    debts: DebtRowV1[];
    debtEvents?: DebtEventRowV2[];
    contacts?: Record<string, unknown>[];
    attachments?: Record<string, unknown>[];
    settings: SettingRow[];
  },
): Promise<void> {
  const tables: [string, Record<string, unknown>[]][] = [
    ['debts', migrateRows('debts', data.debts as unknown as Record<string, unknown>[], 1)],
    ['debtEvents', migrateRows('debtEvents', data.debtEvents ?? [], 2)],
    ['contacts', migrateRows('contacts', data.contacts ?? [], 3)],
    ['attachments', migrateRows('attachments', data.attachments ?? [], 3)],
  ];
  await db.transaction('rw', db.tables, async () => {
    for (const [name, rows] of tables) if (rows.length > 0) await db.table(name).bulkPut(rows);
    await db.settings.bulkPut(data.settings);
  });
}

export type ImportOutcome = Result<PreparedBackup> | { ok: 'needs-secret' };

/** Load (and, when it passes, apply) a file; returns what loading said. */
export async function importFile(
  db: ShoreDb,
  file: Blob,
  options: { secret?: string; mode?: ImportMode; maxBytes?: number } = {},
): Promise<ImportOutcome> {
  const loaded = await loadBackup(file, options.secret, options.maxBytes);
  if (loaded.ok === true)
    await applyImport(db, loaded.value, await previewImport(db, loaded.value, options.mode ?? 'replace'));
  return loaded.ok === 'needs-secret' ? { ok: 'needs-secret' } : loaded;
}
