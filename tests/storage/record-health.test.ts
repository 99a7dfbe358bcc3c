// @vitest-environment node
/**
 * Records already stored that today's schemas refuse (from a hand-edited backup an older
 * version accepted): the lists leave them out instead of crashing, a backup leaves them out
 * so it can still be restored, and the backup page can list, save and delete each one.
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exportBackup } from '../../src/storage/backup/export-backup';
import type { ShoreDb } from '../../src/storage/db';
import { listDebts, getDebt } from '../../src/storage/debt-queries';
import { deleteDamagedRecord, exportDamagedRecord, listDamagedRecords } from '../../src/storage/record-health';
import { getContact, listContactsPage } from '../../src/storage/repos/contacts-repo';
import { getLetter, listSavedLetters } from '../../src/storage/repos/letters-repo';
import { importFile } from '../../src/testing/backup-helpers';
import { freshDb } from '../../src/testing/test-db';

type Backup = { data: Record<string, Record<string, unknown>[]> };
const fixture = () =>
  JSON.parse(readFileSync(new URL('../fixtures/backup-v4.json', import.meta.url), 'utf8')) as Backup;
const letterIds = () => fixture().data.letters.map((l) => l.id as string);
const debtIds = () => fixture().data.debts.map((d) => d.id as string);

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
  await importFile(db, new Blob([JSON.stringify(fixture())]));
  // What an older version let in: a saved letter dated "zzzz", a debt created "2026-13-01",
  // and an event whose debt does not exist.
  const [letterId] = letterIds();
  await db.letters.update(letterId, { status: 'saved', updatedAt: 'zzzz' });
  await db.debts.update(debtIds()[1], { createdAt: '2026-13-01T00:00:00.000Z' });
  const event = (await db.debtEvents.toArray())[0];
  await db.debtEvents.put({ ...event, id: 'orphan-event', debtId: 'no-such-debt' });
  const contact = (await db.contacts.toArray())[0];
  await db.contacts.put({ ...contact, id: 'bad-contact', time: '25:99' } as never);
});
afterEach(async () => {
  await db.delete();
});

describe('damaged records on the device', () => {
  it('are left out of the lists and reads that screens render', async () => {
    const [letterId] = letterIds();
    expect((await listSavedLetters()).map((l) => l.id)).not.toContain(letterId);
    expect(await getLetter(letterId)).toBeUndefined();
    expect((await listDebts()).map((d) => d.id)).toEqual([debtIds()[0]]);
    expect(await getDebt(debtIds()[1])).toBeUndefined();
    expect((await listContactsPage(50)).map((c) => c.id)).not.toContain('bad-contact');
    expect(await getContact('bad-contact')).toBeUndefined();
  });

  it('are listed by table, each once', async () => {
    const damaged = await listDamagedRecords();
    expect(damaged).toEqual(
      expect.arrayContaining([
        { table: 'letters', key: letterIds()[0] },
        { table: 'debts', key: debtIds()[1] },
        { table: 'debtEvents', key: 'orphan-event' },
        { table: 'contacts', key: 'bad-contact' },
      ]),
    );
    expect(damaged).toHaveLength(4 + fixture().data.debtEvents.filter((e) => e.debtId === debtIds()[1]).length);
  });

  it('are left out of a backup, which then restores onto an empty device', async () => {
    const exported = await exportBackup(db, { kind: 'none' });
    // The letter, the debt and its events, the orphan event, the contact and its files.
    const debtEvents = fixture().data.debtEvents.filter((e) => e.debtId === debtIds()[1]).length;
    const files = fixture().data.attachments.filter((a) => a.entryId === 'bad-contact').length;
    expect(exported.damagedLeftOut).toBe(4 + debtEvents + files);
    const target = await freshDb();
    const outcome = await importFile(target, new Blob([exported.text]));
    expect(outcome.ok).toBe(true);
    expect(await target.letters.get(letterIds()[0])).toBeUndefined();
    expect(await target.letters.get(letterIds()[1])).toBeDefined();
    await target.delete();
  });

  it('can be saved as a file as they are, then deleted with what depends on them', async () => {
    const damagedDebt = { table: 'debts', key: debtIds()[1] };
    const text = await exportDamagedRecord(damagedDebt);
    expect(JSON.parse(text ?? '{}')).toMatchObject({
      table: 'debts',
      record: { id: debtIds()[1], createdAt: '2026-13-01T00:00:00.000Z' },
    });
    const eventsBefore = await db.debtEvents.where('debtId').equals(debtIds()[1]).count();
    expect(eventsBefore).toBeGreaterThan(0);
    await deleteDamagedRecord(damagedDebt);
    expect(await db.debts.get(debtIds()[1])).toBeUndefined();
    expect(await db.debtEvents.where('debtId').equals(debtIds()[1]).count()).toBe(0);
    expect(await listDamagedRecords()).toHaveLength(3);
  });
});
