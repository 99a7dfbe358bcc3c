import { beforeEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../src/domain/dates';
import type { DebtFields } from '../../src/domain/debt';
import { toFen } from '../../src/domain/money';
import type { ShoreDb } from '../../src/storage/db';
import { addDebt, deleteDebt, getDebt, listDebts, restoreDebt, updateDebt } from '../../src/storage/repos/debts-repo';
import { makeDebtFields } from '../../src/testing/factories';
import { freshDb } from '../../src/testing/test-db';

const fields = (over: Partial<DebtFields> = {}): DebtFields =>
  makeDebtFields({
    lender: '示例银行',
    nickname: '工资卡',
    last4: '1234',
    creditLimit: toFen(5_000_000),
    principal: toFen(4_800_000),
    interest: toFen(120_000),
    fees: toFen(30_000),
    firstMissedDue: isoDate('2026-06-05'),
    minimumPayment: toFen(240_000),
    ...over,
  });

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('debts repository', () => {
  it('creates, reads, updates and deletes a debt', async () => {
    const id = await addDebt(fields(), new Date('2026-11-01T10:00:00Z'));
    expect(await getDebt(id)).toMatchObject({
      id,
      lender: '示例银行',
      principal: 4_800_000,
      createdAt: '2026-11-01T10:00:00.000Z',
    });

    await updateDebt(id, fields({ status: 'negotiating', interest: toFen(0) }), new Date('2026-11-02T10:00:00Z'));
    expect(await getDebt(id)).toMatchObject({
      status: 'negotiating',
      interest: 0,
      createdAt: '2026-11-01T10:00:00.000Z',
      updatedAt: '2026-11-02T10:00:00.000Z',
    });

    const before = await getDebt(id);
    const removed = await deleteDebt(id);
    expect(removed?.debt.id).toBe(id);
    expect(await getDebt(id)).toBeUndefined();
    await restoreDebt(removed!);
    expect(await getDebt(id)).toEqual(before);
  });

  it('lists the most recently changed first', async () => {
    const a = await addDebt(fields({ lender: 'A' }), new Date('2026-11-01T00:00:00Z'));
    const b = await addDebt(fields({ lender: 'B' }), new Date('2026-11-02T00:00:00Z'));
    expect((await listDebts()).map((d) => d.id)).toEqual([b, a]);
  });

  it.each<[string, Partial<DebtFields>]>([
    ['negative principal', { principal: -1 as never }],
    ['fractional fen', { interest: 10.5 as never }],
    ['absurd amount', { fees: toFen(100_000_000 * 100 + 1) }],
    ['bad last 4', { last4: '12a4' }],
    ['empty lender', { lender: '' }],
    ['impossible date', { firstMissedDue: '2026-02-30' as never }],
    ['unknown status', { status: 'forgiven' as never }],
  ])('rejects %s and writes nothing', async (_name, bad) => {
    await expect(addDebt(fields(bad))).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await db.debts.count()).toBe(0);
  });

  it('leaves the stored debt unchanged when an update is invalid', async () => {
    const id = await addDebt(fields());
    const before = await getDebt(id);
    await expect(updateDebt(id, fields({ principal: -5 as never, notes: 'changed' }))).rejects.toMatchObject({
      code: 'invalid-record',
    });
    expect(await getDebt(id)).toEqual(before);
  });

  it('refuses to update a debt that does not exist', async () => {
    await expect(updateDebt('missing', fields())).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.debts.count()).toBe(0);
  });
});
