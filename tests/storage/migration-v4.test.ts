/**
 * Schema v4 adds the hardship tables (budget lines, plans, agreements, letters) without
 * touching older records: a database created at v1 and reopened at the latest keeps every
 * debt and setting exactly, and the new tables start empty and usable.
 */
import { describe, expect, it } from 'vitest';
import { ShoreDb } from '../../src/storage/db';
import { LATEST_DB_VERSION } from '../../src/storage/schema';
import { RECORD_SCHEMAS } from '../../src/storage/record-schemas';
import { makeDebtRowV1 } from '../../src/testing/factories';

const debtV1 = makeDebtRowV1({
  id: 'd1',
  last4: '1234',
  principal: 4_800_000,
  interest: 120_000,
  fees: 30_000,
  firstMissedDue: '2026-06-05',
  notes: '工资卡',
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
});

describe('v1 → latest (v4 hardship tables)', () => {
  it('keeps every v1 record and adds empty hardship tables', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const v1 = new ShoreDb(name, 1);
    await v1.open();
    await v1.table('debts').add(debtV1);
    await v1.table('settings').add({ key: 'language', value: 'zh-CN' });
    v1.close();

    const db = new ShoreDb(name);
    await db.open();
    expect(db.verno).toBe(LATEST_DB_VERSION);
    // v2 (assessment) adds fields to debts; everything the v1 row had is kept.
    expect(await db.debts.get('d1')).toMatchObject(debtV1);
    expect(RECORD_SCHEMAS.debts.safeParse(await db.debts.get('d1')).success).toBe(true);
    expect(await db.settings.get('language')).toEqual({ key: 'language', value: 'zh-CN' });
    for (const table of ['budgetLines', 'plans', 'agreements', 'letters'])
      expect(await db.table(table).count()).toBe(0);

    await db.budgetLines.put({
      category: 'salary',
      amount: 100 as never,
      frequency: 'month',
      reason: '',
      updatedAt: 'x',
    });
    expect(await db.budgetLines.count()).toBe(1);
    await db.delete();
  });
});
