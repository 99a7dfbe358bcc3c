// @vitest-environment node
/**
 * The court events added for the deadlines (complaint-served, ruling-received, a judgment's
 * performanceDue) need no new database version: performanceDue is an optional field checked by
 * the schema, so rows and backups written before it existed still read and import.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../src/domain/dates';
import type { DebtEventFields } from '../../src/domain/debt-events';
import { exportBackup } from '../../src/storage/backup/export-backup';
import type { ShoreDb } from '../../src/storage/db';
import { debtEventRowSchema } from '../../src/storage/record-schemas';
import { addDebtEvent, listDebtEvents } from '../../src/storage/repos/debt-events-repo';
import { addDebt } from '../../src/storage/repos/debts-repo';
import { importFile } from '../../src/testing/backup-helpers';
import { makeDebtFields } from '../../src/testing/factories';
import { freshDb } from '../../src/testing/test-db';

const judgment: DebtEventFields = {
  type: 'legal',
  date: isoDate('2026-11-01'),
  kind: 'judgment-received',
  performanceDue: isoDate('2026-12-10'),
  note: '',
};

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('court events in storage', () => {
  it('stores the new kinds and a judgment’s last day to perform', async () => {
    const debtId = await addDebt(makeDebtFields());
    await addDebtEvent(debtId, judgment);
    await addDebtEvent(debtId, { type: 'legal', date: isoDate('2026-10-01'), kind: 'complaint-served', note: '' });
    await addDebtEvent(debtId, { type: 'legal', date: isoDate('2026-11-02'), kind: 'ruling-received', note: '' });
    const listed = await listDebtEvents(debtId);
    expect(listed.map((e) => (e.type === 'legal' ? e.kind : e.type))).toEqual([
      'complaint-served',
      'judgment-received',
      'ruling-received',
    ]);
    expect(listed[1]).toMatchObject({ performanceDue: '2026-12-10' });
  });

  it('refuses a last day to perform that is not a date, writing nothing', async () => {
    const debtId = await addDebt(makeDebtFields());
    await expect(addDebtEvent(debtId, { ...judgment, performanceDue: '2026-02-30' as never })).rejects.toMatchObject({
      code: 'invalid-record',
    });
    expect(await db.debtEvents.count()).toBe(0);
  });

  it('reads a court event stored before performanceDue existed', () => {
    const backup = JSON.parse(readFileSync(join(__dirname, '..', 'fixtures', 'backup-v4.json'), 'utf8')) as {
      data: { debtEvents: Record<string, unknown>[] };
    };
    const legal = backup.data.debtEvents.filter((r) => r.type === 'legal');
    expect(legal.length).toBeGreaterThan(0);
    for (const row of legal) {
      expect(row).not.toHaveProperty('performanceDue');
      expect(debtEventRowSchema.safeParse(row).success).toBe(true);
    }
  });

  it('keeps the last day to perform through a backup export and import', async () => {
    const debtId = await addDebt(makeDebtFields());
    await addDebtEvent(debtId, judgment);
    const { text } = await exportBackup(db, { kind: 'none' });
    const target = await freshDb();
    const outcome = await importFile(target, new Blob([text], { type: 'application/json' }));
    expect(outcome.ok).toBe(true);
    expect(await target.debtEvents.toArray()).toMatchObject([
      { kind: 'judgment-received', performanceDue: '2026-12-10' },
    ]);
    await target.delete();
  });
});
