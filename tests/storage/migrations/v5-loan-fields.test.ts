/**
 * v4 → v5: every debt gains an empty loan number; a consumer-finance or online loan's card
 * digits and credit limit leave the record and are kept word for word at the end of its notes;
 * card debts keep their fields. The database upgrade and backup import use the same transform.
 */
import { describe, expect, it } from 'vitest';
import { ShoreDb } from '../../../src/storage/db';
import type { DebtRowV2 } from '../../../src/storage/migrations/v2-debt-events';
import { upgradeDebtV4toV5 } from '../../../src/storage/migrations/v5-loan-fields';
import { debtRowSchema } from '../../../src/storage/record-schemas';
import { migrateRows } from '../../../src/storage/schema';

const v4Row = (over: Partial<DebtRowV2> = {}): DebtRowV2 => ({
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
  lastPaymentDate: null,
  lastPaymentAmount: null,
  status: 'overdue',
  notes: '',
  creditorType: 'card-overdraft',
  settledOn: null,
  amountsAsOf: '2026-10-05',
  ...over,
});

describe('upgradeDebtV4toV5 (pure transform)', () => {
  it('keeps a card debt as it was and gives it an empty loan number', () => {
    for (const creditorType of ['card-overdraft', 'card-instalment-or-cash-loan'] as const) {
      const row = v4Row({ creditorType });
      expect(upgradeDebtV4toV5({ ...row })).toEqual({ ...row, loanNumber: '' });
    }
  });

  it('moves an online loan’s card digits and limit into its notes, after what was there', () => {
    const row = v4Row({ creditorType: 'online-lender', last4: '5678', creditLimit: 1_000_000, notes: '借钱 App' });
    expect(upgradeDebtV4toV5({ ...row })).toEqual({
      ...row,
      last4: '',
      creditLimit: null,
      loanNumber: '',
      notes: '借钱 App\n（以前按信用卡记录的：卡号后四位 5678，信用额度 10000.00 元）',
    });
  });

  it('writes only the field that was filled in, and no blank line into empty notes', () => {
    expect(upgradeDebtV4toV5({ ...v4Row({ creditorType: 'consumer-finance', creditLimit: null }) })).toMatchObject({
      last4: '',
      notes: '（以前按信用卡记录的：卡号后四位 1234）',
    });
    expect(
      upgradeDebtV4toV5({ ...v4Row({ creditorType: 'consumer-finance', last4: '', creditLimit: 123_45 }) }),
    ).toMatchObject({ creditLimit: null, notes: '（以前按信用卡记录的：信用额度 123.45 元）' });
  });

  it('leaves a loan without card fields as it was, apart from the loan number', () => {
    const row = v4Row({ creditorType: 'consumer-finance', last4: '', creditLimit: null, notes: '备注' });
    expect(upgradeDebtV4toV5({ ...row })).toEqual({ ...row, loanNumber: '' });
  });

  it('keeps the old fields rather than grow notes past the limit', () => {
    const row = v4Row({ creditorType: 'online-lender', notes: '字'.repeat(9_990) });
    expect(upgradeDebtV4toV5({ ...row })).toEqual({ ...row, loanNumber: '' });
  });

  it('produces rows the v5 record schema accepts', () => {
    for (const row of [v4Row(), v4Row({ creditorType: 'online-lender' }), v4Row({ creditorType: 'consumer-finance' })])
      expect(debtRowSchema.safeParse(upgradeDebtV4toV5({ ...row })).success).toBe(true);
  });

  it('is what backup import applies to v4 rows, and v1 rows reach v5 through it too', () => {
    const loan = v4Row({ creditorType: 'online-lender' });
    expect(migrateRows('debts', [{ ...loan }], 4, 5)).toEqual([upgradeDebtV4toV5({ ...loan })]);
    expect(migrateRows('debts', [{ ...loan }], 5, 5)).toEqual([loan]);
    const [fromV1] = migrateRows(
      'debts',
      [{ id: 'x', last4: '1111', creditLimit: null, notes: '', updatedAt: '2026-01-02T00:00:00.000Z' }],
      1,
      5,
    );
    expect(fromV1).toMatchObject({ creditorType: 'card-overdraft', last4: '1111', loanNumber: '' });
  });
});

describe('database v4 → v5', () => {
  it('upgrades every stored debt and leaves the other tables alone', async () => {
    const name = `t-${crypto.randomUUID()}`;
    const v4 = new ShoreDb(name, 4);
    await v4.open();
    const rows = [
      v4Row({ id: 'a' }),
      v4Row({ id: 'b', creditorType: 'online-lender', last4: '5678', creditLimit: null, notes: '' }),
      v4Row({ id: 'c', creditorType: 'consumer-finance', last4: '', creditLimit: null }),
    ];
    await v4.table('debts').bulkAdd(rows);
    await v4.table('settings').put({ key: 'lang', value: 'zh-CN' });
    v4.close();

    const db = new ShoreDb(name, 5);
    await db.open();
    expect(db.verno).toBe(5);
    const after = await db.debts.orderBy('id').toArray();
    expect(after).toEqual([
      { ...rows[0], loanNumber: '' },
      { ...rows[1], last4: '', loanNumber: '', notes: '（以前按信用卡记录的：卡号后四位 5678）' },
      { ...rows[2], loanNumber: '' },
    ]);
    for (const row of after) expect(debtRowSchema.safeParse(row).success).toBe(true);
    expect(await db.settings.get('lang')).toEqual({ key: 'lang', value: 'zh-CN' });
    await db.delete();
  });
});
