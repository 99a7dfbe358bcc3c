// @vitest-environment node
/**
 * The hand-edited and racing backups an attack run on the built app found accepted: each is
 * now refused naming table and row (or, for a race, writes nothing), and the database is
 * afterwards exactly what it was (a full dump, Blobs included).
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { BackupFailure } from '../../../src/storage/backup/backup-format';
import { applyImport } from '../../../src/storage/backup/import/apply-import';
import { checkBackup } from '../../../src/storage/backup/import/load-backup';
import { FUTURE_TOLERANCE_MS, prepareBackup } from '../../../src/storage/backup/import/prepare-backup';
import { previewImport } from '../../../src/storage/backup/import/preview-import';
import type { ShoreDb } from '../../../src/storage/db';
import { importFile } from '../../../src/testing/backup-helpers';
import { dumpDatabase } from '../../../src/testing/storage-dump';
import { freshDb } from '../../../src/testing/test-db';

type Backup = Record<string, unknown> & { data: Record<string, Record<string, unknown>[]> };
const fixtureText = readFileSync(new URL('../../fixtures/backup-v4.json', import.meta.url), 'utf8');
const fixture = () => JSON.parse(fixtureText) as Backup;
const edited = (mutate: (file: Backup) => void): Backup => {
  const file = fixture();
  mutate(file);
  return file;
};
const blobOf = (file: Backup) => new Blob([JSON.stringify(file)]);
const NOW = new Date('2026-12-07T08:00:00.000Z');
const failure = async (file: Backup) => {
  const checked = await checkBackup(file, NOW);
  return checked.ok ? 'accepted' : checked.failure;
};

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('hand-edited backups are refused, naming table and row', () => {
  const cases: [string, (file: Backup) => void, BackupFailure][] = [
    [
      'a timestamp that is not a date ("zzzz")',
      (f) => (f.data.letters[1].updatedAt = 'zzzz'),
      { reason: 'invalid-record', table: 'letters', index: 1 },
    ],
    [
      'a timestamp without a time zone',
      (f) => (f.data.debts[0].createdAt = '2026-03-01 02:00:00'),
      { reason: 'invalid-record', table: 'debts', index: 0 },
    ],
    [
      'a timestamp on a day that does not exist',
      (f) => (f.data.contacts[1].updatedAt = '2026-02-30T10:00:00.000Z'),
      { reason: 'invalid-record', table: 'contacts', index: 1 },
    ],
    [
      'a record dated in the year 2999 (it would win every later merge)',
      (f) => (f.data.debts[1].updatedAt = '2999-01-01T00:00:00.000Z'),
      { reason: 'future-date', table: 'debts', index: 1 },
    ],
    [
      'an attachment added tomorrow',
      (f) => (f.data.attachments[0].addedAt = '2026-12-08T08:00:00.000Z'),
      { reason: 'future-date', table: 'attachments', index: 0 },
    ],
    [
      'a version-4 file without its letters table',
      (f) => delete f.data.letters,
      { reason: 'missing-table', table: 'letters' },
    ],
    [
      'a version-4 file without its attachments table',
      (f) => delete f.data.attachments,
      { reason: 'missing-table', table: 'attachments' },
    ],
    [
      'an attachment whose bytes were swapped',
      (f) => {
        const data = f.data.attachments[0].data as { $bytes?: string; $blob?: unknown };
        f.data.attachments[0].data = JSON.parse(JSON.stringify(data).replace(/"[A-Za-z0-9+/]{4}/, '"AAAA')) as never;
      },
      { reason: 'hash-mismatch', table: 'attachments', index: 0 },
    ],
    ['schemaVersion as a string', (f) => (f.schemaVersion = '4'), { reason: 'wrong-format' }],
    ['schemaVersion 4.5', (f) => (f.schemaVersion = 4.5), { reason: 'wrong-format' }],
  ];

  it.each(cases)('%s', async (_name, mutate, expected) => {
    expect(await failure(edited(mutate))).toEqual(expected);
  });

  it('accepts the untouched file, and a record dated within the clock tolerance', async () => {
    expect(await failure(fixture())).toBe('accepted');
    const soon = new Date(NOW.getTime() + FUTURE_TOLERANCE_MS - 1000).toISOString();
    expect(await failure(edited((f) => (f.data.debts[0].updatedAt = soon)))).toBe('accepted');
  });

  it('refuses a whole import over a bad row and leaves the device as it was', async () => {
    await importFile(db, blobOf(fixture()));
    const before = await dumpDatabase(db);
    const bad = edited((f) => (f.data.letters[0].createdAt = 'zzzz'));
    expect(await importFile(db, blobOf(bad))).toEqual({
      ok: false,
      failure: { reason: 'invalid-record', table: 'letters', index: 0 },
    });
    expect(await dumpDatabase(db)).toBe(before);
  });
});

describe('events and attachments keep their debt and entry', () => {
  const orphanEvent = () =>
    edited((f) => {
      const debtId = f.data.debtEvents[2].debtId as string;
      f.data.debts = f.data.debts.filter((d) => d.id !== debtId);
      f.data.letters = f.data.letters.map((l) => ({ ...l, debtId: null }));
    });

  it('an event whose debt is nowhere: Replace and Merge both refuse it', async () => {
    const prepared = prepareBackup(orphanEvent(), NOW);
    if (!prepared.ok) throw new Error(`refused early: ${prepared.failure.reason}`);
    const replace = await previewImport(db, prepared.value, 'replace');
    const merge = await previewImport(db, prepared.value, 'merge');
    expect(replace.brokenReference).toEqual({ table: 'debtEvents', index: expect.any(Number) as number });
    expect(merge.brokenReference).toEqual(replace.brokenReference);
    const before = await dumpDatabase(db);
    await expect(applyImport(db, prepared.value, merge)).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('an event whose debt is on the device: Merge takes it, Replace (which clears the device) does not', async () => {
    await importFile(db, blobOf(fixture()));
    const prepared = prepareBackup(orphanEvent(), NOW);
    if (!prepared.ok) throw new Error('refused');
    expect((await previewImport(db, prepared.value, 'replace')).brokenReference).not.toBeNull();
    const merge = await previewImport(db, prepared.value, 'merge');
    expect(merge.brokenReference).toBeNull();
    await applyImport(db, prepared.value, merge);
    expect(await db.debtEvents.count()).toBe(fixture().data.debtEvents.length);
  });

  it('an attachment whose entry is nowhere is refused', async () => {
    const prepared = prepareBackup(
      edited((f) => (f.data.attachments[0].entryId = '00000000-0000-4000-8000-0000000000ff')),
      NOW,
    );
    if (!prepared.ok) throw new Error('refused');
    expect((await previewImport(db, prepared.value, 'merge')).brokenReference).toEqual({
      table: 'attachments',
      index: 0,
    });
  });
});

describe('Replace and Merge write exactly what the preview said', () => {
  it('a record saved by another tab between preview and confirm: nothing is written', async () => {
    const prepared = prepareBackup(fixture(), NOW);
    if (!prepared.ok) throw new Error('refused');
    const preview = await previewImport(db, prepared.value, 'replace');
    // "Another tab" saves a contact entry after the person saw the preview.
    await db.contacts.put({ ...fixture().data.contacts[0], id: 'saved-meanwhile' } as never);
    const before = await dumpDatabase(db);
    await expect(applyImport(db, prepared.value, preview)).rejects.toMatchObject({ code: 'changed-since-preview' });
    expect(await dumpDatabase(db)).toBe(before);
    // Previewed again, the same file goes through and says what it replaces.
    const again = await previewImport(db, prepared.value, 'replace');
    expect(again.onDeviceTotal).toBe(1);
    await applyImport(db, prepared.value, again);
    expect(await db.contacts.get('saved-meanwhile')).toBeUndefined();
  });

  it('a record deleted by another tab between preview and confirm: nothing is written', async () => {
    await importFile(db, blobOf(fixture()));
    const file = edited((f) => (f.data.debts[0].updatedAt = '2026-12-01T00:00:00.000Z'));
    const prepared = prepareBackup(file, NOW);
    if (!prepared.ok) throw new Error('refused');
    const preview = await previewImport(db, prepared.value, 'merge');
    await db.letters.delete(fixture().data.letters[0].id as string);
    const before = await dumpDatabase(db);
    await expect(applyImport(db, prepared.value, preview)).rejects.toMatchObject({ code: 'changed-since-preview' });
    expect(await dumpDatabase(db)).toBe(before);
  });
});

describe('merging', () => {
  it('the same file imported twice leaves the device as after the first time', async () => {
    await importFile(db, blobOf(fixture()), { mode: 'merge' });
    const once = await dumpDatabase(db);
    await importFile(db, blobOf(fixture()), { mode: 'merge' });
    expect(await dumpDatabase(db)).toBe(once);
  });

  it('equal dates: the device’s copy stays', async () => {
    await importFile(db, blobOf(fixture()));
    const same = edited((f) => (f.data.debts[0].lender = '文件里的另一个名字'));
    await importFile(db, blobOf(same), { mode: 'merge' });
    expect((await db.debts.get(fixture().data.debts[0].id as string))?.lender).toBe(fixture().data.debts[0].lender);
  });
});
