import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import { toFen } from '../../../src/domain/money';
import {
  balanceFor,
  instalmentSchedule,
  minimumMonthly,
  hardshipPlanTerms,
} from '../../../src/domain/hardship-plan/hardship-plan';

describe('hardshipPlanTerms and the 60-month rule (Art. 70)', () => {
  it.each<[string, number, number, object]>([
    [
      'exactly 60 months is allowed',
      600_000,
      10_000,
      { months: 60, exceedsMaxTerm: false, lastInstalment: 10_000, minimumMonthlyFor60: 10_000 },
    ],
    [
      'one fen less a month needs 61 months',
      600_000,
      9_999,
      { months: 61, exceedsMaxTerm: true, lastInstalment: 60, minimumMonthlyFor60: 10_000 },
    ],
    [
      'one fen more owed raises the 60-month minimum by a fen',
      600_001,
      10_000,
      { months: 61, exceedsMaxTerm: true, lastInstalment: 1, minimumMonthlyFor60: 10_001 },
    ],
    [
      'a short plan with a smaller last instalment',
      100_000,
      30_000,
      { months: 4, exceedsMaxTerm: false, lastInstalment: 10_000 },
    ],
    ['an offer above the balance clears it in one month', 50_000, 80_000, { months: 1, lastInstalment: 50_000 }],
    [
      'a token offer on a large debt',
      5_000_000,
      20_000,
      { months: 250, exceedsMaxTerm: true, minimumMonthlyFor60: 83_334 },
    ],
  ])('%s', (_name, balance, monthly, expected) => {
    const t = hardshipPlanTerms(toFen(balance), toFen(monthly));
    expect(t).toMatchObject({ kind: 'plan', monthly, ...expected });
  });

  it('the smallest amount for 60 months really clears within 60 and one fen less does not', () => {
    for (const balance of [1, 59, 60, 61, 599_999, 600_000, 600_001, 4_800_000, 10_000_000_000]) {
      const min = minimumMonthly(toFen(balance));
      const ok = hardshipPlanTerms(toFen(balance), min);
      expect(ok.kind === 'plan' && ok.months).toBeLessThanOrEqual(60);
      if (min > 1) {
        const less = hardshipPlanTerms(toFen(balance), toFen(min - 1));
        expect(less.kind === 'plan' && less.months).toBeGreaterThan(60);
      }
    }
  });

  it('nothing owed and no payment are their own cases', () => {
    expect(hardshipPlanTerms(toFen(0), toFen(100))).toEqual({ kind: 'nothing-owed' });
    expect(hardshipPlanTerms(toFen(6_000), toFen(0))).toEqual({ kind: 'no-payment', minimumMonthlyFor60: 100 });
  });
});

describe('balanceFor (what a freeze would mean)', () => {
  const debt = { principal: toFen(4_800_000), interest: toFen(350_000), fees: toFen(50_000) };
  it('principal only vs with interest and fees', () => {
    expect(balanceFor(debt, 'principal')).toBe(4_800_000);
    expect(balanceFor(debt, 'total')).toBe(5_200_000);
  });
});

describe('instalmentSchedule', () => {
  it('counts every date from the first, so month ends do not drift', () => {
    const s = instalmentSchedule(isoDate('2026-01-31'), toFen(100), 4, toFen(40));
    expect(s).toEqual([
      { index: 1, dueDate: '2026-01-31', amount: 100 },
      { index: 2, dueDate: '2026-02-28', amount: 100 },
      { index: 3, dueDate: '2026-03-31', amount: 100 },
      { index: 4, dueDate: '2026-04-30', amount: 40 },
    ]);
  });

  it('crosses a leap February and a year end', () => {
    const s = instalmentSchedule(isoDate('2027-12-29'), toFen(1), 3, toFen(1));
    expect(s.map((i) => i.dueDate)).toEqual(['2027-12-29', '2028-01-29', '2028-02-29']);
  });
});
