import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

const SLOW = { timeout: 5000 };

beforeEach(async () => {
  await freshDb();
});

describe('read a case number', () => {
  it('reads full-width input part by part and says how to check it', async () => {
    const user = userEvent.setup();
    renderApp('/court/case-number');
    const field = await screen.findByLabelText('案号', undefined, SLOW);
    await user.type(field, '（２０２６）京０１０５民督 88 号');
    await user.click(screen.getByRole('button', { name: '读一读' }));
    const result = await screen.findByRole('region', { name: '读出来的内容' });
    expect(within(result).getByText('（2026）京0105民督88号')).toBeInTheDocument();
    expect(within(result).getByText('法院：北京的一家基层人民法院（代字 京0105）')).toBeInTheDocument();
    expect(within(result).getByText(/督促程序（支付令）：收到支付令之日起 15 日内/)).toBeInTheDocument();
    expect(within(result).getByText('格式上没有发现对不上的地方。')).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '怎样核实' })).toHaveTextContent('12368');
  });

  it('flags a criminal code and a future year, without calling the paper fake', async () => {
    const user = userEvent.setup();
    renderApp('/court/case-number');
    await user.type(await screen.findByLabelText('案号', undefined, SLOW), '（2031）京0105刑初1号');
    await user.click(screen.getByRole('button', { name: '读一读' }));
    const result = await screen.findByRole('region', { name: '读出来的内容' });
    expect(within(result).getByText(/年份在今年之后/)).toBeInTheDocument();
    expect(within(result).getByText(/这是刑事案件的代字/)).toBeInTheDocument();
    expect(result.textContent).not.toMatch(/假的|伪造/);
  });

  it('names the part it cannot read, next to the field', async () => {
    const user = userEvent.setup();
    renderApp('/court/case-number');
    const field = await screen.findByLabelText('案号', undefined, SLOW);
    await user.type(field, '（2026）京010民初1号');
    await user.click(screen.getByRole('button', { name: '读一读' }));
    expect(field).toHaveAccessibleDescription(/法院代字读不出来/);
    expect(screen.queryByRole('region', { name: '读出来的内容' })).not.toBeInTheDocument();
  });
});
