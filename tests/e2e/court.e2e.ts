/**
 * A sued debtor in a real browser at 390×844: a card debt, a 支付令 recorded with its case
 * number, the objection deadline on the home screen, the claim check (a bad amount refused next
 * to the field first), then the 支付令异议书 and the 民事答辩状 built from the claim check's
 * sentences, each saved and printed to an A4 PDF read back with pdftotext.
 */
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, foreignRequests, openBrowser, type BrowserSession } from './support/browser';
import { addDebtThroughForm } from './support/ledger-page';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

function isoDaysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** pdftotext output with layout whitespace removed, so phrases wrapped across lines still match. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

async function printSaved(page: Page, name: string): Promise<string> {
  // Printed from the saved letter, rebuilt from what was stored.
  await page.waitForURL(/\/letters\/saved\//);
  await page.locator('.doc-title').first().waitFor();
  const pdfPath = join(ARTIFACTS_DIR, `${name}.pdf`);
  await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true });
  writeFileSync(
    join(ARTIFACTS_DIR, `${name}.txt`),
    execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdfPath, '-'], { encoding: 'utf8' }),
  );
  return pdfText(pdfPath);
}

/** The claim: 10,000 principal, 2,000 interest, 800 违约金 over a year: 28% a year, 400 above 24%. */
async function checkTheClaim(page: Page, claimedTo: string) {
  await page.getByRole('heading', { level: 1, name: '核对债权人的主张' }).waitFor();
  await page.getByLabel('主张计算到哪一天').fill(claimedTo);
  await page.getByLabel('主张的本金（元）').fill('10000');
  await page.getByLabel('主张的利息（元）').fill('2000');
  await page.getByLabel('主张的违约金（元）').fill('800');
  await page.getByRole('button', { name: '核对' }).click();
  await page.getByRole('region', { name: '逐项对照' }).waitFor();
}

const SERVED_DAYS_AGO = 3;

describe('answering the court', () => {
  it('records a 支付令, sees the deadline, checks the claim and prints the objection and the answer', async () => {
    session = await openBrowser();
    const { page, baseUrl } = session;
    const overdueFrom = isoDaysAgo(365 + 30);
    const claimedTo = isoDaysAgo(30);
    const served = isoDaysAgo(SERVED_DAYS_AGO);

    await addDebtThroughForm(page, baseUrl, {
      lender: '示例银行',
      last4: '1234',
      principal: '10000',
      firstMissedDue: overdueFrom,
    });
    const debtPath = new URL(page.url()).pathname;

    // The 支付令, with its case number.
    await page.getByRole('button', { name: '记法院文书' }).click();
    await page.getByLabel('收到文书或发生的日期').fill(served);
    await page.getByLabel('是什么').selectOption('payment-order-received');
    await page.getByLabel('案号（可选）').fill('（2026）京0105民督123号');
    await page.getByRole('button', { name: '保存这条记录' }).click();
    await page.getByText('案号：（2026）京0105民督123号').waitFor();
    await page
      .getByText(new RegExp(`还剩 ${15 - SERVED_DAYS_AGO} 天`))
      .first()
      .waitFor();

    // The deadline on the home screen.
    await page.goto(baseUrl + '/');
    const nearest = page.getByRole('region', { name: '最近的日期' });
    await expect(nearest.getByRole('link').first().textContent()).resolves.toContain(
      `支付令异议期还剩 ${15 - SERVED_DAYS_AGO} 天`,
    );

    // From the debt's court panel to the claim check; an amount below zero is refused next to it.
    await page.goto(baseUrl + debtPath);
    const panel = page.getByRole('region', { name: '应对法院' });
    await panel.getByRole('link', { name: '核对债权人的主张' }).click();
    await page.getByLabel('主张计算到哪一天').fill(claimedTo);
    const principal = page.getByLabel('主张的本金（元）');
    await principal.fill('-5');
    await page.getByRole('button', { name: '核对' }).click();
    await expect(principal.getAttribute('aria-invalid')).resolves.toBe('true');
    const describedBy = (await principal.getAttribute('aria-describedby')) ?? '';
    const errorText = await page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent();
    expect(errorText).toBe('金额不能是负数');
    await principal.fill('100000001');
    await page.getByRole('button', { name: '核对' }).click();
    await expect(page.locator(`[id="${describedBy.split(' ').pop()}"]`).textContent()).resolves.toMatch(/超过 1 亿元/);
    expect(await page.getByRole('region', { name: '逐项对照' }).count()).toBe(0);

    await checkTheClaim(page, claimedTo);
    const table = page.getByRole('region', { name: '逐项对照' });
    await expect(table.getByRole('row', { name: /违约金/ }).textContent()).resolves.toContain('¥400.00');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'claim-check-390x844.png') });

    // The objection, with the claim check's sentences.
    await page.getByRole('button', { name: '写进支付令异议书' }).click();
    await page.locator('h1.page-title', { hasText: '支付令异议书' }).waitFor();
    await page.getByLabel('你的姓名').fill('李明');
    await page.getByLabel('身份证号码').fill('110101199001011234');
    await page.getByLabel('联系方式', { exact: true }).fill('13800000000');
    await page.getByLabel('法院名称').fill('北京市朝阳区人民法院');
    // The case number and the day of service come from the 支付令 recorded on the debt.
    await expect(page.getByLabel('案号').inputValue()).resolves.toBe('（2026）京0105民督123号');
    await expect(page.getByLabel('收到支付令的日期').inputValue()).resolves.toBe(served);
    // Inability alone is refused, with the reason next to the field.
    await page.getByLabel('我现在没钱还').check();
    const grounds = page.getByRole('group', { name: '你对债务本身有什么异议（可多选）' });
    await grounds.getByText(/不影响支付令的效力（民事诉讼法解释第四百三十六条）/).waitFor();
    expect(await page.getByRole('button', { name: '保存这封信' }).count()).toBe(0);
    await page.getByLabel('利息、违约金或费用没有依据或太高').check();
    await page.getByLabel('事实与理由（用你自己的话写）').fill('申请人从未向我提示说明违约金条款。');
    await page.getByRole('button', { name: '保存这封信' }).click();
    await page.getByText('已保存。以后可以在“信件”里原样再打印。').waitFor();
    const objection = await printSaved(page, 'payment-order-objection');
    for (const phrase of [
      '支付令异议书',
      '异议人（债务人）：李明，身份证号码：110101199001011234，联系方式：电话13800000000。',
      '申请人（债权人）：示例银行。',
      '收到北京市朝阳区人民法院（2026）京0105民督123号支付令',
      '请求人民法院裁定终结督促程序',
      '异议人对申请人主张的利息、违约金及各项费用的计收依据和金额有异议。',
      '申请人主张的利息、违约金及各项费用合计2,800.00元',
      '申请人从未向我提示说明违约金条款。',
      '此致北京市朝阳区人民法院',
      '异议人（签名）：',
    ]) {
      expect(objection, phrase).toContain(phrase);
    }
    expect(objection).not.toContain('没钱');
    expect(objection).not.toContain('清偿能力');

    // The answer, from the claim check again (a lawsuit after the objection).
    await page.goto(baseUrl + '/court/claim-check');
    await checkTheClaim(page, claimedTo);
    await page.getByRole('button', { name: '写进答辩状' }).click();
    await page.locator('h1.page-title', { hasText: '民事答辩状（信用卡、贷款案件）' }).waitFor();
    // The sender is remembered from the objection.
    await expect(page.getByLabel('你的姓名').inputValue()).resolves.toBe('李明');
    await page.getByLabel('法院名称').fill('北京市朝阳区人民法院');
    await page.getByLabel('案号').fill('（2026）京0105民初4567号');
    await page.getByLabel('收到起诉状副本的日期').fill(served);
    // The particulars an answer must state (民诉法 Art.128).
    await page.getByLabel('住址', { exact: true }).fill('北京市朝阳区某某路1号');
    await page.getByLabel('性别').selectOption('male');
    await page.getByLabel('出生日期').fill('1990-01-01');
    await page.getByLabel('民族').fill('汉族');
    await page.getByLabel('工作单位或职业').fill('无业');
    await page.getByLabel('请法院调减超过年利率 24% 的利息、违约金和费用，不支持没有依据的收费').check();
    await page.getByLabel('证据清单（一行一项，可选）').fill('信用卡领用合约\n还款记录截图');
    await page.getByRole('button', { name: '保存这封信' }).click();
    await page.getByText('已保存。以后可以在“信件”里原样再打印。').waitFor();
    const answer = await printSaved(page, 'civil-answer');
    for (const phrase of [
      '民事答辩状',
      '答辩人（被告）：李明，性别：男，出生日期：1990年1月1日，民族：汉族，工作单位或职业：无业，住所：北京市朝阳区某某路1号',
      '被答辩人（原告）：示例银行。',
      '答辩人因原告诉答辩人信用卡纠纷一案（北京市朝阳区人民法院，案号：（2026）京0105民初4567号）',
      '答辩请求',
      '对超过年利率24%的部分予以调减',
      '原告主张的利息、违约金及各项费用合计2,800.00元',
      '超过年利率24%的部分为400.00元',
      '以上答辩意见不构成答辩人对原告主张的任何事实和金额的承认。',
      '此致北京市朝阳区人民法院',
      '答辩人（签名）：',
      '证据清单',
      '信用卡领用合约',
    ]) {
      expect(answer, phrase).toContain(phrase);
    }
    for (const admission of ['尚欠', '答辩人欠', '本人欠', '确认欠款']) expect(answer).not.toContain(admission);
    for (const app of ['债务', '信件', '设置', '复制信的文字']) expect(answer).not.toContain(app);

    expect(foreignRequests(session.requests, baseUrl)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('the court letters have no axe violations and 44 px touch targets', async () => {
    session = await openBrowser();
    const { page, baseUrl } = session;
    await addDebtThroughForm(page, baseUrl, { lender: '无障碍银行', principal: '20000', firstMissedDue: '2026-01-10' });
    const debtId = new URL(page.url()).pathname.split('/').pop()!;
    const found: string[] = [];
    const small: string[] = [];
    for (const id of [
      'payment-order-objection',
      'civil-answer',
      'mediation-proposal',
      'enforcement-settlement',
      'dishonest-list-correction',
    ]) {
      const route = `/letters/new/${id}/${debtId}`;
      await page.goto(baseUrl + route);
      await page.locator('h1').first().waitFor();
      await page.getByTestId('court-notes').waitFor();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of result.violations)
        found.push(`${route}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      small.push(
        ...(
          await page.evaluate(() =>
            [...document.querySelectorAll<HTMLElement>('button, a.button, input, select, textarea, .checkbox')]
              .filter((el) => el.offsetParent !== null && (el as HTMLInputElement).type !== 'checkbox')
              .filter((el) => {
                const box = el.getBoundingClientRect();
                return box.width < 44 || box.height < 44;
              })
              .map((el) => el.outerHTML.slice(0, 80)),
          )
        ).map((el) => `${route}: ${el}`),
      );
    }
    expect(found).toEqual([]);
    expect(small).toEqual([]);
  });
});
