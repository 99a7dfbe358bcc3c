import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import { toFen } from '../../../src/domain/money';
import type { ShoreDb } from '../../../src/storage/db';
import { saveBudget } from '../../../src/storage/repos/budget-repo';
import { addDebt } from '../../../src/storage/repos/debts-repo';
import { makeDebtFields } from '../../../src/testing/factories';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});

const debtFields = (lender: string, principal: number, interest = 0) =>
  makeDebtFields({
    lender,
    principal: toFen(principal),
    interest: toFen(interest),
    firstMissedDue: isoDate('2026-05-01'),
  });

describe('budget form', { timeout: 30_000 }, () => {
  it('normalises each line to a month, totals live, and saves', async () => {
    const user = userEvent.setup();
    renderApp('/budget');
    await user.type(await screen.findByLabelText('工资金额（元）'), '4500');
    await user.type(screen.getByLabelText('伙食金额（元）'), '300');
    await user.selectOptions(screen.getByLabelText('伙食按'), 'week');
    await user.type(screen.getByLabelText('房租或房贷金额（元）'), '18000');
    await user.selectOptions(screen.getByLabelText('房租或房贷按'), 'year');
    await user.type(screen.getByLabelText('医疗说明（可选，一句话）'), '母亲药费');

    expect(screen.getByText('折合每月 ¥1,300.00')).toBeInTheDocument();
    expect(screen.getByTestId('income-monthly')).toHaveTextContent('¥4,500.00');
    expect(screen.getByTestId('spending-monthly')).toHaveTextContent('¥2,800.00');
    expect(screen.getByTestId('surplus-monthly')).toHaveTextContent('¥1,700.00');

    await user.click(screen.getByRole('button', { name: '保存收支表' }));
    await waitFor(async () => expect(await db.budgetLines.count()).toBe(3));
    expect(await db.budgetLines.get('food')).toMatchObject({ amount: 30_000, frequency: 'week' });
  });

  it('shows a shortfall as a shortfall, never as a surplus', async () => {
    const user = userEvent.setup();
    renderApp('/budget');
    await user.type(await screen.findByLabelText('工资金额（元）'), '1000');
    await user.type(screen.getByLabelText('医疗金额（元）'), '1500');
    expect(screen.getByText('每月缺口')).toBeInTheDocument();
    expect(screen.getByTestId('surplus-monthly')).toHaveTextContent('¥500.00');
  });

  it('puts the error next to a bad amount and saves nothing', async () => {
    const user = userEvent.setup();
    renderApp('/budget');
    const field = await screen.findByLabelText('交通金额（元）');
    await user.type(field, '12.345');
    await user.click(screen.getByRole('button', { name: '保存收支表' }));
    expect(await screen.findByText('金额最多两位小数（到分）')).toBeInTheDocument();
    expect(field).toHaveAttribute('aria-invalid', 'true');
    expect(await db.budgetLines.count()).toBe(0);
  });
});

describe('plan screen', { timeout: 30_000 }, () => {
  it('splits the surplus pro-rata, warns past 60 months with the smallest amount that fits, and compares a freeze', async () => {
    await addDebt(debtFields('示例银行', 4_800_000, 400_000));
    await addDebt(debtFields('样本银行', 2_400_000));
    await saveBudget([
      { category: 'salary', amount: toFen(420_000), frequency: 'month', reason: '' },
      { category: 'housing', amount: toFen(300_000), frequency: 'month', reason: '' },
    ]);
    renderApp('/hardship-plan');
    // 1,200 a month, 2:1 → 800 and 400; 48,000 / 800 = 60 months.
    const first = (await screen.findByText('示例银行')).closest('li')!;
    expect(within(first).getByText('每月 ¥800.00')).toBeInTheDocument();
    expect(within(first).getByText(/需要 60 个月/)).toBeInTheDocument();
    expect(within(first).getByText(/含已有利息和费用：65 个月/)).toBeInTheDocument();

    const user = userEvent.setup();
    await user.type(screen.getByLabelText('每月拿出来还款的总额（元）'), '900');
    // 900 × 2/3 = 600 → 80 months: over the Art. 70 limit; 48,000 / 60 = 800.
    // (amounts are nowrap runs inside the sentence, so it is found by role and read whole)
    const over60 = await within(first).findByRole('status');
    expect(over60).toHaveTextContent('超过 60 个月了');
    expect(over60).toHaveTextContent('每月至少要 ¥800.00');
    await waitFor(async () => expect((await db.plans.get('current'))?.offer).toBe(90_000));
  });
});
