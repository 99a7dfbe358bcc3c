// @vitest-environment node
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRecoveryKeys } from '../../../src/storage/backup/backup-crypto';
import { exportBackup, readSnapshot } from '../../../src/storage/backup/export-backup';
import { applyImport } from '../../../src/storage/backup/import/apply-import';
import { loadBackup } from '../../../src/storage/backup/import/load-backup';
import { previewImport } from '../../../src/storage/backup/import/preview-import';
import type { ShoreDb } from '../../../src/storage/db';
import { DEVICE_KEYS } from '../../../src/storage/device-state';
import { readBackupState } from '../../../src/storage/backup-reminder/backup-state';
import { datasetV1Arb, debtRowV1Arb, type DebtRowV1 } from '../../../src/testing/arbitraries';
import { importFile, seedV1 } from '../../../src/testing/backup-helpers';
import { canonicalJson, dumpDatabase } from '../../../src/testing/storage-dump';
import { makeDebtRowV1 } from '../../../src/testing/factories';
import { freshDb } from '../../../src/testing/test-db';

const fileOf = (text: string) => new Blob([text], { type: 'application/json' });
/** Property order inside a record is not data (zod may reorder keys), so compare canonically. */
const snapshotText = async (db: ShoreDb) => canonicalJson(await readSnapshot(db));

const debt = (over: Partial<DebtRowV1> = {}): DebtRowV1 => makeDebtRowV1({ id: crypto.randomUUID(), ...over });

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('backup round trip', { timeout: 60_000 }, () => {
  it('export → wipe → import gives back exactly the same records (property, 60 data sets)', async () => {
    let runs = 0;
    await fc.assert(
      fc.asyncProperty(datasetV1Arb, async (data) => {
        runs += 1;
        const source = await freshDb();
        await seedV1(source, data);
        const before = await snapshotText(source);
        const exported = await exportBackup(source, { kind: 'none' });
        await source.delete();

        const target = await freshDb();
        const outcome = await importFile(target, fileOf(exported.text));
        expect(outcome.ok === true ? 'ok' : outcome).toBe('ok');
        expect(await snapshotText(target)).toBe(before);
        await target.delete();
      }),
      { numRuns: 60 },
    );
    expect(runs).toBe(60);
  });

  it('writes the header in the documented order and leaves device-only settings out', async () => {
    await seedV1(db, { debts: [debt()], settings: [{ key: 'language', value: 'zh-CN' }] });
    await db.settings.put({ key: DEVICE_KEYS.lock, value: { pinHash: 'secret' } });
    const { text, counts, fileName } = await exportBackup(db, { kind: 'none' }, new Date(2026, 10, 28, 9));
    expect(text.startsWith('{"format":"shore-backup","formatVersion":1,"schemaVersion":')).toBe(true);
    expect(text).not.toContain('device.');
    expect(text).not.toContain('secret');
    expect(counts).toEqual(expect.objectContaining({ debts: 1 }));
    expect(counts).not.toHaveProperty('settings');
    expect(fileName).toBe('shore-backup-2026-11-28.json');
  });

  it('keeps this device’s own settings when replacing everything else', async () => {
    await seedV1(db, { debts: [debt({ lender: 'A' })], settings: [] });
    const { text } = await exportBackup(db, { kind: 'none' });
    await db.debts.clear();
    await db.table('debts').put(debt({ lender: 'B' }));
    await db.settings.bulkPut([
      { key: DEVICE_KEYS.hideAmounts, value: true },
      { key: 'language', value: 'en' },
    ]);
    await importFile(db, fileOf(text), { mode: 'replace' });
    expect((await db.debts.toArray()).map((d) => d.lender)).toEqual(['A']);
    expect(await db.settings.get(DEVICE_KEYS.hideAmounts)).toEqual({ key: DEVICE_KEYS.hideAmounts, value: true });
    expect(await db.settings.get('language')).toBeUndefined();
    expect((await readBackupState(db)).changesSince).toBe(0);
  });

  it('merges: adds new records and keeps the newer copy of a record present on both sides', async () => {
    const shared = debt({ lender: '旧的', updatedAt: '2026-01-01T00:00:00.000Z' });
    const onlyInFile = debt({ lender: '文件里的' });
    const onlyOnDevice = debt({ lender: '手机上的' });
    await seedV1(db, {
      debts: [{ ...shared, lender: '文件里较新的', updatedAt: '2026-03-01T00:00:00.000Z' }, onlyInFile],
      settings: [],
    });
    const { text } = await exportBackup(db, { kind: 'none' });
    await db.debts.clear();
    await seedV1(db, { debts: [shared, onlyOnDevice], settings: [] });

    const loaded = await loadBackup(fileOf(text));
    if (loaded.ok !== true) throw new Error('expected a valid file');
    const preview = await previewImport(db, loaded.value, 'merge');
    expect(preview.tables.find((t) => t.table === 'debts')).toEqual({
      table: 'debts',
      incoming: 2,
      onDevice: 2,
      overlapping: 1,
    });

    await applyImport(db, loaded.value, preview);
    const lenders = (await db.debts.toArray()).map((d) => d.lender).sort();
    expect(lenders).toEqual(['手机上的', '文件里的', '文件里较新的'].sort());
  });

  it('in a merge, a device record newer than the file’s copy stays', async () => {
    const id = crypto.randomUUID();
    await seedV1(db, { debts: [debt({ id, lender: '文件', updatedAt: '2026-01-01T00:00:00.000Z' })], settings: [] });
    const { text } = await exportBackup(db, { kind: 'none' });
    await db.table('debts').put(debt({ id, lender: '手机上较新', updatedAt: '2026-05-01T00:00:00.000Z' }));
    await importFile(db, fileOf(text), { mode: 'merge' });
    expect((await db.debts.get(id))?.lender).toBe('手机上较新');
  });

  it('previews a replace with counts from the file and from the device', async () => {
    await seedV1(db, { debts: [debt(), debt(), debt()], settings: [] });
    const { text } = await exportBackup(db, { kind: 'none' });
    await db.table('debts').put(debt());
    const loaded = await loadBackup(fileOf(text));
    if (loaded.ok !== true) throw new Error('expected a valid file');
    const preview = await previewImport(db, loaded.value, 'replace');
    expect(preview.incomingTotal).toBe(3);
    expect(preview.onDeviceTotal).toBe(4);
    expect(loaded.value.counts.debts).toBe(3);
  });

  it('round-trips Blobs stored anywhere (no table is special)', async () => {
    const bytes = new Uint8Array([137, 80, 78, 71, 0, 255]);
    await db.settings.put({
      key: 'photo',
      value: { image: new Blob([bytes], { type: 'image/png' }), takenAt: new Date(0) },
    });
    const { text } = await exportBackup(db, { kind: 'none' });
    const target = await freshDb();
    await importFile(target, fileOf(text));
    const back = (await target.settings.get('photo'))?.value as { image: Blob; takenAt: Date };
    expect(back.image.type).toBe('image/png');
    expect(new Uint8Array(await back.image.arrayBuffer())).toEqual(bytes);
    expect(back.takenAt).toEqual(new Date(0));
    await target.delete();
  });

  it('rolls everything back when a write fails half-way (quota), leaving the database as it was', async () => {
    await seedV1(db, { debts: [debt({ lender: '原来的' })], settings: [{ key: 'language', value: 'zh-CN' }] });
    const source = await freshDb();
    await seedV1(source, {
      debts: [debt({ lender: '备份里的' }), debt()],
      settings: [{ key: 'language', value: 'en' }],
    });
    const { text } = await exportBackup(source, { kind: 'none' });
    await source.delete();
    const { setDatabase } = await import('../../../src/storage/db');
    setDatabase(db);

    const before = await dumpDatabase(db);
    const loaded = await loadBackup(fileOf(text));
    if (loaded.ok !== true) throw new Error('expected a valid file');
    // The settings table is written after debts (which by then is cleared and refilled):
    // the disk "fills up" there.
    const full = () => {
      throw new DOMException('disk full', 'QuotaExceededError');
    };
    db.settings.hook('creating', full);
    const preview = await previewImport(db, loaded.value, 'replace');
    await expect(applyImport(db, loaded.value, preview)).rejects.toMatchObject({ code: 'quota-exceeded' });
    db.settings.hook('creating').unsubscribe(full);
    expect(await dumpDatabase(db)).toBe(before);
  });
});

describe('encrypted backups', { timeout: 60_000 }, () => {
  it('opens with the passphrase and is unreadable without it', async () => {
    await seedV1(db, { debts: [debt({ lender: '机密银行', notes: '只有我知道' })], settings: [] });
    const { text, encrypted, fileName } = await exportBackup(db, {
      kind: 'passphrase',
      passphrase: '长一点的 密码 🌊',
    });
    expect(encrypted).toBe(true);
    expect(fileName).toMatch(/-encrypted\.json$/);
    expect(text).not.toContain('机密银行');
    expect(text).not.toContain(JSON.stringify('机密银行').slice(1, -1));
    const header = JSON.parse(text) as { encryption: { iterations: number; salt: string; iv: string } };
    expect(header.encryption.iterations).toBe(600_000);

    expect(await loadBackup(fileOf(text))).toMatchObject({ ok: 'needs-secret' });
    expect(await loadBackup(fileOf(text), '长一点的 密码')).toEqual({
      ok: false,
      failure: { reason: 'wrong-passphrase' },
    });
    const opened = await loadBackup(fileOf(text), '长一点的 密码 🌊');
    expect(opened.ok).toBe(true);
    if (opened.ok === true)
      expect(opened.value.tables.debts[0]).toMatchObject({ lender: '机密银行', notes: '只有我知道' });
  });

  it('uses a fresh salt and IV for every file', async () => {
    const a = JSON.parse((await exportBackup(db, { kind: 'passphrase', passphrase: 'same' })).text) as {
      encryption: { salt: string; iv: string };
    };
    const b = JSON.parse((await exportBackup(db, { kind: 'passphrase', passphrase: 'same' })).text) as {
      encryption: { salt: string; iv: string };
    };
    expect(a.encryption.salt).not.toBe(b.encryption.salt);
    expect(a.encryption.iv).not.toBe(b.encryption.iv);
  });

  it('a PIN-recovery backup needs no PIN to write and the PIN to read', async () => {
    const keys = await createRecoveryKeys('246810');
    await seedV1(db, { debts: [debt({ lender: '锁住的' })], settings: [] });
    const { text } = await exportBackup(db, { kind: 'recovery', keys });
    expect(text).not.toContain('锁住的');
    expect(await loadBackup(fileOf(text), '000000')).toEqual({ ok: false, failure: { reason: 'wrong-passphrase' } });
    const opened = await loadBackup(fileOf(text), '246810');
    expect(opened.ok === true && opened.value.tables.debts[0].lender).toBe('锁住的');
  });

  it('rejects a file whose ciphertext was altered', async () => {
    const { text } = await exportBackup(db, { kind: 'passphrase', passphrase: 'pw' });
    const file = JSON.parse(text) as { ciphertext: string };
    const flipped = (file.ciphertext[0] === 'A' ? 'B' : 'A') + file.ciphertext.slice(1);
    expect(await loadBackup(fileOf(JSON.stringify({ ...file, ciphertext: flipped })), 'pw')).toEqual({
      ok: false,
      failure: { reason: 'wrong-passphrase' },
    });
  });
});

describe('validators on random input (property)', { timeout: 60_000 }, () => {
  it('never throw and never accept junk as a backup (300 inputs)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.jsonValue().map((v) => JSON.stringify(v)),
        ),
        async (text) => {
          const result = await loadBackup(fileOf(text));
          expect(result.ok).toBe(false);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reject any single broken field of a valid debt (200 mutations)', async () => {
    const breakers = fc.constantFrom<[string, unknown]>(
      ['principal', -1],
      ['principal', 1.5],
      ['principal', '100'],
      ['interest', null],
      ['lender', ''],
      ['lender', 'x'.repeat(10_001)],
      ['last4', '12a4'],
      ['firstMissedDue', '2026-02-30'],
      ['status', 'forgiven'],
      ['id', ''],
      ['notes', 42],
    );
    await fc.assert(
      fc.asyncProperty(debtRowV1Arb, breakers, async (row, [field, value]) => {
        const file = {
          format: 'shore-backup',
          formatVersion: 1,
          schemaVersion: 1,
          exportedAt: '2026-01-01T00:00:00.000Z',
          app: { name: 'shore', version: 'test' },
          data: { debts: [{ ...row, [field]: value }], settings: [] },
        };
        expect(await loadBackup(fileOf(JSON.stringify(file)))).toEqual({
          ok: false,
          failure: { reason: 'invalid-record', table: 'debts', index: 0 },
        });
      }),
      { numRuns: 200 },
    );
  });
});
