// @vitest-environment node
/**
 * Deletions are remembered, so a Merge does not bring a deleted record back; the file's own
 * deletions reach this device; records changed on both sides are listed as conflicts, the
 * newer copy kept unless the person chooses, record by record.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildBackup } from '../../../src/storage/backup/export-backup';
import { applyImport } from '../../../src/storage/backup/import/apply-import';
import { conflictKey } from '../../../src/storage/backup/import/merge-plan';
import { prepareBackup, type PreparedBackup } from '../../../src/storage/backup/import/prepare-backup';
import { previewImport } from '../../../src/storage/backup/import/preview-import';
import { setDatabase, type ShoreDb } from '../../../src/storage/db';
import { deleteContact, restoreContact } from '../../../src/storage/repos/contacts-repo';
import { deleteDebtEvent, restoreDebtEvent } from '../../../src/storage/repos/debt-events-repo';
import { deleteDebt, restoreDebt } from '../../../src/storage/repos/debts-repo';
import { deleteLetter } from '../../../src/storage/repos/letters-repo';
import { deleteAgreement } from '../../../src/storage/repos/hardship-plan-repo';
import { importFile } from '../../../src/testing/backup-helpers';
import { dumpDatabase } from '../../../src/testing/storage-dump';
import { freshDb } from '../../../src/testing/test-db';

type Backup = Record<string, unknown> & { data: Record<string, Record<string, unknown>[]> };
const fixtureText = readFileSync(new URL('../../fixtures/backup-v4.json', import.meta.url), 'utf8');
const fixture = () => JSON.parse(fixtureText) as Backup;
const blobOf = (file: unknown) => new Blob([JSON.stringify(file)]);
// Deletions are stamped with the real clock, and the import refuses times ahead of its "now".
const NOW = new Date(Date.now() + 10 * 60_000);

const DEBT = '5d1f0b7e-8c1a-4b7e-9f00-000000000001';
const OTHER_DEBT = '5d1f0b7e-8c1a-4b7e-9f00-000000000002';
const EVENT = '8a6c2e10-0000-4000-8000-000000000001';
const CONTACT = 'c0ffee00-0000-4000-8000-000000000001';
const ATTACHMENT = 'a77ac400-0000-4000-8000-000000000001';

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
  await importFile(db, blobOf(fixture()));
});
afterEach(async () => {
  await db.delete();
});

function prepared(file: unknown): PreparedBackup {
  const result = prepareBackup(file, NOW);
  if (!result.ok) throw new Error(`refused: ${result.failure.reason}`);
  return result.value;
}

const keys = async () => (await db.deletions.toArray()).map((d) => d.key).sort();

describe('every delete is remembered, every undo forgets it', () => {
  it('a debt with its events', async () => {
    const removed = await deleteDebt(DEBT);
    expect(await keys()).toEqual(
      [
        `debts/${DEBT}`,
        'debtEvents/8a6c2e10-0000-4000-8000-000000000001',
        'debtEvents/8a6c2e10-0000-4000-8000-000000000002',
        'debtEvents/8a6c2e10-0000-4000-8000-000000000003',
      ].sort(),
    );
    await restoreDebt(removed!);
    expect(await keys()).toEqual([]);
  });

  it('an event, a contact with its file, an agreement and a letter', async () => {
    const event = await deleteDebtEvent(EVENT);
    const contact = await deleteContact(CONTACT);
    await deleteAgreement(fixture().data.agreements[0].id as string);
    await deleteLetter(fixture().data.letters[0].id as string);
    expect(await keys()).toEqual(
      [
        `debtEvents/${EVENT}`,
        `contacts/${CONTACT}`,
        `attachments/${ATTACHMENT}`,
        `agreements/${fixture().data.agreements[0].id as string}`,
        `letters/${fixture().data.letters[0].id as string}`,
      ].sort(),
    );
    await restoreDebtEvent(event!);
    await restoreContact(contact!);
    expect(await keys()).toHaveLength(2);
    // Nothing of what the record said is kept: table, id and time only.
    for (const row of await db.deletions.toArray())
      expect(Object.keys(row).sort()).toEqual(['deletedAt', 'id', 'key', 'table']);
  });
});

describe('Merge with an older backup', () => {
  it('does not bring back what was deleted here, and the preview says so', async () => {
    await deleteDebt(DEBT);
    await deleteContact(CONTACT);
    const file = prepared(fixture());
    const preview = await previewImport(db, file, 'merge');
    expect(preview.merge?.keptDeleted).toEqual(
      expect.arrayContaining([
        { table: 'debts', id: DEBT },
        { table: 'debtEvents', id: EVENT },
        { table: 'contacts', id: CONTACT },
        { table: 'attachments', id: ATTACHMENT },
      ]),
    );
    expect(preview.merge?.keptDeleted).toHaveLength(6);
    await applyImport(db, file, preview, NOW);
    expect(await db.debts.get(DEBT)).toBeUndefined();
    expect(await db.debtEvents.where('debtId').equals(DEBT).count()).toBe(0);
    expect(await db.contacts.get(CONTACT)).toBeUndefined();
    expect(await db.attachments.get(ATTACHMENT)).toBeUndefined();
    expect(await db.debts.get(OTHER_DEBT)).toBeDefined();
  });

  it('keeps a new event out when its debt stays deleted here (it would be stored out of sight)', async () => {
    await deleteDebt(DEBT);
    const deletedAt = (await db.deletions.get(`debts/${DEBT}`))!.deletedAt;
    const later = new Date(Date.parse(deletedAt) + 1000).toISOString();
    const file = fixture();
    file.data.debtEvents.push({
      ...file.data.debtEvents[0],
      id: '8a6c2e10-0000-4000-8000-0000000000aa',
      createdAt: later,
      updatedAt: later,
    });
    const prep = prepared(file);
    const preview = await previewImport(db, prep, 'merge');
    expect(preview.merge?.keptDeleted).toContainEqual({
      table: 'debtEvents',
      id: '8a6c2e10-0000-4000-8000-0000000000aa',
    });
    await applyImport(db, prep, preview, new Date(Date.parse(later) + 1000));
    expect(await db.debtEvents.where('debtId').equals(DEBT).count()).toBe(0);
  });

  it('brings a record back when the file’s copy was changed after the deletion here', async () => {
    await deleteDebtEvent(EVENT);
    const deletedAt = (await db.deletions.get(`debtEvents/${EVENT}`))!.deletedAt;
    const later = new Date(Date.parse(deletedAt) + 1000).toISOString();
    const file = fixture();
    file.data.debtEvents[0].updatedAt = later;
    const prep = prepared(file);
    const preview = await previewImport(db, prep, 'merge');
    expect(preview.merge?.keptDeleted).toEqual([]);
    await applyImport(db, prep, preview, new Date(Date.parse(later) + 1000));
    expect(await db.debtEvents.get(EVENT)).toBeDefined();
    expect(await db.deletions.get(`debtEvents/${EVENT}`)).toBeUndefined();
  });
});

describe('Merge with a backup from another device', () => {
  /** A second device that starts from the same file, deletes or edits, and exports. */
  async function otherDevice(change: () => Promise<void>): Promise<unknown> {
    const mine = db;
    const other = await freshDb();
    await importFile(other, blobOf(fixture()));
    await change();
    const { backup } = await buildBackup(other, new Date());
    await other.delete();
    db = mine;
    setDatabase(mine);
    return backup;
  }

  it('removes what the other device deleted, with its events, and remembers it', async () => {
    const file = await otherDevice(async () => {
      await deleteDebt(DEBT);
    });
    const prep = prepared(file);
    const preview = await previewImport(db, prep, 'merge');
    expect(preview.merge?.removed).toEqual(expect.arrayContaining([{ table: 'debts', id: DEBT }]));
    expect(preview.merge?.removed).toHaveLength(4);
    await applyImport(db, prep, preview, NOW);
    expect(await db.debts.get(DEBT)).toBeUndefined();
    expect(await db.debtEvents.where('debtId').equals(DEBT).count()).toBe(0);
    expect(await keys()).toContain(`debts/${DEBT}`);
    // Merged again, nothing changes.
    const once = await dumpDatabase(db);
    const again = await previewImport(db, prep, 'merge');
    expect(again.merge).toEqual({ added: {}, keptDeleted: [], removed: [], conflicts: [] });
    await applyImport(db, prep, again, NOW);
    expect(await dumpDatabase(db)).toBe(once);
  });

  it('keeps a record changed here after the other device deleted it', async () => {
    const file = await otherDevice(async () => {
      await deleteDebtEvent(EVENT);
    });
    const event = (await db.debtEvents.get(EVENT))!;
    await db.debtEvents.put({ ...event, note: '改过', updatedAt: new Date(Date.now() + 60_000).toISOString() });
    const prep = prepared(file);
    const preview = await previewImport(db, prep, 'merge');
    expect(preview.merge?.removed).toEqual([]);
    await applyImport(db, prep, preview, NOW);
    expect((await db.debtEvents.get(EVENT))?.note).toBe('改过');
    expect(await db.deletions.get(`debtEvents/${EVENT}`)).toBeUndefined();
  });
});

describe('conflicts', () => {
  const lender = fixture().data.debts[0].lender as string;
  function changedFile(updatedAt: string) {
    const file = fixture();
    file.data.debts[0].lender = '备份里的名字';
    file.data.debts[0].updatedAt = updatedAt;
    return prepared(file);
  }

  it('are listed; the newer copy wins by default', async () => {
    const prep = changedFile('2026-12-01T00:00:00.000Z');
    const preview = await previewImport(db, prep, 'merge');
    expect(preview.merge?.conflicts).toEqual([
      {
        table: 'debts',
        id: DEBT,
        deviceChangedAt: fixture().data.debts[0].updatedAt,
        fileChangedAt: '2026-12-01T00:00:00.000Z',
        newer: 'file',
      },
    ]);
    await applyImport(db, prep, preview, NOW);
    expect((await db.debts.get(DEBT))?.lender).toBe('备份里的名字');
  });

  it('the person can keep this device’s copy of one record', async () => {
    const prep = changedFile('2026-12-01T00:00:00.000Z');
    const preview = await previewImport(db, prep, 'merge');
    await applyImport(db, prep, preview, NOW, { [conflictKey({ table: 'debts', id: DEBT })]: 'device' });
    expect((await db.debts.get(DEBT))?.lender).toBe(lender);
  });

  it('or take the file’s older copy', async () => {
    const prep = changedFile('2026-01-01T00:00:00.000Z');
    const preview = await previewImport(db, prep, 'merge');
    expect(preview.merge?.conflicts[0]?.newer).toBe('device');
    await applyImport(db, prep, preview, NOW, { [conflictKey({ table: 'debts', id: DEBT })]: 'file' });
    expect((await db.debts.get(DEBT))?.lender).toBe('备份里的名字');
  });

  it('identical records are no conflict', async () => {
    const preview = await previewImport(db, prepared(fixture()), 'merge');
    expect(preview.merge).toEqual({ added: {}, keptDeleted: [], removed: [], conflicts: [] });
  });
});

describe('Replace', () => {
  it('a file from before deletions were remembered leaves none on the device', async () => {
    await deleteDebt(DEBT);
    expect(await keys()).not.toEqual([]);
    await importFile(db, blobOf(fixture()));
    expect(await keys()).toEqual([]);
    expect(await db.debts.get(DEBT)).toBeDefined();
  });
});
