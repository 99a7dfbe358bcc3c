import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';
import { addDebt } from '../../../src/storage/repos/debts-repo';
import { addDebtEvent } from '../../../src/storage/repos/debt-events-repo';
import { isoDate } from '../../../src/domain/dates';
import { makeDebtFields } from '../../../src/testing/factories';

const SLOW = { timeout: 5000 };

beforeEach(async () => {
  await freshDb();
});

describe('enforcement explained', () => {
  it('shows today’s rules topic by topic, each statement with its sources', async () => {
    const user = userEvent.setup();
    renderApp('/court/enforcement');
    expect(
      await screen.findByRole('heading', { level: 1, name: '强制执行：能做什么，不能做什么' }, SLOW),
    ).toBeInTheDocument();
    const dishonest = screen.getByRole('region', { name: '失信被执行人名单' });
    expect(within(dishonest).getByText(/只有第一种“有履行能力而拒不履行”看你有没有能力还款/)).toBeInTheDocument();
    expect(within(dishonest).getByText('下面按 2017年5月1日 起施行的规定。')).toBeInTheDocument();
    const limits = screen.getByRole('region', { name: '强制执行不能做什么' });
    expect(within(limits).getByText(/还不起不是犯罪/)).toBeInTheDocument();
    const report = screen.getByRole('region', { name: '报告财产的义务' });
    await user.click(within(report).getAllByText('出处')[0]);
    expect(within(report).getAllByText(/《中华人民共和国民事诉讼法》 第二百五十二条/)[0]).toBeVisible();
  });

  it('reads a listing or ban of a past day under the text in force that day', async () => {
    renderApp('/court/enforcement');
    const field = await screen.findByLabelText('限制消费或列入失信名单的日期（可选）', undefined, SLOW);
    fireEvent.change(field, { target: { value: '2015-03-01' } });
    const dishonest = screen.getByRole('region', { name: '失信被执行人名单' });
    expect(within(dishonest).getByText(/2017 年 5 月 1 日以前的规定/)).toBeInTheDocument();
    expect(within(dishonest).queryByText(/只有第一种/)).toBeNull();
    const ban = screen.getByRole('region', { name: '限制消费（限高）' });
    expect(within(ban).getByText(/2015 年 7 月 22 日以前的规定/)).toBeInTheDocument();
    expect(within(ban).queryByText(/G字头/)).toBeNull();
    fireEvent.change(field, { target: { value: '2009-01-01' } });
    expect(
      within(screen.getByRole('region', { name: '限制消费（限高）' })).getByText('这一天还没有这项规定。'),
    ).toBeInTheDocument();
  });

  it('is linked from the law page, the rights page and a debt with a judgment', async () => {
    const user = userEvent.setup();
    const view = renderApp('/law');
    expect(await screen.findByRole('link', { name: '强制执行：能做什么，不能做什么' }, SLOW)).toHaveAttribute(
      'href',
      '/court/enforcement',
    );
    view.unmount();
    const rights = renderApp('/conduct/rights');
    expect(await screen.findByRole('link', { name: '强制执行：能做什么，不能做什么' }, SLOW)).toBeInTheDocument();
    rights.unmount();

    const id = await addDebt(makeDebtFields());
    renderApp(`/debts/${id}`);
    await screen.findByRole('heading', { name: '法律上现在是什么情况' }, SLOW);
    expect(screen.queryByRole('link', { name: '强制执行能做什么、不能做什么' })).toBeNull();
    await addDebtEvent(id, { type: 'legal', date: isoDate('2026-01-10'), kind: 'judgment-received', note: '' });
    const link = await screen.findByRole('link', { name: '强制执行能做什么、不能做什么' }, SLOW);
    await user.click(link);
    expect(
      await screen.findByRole('heading', { level: 1, name: '强制执行：能做什么，不能做什么' }, SLOW),
    ).toBeInTheDocument();
  });
});
