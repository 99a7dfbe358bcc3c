import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { beforeEach, describe, expect, it } from 'vitest';
import { PastePage, sharedText } from '../../../src/features/conduct/components/paste-page';
import { I18nProvider } from '../../../src/i18n/i18n';
import { sourceCatalogue } from '../../../src/i18n/source-catalogue';
import type { ShoreDb } from '../../../src/storage/db';
import { addDebt } from '../../../src/storage/repos/debts-repo';
import { makeDebtFields } from '../../../src/testing/factories';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

const SLOW = { timeout: 5000 };
const THREAT = '13912345678 2026-12-01 22:47\n【招商银行】你尾号1234的欠款再不还，就爆你通讯录，等着坐 牢吧！';

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});

async function pasteInto(text: string) {
  const user = userEvent.setup();
  const field = await screen.findByLabelText('收到的消息', undefined, SLOW);
  await user.click(field);
  await user.paste(text);
  return user;
}

describe('粘贴短信/微信', () => {
  it('opens from the contact log', async () => {
    const user = userEvent.setup();
    renderApp('/conduct');
    await user.click(await screen.findByRole('link', { name: '粘贴短信/微信' }, SLOW));
    expect(await screen.findByRole('heading', { level: 1, name: '粘贴短信/微信' }, SLOW)).toBeInTheDocument();
  });

  it('reads a threatening SMS, proposes the debt it names, and saves it in one tap with its findings', async () => {
    const cmb = await addDebt(makeDebtFields({ lender: '招商银行', last4: '1234' }));
    await addDebt(makeDebtFields({ lender: '中信银行', last4: '5678' }));
    renderApp('/conduct/paste');
    const user = await pasteInto(THREAT);

    const threat = await screen.findByRole('checkbox', { name: /威胁恐吓/ });
    expect(threat).toBeChecked();
    expect(screen.getByRole('checkbox', { name: /威胁告诉家人、同事或通讯录/ })).toBeChecked();
    // Each suggestion carries the words it came from, also marked in the message.
    expect(within(threat.closest('label') as HTMLElement).getByText('原话：“坐 牢”')).toBeInTheDocument();
    expect(screen.getAllByText('坐 牢', { selector: 'mark' })).toHaveLength(1);
    expect(screen.getByText('号码：13912345678', { exact: false })).toBeInTheDocument();
    // Proposed from the text and said so.
    expect(screen.getByRole('radio', { name: /招商银行/ })).toBeChecked();
    expect(screen.getByText('从消息里看出是这笔，请确认。')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: '保存 1 条记录' }));
    expect(await screen.findByRole('heading', { level: 1, name: /22:47 的记录/ }, SLOW)).toBeInTheDocument();
    const rows = await db.contacts.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      debtId: cmb,
      channel: 'sms',
      date: '2026-12-01',
      time: '22:47',
      fromNumber: '13912345678',
      party: 'debtor',
      flags: ['threatened'],
      quote: THREAT,
    });
    const findings = screen.getByRole('region', { name: '这次联系可能涉及的问题' });
    await waitFor(() => expect(within(findings).getByRole('heading', { name: '威胁、恐吓' })).toBeInTheDocument());
  });

  it('an anti-fraud notice that quotes collectors is said to be one, with nothing ticked', async () => {
    renderApp('/conduct/paste');
    await pasteInto('【中信银行】有不法分子冒充银行催收人员，以上门催收、影响子女升学等说法要求转账，请勿轻信。');
    expect(await screen.findByText(/这条看起来是银行或监管部门的防骗提醒/, undefined, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('checkbox', { name: /上门/ })).not.toBeInTheDocument();
    expect(screen.getByText(/这条没有读出问题/)).toBeInTheDocument();
  });

  it('removed suggestions are not ticked; without a proposal the debt must be picked', async () => {
    await addDebt(makeDebtFields({ lender: '招商银行' }));
    const other = await addDebt(makeDebtFields({ lender: '中信银行' }));
    renderApp('/conduct/paste');
    const user = await pasteInto('你再不还钱就等着坐牢，转到我的支付宝');
    await user.click(await screen.findByRole('checkbox', { name: /威胁恐吓/ }));
    expect(screen.getByText('消息里看不出是哪笔，请选一下。')).toBeInTheDocument();
    for (const radio of screen.getAllByRole('radio', { name: /银行|不关联/ })) expect(radio).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: '保存 1 条记录' }));
    expect(await screen.findByText('请选这几条消息是哪笔债务的（或“不关联债务”）。')).toBeInTheDocument();
    expect(await db.contacts.count()).toBe(0);

    await user.click(screen.getByRole('radio', { name: /中信银行/ }));
    await user.click(screen.getByRole('button', { name: '保存 1 条记录' }));
    await screen.findByRole('heading', { level: 1, name: /的记录/ }, SLOW);
    const [row] = await db.contacts.toArray();
    expect(row).toMatchObject({ debtId: other, flags: ['personal-account'] });
  });

  it('saves several pasted messages as one entry each', async () => {
    renderApp('/conduct/paste');
    const user = await pasteInto('13900000000 2026-12-01 10:00\n明天上门\n\n13900000000 2026-12-02 11:00\n你这个老赖');
    await user.click(await screen.findByRole('button', { name: '保存 2 条记录' }));
    await screen.findByRole('heading', { level: 1, name: '催收记录' }, SLOW);
    const rows = (await db.contacts.toArray()).sort((a, b) => a.date.localeCompare(b.date));
    expect(rows.map((r) => [r.quote, r.flags])).toEqual([
      ['13900000000 2026-12-01 10:00\n明天上门', ['threatened']],
      ['13900000000 2026-12-02 11:00\n你这个老赖', ['insulted']],
    ]);
  });

  it.each([
    ['', '还没有内容：请把收到的短信或微信粘贴到这里。'],
    ['催'.repeat(100_000), '内容太长（最多 20000 字）：请只粘贴催收的那几条消息。'],
    [
      'PK\u0003\u0004\u0000\u0000\u0014\u0000\u0008\u0000',
      '这看起来不是文字（可能是图片或文件的内容）：请复制消息的文字再粘贴。',
    ],
    [
      '<div><img src=x onerror="alert(1)">你再不还就坐牢</div>',
      '这看起来是网页代码，不是消息原文：请在短信或微信里直接复制消息的文字。',
    ],
  ])('refuses a bad paste with a message next to the field and saves nothing (%#)', async (text, message) => {
    renderApp('/conduct/paste');
    const field = await screen.findByLabelText('收到的消息', undefined, SLOW);
    const user = userEvent.setup();
    if (text) {
      await user.click(field);
      await user.paste(text);
    }
    await user.click(screen.getByRole('button', { name: /保存/ }));
    expect(await screen.findByText(message)).toBeInTheDocument();
    expect(field).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(document.querySelector('img')).toBeNull();
    expect(await db.contacts.count()).toBe(0);
  });
});

describe('a share from another app', () => {
  function Where() {
    const location = useLocation();
    return <output aria-label="address">{location.pathname + location.search}</output>;
  }

  it('takes title, text and url once each', () => {
    expect(sharedText('?title=短信&text=你再不还&url=')).toBe('短信\n你再不还');
    expect(sharedText('?text=你再不还就坐牢&title=你再不还')).toBe('你再不还就坐牢');
    expect(sharedText('')).toBeNull();
  });

  it('fills the field and removes the words from the address', async () => {
    const text = encodeURIComponent('明天上门找你');
    render(
      <I18nProvider initial={{ locale: 'zh-CN', catalogue: sourceCatalogue }}>
        <MemoryRouter initialEntries={[`/conduct/paste?title=&text=${text}`]}>
          <Routes>
            <Route path="/conduct/paste" element={<PastePage entryHref={(id) => `/e/${id}`} listHref="/conduct" />} />
          </Routes>
          <Where />
        </MemoryRouter>
      </I18nProvider>,
    );
    expect(await screen.findByLabelText('收到的消息')).toHaveValue('明天上门找你');
    expect(screen.getByText('已从分享带入，请核对。')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('address')).toHaveTextContent(/^\/conduct\/paste$/));
    expect(screen.getByRole('checkbox', { name: /扬言上门/ })).toBeChecked();
  });
});
