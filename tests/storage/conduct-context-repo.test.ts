import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_CONDUCT_CONTEXT, type ConductContextFields } from '../../src/domain/conduct/contact';
import { isoDate } from '../../src/domain/dates';
import {
  getConductContext,
  listConductContexts,
  saveConductContext,
} from '../../src/storage/repos/conduct-context-repo';
import { freshDb } from '../../src/testing/test-db';

beforeEach(async () => {
  await freshDb();
});

describe('conduct context repository', () => {
  it('saves and replaces the context of a debt, and of contacts without a debt', async () => {
    const withPlan: ConductContextFields = {
      ...DEFAULT_CONDUCT_CONTEXT,
      outsourcingNotice: 'no',
      agreement: { from: isoDate('2026-02-01'), to: null, keptUp: true },
    };
    await saveConductContext('d1', withPlan, new Date('2026-03-01T00:00:00Z'));
    await saveConductContext('', DEFAULT_CONDUCT_CONTEXT);
    expect(await getConductContext('d1')).toEqual({ ...withPlan, debtId: 'd1', updatedAt: '2026-03-01T00:00:00.000Z' });
    await saveConductContext('d1', { ...withPlan, creditorType: 'online-lender' });
    expect((await getConductContext('d1'))?.creditorType).toBe('online-lender');
    expect((await listConductContexts()).map((c) => c.debtId).sort()).toEqual(['', 'd1']);
  });

  it.each<[string, Partial<ConductContextFields>]>([
    ['an unknown creditor type', { creditorType: 'pawnshop' as never }],
    [
      'an agreement ending before it starts',
      { agreement: { from: isoDate('2026-03-01'), to: isoDate('2026-02-01'), keptUp: true } },
    ],
    ['a bad agreement date', { agreement: { from: '2026-13-01' as never, to: null, keptUp: true } }],
    ['an unknown answer', { debtorReachable: 'maybe' as never }],
  ])('rejects %s', async (_name, bad) => {
    await expect(saveConductContext('d1', { ...DEFAULT_CONDUCT_CONTEXT, ...bad })).rejects.toMatchObject({
      code: 'invalid-record',
    });
    expect(await getConductContext('d1')).toBeUndefined();
  });
});
