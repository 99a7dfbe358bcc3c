/**
 * Court steps recorded on a debt and the deadlines they give on the home screen and the debt
 * page: the answer, an appeal against a ruling, and a judgment's last day to perform with the
 * bank's 2 years to apply for enforcement. Dates are relative to the real today.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, addMonths, toIsoDate } from '../../../src/domain/dates';
import type { DebtFields } from '../../../src/domain/debt';
import type { DebtEventFields } from '../../../src/domain/debt-events';
import { toFen } from '../../../src/domain/money';
import type { IsoDate } from '../../../src/domain/types';
import type { ShoreDb } from '../../../src/storage/db';
import { addDebtEvent } from '../../../src/storage/repos/debt-events-repo';
import { addDebt } from '../../../src/storage/repos/debts-repo';
import { makeDebtFields } from '../../../src/testing/factories';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

const SLOW = { timeout: 5000 };
const today = toIsoDate(new Date());
const daysAgo = (n: number): IsoDate => addDays(today, -n);
const zhDate = (d: IsoDate) => `${Number(d.slice(0, 4))}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

const debt = (over: Partial<DebtFields> = {}): DebtFields =>
  makeDebtFields({
    lender: '示例银行信用卡中心',
    principal: toFen(2_000_000),
    firstMissedDue: daysAgo(700),
    ...over,
  });

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});

async function seed(fields: DebtFields, events: DebtEventFields[] = []): Promise<string> {
  const id = await addDebt(fields, new Date(`${daysAgo(800)}T12:00:00`));
  for (const e of events) await addDebtEvent(id, e);
  return id;
}

describe('court deadlines on the home screen', () => {
  it('lists the answer and the ruling appeal as deadlines, before the enforcement dates', async () => {
    const due = addDays(today, 20);
    const ends = addMonths(due, 24);
    await seed(debt({ lender: '甲银行' }), [
      { type: 'legal', date: daysAgo(200), kind: 'lawsuit-filed', note: '' },
      { type: 'legal', date: daysAgo(10), kind: 'complaint-served', note: '' },
    ]);
    await seed(debt({ lender: '乙银行' }), [
      { type: 'legal', date: daysAgo(300), kind: 'lawsuit-filed', note: '' },
      { type: 'legal', date: daysAgo(3), kind: 'ruling-received', note: '' },
      { type: 'legal', date: daysAgo(30), kind: 'judgment-received', performanceDue: due, note: '' },
    ]);
    renderApp('/');
    const card = await screen.findByRole('region', { name: '最近的日期' }, SLOW);
    const items = (await within(card).findAllByRole('link')).filter((a) => a.querySelector('.deadline-text'));
    expect(items.map((i) => i.querySelector('.deadline-text')?.textContent)).toEqual([
      '答辩期还剩 5 天',
      '裁定上诉期还剩 7 天',
      `判决履行期限届满：${zhDate(due)}（还有 20 天）`,
      `债权人申请执行的期间届满：${zhDate(ends)}（还有 ${Math.round((Date.parse(ends) - Date.parse(today)) / 86_400_000)} 天）`,
    ]);
    expect(items[0]).toHaveTextContent('甲银行');
    expect(items[1]).toHaveTextContent('乙银行');
  });
});

describe('recording a judgment with its last day to perform', () => {
  it('refuses a last day before the judgment, then saves it and shows the creditor’s 2 years', async () => {
    const user = userEvent.setup();
    const id = await seed(debt());
    renderApp(`/debts/${id}`);
    await user.click(await screen.findByRole('button', { name: '记法院文书' }, SLOW));
    await user.type(screen.getByLabelText('收到文书或发生的日期'), daysAgo(40));
    expect(screen.queryByLabelText('判决确定的履行期限的最后一天（可选）')).toBeNull();
    await user.selectOptions(screen.getByLabelText('是什么'), 'judgment-received');
    const due = screen.getByLabelText('判决确定的履行期限的最后一天（可选）');
    await user.type(due, daysAgo(41));
    await user.click(screen.getByRole('button', { name: '保存这条记录' }));
    expect(due).toHaveAccessibleDescription(/履行期限的最后一天不能早于收到判决书的日期/);
    expect(await db.debtEvents.count()).toBe(0);

    await user.clear(due);
    await user.type(due, daysAgo(5));
    await user.click(screen.getByRole('button', { name: '保存这条记录' }));
    const civil = await screen.findByRole('region', { name: '起诉、支付令和执行' });
    const ends = addMonths(daysAgo(5), 24);
    expect(
      await within(civil).findByText(
        new RegExp(`债权人申请执行的期间是 2 年，从这一天起算，按你记录的情况到 ${zhDate(ends)} 为止`),
      ),
    ).toBeInTheDocument();
    expect(await db.debtEvents.toArray()).toMatchObject([
      { debtId: id, type: 'legal', kind: 'judgment-received', date: daysAgo(40), performanceDue: daysAgo(5) },
    ]);
    const events = screen.getByRole('region', { name: '你记录的事件' });
    expect(within(events).getByText(new RegExp(`履行期限到 ${zhDate(daysAgo(5))}`))).toBeInTheDocument();
  });
});
