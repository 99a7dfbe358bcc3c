import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { localTime } from '../../../src/domain/conduct/contact';
import { isoDate } from '../../../src/domain/dates';
import { toFen } from '../../../src/domain/money';
import type { ShoreDb } from '../../../src/storage/db';
import { addContact } from '../../../src/storage/repos/contacts-repo';
import { addDebt } from '../../../src/storage/repos/debts-repo';
import { makeContactFields, makeDebtFields } from '../../../src/testing/factories';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

/** Lazy routes and live queries can take more than the default second on a loaded CI machine. */
const SLOW = { timeout: 5000 };

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});

async function seedDebt(): Promise<string> {
  return addDebt(
    makeDebtFields({
      lender: '示例银行信用卡中心',
      last4: '6789',
      principal: toFen(3_000_000),
      firstMissedDue: isoDate('2026-01-05'),
    }),
  );
}

describe('the contact log', () => {
  it('pages through a long log, newest first, 50 at a time', async () => {
    const user = userEvent.setup();
    for (let i = 0; i < 120; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      await addContact(
        makeContactFields({
          date: isoDate(`2026-02-${day}`),
          time: localTime(`${String(8 + (i % 12)).padStart(2, '0')}:00`),
        }),
      );
    }
    renderApp('/conduct');
    expect(await screen.findByRole('heading', { name: '全部记录（120 条）' }, SLOW)).toBeInTheDocument();
    const list = () => within(screen.getByRole('region', { name: '全部记录（120 条）' })).getAllByRole('link');
    await waitFor(() => expect(list()).toHaveLength(50));
    expect(list()[0]).toHaveTextContent('2026年2月28日 19:00');
    await user.click(screen.getByRole('button', { name: '显示更多' }));
    await waitFor(() => expect(list()).toHaveLength(100));
    await user.click(screen.getByRole('button', { name: '显示更多' }));
    await waitFor(() => expect(list()).toHaveLength(120));
    expect(screen.queryByRole('button', { name: '显示更多' })).not.toBeInTheDocument();
  });

  it('shows the rule check over the whole log, with force and sources', async () => {
    await addContact(makeContactFields({ time: localTime('23:10'), flags: ['claimed-authority'] }));
    renderApp('/conduct');
    expect(await screen.findByRole('heading', { name: '发现 2 个可能的问题' }, SLOW)).toBeInTheDocument();
    const card = screen.getByRole('heading', { name: '冒充公安、法院或政府' }).closest('article')!;
    expect(within(card).getAllByText('法律').length).toBeGreaterThan(0);
    expect(within(card).getByText(/《中华人民共和国刑法》第二百七十九条/)).toBeInTheDocument();
    const night = screen.getByRole('heading', { name: '晚上 22 点到早上 8 点之间催收' }).closest('article')!;
    expect(within(night).getAllByText('行业自律').length).toBeGreaterThan(0);
    expect(screen.getByText('2 个问题')).toBeInTheDocument();
  });

  it('deletes an entry with its files and brings both back with undo', async () => {
    const user = userEvent.setup();
    const id = await addContact(makeContactFields({ quote: '要删的记录' }), [
      {
        name: 'a.png',
        type: 'image/png',
        size: 3,
        arrayBuffer: () => Promise.resolve(new TextEncoder().encode('abc').buffer),
      },
    ]);
    renderApp(`/conduct/entries/${id}`);
    expect(await screen.findByText('要删的记录', undefined, SLOW)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '删除' }));
    await user.click(screen.getByRole('button', { name: '确定删除' }));
    expect(await screen.findByText('已删除这条记录', undefined, SLOW)).toBeInTheDocument();
    expect(await db.contacts.count()).toBe(0);
    expect(await db.attachments.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: '撤销' }));
    await waitFor(async () => expect(await db.attachments.count()).toBe(1));
    expect(await db.contacts.count()).toBe(1);
  });
});

describe('background context', () => {
  it('saves the context of a debt, and the check uses it', async () => {
    const user = userEvent.setup();
    const debtId = await seedDebt();
    await addContact(makeContactFields({ debtId, agency: '某某资产管理公司' }));
    renderApp('/conduct/context');
    const group = await screen.findByRole('group', { name: '债权人有没有事先告诉你，已把催收交给外部公司？' }, SLOW);
    await user.click(within(group).getByRole('radio', { name: '没有' }));
    await user.click(screen.getByRole('checkbox', { name: '已经和银行签了个性化分期还款协议' }));
    await user.type(screen.getByLabelText('协议开始日期'), '2026-02-01');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('已保存背景情况', undefined, SLOW)).toBeInTheDocument();
    expect(await db.conductContexts.get(debtId)).toMatchObject({
      outsourcingNotice: 'no',
      agreement: { from: '2026-02-01', to: null, keptUp: true },
    });

    await user.click(screen.getByRole('link', { name: '催收' }));
    expect(await screen.findByRole('heading', { name: '委托外部公司催收前没有告诉你' }, SLOW)).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: '分期协议履行期间仍在催收' })).toBeInTheDocument();
  });

  it('takes a debt’s creditor type from its kind in the ledger', async () => {
    await addDebt(makeDebtFields({ lender: '示例消费金融有限公司', creditorType: 'consumer-finance' }));
    renderApp('/conduct/context');
    expect(await screen.findByTestId('context-creditor-type', undefined, SLOW)).toHaveTextContent(
      '按债务清单里这笔债务的种类检查：消费金融公司。',
    );
    expect(screen.queryByRole('radio', { name: '网络贷款（网贷平台、网络小贷）' })).not.toBeInTheDocument();
  });

  it('refuses an agreement that ends before it starts', async () => {
    const user = userEvent.setup();
    renderApp('/conduct/context');
    await user.click(await screen.findByRole('checkbox', { name: '已经和银行签了个性化分期还款协议' }, SLOW));
    await user.type(screen.getByLabelText('协议开始日期'), '2026-03-01');
    await user.type(screen.getByLabelText('协议结束日期（还在履行就留空）'), '2026-02-01');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(/结束日期不能早于开始日期/, undefined, SLOW)).toBeInTheDocument();
    expect(await db.conductContexts.count()).toBe(0);
  });
});

describe('my rights', () => {
  it('lists what collectors may and may not do, each with its basis', async () => {
    renderApp('/conduct/rights');
    expect(await screen.findByRole('heading', { level: 1, name: '我的权利' }, SLOW)).toBeInTheDocument();
    for (const section of [
      '催收不可以做的',
      '催收可以做的',
      '收到文书，先核实',
      '电话里可以这样说',
      '你不要做的',
      '网上常见的错误说法',
    ]) {
      expect(screen.getByRole('heading', { level: 2, name: section })).toBeInTheDocument();
    }
    const night = screen.getByText('晚上 22 点到早上 8 点不催收').closest('div')!;
    expect(within(night).getAllByText('行业自律').length).toBeGreaterThan(0);
    expect(within(night).getByText(/《金融机构个人消费类贷款催收工作指引（试行）》/)).toBeInTheDocument();
    const court = screen.getByText('收到“法院传票”“起诉通知”').closest('div')!;
    expect(within(court).getByText(/12368/)).toBeInTheDocument();
    expect(within(court).getByText('常见做法，有多个来源印证')).toBeInTheDocument();
    const myth = screen.getByText('错误：“银行暴力催收构成催收非法债务罪”').closest('div')!;
    expect(within(myth).getByText(/第二百九十三条之一/)).toBeInTheDocument();
  });

  it('shows, for a consumer-finance company, its own rules and not the banks’', async () => {
    const user = userEvent.setup();
    renderApp('/conduct/rights');
    expect(await screen.findByRole('heading', { level: 1, name: '我的权利' }, SLOW)).toBeInTheDocument();
    // By default every item is shown, the card measures' too.
    expect(screen.getByText('可以寄催收函')).toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '消费金融公司' }));
    expect(screen.queryByText('可以寄催收函')).not.toBeInTheDocument();
    expect(screen.queryByText('银行可以委托外部公司催收，但要事先告诉你')).not.toBeInTheDocument();
    expect(screen.getByText('消费金融公司的催收记录至少保存 5 年')).toBeInTheDocument();
    const others = screen.getByText('消费金融公司可以委托催收机构，但要告诉你是哪家').closest('div')!;
    expect(within(others).getByText(/《消费金融公司管理办法》/)).toBeInTheDocument();
    const collecting = screen.getByText('不能找无关的人要钱').closest('div')!;
    expect(within(collecting).getAllByText('适用于消费金融公司').length).toBeGreaterThan(0);
    expect(within(collecting).queryByText(/信用卡办法第六十八条/)).not.toBeInTheDocument();
  });
});

describe('complaint packet', () => {
  it('builds the letters in escalation order and previews them for printing', async () => {
    const user = userEvent.setup();
    const debtId = await seedDebt();
    await addContact(
      makeContactFields({ debtId, time: localTime('22:40'), flags: ['threatened'], quote: '明天去你单位' }),
    );
    await addContact(
      makeContactFields({
        debtId,
        channel: 'sms',
        party: 'family',
        partyName: '妈妈',
        flags: ['told-someone-else'],
        time: localTime('15:00'),
      }),
    );
    renderApp('/conduct/packet');
    expect(await screen.findByRole('checkbox', { name: /威胁、恐吓/ }, SLOW)).toBeChecked();
    expect(screen.getByLabelText('债权人名称')).toHaveValue('示例银行信用卡中心');
    const parts = await screen.findByRole('group', { name: '查看和打印' });
    expect(
      within(parts)
        .getAllByRole('radio')
        .map((r) => r.closest('label')!.textContent),
      // Numbered in sending order, with no gap where the 12363 letter is left out.
    ).toEqual(['全部材料', '情况摘要', '证据清单', '① 致银行', '② 致 12378', '③ 报警 110']);
    await user.click(within(parts).getByRole('radio', { name: '① 致银行' }));
    expect(screen.getAllByText('示例银行信用卡中心客户投诉部门：').length).toBeGreaterThan(0);
    expect(screen.getByRole('button', { name: '打印 / 存为 PDF' })).toBeInTheDocument();

    // Without the threat there is nothing for the police: the 110 view falls back to everything.
    await user.click(within(parts).getByRole('radio', { name: '③ 报警 110' }));
    expect(screen.getAllByText('报警情况说明').length).toBeGreaterThan(0);
    await user.click(screen.getByRole('checkbox', { name: /威胁、恐吓/ }));
    await waitFor(() => expect(within(parts).queryByRole('radio', { name: /报警 110/ })).not.toBeInTheDocument());
    expect(within(parts).getByRole('radio', { name: '全部材料' })).toBeChecked();
  });

  it('warns first and leaves out the offer to negotiate when the limitation period may have run out', async () => {
    const user = userEvent.setup();
    // Missed in 2021, nothing since: the 3-year period may have run out.
    const debtId = await addDebt(
      makeDebtFields({
        lender: '示例银行信用卡中心',
        principal: toFen(3_000_000),
        firstMissedDue: isoDate('2021-03-05'),
      }),
    );
    await addContact(makeContactFields({ debtId, time: localTime('22:40'), flags: ['threatened'] }));
    renderApp('/conduct/packet');
    const warning = await screen.findByRole('alert', undefined, SLOW);
    expect(warning).toHaveTextContent('诉讼时效可能已经届满');
    expect(warning).toHaveTextContent('第十九条');
    const parts = await screen.findByRole('group', { name: '查看和打印' });
    await user.click(within(parts).getByRole('radio', { name: '① 致银行' }));
    const letter = screen.getAllByText(/提出以下投诉。/).at(-1)!;
    expect(letter.textContent).not.toContain('愿意就欠款');
    await user.click(within(warning).getByRole('checkbox'));
    await waitFor(() => expect(screen.getAllByText(/本人愿意就欠款与贵行协商解决/).length).toBeGreaterThan(0));
  });

  it('offers to negotiate, with no warning, while the limitation period runs', async () => {
    const user = userEvent.setup();
    const debtId = await seedDebt();
    await addContact(makeContactFields({ debtId, time: localTime('22:40'), flags: ['threatened'] }));
    renderApp('/conduct/packet');
    const parts = await screen.findByRole('group', { name: '查看和打印' }, SLOW);
    await user.click(within(parts).getByRole('radio', { name: '① 致银行' }));
    expect(screen.getAllByText(/本人愿意就欠款与贵行协商解决/).length).toBeGreaterThan(0);
    expect(screen.queryByText(/诉讼时效可能已经届满/)).not.toBeInTheDocument();
  });

  it('says so when the log gives nothing to complain about', async () => {
    await addContact(makeContactFields({}));
    renderApp('/conduct/packet');
    expect(
      await screen.findByText('这笔债务的记录里没有发现问题，暂时不需要投诉材料。', undefined, SLOW),
    ).toBeInTheDocument();
  });
});
