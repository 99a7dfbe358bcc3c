/**
 * An online loan (网贷) end to end in a real browser on a phone: added through the form as a
 * 网络平台的借款, its assessment, the budget and plan, the negotiation letter built, saved and
 * printed to A4, a collector's call logged, and the complaint packet. Wherever the screen speaks
 * of this debt, no card wording appears (信用卡, 透支, 卡号, 贵行, 第七十条): the loan is not a card,
 * and Art. 70 of the card measures does not apply to it.
 *
 * What is scanned is the page's main content on each screen about this debt. Two places are
 * left out on purpose, because there card words are the point: the form's list of debt kinds
 * (the user picks 网贷 from a list that names the card kinds too) and its hint, and the
 * assessment's statements that a card rule does not apply to a loan (they name the card rule
 * to say so); those are checked to say "not" instead.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, PHONE, foreignRequests, openBrowser, type BrowserSession } from './support/browser';

const CARD_WORDS = ['信用卡', '透支', '卡号', '贵行', '第七十条'];
const LENDER = '示例网络小额贷款有限公司';
const LOAN_NUMBER = 'JK20250315-0001';

let session: BrowserSession;
let debtId = '';
beforeAll(async () => {
  session = await openBrowser({ viewport: PHONE });
});
afterAll(async () => {
  await session.close();
});

/**
 * The card words found in the main content, each with the sentence it sits in. Sources (the
 * instrument names under "这句话的依据") are left out: a title is what it is.
 */
async function cardWordsIn(page: Page, selector = 'main', skip: string[] = []): Promise<string[]> {
  const text = await page
    .locator(selector)
    .first()
    .evaluate(
      (el, skipSelectors) => {
        const clone = el.cloneNode(true) as HTMLElement;
        for (const s of skipSelectors) clone.querySelectorAll(s).forEach((n) => n.remove());
        // One line per block, so each hit comes with its own sentence.
        clone
          .querySelectorAll('p, li, h1, h2, h3, h4, summary, dt, dd, td, th, label, legend, button, a, option')
          .forEach((n) => n.append('\n'));
        return clone.textContent ?? '';
      },
      ['li.source', ...skip],
    );
  const hits: string[] = [];
  for (const line of text.split(/\n|。/))
    for (const word of CARD_WORDS) if (line.includes(word)) hits.push(`${word}: ${line.trim()}`);
  return hits;
}

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

describe('an online loan, end to end', { timeout: 120_000 }, () => {
  it('is added through the form as a 网贷 with loan fields, not card fields', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl + '/');
    await page.getByRole('link', { name: '添加一笔债务' }).click();
    await page.getByLabel('这是哪种欠款').selectOption('online-lender');
    await page.getByLabel('贷款机构名称').fill(LENDER);
    await expect(page.getByLabel('卡号后四位（可选）').count()).resolves.toBe(0);
    await expect(page.getByLabel('透支本金（元）').count()).resolves.toBe(0);
    await page.getByLabel('借款合同编号或借据号（可选）').fill(LOAN_NUMBER);
    await page.getByLabel('借款本金（元）').fill('30000');
    await page.getByLabel('利息（元）').fill('2000');
    await page.getByLabel('违约金及其他费用（元）').fill('300');
    await page.getByLabel('首次逾期日').fill('2026-05-05');
    // The form, apart from the list of kinds and its hint, asks in loan words only.
    expect(await cardWordsIn(page, 'form', ['select', '.field-hint'])).toEqual([]);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { level: 1, name: new RegExp(LENDER) }).waitFor();
    debtId = new URL(page.url()).pathname.split('/').pop()!;
    expect(debtId).not.toBe('');
  });

  it('shows the assessment and the debt page in loan terms and offers the negotiation request', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/debts/${debtId}`);
    await page.getByRole('heading', { level: 1, name: new RegExp(LENDER) }).waitFor();
    await page.getByText('借款本金').first().waitFor();
    // The assessment loads after the debt: wait for its limitation part.
    await page.getByText('法院不会主动适用诉讼时效').first().waitFor();
    await page.getByRole('link', { name: '写协商还款请求函' }).waitFor();
    await expect(page.getByRole('link', { name: '写协商还款请求函' }).getAttribute('href')).resolves.toBe(
      `/letters/new/loan-negotiation/${debtId}`,
    );
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'online-loan-debt-390x844.png'), fullPage: true });
    const hits = await cardWordsIn(page);
    process.stdout.write(
      `online loan: card words on the debt page, each saying it does not apply: ${JSON.stringify(hits)}\n`,
    );
    // A statement that names a card rule may do so only to say it does not apply to this loan;
    // the criminal section asks about 恶意透支 and answers that its rules do not apply.
    const criminalAnswered = hits.length === 0 || (await page.getByText('恶意透支的规定不适用于这笔债务').count()) > 0;
    const unexplained = hits.filter(
      (h) => !/不适用|不是信用卡|不是银行信用卡|只针对/.test(h) && !(criminalAnswered && h.includes('恶意透支')),
    );
    expect(unexplained).toEqual([]);
  });

  it('plans the budget and offers the negotiation request, not the Art. 70 application', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl + '/budget');
    await page.getByRole('heading', { level: 1, name: '收支表' }).waitFor();
    await page.getByLabel('工资金额（元）').fill('4500');
    await page.getByLabel('房租或房贷金额（元）').fill('1500');
    await page.getByLabel('伙食金额（元）').fill('1300');
    await page.getByRole('button', { name: '保存收支表' }).click();
    await page.getByText('收支表已保存').waitFor();

    await page.getByRole('link', { name: '下一步：还款方案' }).click();
    await page.getByLabel('首期还款日').fill('2027-01-10');
    const card = page.locator('[data-debt]').filter({ hasText: LENDER });
    await card.getByText('每月 ¥1,700.00').waitFor();
    await page.getByText('这份方案是你向对方提出的协商请求').waitFor();
    expect(await cardWordsIn(page)).toEqual([]);
    await card.getByRole('link', { name: '为这笔写协商还款请求函' }).click();
  });

  it('builds, saves and prints the 协商还款请求函 with the loan number and no card wording', async () => {
    const { page } = session;
    await page.getByRole('heading', { level: 1, name: '协商还款请求函（消费金融公司、网贷）' }).waitFor();
    await expect(page.getByLabel('收信单位').inputValue()).resolves.toBe(`${LENDER}客服中心`);
    await page.getByLabel('你的姓名').fill('李明');
    await page.getByLabel('身份证号码').fill('110101199001011234');
    await page.getByLabel('联系方式', { exact: true }).fill('13800000000');
    await page.getByLabel('写信日期').fill('2026-11-28');
    await page.getByLabel('你遇到的困难（用你自己的话写）').fill('今年3月公司裁员，我失业了四个月。');
    await page.getByRole('button', { name: '保存这封信' }).waitFor();
    expect(await cardWordsIn(page)).toEqual([]);
    await page.getByRole('button', { name: '保存这封信' }).click();
    await page.getByText('已保存。以后可以在“信件”里原样再打印。').waitFor();
    await page.locator('h1.page-title', { hasText: '协商还款请求函' }).waitFor();
    expect(await cardWordsIn(page)).toEqual([]);

    const pdfPath = join(ARTIFACTS_DIR, 'online-loan-letter.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true });
    const text = pdfText(pdfPath);
    for (const phrase of [
      '协商还款请求函',
      `${LENDER}客服中心：`,
      `借款合同编号或借据号：${LOAN_NUMBER}`,
      '本函是协商请求',
      '借款本金',
      '具体金额以双方核对为准',
      '每期还款1,700.00元',
    ])
      expect(text, phrase).toContain(phrase);
    // Of 《…》 only the enclosed budget: no rule is claimed for an online lender.
    expect(text.replace(/《收支表》/g, '')).not.toContain('《');
    for (const word of CARD_WORDS) expect(text, word).not.toContain(word);
  });

  it('logs a collector’s call to a colleague and opens the complaint packet in loan terms', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl + '/conduct/new');
    await page.getByRole('heading', { level: 1, name: '记一笔催收' }).waitFor();
    // The form chooses no debt by itself: pick the loan.
    const debt = page.getByLabel('哪一笔债务');
    const loanOption = debt.locator('option', { hasText: LENDER });
    await loanOption.waitFor({ state: 'attached' });
    await debt.selectOption({ label: (await loanOption.textContent()) ?? '' });
    await page.getByRole('radio', { name: '接通的电话' }).click();
    await page.getByRole('radio', { name: '单位或同事' }).click();
    await page.getByRole('checkbox', { name: '把欠款告诉了别人' }).click();
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { level: 1, name: /的记录$/ }).waitFor();
    await page.getByRole('region', { name: '这次联系可能涉及的问题' }).getByRole('heading').first().waitFor();
    expect(await cardWordsIn(page)).toEqual([]);

    await page.goto(baseUrl + '/conduct');
    await page.getByRole('link', { name: '整理投诉材料' }).click();
    await page.getByRole('heading', { level: 1, name: '整理投诉材料' }).waitFor();
    const sheet = page.locator('.print-sheet');
    await sheet.getByText('催收投诉材料').waitFor();
    await sheet.getByText(`（借款合同编号或借据号 ${LOAN_NUMBER}）`).first().waitFor();
    expect(await cardWordsIn(page)).toEqual([]);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'online-loan-packet-390x844.png') });

    expect(foreignRequests(session.requests, baseUrl)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('sends the Art. 70 application for this loan to the negotiation request; both screens pass axe', async () => {
    const { page, baseUrl } = session;
    const found: string[] = [];
    await page.goto(`${baseUrl}/letters/new/hardship-application/${debtId}`);
    await page.getByText('这封信是写给银行、关于信用卡的，不适合这笔借款').waitFor();
    await expect(page.getByLabel('收信单位').count()).resolves.toBe(0);
    await expect(page.locator('.print-sheet').count()).resolves.toBe(0);
    for (const route of [`/letters/new/hardship-application/${debtId}`, `/letters/new/loan-negotiation/${debtId}`]) {
      await page.goto(baseUrl + route);
      await page.locator('h1').first().waitFor();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of result.violations) found.push(`${route}: ${v.id}`);
    }
    expect(found).toEqual([]);
  });
});
