import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import type { Debt } from '../../../src/domain/debt';
import { toFen } from '../../../src/domain/money';
import {
  composeHardshipPlan,
  letterHardshipPlanFor,
  type HardshipPlanChoices,
} from '../../../src/domain/hardship-plan/compose-hardship-plan';

const debt = (
  id: string,
  principal: number,
  interest: number,
  fees: number,
  status: Debt['status'] = 'overdue',
): Debt => ({
  id,
  lender: `银行${id}`,
  nickname: '',
  last4: '',
  creditLimit: null,
  loanNumber: '',
  principal: toFen(principal),
  interest: toFen(interest),
  fees: toFen(fees),
  firstMissedDue: isoDate('2026-05-01'),
  minimumPayment: null,
  lastPaymentDate: null,
  lastPaymentAmount: null,
  status,
  notes: '',
  creditorType: 'card-overdraft',
  settledOn: null,
  amountsAsOf: isoDate('2026-11-20'),
  createdAt: '',
  updatedAt: '',
});

const choices = (over: Partial<HardshipPlanChoices> = {}): HardshipPlanChoices => ({
  offer: null,
  split: 'pro-rata',
  custom: {},
  basis: 'principal',
  firstDue: isoDate('2027-01-10'),
  ...over,
});

const ledger = [
  debt('a', 4_800_000, 350_000, 50_000),
  debt('b', 2_400_000, 100_000, 0),
  debt('c', 999, 0, 0, 'settled'),
];

describe('composeHardshipPlan', () => {
  it('splits what the budget leaves pro-rata over the open debts and leaves settled ones out', () => {
    const p = composeHardshipPlan(ledger, toFen(120_000), choices());
    expect(p.debts.map((d) => [d.debt.id, d.monthly])).toEqual([
      ['a', 80_000],
      ['b', 40_000],
    ]);
    expect([p.offer, p.totalMonthly, p.totalOwed]).toEqual([120_000, 120_000, 7_200_000]);
    expect(p.debts[0].terms).toMatchObject({ kind: 'plan', months: 60, exceedsMaxTerm: false });
  });

  it('shows what a freeze would mean: principal only vs with interest and fees', () => {
    const a = composeHardshipPlan(ledger, toFen(120_000), choices()).debts[0];
    expect(a.principalOnly).toMatchObject({ months: 60, exceedsMaxTerm: false });
    // 5,200,000 / 80,000 = 65 months: over the 60-month limit
    expect(a.withInterestAndFees).toMatchObject({ months: 65, exceedsMaxTerm: true, minimumMonthlyFor60: 86_667 });
  });

  it('uses the user offer and custom amounts when set', () => {
    const p = composeHardshipPlan(
      ledger,
      toFen(120_000),
      choices({ offer: toFen(50_000), split: 'custom', custom: { a: toFen(30_000) } }),
    );
    expect(p.debts.map((d) => d.monthly)).toEqual([30_000, 0]);
    expect(p.offer).toBe(50_000);
    expect(p.totalMonthly).toBe(30_000);
    expect(p.debts[1].terms.kind).toBe('no-payment');
  });

  it('gives a debt plan for the letter, or null when there is nothing to propose', () => {
    const c = choices();
    const p = composeHardshipPlan(ledger, toFen(120_000), c);
    expect(letterHardshipPlanFor(p, 'a', c)).toEqual({
      basis: 'principal',
      monthly: 80_000,
      months: 60,
      lastInstalment: 80_000,
      firstDue: '2027-01-10',
      split: 'pro-rata',
      creditorCount: 2,
      totalOwedAll: 7_200_000,
      offerAll: 120_000,
    });
    expect(letterHardshipPlanFor(composeHardshipPlan(ledger, toFen(0), c), 'a', c)).toBeNull();
    expect(letterHardshipPlanFor(p, 'c', c)).toBeNull();
  });
});
