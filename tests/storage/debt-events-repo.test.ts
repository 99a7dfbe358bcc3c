import { beforeEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../src/domain/dates';
import type { DebtFields } from '../../src/domain/debt';
import type { DebtEventFields } from '../../src/domain/debt-events';
import { toFen } from '../../src/domain/money';
import type { ShoreDb } from '../../src/storage/db';
import {
  addDebtEvent,
  deleteDebtEvent,
  listAllDebtEvents,
  listDebtEvents,
  restoreDebtEvent,
  updateDebtEvent,
} from '../../src/storage/repos/debt-events-repo';
import { addDebt, deleteDebt, getDebt, restoreDebt, updateDebt } from '../../src/storage/repos/debts-repo';
import { makeDebtFields } from '../../src/testing/factories';
import { freshDb } from '../../src/testing/test-db';

const debt = (over: Partial<DebtFields> = {}): DebtFields =>
  makeDebtFields({
    principal: toFen(5_200_000),
    interest: toFen(100_000),
    firstMissedDue: isoDate('2026-03-05'),
    ...over,
  });

const payment: DebtEventFields = { type: 'payment', date: isoDate('2026-05-01'), amount: toFen(30_000), note: '' };
const notice: DebtEventFields = {
  type: 'collection-notice',
  date: isoDate('2026-04-10'),
  channel: 'letter',
  received: 'yes',
  note: 'EMS 签收',
};
const plan: DebtEventFields = {
  type: 'acknowledgement',
  date: isoDate('2026-06-01'),
  kind: 'repayment-plan',
  lastInstalmentDue: isoDate('2031-05-31'),
  note: '',
};
const order: DebtEventFields = { type: 'legal', date: isoDate('2026-07-01'), kind: 'payment-order-received', note: '' };

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('debt events repository', () => {
  it('adds each kind of event and lists them by date', async () => {
    const debtId = await addDebt(debt());
    for (const e of [order, payment, notice, plan]) await addDebtEvent(debtId, e);
    const listed = await listDebtEvents(debtId);
    expect(listed.map((e) => e.type)).toEqual(['collection-notice', 'payment', 'acknowledgement', 'legal']);
    expect(listed[0]).toMatchObject({ ...notice, debtId });
    expect(await listAllDebtEvents()).toHaveLength(4);
  });

  it('lists only the asked debt’s events', async () => {
    const a = await addDebt(debt());
    const b = await addDebt(debt({ lender: 'B' }));
    await addDebtEvent(a, payment);
    await addDebtEvent(b, notice);
    expect((await listDebtEvents(a)).map((e) => e.type)).toEqual(['payment']);
  });

  it('updates an event, keeping its debt and creation time', async () => {
    const debtId = await addDebt(debt());
    const id = await addDebtEvent(debtId, payment, new Date('2026-05-01T01:00:00Z'));
    await updateDebtEvent(id, { ...payment, amount: toFen(40_000) }, new Date('2026-05-02T01:00:00Z'));
    expect((await listDebtEvents(debtId))[0]).toMatchObject({
      id,
      debtId,
      amount: 40_000,
      createdAt: '2026-05-01T01:00:00.000Z',
      updatedAt: '2026-05-02T01:00:00.000Z',
    });
  });

  it.each<[string, DebtEventFields]>([
    ['a zero payment', { ...payment, amount: toFen(0) }],
    ['a fractional amount', { ...payment, amount: 1.5 as never }],
    ['an impossible date', { ...notice, date: '2026-02-30' as never }],
    ['an unknown channel', { ...notice, channel: 'pigeon' as never }],
    ['an unknown receipt answer', { ...notice, received: 'maybe' as never }],
    ['an unknown legal event', { ...order, kind: 'arrest' as never }],
    ['an unknown event type', { ...order, type: 'rumour' as never }],
    ['a note that is too long', { ...payment, note: 'x'.repeat(2_001) }],
  ])('rejects %s and writes nothing', async (_name, bad) => {
    const debtId = await addDebt(debt());
    await expect(addDebtEvent(debtId, bad)).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await db.debtEvents.count()).toBe(0);
  });

  it('refuses an event for a debt that does not exist', async () => {
    await expect(addDebtEvent('missing', payment)).rejects.toMatchObject({ code: 'not-found' });
    expect(await db.debtEvents.count()).toBe(0);
  });

  it('leaves an event unchanged when an update is invalid', async () => {
    const debtId = await addDebt(debt());
    const id = await addDebtEvent(debtId, payment);
    const before = await db.debtEvents.get(id);
    await expect(updateDebtEvent(id, { ...payment, amount: -1 as never })).rejects.toMatchObject({
      code: 'invalid-record',
    });
    expect(await db.debtEvents.get(id)).toEqual(before);
  });

  it('deletes an event and undo restores it exactly', async () => {
    const debtId = await addDebt(debt());
    const id = await addDebtEvent(debtId, notice);
    const before = await db.debtEvents.get(id);
    const removed = await deleteDebtEvent(id);
    expect(await db.debtEvents.count()).toBe(0);
    await restoreDebtEvent(removed!);
    expect(await db.debtEvents.get(id)).toEqual(before);
  });
});

describe('deleting a debt', () => {
  it('deletes its events in the same step and undo restores both', async () => {
    const keep = await addDebt(debt({ lender: '留下的' }));
    await addDebtEvent(keep, payment);
    const id = await addDebt(debt());
    await addDebtEvent(id, payment);
    await addDebtEvent(id, notice);
    const eventsBefore = await listDebtEvents(id);
    const debtBefore = await getDebt(id);

    const removed = await deleteDebt(id);
    expect(removed?.events).toHaveLength(2);
    expect(await getDebt(id)).toBeUndefined();
    expect(await listDebtEvents(id)).toEqual([]);
    expect(await listDebtEvents(keep)).toHaveLength(1);

    await restoreDebt(removed!);
    expect(await getDebt(id)).toEqual(debtBefore);
    expect(await listDebtEvents(id)).toEqual(eventsBefore);
  });

  it('undo writes nothing when a removed event is malformed', async () => {
    const id = await addDebt(debt());
    await addDebtEvent(id, payment);
    const removed = (await deleteDebt(id))!;
    const broken = { ...removed, events: [{ ...removed.events[0], amount: -5 as never }] };
    await expect(restoreDebt(broken)).rejects.toMatchObject({ code: 'invalid-record' });
    expect(await getDebt(id)).toBeUndefined();
    expect(await db.debtEvents.count()).toBe(0);
  });

  it('returns undefined for a debt that does not exist', async () => {
    expect(await deleteDebt('missing')).toBeUndefined();
  });
});

describe('amountsAsOf', () => {
  it('is the day the debt was added and moves only when the amounts change', async () => {
    const id = await addDebt(debt(), new Date(2026, 2, 10, 12));
    expect((await getDebt(id))?.amountsAsOf).toBe('2026-03-10');
    await updateDebt(id, debt({ notes: '只改备注' }), new Date(2026, 3, 1, 12));
    expect((await getDebt(id))?.amountsAsOf).toBe('2026-03-10');
    await updateDebt(id, debt({ principal: toFen(5_000_000) }), new Date(2026, 3, 2, 12));
    expect((await getDebt(id))?.amountsAsOf).toBe('2026-04-02');
  });
});
