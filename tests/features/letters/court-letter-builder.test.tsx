import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import { toFen } from '../../../src/domain/money';
import type { ShoreDb } from '../../../src/storage/db';
import { addDebtEvent } from '../../../src/storage/repos/debt-events-repo';
import { addDebt } from '../../../src/storage/repos/debts-repo';
import { makeDebtFields } from '../../../src/testing/factories';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

const SLOW = { timeout: 5000 };
let db: ShoreDb;
let debtId: string;

beforeEach(async () => {
  db = await freshDb();
  debtId = await addDebt(
    makeDebtFields({
      lender: '示例银行',
      principal: toFen(1_000_000),
      firstMissedDue: isoDate('2025-11-30'),
    }),
  );
});

async function fillSender(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('你的姓名', undefined, SLOW), '李明');
  await user.type(screen.getByLabelText('身份证号码'), '110101199001011234');
  await user.type(screen.getByLabelText('联系方式'), '13800000000');
}

describe('court letters in the letter builder', { timeout: 60_000 }, () => {
  it('refuses an objection that only pleads inability to pay, explaining why next to the field', async () => {
    const user = userEvent.setup();
    renderApp(`/letters/new/payment-order-objection/${debtId}`);
    await fillSender(user);
    // The objection is addressed by its closing to the court, not to a 收信单位.
    expect(screen.queryByLabelText('收信单位')).not.toBeInTheDocument();
    expect(screen.getByLabelText('申请人（支付令上的债权人）')).toHaveValue('示例银行');
    await user.type(screen.getByLabelText('法院名称'), '北京市朝阳区人民法院');
    const caseNumber = screen.getByLabelText('案号');
    await user.type(caseNumber, '2026京民督123');
    expect(caseNumber).toHaveAccessibleDescription(/年份读不出来/);
    await user.clear(caseNumber);
    await user.type(caseNumber, '（２０２６）京0105民督123号');
    expect(caseNumber).not.toHaveAccessibleDescription(/读不出来/);
    await user.type(screen.getByLabelText('收到支付令的日期'), '2026-11-20');
    expect(screen.getByLabelText('收到支付令的日期')).toHaveAccessibleDescription(/最后一天是 2026年12月5日/);
    await user.type(screen.getByLabelText('事实与理由（用你自己的话写）'), '两笔还款没有计入。');

    await user.click(screen.getByLabelText('我现在没钱还'));
    await user.click(screen.getByLabelText('我想换一种还法（例如分期）'));
    const grounds = screen.getByRole('group', { name: '你对债务本身有什么异议（可多选）' });
    expect(within(grounds).getByRole('alert')).toHaveTextContent(/不影响支付令的效力（民事诉讼法解释第四百三十六条）/);
    expect(screen.queryByRole('button', { name: '保存这封信' })).not.toBeInTheDocument();
    expect(screen.getByTestId('missing-fields')).toHaveTextContent('对债务本身的异议');

    await user.click(screen.getByLabelText('利息、违约金或费用没有依据或太高'));
    expect(within(grounds).getByRole('alert')).toHaveTextContent('');
    await user.click(await screen.findByRole('button', { name: '保存这封信' }));
    const saved = (await db.letters.toArray()).find((l) => l.status === 'saved');
    expect(saved?.templateId).toBe('payment-order-objection');
    expect(saved?.input.court).toMatchObject({
      caseNumber: '（２０２６）京0105民督123号',
      objectionGrounds: ['cannot-pay', 'other-method', 'charges'],
      servedOn: '2026-11-20',
    });
    const text = JSON.stringify(saved?.document);
    expect(text).toContain('（2026）京0105民督123号');
    expect(text).toContain('计收依据和金额有异议');
    expect(text).not.toContain('没钱');
    expect(text).not.toContain('分期');
  });

  it('starts an objection from the 支付令 recorded on the debt: its case number and the day it was received', async () => {
    await addDebtEvent(debtId, {
      type: 'legal',
      date: isoDate('2026-11-20'),
      kind: 'payment-order-received',
      caseNumber: '（2026）京0105民督123号',
      note: '',
    });
    renderApp(`/letters/new/payment-order-objection/${debtId}`);
    expect(await screen.findByLabelText('案号', undefined, SLOW)).toHaveValue('（2026）京0105民督123号');
    expect(screen.getByLabelText('收到支付令的日期')).toHaveValue('2026-11-20');
  });

  it('takes the claim check’s sentences into the answer', async () => {
    const user = userEvent.setup();
    renderApp('/court/claim-check');
    await user.type(await screen.findByLabelText('主张计算到哪一天', undefined, SLOW), '2026-11-30');
    await user.type(screen.getByLabelText('主张的本金（元）'), '10000');
    await user.type(screen.getByLabelText('主张的利息（元）'), '2000');
    await user.type(screen.getByLabelText('主张的违约金（元）'), '800');
    await user.click(screen.getByRole('button', { name: '核对' }));
    await user.click(await screen.findByRole('button', { name: '写进答辩状' }));
    const sentences = await screen.findByTestId('claim-sentences', undefined, SLOW);
    expect(sentences).toHaveTextContent('原告主张的利息、违约金及各项费用合计2,800.00元');
    expect(screen.getByRole('heading', { level: 1, name: '民事答辩状（信用卡、贷款案件）' })).toBeInTheDocument();
    // The debt chosen on the claim check is the letter's debt.
    expect(screen.getByLabelText('这封信是关于哪笔债务')).toHaveValue(debtId);
  });

  it('opens the objection from the case-number reader with the number as read', async () => {
    const user = userEvent.setup();
    renderApp('/court/case-number');
    await user.type(await screen.findByLabelText('案号', undefined, SLOW), '(2026) 京0105民督 123号');
    await user.click(screen.getByRole('button', { name: '读一读' }));
    await user.click(await screen.findByRole('button', { name: '写支付令异议书' }));
    expect(await screen.findByLabelText('案号', undefined, SLOW)).toHaveValue('（2026）京0105民督123号');
    expect(screen.getAllByRole('heading', { level: 1, name: '支付令异议书' })).toHaveLength(2);
  });
});
