// @vitest-environment node
/**
 * Export and import times for 10,000 records (debts: the only record table so far; each
 * with a 152-character note, like a log entry). Runs on fake-indexeddb in Node, so the
 * figures are relative: real IndexedDB in a browser differs. `npm run bench`.
 */
import { afterAll, beforeAll, test } from 'vitest';
import { exportBackup } from '../../src/storage/backup/export-backup';
import { previewImport } from '../../src/storage/backup/import/preview-import';
import { applyImport } from '../../src/storage/backup/import/apply-import';
import { loadBackup } from '../../src/storage/backup/import/load-backup';
import type { PreparedBackup } from '../../src/storage/backup/import/prepare-backup';
import type { ShoreDb } from '../../src/storage/db';
import { seedV1 } from '../../src/testing/backup-helpers';
import { manyDebtRowsV1 } from '../../src/testing/factories';
import { freshDb } from '../../src/testing/test-db';

const COUNT = 10_000;

let source: ShoreDb;
let target: ShoreDb;
let plainText = '';
let encryptedText = '';
let prepared: PreparedBackup;

beforeAll(async () => {
  source = await freshDb();
  await seedV1(source, { debts: manyDebtRowsV1(COUNT), settings: [] });
  plainText = (await exportBackup(source, { kind: 'none' })).text;
  encryptedText = (await exportBackup(source, { kind: 'passphrase', passphrase: 'bench passphrase' })).text;
  const loaded = await loadBackup(new Blob([plainText]));
  if (loaded.ok !== true) throw new Error('bench file refused');
  prepared = loaded.value;
  target = await freshDb();
});

afterAll(async () => {
  await source.delete();
  await target.delete();
});

const RUN = { iterations: 5, time: 0, warmupIterations: 1, warmupTime: 0 };

test(`export of ${COUNT.toLocaleString('en')} records`, { timeout: 600_000 }, async ({ bench }) => {
  await bench.compare(
    bench('export (one read transaction → JSON text)', async () => {
      await exportBackup(source, { kind: 'none' });
    }),
    bench('export, encrypted (PBKDF2 600k + AES-GCM)', async () => {
      await exportBackup(source, { kind: 'passphrase', passphrase: 'bench passphrase' });
    }),
    RUN,
  );
});

test(`import of ${COUNT.toLocaleString('en')} records`, { timeout: 600_000 }, async ({ bench }) => {
  await bench.compare(
    bench('import: read, validate and migrate every record', async () => {
      const loaded = await loadBackup(new Blob([plainText]));
      if (loaded.ok !== true) throw new Error('refused');
    }),
    bench('import, encrypted: decrypt, validate and migrate', async () => {
      const loaded = await loadBackup(new Blob([encryptedText]), 'bench passphrase');
      if (loaded.ok !== true) throw new Error('refused');
    }),
    bench('import: write everything in one transaction (replace)', async () => {
      await applyImport(target, prepared, await previewImport(target, prepared, 'replace'));
    }),
    RUN,
  );
});
