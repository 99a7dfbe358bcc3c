/**
 * v1 → v2: every v1 debt survives, becomes a 'card-overdraft' with no settled date and an
 * amounts date from its last save; the new `debtEvents` table exists and is empty.
 */
import { describe, expect, it } from 'vitest';
import { ShoreDb } from '../../../src/storage/db';
import { upgradeDebtV1toV2, type DebtRowV1 } from '../../../src/storage/migrations/v2-debt-events';
import { upgradeDebtV4toV5 } from '../../../src/storage/migrations/v5-loan-fields';
import { debtRowSchema } from '../../../src/storage/record-schemas';
import { migrateRows } from '../../../src/storage/schema';

const v1Row = (over: Partial<DebtRowV1> = {}): DebtRowV1 => ({
  id: 'd1',
  createdAt: '2026-10-01T02:00:00.000Z',
  updatedAt: '2026-10-05T15:30:00.000Z',
  lender: '示例银行',
  nickname: '',
  last4: '1234',
  creditLimit: 5_000_000,
  principal: 4_800_000,
  interest: 120_000,
  fees: 30_000,
  firstMissedDue: '2026-06-05',
  minimumPayment: null,
  lastPaymentDate: '2026-07-01',
  lastPaymentAmount: 50_000,
  status: 'overdue',
  notes: '备注',
  ...over,
});

describe('upgradeDebtV1toV2 (pure transform)', () => {
  it('adds the three new fields and keeps every old one', () => {
    const row = v1Row();
    expect(upgradeDebtV1toV2({ ...row })).toEqual({
      ...row,
      creditorType: 'card-overdraft',
      settledOn: null,
      amountsAsOf: '2026-10-05',
    });
  });

  it('gives a settled v1 debt no settled date (the user adds it)', () => {
    expect(upgradeDebtV1toV2({ ...v1Row({ status: 'settled' }) })).toMatchObject({
      status: 'settled',
      settledOn: null,
    });
  });

  it('produces a row the record schema accepts once later versions have run', () => {
    // The live schema is the latest version's; v5 adds loanNumber.
    expect(debtRowSchema.safeParse(upgradeDebtV4toV5(upgradeDebtV1toV2({ ...v1Row() }))).success).toBe(true);
  });

  it('is what backup import applies to v1 rows', () => {
    expect(migrateRows('debts', [{ ...v1Row() }], 1, 2)).toEqual([upgradeDebtV1toV2({ ...v1Row() })]);
    expect(migrateRows('debts', [{ ...v1Row() }], 2, 2)).toEqual([v1Row()]);
  });
});

describe('database v1 → v2', () => {
  it('keeps every v1 debt and setting, transformed, and adds an empty events table', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const v1 = new ShoreDb(name, 1);
    await v1.open();
    const rows = [
      v1Row({ id: 'a' }),
      v1Row({ id: 'b', status: 'settled', firstMissedDue: null, updatedAt: '2025-02-28T23:59:59.000Z' }),
      v1Row({ id: 'c', lender: '另一家银行', principal: 0, creditLimit: null }),
    ];
    await v1.table('debts').bulkAdd(rows);
    await v1.table('settings').put({ key: 'lang', value: 'zh-CN' });
    expect(v1.tables.map((t) => t.name)).not.toContain('debtEvents');
    v1.close();

    const db = new ShoreDb(name, 2);
    await db.open();
    expect(db.verno).toBe(2);
    const after = await db.debts.orderBy('id').toArray();
    expect(after).toHaveLength(3);
    expect(after[0]).toEqual({
      ...rows[0],
      creditorType: 'card-overdraft',
      settledOn: null,
      amountsAsOf: '2026-10-05',
    });
    expect(after[1]).toEqual({
      ...rows[1],
      creditorType: 'card-overdraft',
      settledOn: null,
      amountsAsOf: '2025-02-28',
    });
    expect(after[2]).toEqual({
      ...rows[2],
      creditorType: 'card-overdraft',
      settledOn: null,
      amountsAsOf: '2026-10-05',
    });
    for (const row of after) expect(debtRowSchema.safeParse(upgradeDebtV4toV5({ ...row })).success).toBe(true);
    expect(await db.settings.get('lang')).toEqual({ key: 'lang', value: 'zh-CN' });
    expect(await db.debtEvents.count()).toBe(0);
    await db.delete();
  });
});
