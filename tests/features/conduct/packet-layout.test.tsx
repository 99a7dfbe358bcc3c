/**
 * The complaint packet as a bank officer receives it: letters numbered consecutively whatever
 * is left out, each part's title (投诉书 …) set as a centred page title when everything is
 * printed together, one day said as one day, and an evidence table laid out at widths from its
 * content so no column collapses on A4.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { A4_TABLE_EM, columnWidths } from '../../../src/components/print/printable-document-view';
import { localTime } from '../../../src/domain/conduct/contact';
import { isoDate } from '../../../src/domain/dates';
import { toFen } from '../../../src/domain/money';
import { addContact } from '../../../src/storage/repos/contacts-repo';
import { addDebt } from '../../../src/storage/repos/debts-repo';
import { makeContactFields, makeDebtFields } from '../../../src/testing/factories';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

const SLOW = { timeout: 5000 };

beforeEach(async () => {
  await freshDb();
});

async function seedThreat() {
  const debtId = await addDebt(
    makeDebtFields({
      lender: '示例银行信用卡中心',
      principal: toFen(3_000_000),
      firstMissedDue: isoDate('2026-01-05'),
    }),
  );
  await addContact(
    makeContactFields({
      debtId,
      date: isoDate('2026-03-06'),
      time: localTime('22:40'),
      flags: ['threatened'],
      quote: '明天去你单位',
    }),
  );
}

const partLabels = (parts: HTMLElement) =>
  within(parts)
    .getAllByRole('radio')
    .map((r) => r.closest('label')!.textContent);

describe('the complaint packet', () => {
  it('numbers the letters ① ② ③ with no gap, and ① ② ③ ④ once the credit-record letter is in', async () => {
    const user = userEvent.setup();
    await seedThreat();
    renderApp('/conduct/packet');
    const parts = await screen.findByRole('group', { name: '查看和打印' }, SLOW);
    expect(partLabels(parts)).toEqual(['全部材料', '情况摘要', '证据清单', '① 致银行', '② 致 12378', '③ 报警 110']);

    await user.click(screen.getByText('署名、电话和征信问题（可选）'));
    await user.type(screen.getByLabelText(/征信记录有错误吗/), '逾期记录的日期不对');
    await waitFor(() =>
      expect(partLabels(parts)).toEqual([
        '全部材料',
        '情况摘要',
        '证据清单',
        '① 致银行',
        '② 致 12378',
        '③ 致 12363',
        '④ 报警 110',
      ]),
    );
  });

  it('sets each part’s title in the whole packet as a centred page title, and says one day as one day', async () => {
    await seedThreat();
    renderApp('/conduct/packet');
    await screen.findByRole('group', { name: '查看和打印' }, SLOW);
    const sheet = document.querySelector('.print-sheet') as HTMLElement;
    const titles = [...sheet.querySelectorAll('.doc-page-title')].map((h) => h.textContent);
    expect(titles).toEqual(expect.arrayContaining(['投诉书', '证据清单', '报警情况说明']));
    expect(sheet).toHaveTextContent('就2026年3月6日');
    expect(sheet).not.toHaveTextContent(/就2026年3月6日期间/);
  });

  it('gives the evidence table column widths from its content', async () => {
    await seedThreat();
    renderApp('/conduct/packet');
    await screen.findByRole('group', { name: '查看和打印' }, SLOW);
    const table = document.querySelector('.print-sheet .doc-table') as HTMLTableElement;
    const widths = [...table.querySelectorAll('col')].map((c) => parseFloat(c.style.width));
    const headers = [...table.querySelectorAll('th')].map((th) => th.textContent);
    expect(headers).toEqual(['序号', '时间', '方式 / 对象', '号码', '催收方', '记录内容']);
    expect(widths).toHaveLength(6);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    // 序号 stays narrowest; on A4 every header fits on one line beside its padding.
    expect(Math.min(...widths)).toBe(widths[0]);
    const headerEm = [2, 2, 3 + 3 * 0.55, 2, 3, 4];
    widths.forEach((w, i) => expect((w / 100) * A4_TABLE_EM, headers[i] ?? '').toBeGreaterThanOrEqual(headerEm[i] + 1));
  });
});

describe('columnWidths', () => {
  it('keeps every header on one line and lets a long column wrap instead of crushing the others', () => {
    const columns = ['序号', '文件名', '加入时间（UTC）', 'SHA-256'];
    const w = columnWidths(columns, [['1', '录音.m4a', '2026-03-06 22:40', 'a'.repeat(64)]]);
    expect(w.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 0);
    const em = w.map((p) => (p / 100) * A4_TABLE_EM);
    [2, 3, 6 + 3 * 0.55, 7 * 0.55].forEach((header, i) => expect(em[i], columns[i]).toBeGreaterThanOrEqual(header + 1));
    expect(Math.max(...w)).toBe(w[3]);
    // The hash (64 characters, about 35 em) is capped: the others still get their content's room.
    expect(em[2]).toBeGreaterThanOrEqual(16 * 0.55 + 1);
  });
});
