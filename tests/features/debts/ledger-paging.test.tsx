import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, expect, it } from 'vitest';
import { addDebt } from '../../../src/storage/repos/debts-repo';
import { makeDebtFields } from '../../../src/testing/factories';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

beforeEach(async () => {
  await freshDb();
});

it('lists a long ledger 50 debts at a time, with the summary over all of them', async () => {
  for (let i = 0; i < 120; i++) await addDebt(makeDebtFields({ lender: `银行 ${i}` }));
  const user = userEvent.setup();
  renderApp('/');
  expect(await screen.findByText('未结清 120 笔')).toBeInTheDocument();
  const rows = () => document.querySelectorAll('.debt-list .debt-item').length;
  expect(rows()).toBe(50);

  await user.click(screen.getByRole('button', { name: '再显示 50 笔' }));
  expect(rows()).toBe(100);
  await user.click(screen.getByRole('button', { name: '再显示 20 笔' }));
  expect(rows()).toBe(120);
  expect(screen.queryByRole('button', { name: /^再显示/ })).toBeNull();
});

it('shows no "more" button for a ledger that fits on one page', async () => {
  for (let i = 0; i < 3; i++) await addDebt(makeDebtFields({ lender: `银行 ${i}` }));
  renderApp('/');
  expect(await screen.findByText('未结清 3 笔')).toBeInTheDocument();
  expect(document.querySelectorAll('.debt-list .debt-item')).toHaveLength(3);
  expect(screen.queryByRole('button', { name: /^再显示/ })).toBeNull();
});
