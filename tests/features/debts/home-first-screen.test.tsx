/**
 * The first screen a frightened person sees: the debts before any explanation, the most urgent
 * on top (a court deadline, then the 恶意透支 conditions, then days overdue), each with its
 * next date in plain words, and one day count everywhere ("逾期满 91 天" on the home screen and
 * on the debt's page alike). Dates are relative to the real today: the screen assesses as of today.
 */
import { screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '../../../src/domain/dates';
import type { Debt, DebtFields } from '../../../src/domain/debt';
import { byDaysOverdue } from '../../../src/features/debts/components/debts-page';
import type { DebtEventFields } from '../../../src/domain/debt-events';
import { toFen } from '../../../src/domain/money';
import type { IsoDate } from '../../../src/domain/types';
import { addDebt } from '../../../src/storage/repos/debts-repo';
import { addDebtEvent } from '../../../src/storage/repos/debt-events-repo';
import { makeDebtFields } from '../../../src/testing/factories';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

const SLOW = { timeout: 5000 };
const today = toIsoDate(new Date());
const daysAgo = (n: number): IsoDate => addDays(today, -n);

const debt = (over: Partial<DebtFields>): DebtFields =>
  makeDebtFields({ principal: toFen(1_000_000), firstMissedDue: daysAgo(40), ...over });

beforeEach(async () => {
  await freshDb();
});

async function seed(fields: DebtFields, events: DebtEventFields[] = []): Promise<string> {
  const id = await addDebt(fields, new Date(`${daysAgo(400)}T12:00:00`));
  for (const e of events) await addDebtEvent(id, e);
  return id;
}

const lenders = () => [...document.querySelectorAll('.debt-list .debt-item .debt-lender')].map((e) => e.textContent);

/** Five debts, entered in the wrong order on purpose. */
async function seedFive() {
  await seed(debt({ lender: '甲银行', firstMissedDue: daysAgo(20) }));
  await seed(debt({ lender: '乙银行', firstMissedDue: daysAgo(277), principal: toFen(6_010_000) }));
  await seed(debt({ lender: '丙银行', firstMissedDue: daysAgo(78) }));
  await seed(debt({ lender: '丁银行', status: 'settled', settledOn: daysAgo(5), firstMissedDue: daysAgo(300) }));
  // 恶意透支 (a)–(c) on the entered facts: ≥ 5万 principal, two notices 30+ days apart
  // with proof, more than 3 months since the second.
  await seed(debt({ lender: '戊银行', firstMissedDue: daysAgo(200), principal: toFen(5_500_000) }), [
    { type: 'collection-notice', date: daysAgo(180), channel: 'letter', received: 'yes', note: '' },
    { type: 'collection-notice', date: daysAgo(140), channel: 'letter', received: 'yes', note: '' },
  ]);
  // A copy of the complaint 10 days ago: 5 days left to answer.
  await seed(debt({ lender: '己银行', firstMissedDue: daysAgo(60) }), [
    { type: 'legal', date: daysAgo(200), kind: 'lawsuit-filed', note: '' },
    { type: 'legal', date: daysAgo(10), kind: 'complaint-served', note: '' },
  ]);
}

describe('the home screen', () => {
  it('lists the debts by days overdue before the ranking has loaded, settled last', () => {
    const d = (lender: string, over: Partial<DebtFields>) => ({ ...debt({ lender, ...over }), id: lender }) as Debt;
    const order = byDaysOverdue(
      [
        d('甲', { firstMissedDue: daysAgo(20) }),
        d('丁', { status: 'settled', firstMissedDue: daysAgo(300) }),
        d('乙', { firstMissedDue: daysAgo(277) }),
        d('丙', { firstMissedDue: null }),
      ],
      today,
    ).map((x) => x.lender);
    expect(order).toEqual(['乙', '甲', '丙', '丁']);
  });

  it('lists the debts most urgent first: court deadline, criminal conditions, then days overdue; settled last', async () => {
    await seedFive();
    renderApp('/');
    await screen.findByText('己银行', undefined, SLOW);
    // Days overdue at once; court and criminal first once the ranking (lazy) has loaded.
    await waitFor(() => expect(lenders()).toEqual(['己银行', '戊银行', '乙银行', '丙银行', '甲银行', '丁银行']), SLOW);
  });

  it('says each debt’s next date in plain words under its name', async () => {
    await seedFive();
    renderApp('/');
    const item = (lender: string) => screen.getByText(lender, { selector: '.debt-lender' }).closest('a') as HTMLElement;
    await screen.findByText('己银行', undefined, SLOW);
    await waitFor(() => expect(item('己银行')).toHaveTextContent('答辩期还剩 5 天'), SLOW);
    expect(item('戊银行')).toHaveTextContent(/恶意透支的前三个条件按你记录的看起来都满足了/);
    expect(item('丙银行')).toHaveTextContent('还有 13 天逾期满 91 天');
    expect(item('乙银行')).not.toHaveTextContent(/逾期满/); // past both lines
    expect(item('甲银行')).toHaveTextContent('还有 71 天逾期满 91 天');
  });

  it('shows the debts before the explanation, the totals and any bank jargon', async () => {
    await seedFive();
    renderApp('/');
    const nearest = await screen.findByRole('region', { name: '最近的日期' }, SLOW);
    await waitFor(() => expect(lenders()[0]).toBe('己银行'), SLOW);
    const list = document.querySelector('.debt-list') as HTMLElement;
    const main = document.querySelector('main') as HTMLElement;
    const before = (a: Node, b: Node) => Boolean(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);
    expect(before(list, screen.getByRole('region', { name: '总览' }))).toBe(true);
    expect(before(list, nearest)).toBe(true);
    expect(before(list, screen.getByText(/把每张逾期的卡、每笔借款记下来/))).toBe(true);
    expect(main).not.toHaveTextContent(/进入 M\d|核销线|满 90 天/);
    const firstText = main.textContent ?? '';
    expect(firstText.indexOf('己银行')).toBeLessThan(firstText.indexOf('总览'));
  });

  it('counts the 90-day line the same way on the home screen and on the debt’s page', async () => {
    const id = await seed(debt({ lender: '丙银行', firstMissedDue: daysAgo(78) }));
    const home = renderApp('/');
    const nearest = await screen.findByRole('region', { name: '最近的日期' }, SLOW);
    expect(await within(nearest).findByText('还有 13 天逾期满 91 天')).toBeInTheDocument();
    expect(nearest).not.toHaveTextContent(/满 90 天/);
    home.unmount();

    renderApp(`/debts/${id}`);
    const timeline = await screen.findByText(/逾期满 91 天，银行归为不良/, undefined, SLOW);
    expect(timeline.closest('li')).toHaveTextContent(/还有 13 天/);
    expect(await screen.findByText(/逾期满 181 天/)).toBeInTheDocument();
    expect(document.body).not.toHaveTextContent(/满 90 天|逾期超过 180 天，银行/);
  });
});
