import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import type { ShoreDb } from '../../../src/storage/db';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});

describe('adding a debt', () => {
  it('saves a debt typed into the form and shows it in the ledger', async () => {
    const user = userEvent.setup();
    renderApp('/debts/new');
    await user.type(await screen.findByLabelText('银行或借款机构'), '示例银行信用卡中心');
    await user.type(screen.getByLabelText('卡号后四位（可选）'), '6789');
    await user.type(screen.getByLabelText('透支本金（元）'), '48,000.50');
    await user.type(screen.getByLabelText('利息（元）'), '1200');
    await user.type(screen.getByLabelText('首次逾期日'), '2026-01-05');
    await user.click(screen.getByRole('button', { name: '保存' }));

    // Lands on the new debt's detail page.
    expect(await screen.findByRole('heading', { name: /示例银行信用卡中心/ })).toBeInTheDocument();
    const rows = await db.debts.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      lender: '示例银行信用卡中心',
      last4: '6789',
      principal: 4_800_050,
      interest: 120_000,
      fees: 0,
    });
    expect(screen.getByText('¥49,200.50')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: '债务' }));
    expect(await screen.findByText('示例银行信用卡中心')).toBeInTheDocument();
    expect(screen.getByText('合计欠款')).toBeInTheDocument();
  });

  it('asks a loan for the lender in the contract, its number and 借款本金, not card digits or a limit', async () => {
    const user = userEvent.setup();
    renderApp('/debts/new');
    await user.selectOptions(await screen.findByLabelText('这是哪种欠款'), 'online-lender');
    expect(screen.queryByLabelText('卡号后四位（可选）')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('信用额度（元，可选）')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('透支本金（元）')).not.toBeInTheDocument();
    expect(screen.queryByLabelText('最低还款额（元，可选）')).not.toBeInTheDocument();
    await user.type(screen.getByLabelText('贷款机构名称'), '示例小额贷款有限公司');
    await user.type(screen.getByLabelText('借款合同编号或借据号（可选）'), 'JK-2026-000123');
    await user.type(screen.getByLabelText('借款本金（元）'), '8000');
    await user.type(screen.getByLabelText('每期应还金额（元，可选）'), '700');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByRole('heading', { name: /示例小额贷款有限公司/ })).toBeInTheDocument();
    expect(screen.getByText('借款本金')).toBeInTheDocument();
    expect(screen.getByText('JK-2026-000123')).toBeInTheDocument();
    expect(screen.queryByText('透支本金')).not.toBeInTheDocument();
    expect(screen.queryByText('信用额度')).not.toBeInTheDocument();
    expect((await db.debts.toArray())[0]).toMatchObject({
      creditorType: 'online-lender',
      loanNumber: 'JK-2026-000123',
      last4: '',
      creditLimit: null,
      principal: 800_000,
      minimumPayment: 70_000,
    });
  });

  it('rejects a bad amount with its message next to the field and saves nothing', async () => {
    const user = userEvent.setup();
    renderApp('/debts/new');
    await user.type(await screen.findByLabelText('银行或借款机构'), '示例银行');
    await user.type(screen.getByLabelText('透支本金（元）'), '12.345');
    await user.type(screen.getByLabelText('利息（元）'), '-3');
    await user.type(screen.getByLabelText('卡号后四位（可选）'), '12a');
    await user.click(screen.getByRole('button', { name: '保存' }));

    const principal = screen.getByLabelText('透支本金（元）');
    expect(principal).toHaveAttribute('aria-invalid', 'true');
    expect(principal).toHaveAccessibleDescription(/金额最多两位小数/);
    expect(screen.getByLabelText('利息（元）')).toHaveAccessibleDescription('金额不能是负数');
    expect(screen.getByLabelText('卡号后四位（可选）')).toHaveAccessibleDescription('请填卡号最后 4 位数字，或者留空');
    expect(screen.getByText('有 3 处需要修改，见下方标红的地方。还没有保存。')).toBeInTheDocument();
    expect(await db.debts.count()).toBe(0);
  });

  it('rejects a first missed due date in the future', async () => {
    const user = userEvent.setup();
    renderApp('/debts/new');
    await user.type(await screen.findByLabelText('银行或借款机构'), '示例银行');
    await user.type(screen.getByLabelText('透支本金（元）'), '100');
    await user.type(screen.getByLabelText('首次逾期日'), '2999-01-01');
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByLabelText('首次逾期日')).toHaveAccessibleDescription(/这个日期还没到/);
    expect(await db.debts.count()).toBe(0);
  });
});

describe('editing and deleting', () => {
  it('edits a debt, then deletes it and brings it back with undo', async () => {
    const user = userEvent.setup();
    renderApp('/debts/new');
    await user.type(await screen.findByLabelText('银行或借款机构'), '甲银行');
    await user.type(screen.getByLabelText('透支本金（元）'), '1000');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByRole('heading', { name: /甲银行/ });

    await user.click(screen.getByRole('link', { name: '修改' }));
    const principal = await screen.findByLabelText('透支本金（元）');
    expect(principal).toHaveValue('1000.00');
    await user.clear(principal);
    await user.type(principal, '900');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await waitFor(async () => expect((await db.debts.toArray())[0]?.principal).toBe(90_000));

    await user.click(await screen.findByRole('button', { name: '删除' }));
    await user.click(screen.getByRole('button', { name: '确定删除' }));
    expect(await screen.findByText('已删除“甲银行”')).toBeInTheDocument();
    expect(await db.debts.count()).toBe(0);
    await user.click(screen.getByRole('button', { name: '撤销' }));
    await waitFor(async () => expect(await db.debts.count()).toBe(1));
    expect((await db.debts.toArray())[0]).toMatchObject({ lender: '甲银行', principal: 90_000 });
  });
});
