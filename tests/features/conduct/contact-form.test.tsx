import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
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

const SHA_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

describe('logging a contact', () => {
  it('saves a night call with a threat in four taps and shows its findings right away', async () => {
    const user = userEvent.setup();
    renderApp('/conduct/new');
    const time = await screen.findByLabelText('时间', undefined, SLOW);
    // Date and time default to now; the person was the one contacted.
    expect(screen.getByLabelText('日期')).toHaveValue(new Date().toLocaleDateString('sv-SE'));
    expect(screen.getByRole('radio', { name: '我本人' })).toBeChecked();
    fireEvent.change(time, { target: { value: '22:30' } });

    await user.click(screen.getByRole('radio', { name: '接通的电话' }));
    await user.click(screen.getByRole('checkbox', { name: '威胁、恐吓' }));
    await user.type(screen.getByLabelText('对方说的关键一句话（原话）'), '不还钱就去你单位');
    await user.click(screen.getByRole('button', { name: '保存' }));

    expect(await screen.findByRole('heading', { level: 1, name: /22:30 的记录/ }, SLOW)).toBeInTheDocument();
    const rows = await db.contacts.toArray();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      channel: 'call-answered',
      party: 'debtor',
      time: '22:30',
      flags: ['threatened'],
      quote: '不还钱就去你单位',
    });

    const findings = screen.getByRole('region', { name: '这次联系可能涉及的问题' });
    await waitFor(() => expect(within(findings).getByRole('heading', { name: '威胁、恐吓' })).toBeInTheDocument());
    expect(within(findings).getByRole('heading', { name: '晚上 22 点到早上 8 点之间催收' })).toBeInTheDocument();
    expect(within(findings).getAllByText('法律').length).toBeGreaterThan(0);
  });

  it('says nothing is wrong with an ordinary daytime call', async () => {
    const user = userEvent.setup();
    renderApp('/conduct/new');
    fireEvent.change(await screen.findByLabelText('时间', undefined, SLOW), { target: { value: '10:00' } });
    await user.click(screen.getByRole('radio', { name: '接通的电话' }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText('按目前的规则，这次联系没有发现问题。', undefined, SLOW)).toBeInTheDocument();
  });

  it('asks how they got in touch before saving, next to the choice, and saves nothing', async () => {
    const user = userEvent.setup();
    renderApp('/conduct/new');
    await user.click(await screen.findByRole('button', { name: '保存' }, SLOW));
    expect(screen.getByText('有 1 处需要修改，见下方标红的地方。还没有保存。')).toBeInTheDocument();
    expect(screen.getByText('请选择或填写这一项')).toBeInTheDocument();
    expect(screen.getByRole('group', { name: '怎么联系的' })).toHaveAccessibleDescription('请选择或填写这一项');
    expect(screen.getByRole('group', { name: '怎么联系的' })).toHaveAttribute('aria-invalid', 'true');
    expect(await db.contacts.count()).toBe(0);
  });

  it('rejects a date after today', async () => {
    const user = userEvent.setup();
    renderApp('/conduct/new');
    fireEvent.change(await screen.findByLabelText('日期', undefined, SLOW), { target: { value: '2999-01-01' } });
    await user.click(screen.getByRole('radio', { name: '短信' }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(screen.getByLabelText('日期')).toHaveAccessibleDescription('日期不能晚于今天');
    expect(await db.contacts.count()).toBe(0);
  });

  it('asks who exactly and offers the third-party ticks when someone else was contacted', async () => {
    const user = userEvent.setup();
    renderApp('/conduct/new');
    await user.click(await screen.findByRole('radio', { name: '短信' }, SLOW));
    expect(screen.queryByLabelText('具体是谁（可选）')).not.toBeInTheDocument();
    await user.click(screen.getByRole('radio', { name: '家人' }));
    await user.type(screen.getByLabelText('具体是谁（可选）'), '妈妈');
    await user.click(screen.getByRole('checkbox', { name: '把欠款告诉了别人' }));
    await user.click(screen.getByRole('checkbox', { name: '这个人明确说了不要再联系' }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByRole('heading', { level: 1 }, SLOW);
    expect(await db.contacts.toArray()).toMatchObject([
      { party: 'family', partyName: '妈妈', flags: ['told-someone-else', 'asked-not-to-contact'] },
    ]);
    expect(await screen.findByRole('heading', { name: '把你的欠款告诉了别人' }, SLOW)).toBeInTheDocument();
  });

  it('counts missed calls from the call log', async () => {
    const user = userEvent.setup();
    renderApp('/conduct/new');
    fireEvent.change(await screen.findByLabelText('时间', undefined, SLOW), { target: { value: '11:00' } });
    await user.click(screen.getByRole('radio', { name: '未接来电' }));
    const attempts = screen.getByLabelText('未接来电次数');
    await user.clear(attempts);
    await user.type(attempts, '7');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByRole('heading', { level: 1 }, SLOW);
    expect((await db.contacts.toArray())[0].attempts).toBe(7);
    expect(
      await screen.findByRole('heading', { name: '同一号码一天内未接通还打了超过 6 次' }, SLOW),
    ).toBeInTheDocument();
    expect(screen.getAllByText(/不是禁止性规定/).length).toBeGreaterThan(0);
  });

  it('keeps a picked file on the device with its SHA-256', async () => {
    const user = userEvent.setup();
    renderApp('/conduct/new');
    await user.click(await screen.findByRole('radio', { name: '短信' }, SLOW));
    const input = screen.getByLabelText('添加文件');
    await user.upload(input, new File(['abc'], '截图.png', { type: 'image/png' }));
    expect(screen.getByText('截图.png')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '保存' }));
    expect(await screen.findByText(`SHA-256：${SHA_ABC}`, undefined, SLOW)).toBeInTheDocument();
    expect(await db.attachments.toArray()).toMatchObject([
      { name: '截图.png', mimeType: 'image/png', size: 3, sha256: SHA_ABC },
    ]);
  });

  it('refuses a whole batch with an oversized file, naming it, and keeps nothing of it', async () => {
    const user = userEvent.setup();
    renderApp('/conduct/new');
    await user.click(await screen.findByRole('radio', { name: '短信' }, SLOW));
    const big = new File(['x'], '长录音.m4a', { type: 'audio/mp4' });
    Object.defineProperty(big, 'size', { value: 100 * 1024 * 1024 + 1 });
    await user.upload(screen.getByLabelText('添加文件'), [new File(['abc'], '截图.png', { type: 'image/png' }), big]);
    expect(
      screen.getByText('“长录音.m4a”超过 100 MB，这次选的文件都没有加入。请去掉这个文件再选。'),
    ).toBeInTheDocument();
    expect(screen.queryByText('截图.png')).not.toBeInTheDocument();
  });

  it('keeps picked files apart after one is removed and picked again', async () => {
    const user = userEvent.setup();
    renderApp('/conduct/new');
    await user.click(await screen.findByRole('radio', { name: '短信' }, SLOW));
    const input = screen.getByLabelText('添加文件');
    const a = new File(['a'], 'a.png', { type: 'image/png', lastModified: 1 });
    const b = new File(['b'], 'b.png', { type: 'image/png', lastModified: 2 });
    await user.upload(input, [a, b]);
    await user.click(screen.getByRole('button', { name: '移除 a.png' }));
    await user.upload(input, b);
    expect(screen.getAllByText('b.png')).toHaveLength(2);
    await user.click(screen.getAllByRole('button', { name: '移除 b.png' })[0]);
    expect(screen.getAllByText('b.png')).toHaveLength(1);
  });
});

describe('which debt a contact belongs to', () => {
  async function seedTwoBanks() {
    const ccb = await addDebt(makeDebtFields({ lender: '建设银行', last4: '1111' }));
    const cmb = await addDebt(makeDebtFields({ lender: '招商银行', last4: '2222' }));
    // 招行 was logged last, so it is offered first even though 建行 was entered first.
    await addContact(makeContactFields({ debtId: ccb, date: isoDate('2026-03-01') }));
    await addContact(makeContactFields({ debtId: cmb, date: isoDate('2026-03-05') }));
    return { ccb, cmb };
  }

  it('chooses no debt by itself, lists the most recently logged first, and saves nothing until one is chosen', async () => {
    const user = userEvent.setup();
    const { cmb } = await seedTwoBanks();
    renderApp('/conduct/new');
    const select = await screen.findByLabelText('哪一笔债务', undefined, SLOW);
    expect(select).toHaveValue('');
    expect(
      within(select)
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['请选择……', '招商银行 · 尾号 2222', '建设银行 · 尾号 1111', '未关联债务']);

    await user.click(screen.getByRole('radio', { name: '接通的电话' }));
    await user.click(screen.getByRole('button', { name: '保存' }));
    const message = '请选择这次催收是为了哪一笔债务；都不是的话，选“未关联债务”。';
    expect(screen.getByText(message)).toBeInTheDocument();
    expect(select).toHaveAccessibleDescription(expect.stringContaining(message));
    expect(select).toHaveAttribute('aria-invalid', 'true');
    expect(await db.contacts.count()).toBe(2);

    await user.selectOptions(select, '招商银行 · 尾号 2222');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByRole('heading', { level: 1, name: /的记录/ }, SLOW);
    const saved = (await db.contacts.toArray()).filter((c) => c.date !== '2026-03-01' && c.date !== '2026-03-05');
    expect(saved).toHaveLength(1);
    expect(saved[0].debtId).toBe(cmb);
  });

  it('saves an entry linked to no debt only when that is chosen', async () => {
    const user = userEvent.setup();
    await seedTwoBanks();
    renderApp('/conduct/new');
    const select = await screen.findByLabelText('哪一笔债务', undefined, SLOW);
    await user.click(screen.getByRole('radio', { name: '短信' }));
    await user.selectOptions(select, '未关联债务');
    await user.click(screen.getByRole('button', { name: '保存' }));
    await screen.findByRole('heading', { level: 1, name: /的记录/ }, SLOW);
    const rows = await db.contacts.toArray();
    expect(rows.filter((c) => c.channel === 'sms').map((c) => c.debtId)).toEqual(['']);
  });

  it('shows a saved entry’s choice when it is edited, “no debt” included', async () => {
    await seedTwoBanks();
    const id = await addContact(makeContactFields({ debtId: '', date: isoDate('2026-03-06') }));
    renderApp(`/conduct/entries/${id}/edit`);
    expect(await screen.findByLabelText('哪一笔债务', undefined, SLOW)).toHaveValue('-');
  });
});
