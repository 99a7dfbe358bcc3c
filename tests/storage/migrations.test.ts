/**
 * Every schema version stays registered so the database can be opened as it was at version N,
 * seeded, then reopened at the latest. Later versions add their cases here.
 */
import { describe, expect, it } from 'vitest';
import { DB_VERSIONS, LATEST_DB_VERSION } from '../../src/storage/schema';
import { ShoreDb } from '../../src/storage/db';
import { RECORD_SCHEMAS } from '../../src/storage/record-schemas';
import { prepareBackup } from '../../src/storage/backup/import/prepare-backup';
import backupV4 from '../fixtures/backup-v4.json';

describe('schema versions', () => {
  it('are strictly increasing and end at LATEST_DB_VERSION', () => {
    const versions = DB_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.at(-1)).toBe(LATEST_DB_VERSION);
  });

  it('opens an empty database at the latest version', async () => {
    const db = new ShoreDb(`t-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(LATEST_DB_VERSION);
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['debts', 'settings']));
    await db.delete();
  });
});

describe('record schemas', () => {
  it('cover every table of the latest version', async () => {
    const db = new ShoreDb(`t-${crypto.randomUUID()}`);
    await db.open();
    expect(Object.keys(RECORD_SCHEMAS).sort()).toEqual(db.tables.map((t) => t.name).sort());
    await db.delete();
  });
});

describe('v2 → v3 (the contact log)', () => {
  it('keeps every v2 debt, event and setting unchanged and adds the conduct tables', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const v2 = new ShoreDb(name, 2);
    await v2.open();
    const debts = await v2.table('debts').toArray();
    expect(debts).toEqual([]);
    const debt = {
      id: 'd2',
      lender: '示例银行',
      nickname: '',
      last4: '',
      creditLimit: null,
      principal: 100,
      interest: 0,
      fees: 0,
      firstMissedDue: '2026-01-05',
      minimumPayment: null,
      lastPaymentDate: null,
      lastPaymentAmount: null,
      status: 'overdue',
      notes: '',
      creditorType: 'online-lender',
      settledOn: null,
      createdAt: '2026-01-06T00:00:00.000Z',
      updatedAt: '2026-01-06T00:00:00.000Z',
      amountsAsOf: '2026-01-06',
    };
    const event = { id: 'ev1', debtId: 'd2', date: '2026-02-01', kind: 'payment', note: '' };
    await v2.table('debts').add(debt);
    await v2.table('debtEvents').add(event);
    await v2.table('settings').add({ key: 'k', value: 1 });
    expect(v2.tables.map((t) => t.name)).not.toContain('contacts');
    v2.close();

    const db = new ShoreDb(name, 3);
    await db.open();
    expect(db.verno).toBe(3);
    expect(await db.table('debts').toArray()).toEqual([debt]);
    expect(await db.table('debtEvents').toArray()).toEqual([event]);
    expect(await db.table('settings').toArray()).toEqual([{ key: 'k', value: 1 }]);
    expect(await db.contacts.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
    expect(await db.conductContexts.count()).toBe(0);
    await db.delete();
  });
});

describe('v1 → latest (v3 adds the contact log)', () => {
  it('keeps every v1 record and opens empty, usable conduct tables', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const v1 = new ShoreDb(name, 1);
    await v1.open();
    const debt = {
      id: 'd1',
      lender: '示例银行',
      nickname: '',
      last4: '1234',
      creditLimit: null,
      principal: 4_800_000,
      interest: 0,
      fees: 0,
      firstMissedDue: '2026-01-05',
      minimumPayment: null,
      lastPaymentDate: null,
      lastPaymentAmount: null,
      status: 'overdue',
      notes: '',
      createdAt: '2026-01-06T00:00:00.000Z',
      updatedAt: '2026-01-06T00:00:00.000Z',
    };
    await v1.table('debts').add(debt);
    await v1.table('settings').add({ key: 'language', value: 'zh-CN' });
    expect(v1.tables.map((t) => t.name)).not.toContain('contacts');
    v1.close();

    const db = new ShoreDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_DB_VERSION);
    // v2 (assessment) and v5 (loan number) transform debts on the way; v3 leaves them alone.
    expect(await db.table('debts').toArray()).toEqual([
      { ...debt, creditorType: 'card-overdraft', settledOn: null, amountsAsOf: '2026-01-06', loanNumber: '' },
    ]);
    expect(await db.table('settings').get('language')).toEqual({ key: 'language', value: 'zh-CN' });
    expect(await db.contacts.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
    expect(await db.conductContexts.count()).toBe(0);
    await db.contacts.add({
      id: 'c1',
      date: '2026-03-03',
      time: '22:15',
      debtId: 'd1',
      agency: '',
      collectorName: '',
      channel: 'call-answered',
      fromNumber: '',
      toNumber: '',
      attempts: 1,
      party: 'debtor',
      partyName: '',
      flags: [],
      quote: '',
      notes: '',
      createdAt: '2026-03-03T14:15:00.000Z',
      updatedAt: '2026-03-03T14:15:00.000Z',
    } as never);
    expect(await db.contacts.where('debtId').equals('d1').count()).toBe(1);
    await db.delete();
  });
});

describe('v5 → v6 (deletions remembered)', () => {
  it('keeps every v5 record as it was and opens an empty deletions table', async () => {
    const prepared = prepareBackup(backupV4, new Date());
    if (!prepared.ok) throw new Error(`fixture refused: ${prepared.failure.reason}`);
    const name = `t-${crypto.randomUUID()}`;
    const v5 = new ShoreDb(name, 5);
    await v5.open();
    expect(v5.tables.map((t) => t.name)).not.toContain('deletions');
    const written: Record<string, unknown[]> = {};
    for (const table of v5.tables) {
      const rows = prepared.value.tables[table.name] ?? [];
      await table.bulkPut(rows);
      written[table.name] = (await table.toArray()).map((row) => JSON.stringify(row));
    }
    v5.close();

    const db = new ShoreDb(name);
    await db.open();
    expect(db.verno).toBe(6);
    for (const [table, rows] of Object.entries(written)) {
      expect((await db.table(table).toArray()).map((row) => JSON.stringify(row))).toEqual(rows);
    }
    expect(written.debts).toHaveLength(2);
    expect(await db.deletions.count()).toBe(0);
    await db.delete();
  });
});
