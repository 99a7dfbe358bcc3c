/**
 * Two tabs, one debt: a save from a form opened on an older copy is refused, the typed text
 * stays, the page names what the other tab changed, and the person keeps theirs or takes the newer copy.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { toFen } from '../../../src/domain/money';
import type { ShoreDb } from '../../../src/storage/db';
import { addDebt, getDebt, updateDebt } from '../../../src/storage/repos/debts-repo';
import { makeDebtFields } from '../../../src/testing/factories';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

const SLOW = { timeout: 5000 };
let db: ShoreDb;
let id: string;
beforeEach(async () => {
  db = await freshDb();
  id = await addDebt(
    makeDebtFields({ lender: '原来的银行', principal: toFen(1_000_000) }),
    new Date('2026-12-01T00:00:00Z'),
  );
});

async function openFormThenOtherTabSaves() {
  const user = userEvent.setup();
  renderApp(`/debts/${id}/edit`);
  const lender = await screen.findByLabelText(/银行或借款机构/, undefined, SLOW);
  // The other tab raises the principal after this form opened.
  const stored = (await getDebt(id))!;
  await updateDebt(id, { ...stored, principal: toFen(2_000_000) }, new Date('2026-12-02T00:00:00Z'));
  await user.clear(lender);
  await user.type(lender, '我改的银行');
  await user.click(screen.getByRole('button', { name: '保存' }));
  return { user, lender };
}

describe('editing a debt another tab saved meanwhile', { timeout: 20_000 }, () => {
  it('refuses the save, keeps the typed text and names what changed', async () => {
    const { lender } = await openFormThenOtherTabSaves();
    const alert = await screen.findByRole('alert', { name: '另一个窗口里的修改' }, SLOW);
    expect(alert).toHaveTextContent('在另一个窗口里改过的内容：透支本金（元）。');
    expect(lender).toHaveValue('我改的银行');
    const stored = await db.debts.get(id);
    expect(stored).toMatchObject({ lender: '原来的银行', principal: toFen(2_000_000) });
  });

  it('keeps mine on request: the next save goes over the newer copy', async () => {
    const { user } = await openFormThenOtherTabSaves();
    await user.click(await screen.findByRole('button', { name: /保留我的修改/ }, SLOW));
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await db.debts.get(id))?.lender).toBe('我改的银行'));
  });

  it('takes the newer copy on request: the form shows it and my typing is dropped', async () => {
    const { user } = await openFormThenOtherTabSaves();
    await user.click(await screen.findByRole('button', { name: /用另一个窗口的版本/ }, SLOW));
    expect(await screen.findByLabelText(/银行或借款机构/, undefined, SLOW)).toHaveValue('原来的银行');
    expect(screen.getByRole<HTMLInputElement>('textbox', { name: /透支本金/ }).value).toMatch(/^20,?000(\.00)?$/);
  });
});
