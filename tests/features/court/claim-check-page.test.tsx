import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import { toFen } from '../../../src/domain/money';
import { addDebt } from '../../../src/storage/repos/debts-repo';
import { makeDebtFields } from '../../../src/testing/factories';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

const SLOW = { timeout: 5000 };

beforeEach(async () => {
  await freshDb();
  await addDebt(
    makeDebtFields({ lender: '示例银行', principal: toFen(1_000_000), firstMissedDue: isoDate('2025-11-30') }),
  );
});

describe('check what the lender claims', () => {
  it('sets the claim beside the 24% benchmark and writes sentences that admit nothing', async () => {
    const user = userEvent.setup();
    renderApp('/court/claim-check');
    await user.type(await screen.findByLabelText('主张计算到哪一天', undefined, SLOW), '2026-11-30');
    await user.type(screen.getByLabelText('主张的本金（元）'), '10000');
    await user.type(screen.getByLabelText('主张的利息（元）'), '2000');
    await user.type(screen.getByLabelText('主张的违约金（元）'), '800');
    await user.click(screen.getByRole('button', { name: '核对' }));
    const result = await screen.findByRole('region', { name: '逐项对照' });
    const penalty = within(result).getByRole('row', { name: /违约金/ });
    expect(penalty).toHaveTextContent('¥800.00');
    expect(penalty).toHaveTextContent('¥400.00');
    expect(within(result).getByText(/折合年利率约 28.00%，超过 24% 的部分是 ¥400.00/)).toBeInTheDocument();
    expect(within(result).getByText(/不是法律上限/)).toBeInTheDocument();
    const sentences = within(result)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(sentences.some((s) => s.startsWith('原告主张的利息、违约金及各项费用合计2,800.00元'))).toBe(true);
  });

  it('refuses amounts over 1亿 or below zero next to the field and checks nothing', async () => {
    const user = userEvent.setup();
    renderApp('/court/claim-check');
    await user.type(await screen.findByLabelText('主张计算到哪一天', undefined, SLOW), '2026-11-30');
    const principal = screen.getByLabelText('主张的本金（元）');
    await user.type(principal, '100000001');
    const interest = screen.getByLabelText('主张的利息（元）');
    await user.type(interest, '-5');
    await user.click(screen.getByRole('button', { name: '核对' }));
    expect(principal).toHaveAccessibleDescription(/超过 1 亿元/);
    expect(interest).toHaveAccessibleDescription('金额不能是负数');
    expect(screen.queryByRole('region', { name: '逐项对照' })).not.toBeInTheDocument();
  });
});
