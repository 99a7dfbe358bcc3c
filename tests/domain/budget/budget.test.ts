import { describe, expect, it } from 'vitest';
import { monthlyAmount, summariseBudget, type BudgetLine, type Frequency } from '../../../src/domain/budget/budget';
import { emptyBudgetForm, validateBudgetForm } from '../../../src/domain/budget/validate-budget';
import { toFen } from '../../../src/domain/money';

describe('monthlyAmount', () => {
  it.each<[string, number, Frequency, number]>([
    ['monthly stays as entered', 350_000, 'month', 350_000],
    ['weekly 100元 → ×52/12 = 433.333…元, rounded to the fen', 10_000, 'week', 43_333],
    ['weekly 3 fen → exactly 13 fen', 3, 'week', 13],
    ['weekly 1 fen → 4.33 fen rounds down', 1, 'week', 4],
    ['weekly 5 fen → 21.67 fen rounds up', 5, 'week', 22],
    ['weekly 6 fen → 26 fen exactly', 6, 'week', 26],
    ['yearly 1,200元 → 100元', 120_000, 'year', 10_000],
    ['yearly 6 fen → 0.5 fen, half rounds up', 6, 'year', 1],
    ['yearly 5 fen → 0.42 fen rounds to 0', 5, 'year', 0],
    ['yearly 18 fen → 1.5 fen, half rounds up', 18, 'year', 2],
    ['zero is zero', 0, 'week', 0],
    ['largest amount, weekly, stays an integer', 10_000_000_000, 'week', 43_333_333_333],
  ])('%s', (_name, amount, frequency, expected) => {
    expect(monthlyAmount(toFen(amount), frequency)).toBe(expected);
  });
});

const line = (
  category: BudgetLine['category'],
  amount: number,
  frequency: Frequency = 'month',
  reason = '',
): BudgetLine => ({
  category,
  amount: toFen(amount),
  frequency,
  reason,
});

describe('summariseBudget', () => {
  it('adds monthly income and spending and gives the surplus', () => {
    const s = summariseBudget([
      line('salary', 600_000),
      line('benefits', 120_000, 'year'),
      line('housing', 200_000),
      line('food', 30_000, 'week'),
      line('transport', 20_000),
    ]);
    expect(s.incomeMonthly).toBe(610_000);
    // 200,000 + 130,000 (30,000 × 52 / 12) + 20,000
    expect(s.spendingMonthly).toBe(350_000);
    expect(s.surplusMonthly).toBe(260_000);
    expect(s.availableMonthly).toBe(260_000);
    expect(s.monthly.food).toBe(130_000);
    expect(s.monthly.medical).toBe(0);
  });

  it('reports a shortfall as a negative surplus and offers nothing', () => {
    const s = summariseBudget([line('salary', 300_000), line('housing', 250_000), line('medical', 80_000)]);
    expect(s.surplusMonthly).toBe(-30_000);
    expect(s.availableMonthly).toBe(0);
  });

  it('an empty budget is all zeros', () => {
    const s = summariseBudget([]);
    expect([s.incomeMonthly, s.spendingMonthly, s.surplusMonthly, s.availableMonthly]).toEqual([0, 0, 0, 0]);
  });

  it('totals are sums of the rounded lines, so the lines shown add up to the totals shown', () => {
    // 1 fen weekly → 4 fen; three such lines total 12 fen, not round(3 × 4.33) = 13.
    const s = summariseBudget([line('food', 1, 'week'), line('transport', 1, 'week'), line('utilities', 1, 'week')]);
    expect(s.spendingMonthly).toBe(12);
  });
});

describe('validateBudgetForm', () => {
  it('keeps filled lines and drops empty ones', () => {
    const form = emptyBudgetForm();
    form.salary = { amount: '6,000', frequency: 'month', reason: '' };
    form.food = { amount: '300', frequency: 'week', reason: ' 一家三口 ' };
    const r = validateBudgetForm(form);
    expect(r).toEqual({
      ok: true,
      value: [
        { category: 'salary', amount: 600_000, frequency: 'month', reason: '' },
        { category: 'food', amount: 30_000, frequency: 'week', reason: '一家三口' },
      ],
    });
  });

  it.each<[string, Partial<{ amount: string; frequency: string; reason: string }>, string]>([
    ['not a number', { amount: 'abc' }, 'not-number'],
    ['negative', { amount: '-5' }, 'negative'],
    ['three decimals', { amount: '1.234' }, 'too-many-decimals'],
    ['unknown frequency', { amount: '5', frequency: 'day' }, 'invalid-frequency'],
    ['reason on two lines', { amount: '5', reason: 'a\nb' }, 'reason-multiline'],
    ['reason too long', { amount: '5', reason: '长'.repeat(121) }, 'reason-too-long'],
  ])('reports %s next to the line', (_name, over, issue) => {
    const form = emptyBudgetForm();
    form.medical = { amount: '', frequency: 'month', reason: '', ...over };
    expect(validateBudgetForm(form)).toEqual({ ok: false, issues: { medical: issue } });
  });
});
