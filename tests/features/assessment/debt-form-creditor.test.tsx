/** The ledger form's additions for the assessment: the kind of debt and the settled date. */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { toIsoDate } from '../../../src/domain/dates';
import type { ShoreDb } from '../../../src/storage/db';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});

it('saves the kind of debt and, for a settled debt, its settled date', async () => {
  const user = userEvent.setup();
  renderApp('/debts/new');
  // The kind comes first: a loan is asked for its lender and 借款本金.
  await user.selectOptions(await screen.findByLabelText('这是哪种欠款'), 'consumer-finance');
  await user.type(screen.getByLabelText('贷款机构名称'), '某消费金融公司');
  await user.type(screen.getByLabelText('借款本金（元）'), '8000');
  await user.type(screen.getByLabelText('首次逾期日'), '2025-01-10');
  expect(screen.queryByLabelText('结清日期')).not.toBeInTheDocument();
  await user.selectOptions(screen.getByLabelText('现在的状态'), 'settled');
  await user.type(screen.getByLabelText('结清日期'), '2024-12-31');
  await user.click(screen.getByRole('button', { name: '保存' }));
  expect(screen.getByLabelText('结清日期')).toHaveAccessibleDescription(/结清日期不能早于首次逾期日/);
  expect(await db.debts.count()).toBe(0);

  await user.clear(screen.getByLabelText('结清日期'));
  await user.type(screen.getByLabelText('结清日期'), '2025-06-30');
  await user.click(screen.getByRole('button', { name: '保存' }));
  expect(await screen.findByRole('heading', { name: /某消费金融公司/ })).toBeInTheDocument();
  const [row] = await db.debts.toArray();
  expect(row).toMatchObject({ creditorType: 'consumer-finance', settledOn: '2025-06-30', status: 'settled' });
  expect(row.amountsAsOf).toBe(toIsoDate(new Date()));
  expect(
    await screen.findByText(/不良记录保留到 2030年6月30日 左右/, undefined, { timeout: 5000 }),
  ).toBeInTheDocument();
});
