import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween, isIsoDate, isoDate } from '../../src/domain/dates';
import { overdueDays, simpleStage, summariseLedger, type DebtFields } from '../../src/domain/debt';
import { toFen } from '../../src/domain/money';
import { makeDebtFields } from '../../src/testing/factories';

describe('isIsoDate', () => {
  it.each(['2024-02-29', '2026-12-31', '2000-02-29'])('%s is a date', (d) => expect(isIsoDate(d)).toBe(true));
  it.each(['2025-02-29', '1900-02-29', '2026-13-01', '2026-04-31', '2026-1-5', '20260105', '', 'today'])(
    '%s is not',
    (d) => expect(isIsoDate(d)).toBe(false),
  );
});

describe('date arithmetic', () => {
  it.each([
    ['2026-01-31', '2026-03-01', 29],
    ['2024-01-31', '2024-03-01', 30],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-02-28', '2025-03-01', 1],
    ['2025-12-31', '2026-01-01', 1],
    ['2026-03-28', '2026-03-30', 2], // across a European DST change
    ['2026-11-28', '2026-11-28', 0],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(isoDate(from), isoDate(to))).toBe(days);
  });

  it('adds days across a leap day', () => {
    expect(addDays(isoDate('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(isoDate('2025-02-28'), 1)).toBe('2025-03-01');
  });

  it('clamps months to the month end', () => {
    expect(addMonths(isoDate('2026-01-31'), 1)).toBe('2026-02-28');
    expect(addMonths(isoDate('2024-01-31'), 1)).toBe('2024-02-29');
    expect(addMonths(isoDate('2024-02-29'), 12)).toBe('2025-02-28');
  });
});

describe('overdueDays', () => {
  const base = { status: 'overdue' as const };
  it.each([
    ['2026-10-31', '2026-11-30', 30],
    ['2024-02-29', '2024-03-31', 31],
    ['2023-12-31', '2024-03-01', 61],
    ['2026-11-28', '2026-11-28', 0],
  ])('first missed %s, today %s → %i days', (first, today, days) => {
    expect(overdueDays({ ...base, firstMissedDue: isoDate(first) }, isoDate(today))).toBe(days);
  });

  it('is 0 without a missed date, when settled, or when the date is ahead', () => {
    expect(overdueDays({ ...base, firstMissedDue: null }, isoDate('2026-11-28'))).toBe(0);
    expect(overdueDays({ status: 'settled', firstMissedDue: isoDate('2026-01-01') }, isoDate('2026-11-28'))).toBe(0);
    expect(overdueDays({ ...base, firstMissedDue: isoDate('2026-12-01') }, isoDate('2026-11-28'))).toBe(0);
  });
});

describe('simpleStage', () => {
  it.each([
    [0, 'not-overdue'],
    [1, 'days-1-30'],
    [30, 'days-1-30'],
    [31, 'days-31-90'],
    [90, 'days-31-90'],
    [91, 'days-over-90'],
  ] as const)('%i days → %s', (days, stage) => expect(simpleStage(days)).toBe(stage));
});

describe('summariseLedger', () => {
  const debt = (over: Partial<DebtFields>): DebtFields =>
    makeDebtFields({
      lender: '银行',
      principal: toFen(100_00),
      interest: toFen(10_00),
      fees: toFen(1_00),
      firstMissedDue: null,
      ...over,
    });

  it('adds open debts and counts each stage, leaving settled ones out', () => {
    const s = summariseLedger(
      [
        debt({ firstMissedDue: isoDate('2026-11-20') }),
        debt({ firstMissedDue: isoDate('2026-09-01'), principal: toFen(5_000_000) }),
        debt({ firstMissedDue: isoDate('2026-01-01'), status: 'settled' }),
      ],
      isoDate('2026-11-28'),
    );
    expect(s.totalOwed).toBe(100_00 + 10_00 + 1_00 + 5_000_000 + 10_00 + 1_00);
    expect(s.openCount).toBe(2);
    expect(s.byStage).toEqual({ 'not-overdue': 0, 'days-1-30': 1, 'days-31-90': 1, 'days-over-90': 0 });
  });
});
