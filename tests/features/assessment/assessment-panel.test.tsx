/**
 * The debt detail's assessment, rendered in the whole app on a real (fake-indexeddb) database.
 * Dates are relative to the real today, because the screen always assesses as of today.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { addDays, toIsoDate } from '../../../src/domain/dates';
import type { DebtFields } from '../../../src/domain/debt';
import type { DebtEventFields } from '../../../src/domain/debt-events';
import { toFen } from '../../../src/domain/money';
import type { IsoDate } from '../../../src/domain/types';
import type { ShoreDb } from '../../../src/storage/db';
import { addDebtEvent } from '../../../src/storage/repos/debt-events-repo';
import { addDebt, deleteDebt } from '../../../src/storage/repos/debts-repo';
import { makeDebtFields } from '../../../src/testing/factories';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

const today = toIsoDate(new Date());
const daysAgo = (n: number): IsoDate => addDays(today, -n);

const debt = (over: Partial<DebtFields> = {}): DebtFields =>
  makeDebtFields({
    lender: '示例银行信用卡中心',
    principal: toFen(6_000_000),
    interest: toFen(200_000),
    firstMissedDue: daysAgo(200),
    ...over,
  });

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});

async function seed(fields: DebtFields, events: DebtEventFields[] = []): Promise<string> {
  const id = await addDebt(fields, new Date(`${daysAgo(300)}T12:00:00`));
  for (const e of events) await addDebtEvent(id, e);
  return id;
}

describe('assessment on the debt detail page', () => {
  it('speaks of an online loan in loan terms: 借款本金, its lender, no bucket or card class', async () => {
    const id = await seed(debt({ creditorType: 'online-lender', lender: '示例小额贷款有限公司', loanNumber: 'JK-1' }));
    renderApp(`/debts/${id}`);
    expect(await screen.findByRole('heading', { name: '法律上现在是什么情况' })).toBeInTheDocument();
    expect(screen.getByText(/（借款本金 ¥60,000.00）/)).toBeInTheDocument();
    expect(screen.getByText(/这是网络平台的借款，不是信用卡透支/)).toBeInTheDocument();
    expect(screen.getByText(/要按照合同约定或者国家有关规定支付逾期利息/)).toBeInTheDocument();
    const page = document.body.textContent ?? '';
    for (const card of [
      '透支本金',
      '这笔属于 M',
      '信用卡风险分类，属于',
      '银行内部会把它归为不良',
      '这个阶段银行通常会',
    ])
      expect(page, card).not.toContain(card);
    const civil = screen.getByRole('region', { name: '起诉、支付令和执行' });
    expect(within(civil).getByText(/要看借款合同上的贷款人/)).toBeInTheDocument();
  });

  it('shows the stage, the criminal conditions one by one and never a bare risk level', async () => {
    const id = await seed(debt(), [
      { type: 'collection-notice', date: daysAgo(150), channel: 'letter', received: 'yes', note: '' },
      { type: 'collection-notice', date: daysAgo(110), channel: 'sms', received: 'unknown', note: '' },
    ]);
    renderApp(`/debts/${id}`);

    expect(await screen.findByRole('heading', { name: '法律上现在是什么情况' })).toBeInTheDocument();
    expect(screen.getByText(/到今天已逾期 200 天/)).toBeInTheDocument();
    expect(screen.getByText(/这笔属于 M7\+/)).toBeInTheDocument();

    const criminal = screen.getByRole('region', { name: '会不会涉及刑事责任（恶意透支）' });
    expect(within(criminal).getByText(/条件一：满足/)).toBeInTheDocument();
    expect(within(criminal).getByText(/条件二：不确定/)).toBeInTheDocument();
    expect(within(criminal).getByText(/条件三：不确定/)).toBeInTheDocument();
    expect(within(criminal).getByText(/上岸无法判断/)).toBeInTheDocument();
    expect(within(criminal).getByText(/不能仅凭没有按时还款/)).toBeInTheDocument();
    expect(
      within(criminal).getByText(/数额较大（5 万元以上不满 50 万元）的，在提起公诉前全部还清，可以不起诉/),
    ).toBeInTheDocument();
    expect(criminal).not.toHaveTextContent(/高风险|风险很高|风险较高|会坐牢/);
  });

  it('counts two cards at the same bank together, and both cards say so', async () => {
    const notices: DebtEventFields[] = [
      { type: 'collection-notice', date: daysAgo(150), channel: 'letter', received: 'yes', note: '' },
      { type: 'collection-notice', date: daysAgo(110), channel: 'sms', received: 'yes', note: '' },
    ];
    const first = await seed(debt({ principal: toFen(3_000_000), nickname: '卡一' }), notices);
    const second = await seed(debt({ principal: toFen(2_500_000), nickname: '卡二' }), notices);
    await seed(debt({ lender: '另一家银行', principal: toFen(4_000_000) }));
    for (const id of [first, second]) {
      const view = renderApp(`/debts/${id}`);
      const criminal = await screen.findByRole('region', { name: '会不会涉及刑事责任（恶意透支）' });
      expect(within(criminal).getByText(/条件一：满足/)).toHaveTextContent(/2 笔信用卡债务合计未还本金 ¥55,000\.00/);
      expect(within(criminal).getByText(/通常会合并计算/)).toBeInTheDocument();
      expect(criminal).not.toHaveTextContent(/还不起不等于犯罪/);
      view.unmount();
    }
  });

  it('opens a statement’s source and loads the article text on request', async () => {
    const user = userEvent.setup();
    const id = await seed(debt());
    renderApp(`/debts/${id}`);
    const criminal = await screen.findByRole('region', { name: '会不会涉及刑事责任（恶意透支）' });
    const principal = within(criminal)
      .getByText(/条件一/)
      .closest('li')!;
    const toggle = within(principal).getByText('来源');
    const details = toggle.closest('details')!;
    expect(details).not.toHaveAttribute('open');

    await user.click(toggle);
    expect(details).toHaveAttribute('open');
    expect(within(details).getAllByText(/妨害信用卡管理刑事案件/)[0]).toBeVisible();
    expect(within(details).getAllByText('司法解释（最高人民法院、最高人民检察院）')[0]).toBeVisible();
    expect(within(details).getAllByText('已对照条文原文核实')[0]).toBeVisible();

    await user.click(within(details).getAllByRole('button', { name: '查看条文' })[0]);
    expect(await within(details).findByText(/数额在五万元以上不满五十万元/)).toBeInTheDocument();
  });

  it('labels bank practice as practice, not law', async () => {
    const user = userEvent.setup();
    const id = await seed(debt());
    renderApp(`/debts/${id}`);
    const stage = await screen.findByRole('region', { name: '逾期阶段' });
    const bucket = within(stage)
      .getByText(/这笔属于 M7\+/)
      .closest('li')!;
    await user.click(within(bucket).getByText('来源'));
    expect(within(bucket).getByText('常见做法，不是法律规定')).toBeVisible();
    expect(within(bucket).getByText('未核实，仅供参考')).toBeVisible();
  });

  it('records a payment order and shows the objection deadline and days left', async () => {
    const user = userEvent.setup();
    const id = await seed(debt());
    renderApp(`/debts/${id}`);
    await user.click(await screen.findByRole('button', { name: '记法院文书' }));
    await user.type(screen.getByLabelText('收到文书或发生的日期'), daysAgo(9));
    await user.selectOptions(screen.getByLabelText('是什么'), 'payment-order-received');
    await user.click(screen.getByRole('button', { name: '保存这条记录' }));

    const civil = screen.getByRole('region', { name: '起诉、支付令和执行' });
    expect(await within(civil).findByText(/还剩 6 天/)).toBeInTheDocument();
    const events = await db.debtEvents.toArray();
    expect(events).toMatchObject([{ debtId: id, type: 'legal', kind: 'payment-order-received', date: daysAgo(9) }]);
    const timeline = screen.getByRole('region', { name: '接下来的日期' });
    expect(within(timeline).getByText(/^支付令书面异议的最后一天（异议要针对欠款本身/)).toBeInTheDocument();
    expect(within(civil).getByText(/只说还不起、要求延期或换一种还法，不能阻止支付令生效/)).toBeInTheDocument();
  });

  it('shows errors next to the fields and saves nothing when the event form is invalid', async () => {
    const user = userEvent.setup();
    const id = await seed(debt());
    renderApp(`/debts/${id}`);
    await user.click(await screen.findByRole('button', { name: '记一笔还款' }));
    await user.type(screen.getByLabelText('还款日期'), addDays(today, 3));
    await user.type(screen.getByLabelText('还款金额（元）'), '0');
    await user.click(screen.getByRole('button', { name: '保存这条记录' }));

    expect(screen.getByLabelText('还款日期')).toHaveAccessibleDescription(/这个日期还没到/);
    expect(screen.getByLabelText('还款金额（元）')).toHaveAccessibleDescription('还款金额要大于 0');
    expect(screen.getByText('有 2 处需要修改，见下方标红的地方。还没有保存。')).toBeInTheDocument();
    expect(await db.debtEvents.count()).toBe(0);
  });

  it('warns before recording an acknowledgement when the limitation period may have run out', async () => {
    const user = userEvent.setup();
    const id = await seed(debt({ firstMissedDue: daysAgo(4 * 365) }));
    renderApp(`/debts/${id}`);
    expect(await screen.findByText(/重要：你的诉讼时效可能已经届满/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '记承认欠款或还款计划' }));
    expect(screen.getByRole('note')).toHaveTextContent(/会失去时效抗辩/);
  });

  it('deletes an event with undo', async () => {
    const user = userEvent.setup();
    const id = await seed(debt(), [{ type: 'payment', date: daysAgo(20), amount: toFen(50_000), note: '' }]);
    renderApp(`/debts/${id}`);
    const events = await screen.findByRole('region', { name: '你记录的事件' });
    await user.click(within(events).getByRole('button', { name: /删除这条记录/ }));
    await waitFor(async () => expect(await db.debtEvents.count()).toBe(0));
    await user.click(await screen.findByRole('button', { name: '撤销' }));
    await waitFor(async () => expect(await db.debtEvents.count()).toBe(1));
  });
});

describe('deadlines on the home screen', () => {
  it('lists the nearest deadline first in plain words', async () => {
    await seed(debt({ lender: '甲银行' }), [
      { type: 'legal', date: daysAgo(9), kind: 'payment-order-received', note: '' },
    ]);
    await seed(debt({ lender: '乙银行', firstMissedDue: daysAgo(20) }));
    renderApp('/');
    const card = await screen.findByRole('region', { name: '最近的日期' });
    const items = await within(card).findAllByRole('link');
    expect(items[0]).toHaveTextContent('支付令异议期还剩 6 天');
    expect(items[0]).toHaveTextContent('甲银行');
    // Plain words, counted as the ledger counts: no bucket codes.
    expect(card).toHaveTextContent('还有 11 天逾期满 31 天');
    expect(card).not.toHaveTextContent(/进入 M|核销线/);
  });

  it('no longer shows a debt’s dates once it is deleted', async () => {
    const id = await seed(debt({ lender: '甲银行' }), [
      { type: 'legal', date: daysAgo(9), kind: 'payment-order-received', note: '' },
    ]);
    await deleteDebt(id);
    await seed(debt({ lender: '乙银行', firstMissedDue: daysAgo(20) }));
    renderApp('/');
    const card = await screen.findByRole('region', { name: '最近的日期' });
    await within(card).findAllByRole('link');
    expect(card).not.toHaveTextContent('支付令异议期');
  });
});

describe('the myths page', () => {
  it('corrects each common claim with sources', async () => {
    const user = userEvent.setup();
    renderApp('/law');
    expect(await screen.findByRole('heading', { name: '法律到底怎么说' })).toBeInTheDocument();
    const claims = screen.getAllByRole('heading', { level: 2 });
    expect(claims).toHaveLength(6);
    const jail = screen.getByRole('heading', { name: '欠信用卡 1 万元就会坐牢。' }).closest('li')!;
    expect(jail).toHaveTextContent(/5 万元以上/);
    await user.click(within(jail).getByText('来源'));
    expect(within(jail).getAllByText(/法释〔2018〕19号/)[0]).toBeVisible();
    expect(within(jail).getByText(/已于 2018年11月30日 失效/)).toBeVisible();

    // Interest: the 4×LPR cap is private lending's; what applies to licensed lenders.
    const lpr = screen.getByRole('heading', { name: /不能超过 LPR 四倍/ }).closest('li')!;
    expect(lpr).toHaveTextContent(/是民间借贷的上限/);
    expect(lpr).toHaveTextContent(/年利率 24% 的部分调减/);
    await user.click(within(lpr).getByText('来源'));
    expect(within(lpr).getAllByText(/法释〔2020〕27号/)[0]).toBeVisible();
    expect(within(lpr).getAllByText(/法发〔2017〕22号/)[0]).toBeVisible();
  });

  it('is reachable from the bottom navigation', async () => {
    const user = userEvent.setup();
    renderApp('/');
    await user.click(screen.getByRole('link', { name: '法律' }));
    expect(await screen.findByRole('heading', { name: '法律到底怎么说' })).toBeInTheDocument();
  });
});
