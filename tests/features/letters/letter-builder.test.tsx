import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes } from 'react-router';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import { toFen } from '../../../src/domain/money';
import { LetterBuilderPage } from '../../../src/features/letters/components/letter-builder';
import { sourceCatalogue } from '../../../src/i18n/source-catalogue';
import { I18nProvider } from '../../../src/i18n/i18n';
import type { ShoreDb } from '../../../src/storage/db';
import { saveBudget } from '../../../src/storage/repos/budget-repo';
import { addDebt } from '../../../src/storage/repos/debts-repo';
import { saveHardshipPlanSettings } from '../../../src/storage/repos/hardship-plan-repo';
import { makeDebtFields } from '../../../src/testing/factories';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

/** A line or cell of the letter preview by its whole text (its amounts and dates are nowrap runs inside it). */
const previewLine = (text: string) => (_: string, el: Element | null) =>
  el !== null && el.matches('.print-doc p, .print-doc li, .print-doc td') && el.textContent === text;

let db: ShoreDb;
let debtId: string;
beforeEach(async () => {
  db = await freshDb();
  debtId = await addDebt(
    makeDebtFields({
      lender: '示例银行',
      last4: '1234',
      principal: toFen(4_800_000),
      interest: toFen(350_000),
      fees: toFen(50_000),
      firstMissedDue: isoDate('2026-05-01'),
    }),
  );
  await saveBudget([
    { category: 'salary', amount: toFen(450_000), frequency: 'month', reason: '' },
    { category: 'housing', amount: toFen(370_000), frequency: 'month', reason: '' },
  ]);
  await saveHardshipPlanSettings({
    offer: null,
    split: 'pro-rata',
    custom: {},
    basis: 'principal',
    firstDue: isoDate('2027-01-10'),
  });
});

async function fillSender(user: ReturnType<typeof userEvent.setup>) {
  await user.type(await screen.findByLabelText('你的姓名'), '李明');
  await user.type(screen.getByLabelText('身份证号码'), '110101199001011234');
  await user.type(screen.getByLabelText('联系方式'), '13800000000');
}

// Typing with user-event is slow on a loaded machine: these screen tests get more time than the default.
describe('letter builder', { timeout: 30_000 }, () => {
  it('lists what is missing with markers in the preview, and cannot save until it is filled', async () => {
    const user = userEvent.setup();
    renderApp(`/letters/new/hardship-application/${debtId}`);
    const missing = await screen.findByTestId('missing-fields');
    expect(missing).toHaveTextContent('你的姓名');
    expect(missing).toHaveTextContent('你遇到的困难');
    expect(screen.getAllByText(/【待填写：姓名】/).length).toBeGreaterThan(0);
    expect(screen.queryByRole('button', { name: '保存这封信' })).not.toBeInTheDocument();

    await fillSender(user);
    await user.type(screen.getByLabelText('你遇到的困难（用你自己的话写）'), '今年3月失业。');
    const save = await screen.findByRole('button', { name: '保存这封信' });
    expect(screen.queryByTestId('missing-fields')).not.toBeInTheDocument();
    // The preview shows the user's own words and the proposal from the plan (800 a month, 60 periods).
    expect(screen.getAllByText('今年3月失业。').length).toBeGreaterThan(0);
    expect(
      screen.getAllByText(previewLine('每期还款800.00元（大写：捌佰元整），共60期（60个月）。')).length,
    ).toBeGreaterThan(0);

    await user.click(save);
    expect(await screen.findByText(/模板 hardship-application@2/)).toBeInTheDocument();
    const saved = (await db.letters.toArray()).filter((l) => l.status === 'saved');
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ templateId: 'hardship-application', templateVersion: 2, debtId });
    expect(saved[0].input.hardshipFacts).toBe('今年3月失业。');
    expect(saved[0].document?.title).toBe('个性化分期还款申请书');
    // The draft became the saved letter.
    expect((await db.letters.toArray()).filter((l) => l.status === 'draft')).toHaveLength(0);
  });

  it('reprints a saved letter exactly as saved, even after the ledger changed', async () => {
    const user = userEvent.setup();
    const view = renderApp(`/letters/new/hardship-application/${debtId}`);
    await fillSender(user);
    await user.type(screen.getByLabelText('你遇到的困难（用你自己的话写）'), '收入下降。');
    await user.click(await screen.findByRole('button', { name: '保存这封信' }));
    await screen.findByText(/模板 hardship-application@2/);
    const [letter] = await db.letters.where('status').equals('saved').toArray();
    view.unmount();

    await db.debts.update(debtId, { principal: toFen(100) });
    renderApp(`/letters/saved/${letter.id}`);
    expect((await screen.findAllByText('透支本金')).length).toBeGreaterThan(0);
    expect(screen.getAllByText(previewLine('48,000.00元（大写：肆万捌仟元整）')).length).toBeGreaterThan(0);
    expect(screen.queryByText(previewLine('1.00元（大写：壹元整）'))).not.toBeInTheDocument();
  });

  it('autosaves the draft and picks it up again', async () => {
    const user = userEvent.setup();
    const view = renderApp(`/letters/new/hardship-application/${debtId}`);
    await user.type(await screen.findByLabelText('你遇到的困难（用你自己的话写）'), '生病住院两个月。');
    view.unmount(); // leaving the screen flushes the pending save
    await waitFor(async () => expect(await db.letters.where('status').equals('draft').count()).toBe(1));
    renderApp(`/letters/new/hardship-application/${debtId}`);
    expect(await screen.findByLabelText('你遇到的困难（用你自己的话写）')).toHaveValue('生病住院两个月。');
  });

  it('warns before acknowledging a possibly time-barred debt and leaves the choice to the user', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider initial={{ locale: 'zh-CN', catalogue: sourceCatalogue }}>
        <MemoryRouter initialEntries={['/b']}>
          <Routes>
            <Route
              path="/b"
              element={
                <LetterBuilderPage
                  templateId="hardship-application"
                  debtId={debtId}
                  limitationMayHaveExpired={() => true}
                  builderHref={() => '/b'}
                  savedHref={() => '/s'}
                  budgetHref="/budget"
                  hardshipPlanHref="/hardship-plan"
                />
              }
            />
          </Routes>
        </MemoryRouter>
      </I18nProvider>,
    );
    expect(await screen.findByText(/诉讼时效规定第十九条/)).toBeInTheDocument();
    await fillSender(user);
    await user.type(screen.getByLabelText('你遇到的困难（用你自己的话写）'), '失业。');
    expect(screen.getByTestId('missing-fields')).toHaveTextContent('关于诉讼时效的选择');
    expect(screen.queryByRole('button', { name: '保存这封信' })).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('我知道了，仍然要写这封信'));
    expect(await screen.findByRole('button', { name: '保存这封信' })).toBeInTheDocument();
    // The warning stays visible after the choice.
    expect(screen.getByText(/诉讼时效规定第十九条/)).toBeInTheDocument();
  });

  it('says in Chinese that the draft could not be read, instead of loading for good, and tries again', async () => {
    const user = userEvent.setup();
    const get = db.settings.get.bind(db.settings);
    const failing = vi
      .spyOn(db.settings, 'get')
      .mockImplementation(((key: string) =>
        key === 'letters.sender' ? Promise.reject(new Error('read failed')) : get(key)) as typeof db.settings.get);
    render(
      <I18nProvider initial={{ locale: 'zh-CN', catalogue: sourceCatalogue }}>
        <MemoryRouter>
          <LetterBuilderPage
            templateId="hardship-application"
            debtId={debtId}
            limitationMayHaveExpired={() => false}
            builderHref={() => '/b'}
            savedHref={() => '/s'}
            budgetHref="/budget"
            hardshipPlanHref="/hardship-plan"
          />
        </MemoryRouter>
      </I18nProvider>,
    );
    expect(await screen.findByRole('alert')).toHaveTextContent('没能读出这封信的草稿');
    expect(screen.queryByText('正在读取……')).not.toBeInTheDocument();
    failing.mockRestore();
    await user.click(screen.getByRole('button', { name: '再试一次' }));
    expect(await screen.findByLabelText('你的姓名')).toBeInTheDocument();
  });

  it('says plainly that Art. 70 says 可以', async () => {
    renderApp(`/letters/new/hardship-application/${debtId}`);
    expect(await screen.findByText(/银行“可以”与你协商个性化分期，不是必须同意/)).toBeInTheDocument();
  });
});

describe('letters for a loan', { timeout: 30_000 }, () => {
  async function addLoan(): Promise<string> {
    return addDebt(
      makeDebtFields({
        lender: '示例网络小额贷款有限公司',
        creditorType: 'online-lender',
        last4: '',
        creditLimit: null,
        loanNumber: 'JK20250315-0001',
        principal: toFen(3_000_000),
        firstMissedDue: isoDate('2026-05-01'),
      }),
    );
  }

  it('does not build the Art. 70 application for a loan: it points to the negotiation request', async () => {
    const loanId = await addLoan();
    renderApp(`/letters/new/hardship-application/${loanId}`);
    expect(await screen.findByText(/不适合这笔借款/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '协商还款请求函（消费金融公司、网贷）' })).toHaveAttribute(
      'href',
      `/letters/new/loan-negotiation/${loanId}`,
    );
    expect(screen.queryByText(/第七十条规定/)).not.toBeInTheDocument();
    expect(screen.queryByLabelText('收信单位')).not.toBeInTheDocument();
  });

  it('addresses the negotiation request to the lender’s customer service, with the loan number and no card wording', async () => {
    const loanId = await addLoan();
    const view = renderApp(`/letters/new/loan-negotiation/${loanId}`);
    expect(await screen.findByLabelText('收信单位')).toHaveValue('示例网络小额贷款有限公司客服中心');
    expect(screen.getByText(/这封信是协商请求/)).toBeInTheDocument();
    const preview = view.container.querySelector('.print-sheet')!.textContent;
    expect(preview).toContain('借款合同编号或借据号：JK20250315-0001');
    expect(preview).toContain('借款本金');
    for (const word of ['信用卡', '透支', '卡号', '贵行', '第七十条']) expect(preview, word).not.toContain(word);
  });
});

describe('letters page', () => {
  it('offers every letter', async () => {
    renderApp('/letters');
    for (const name of [
      '个性化分期还款申请书（第七十条）',
      '催复函：申请后一直没回音',
      '复议申请：对方拒绝了',
      '协商还款请求函（消费金融公司、网贷）',
      '投诉材料：银行根本不考虑（12378）',
      '征信异议申请',
      '对不良记录的说明',
      '要求停止联系第三人、告知催收机构',
    ]) {
      expect(await screen.findByRole('link', { name })).toBeInTheDocument();
    }
    expect(screen.getByText('还没有保存过的信。')).toBeInTheDocument();
  });
});
