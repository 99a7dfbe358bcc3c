/**
 * Letters in a real browser: two overdue cards in the ledger, a budget, a plan, then the
 * Art. 70 letter for one of them — previewed on a 390×844 phone, saved, printed to an A4 PDF
 * and read back with pdftotext; and the PDF file made on the device (page images with the text
 * invisible over them; compared with the print in pdf-file.e2e.ts): as many pages, the same text.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterEach, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, foreignRequests, openBrowser, type BrowserSession } from './support/browser';
import { addDebtThroughForm } from './support/ledger-page';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

const NAV_LABELS = ['债务', '信件', '设置', '上岸', '跳到正文', '打印 / 存为 PDF', '复制信的文字'];

/** pdftotext output with layout whitespace removed, so phrases wrapped across lines still match. */
function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
}

function pdfPages(path: string): number {
  const info = execFileSync('pdfinfo', [path], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

describe('Art. 70 letter', () => {
  it('goes from the ledger to a printed A4 letter for one of two cards', async () => {
    session = await openBrowser();
    const { page, baseUrl } = session;

    await addDebtThroughForm(page, baseUrl, {
      lender: '示例银行',
      last4: '1234',
      principal: '48,000',
      interest: '3500',
      fees: '500',
      firstMissedDue: '2026-05-05',
    });
    await addDebtThroughForm(page, baseUrl, {
      lender: '样本银行',
      last4: '5678',
      principal: '24,000',
      firstMissedDue: '2026-06-10',
    });

    // Budget: amounts and frequencies; the monthly totals and surplus follow.
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '信件' }).click();
    await page.getByRole('main').getByRole('link', { name: '收支与方案' }).click();
    await page.getByRole('heading', { level: 1, name: '收支表' }).waitFor();
    await page.getByLabel('工资金额（元）').fill('4500');
    await page.getByLabel('房租或房贷金额（元）').fill('1500');
    await page.getByLabel('伙食金额（元）').fill('300');
    await page.getByLabel('伙食按').selectOption('week');
    await page.getByLabel('医疗金额（元）').fill('500');
    await page.getByLabel('医疗说明（可选，一句话）').fill('母亲慢性病药费');
    await expect(page.getByTestId('surplus-monthly').textContent()).resolves.toBe('¥1,200.00');
    await page.getByRole('button', { name: '保存收支表' }).click();
    await page.getByText('收支表已保存').waitFor();

    // Plan: 1,200 a month split 2:1 by principal → 800 to 示例银行 for 60 months.
    await page.getByRole('link', { name: '下一步：还款方案' }).click();
    await page.getByLabel('首期还款日').fill('2027-01-10');
    const card = page.locator('[data-debt]').filter({ hasText: '示例银行' });
    await card.getByText('每月 ¥800.00').waitFor();
    await card.getByText('需要 60 个月').waitFor();
    await card.getByRole('link', { name: '为这笔写申请书' }).click();

    // Builder: the user's own facts.
    await page.getByRole('heading', { level: 1, name: '个性化分期还款申请书（第七十条）' }).waitFor();
    await page.getByLabel('你的姓名').fill('李明');
    await page.getByLabel('身份证号码').fill('110101199001011234');
    await page.getByLabel('联系方式', { exact: true }).fill('13800000000');
    await page.getByLabel('写信日期').fill('2026-11-28');
    await page
      .getByLabel('你遇到的困难（用你自己的话写）')
      .fill('今年3月公司裁员，我失业了四个月。\n现在的工作工资比以前低了一半。');
    await page.getByRole('button', { name: '保存这封信' }).waitFor();

    await page.locator('.print-sheet').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'letter-preview-390x844.png') });

    await page.getByRole('button', { name: '保存这封信' }).click();
    await page.getByText('已保存。以后可以在“信件”里原样再打印。').waitFor();
    await page.locator('h1.page-title', { hasText: '个性化分期还款申请书' }).waitFor();

    // Print to PDF from the saved letter (reprinted from what was stored).
    const pdfPath = join(ARTIFACTS_DIR, 'art70-letter.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', preferCSSPageSize: true });
    const text = pdfText(pdfPath);
    writeFileSync(
      join(ARTIFACTS_DIR, 'art70-letter.txt'),
      execFileSync('pdftotext', ['-enc', 'UTF-8', '-layout', pdfPath, '-'], { encoding: 'utf8' }),
    );

    // The proposal, amounts in figures and capitals.
    for (const phrase of [
      '个性化分期还款申请书',
      '示例银行信用卡中心：',
      '申请人：李明，身份证号码：110101199001011234。',
      '《商业银行信用卡业务监督管理办法》第七十条',
      '每期还款800.00元（大写：捌佰元整），共60期（60个月）。',
      '首期还款日为2027年1月10日，此后每月10日还款。',
      '还款总额48,000.00元（大写：肆万捌仟元整）。',
      '52,000.00元（大写：伍万贰仟元整）',
      '今年3月公司裁员，我失业了四个月。',
      '每月可用于还款的金额为1,200.00元（大写：壹仟贰佰元整）',
      '本人共有2笔欠款，合计72,000.00元（大写：柒万贰仟元整）',
      '停止计收利息、年费、违约金及其他费用',
      '签订书面的个性化分期还款协议',
      '停止对本人的催收',
      '请通过以下方式与本人联系：电话13800000000。',
      '母亲慢性病药费',
    ]) {
      expect(text, phrase).toContain(phrase);
    }
    // The six items of Art. 70, requested in writing.
    for (const item of [
      '欠款余额、结构、币种；',
      '还款周期、方式、币种、日期和每期还款金额；',
      '还款期间是否计收年费、利息和其他费用；',
      '不得向任何银行申领信用卡的承诺；',
      '双方的权利义务和违约责任；',
      '与还款有关的其他事项。',
    ]) {
      expect(text, item).toContain(item);
    }
    // Signature block.
    expect(text).toContain('此致');
    expect(text).toContain('申请人（签名）：');
    expect(text).toContain('日期：2026年11月28日');
    // Nothing of the app.
    for (const label of NAV_LABELS) expect(text, label).not.toContain(label.replace(/\s+/g, ''));
    const pages = pdfPages(pdfPath);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(pages).toBeLessThanOrEqual(4);

    // The file made on the device, downloaded (headless Chromium cannot share files).
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: '生成 PDF 文件（发微信或去打印店）' }).click();
    const file = await download;
    const filePath = join(ARTIFACTS_DIR, 'art70-letter-image.pdf');
    await file.saveAs(filePath);
    expect(readFileSync(filePath).subarray(0, 8).toString('latin1')).toBe('%PDF-1.4');
    const imagePages = pdfPages(filePath);
    expect(imagePages).toBe(pages);
    const fileText = pdfText(filePath);
    for (const phrase of [
      '每期还款800.00元（大写：捌佰元整），共60期（60个月）。',
      '停止对本人的催收',
      '日期：2026年11月28日',
    ])
      expect(fileText, phrase).toContain(phrase);
    writeFileSync(
      join(ARTIFACTS_DIR, 'letters-figures.json'),
      JSON.stringify(
        {
          printedPages: pages,
          printedBytes: statSync(pdfPath).size,
          imagePdfPages: imagePages,
          imagePdfBytes: statSync(filePath).size,
        },
        null,
        2,
      ),
    );

    expect(foreignRequests(session.requests, baseUrl)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('budget, plan and letter screens have no axe violations and 44 px touch targets', async () => {
    session = await openBrowser();
    const { page, baseUrl } = session;
    await page.goto(baseUrl + '/debts/new');
    await page.getByLabel('银行或借款机构').fill('无障碍银行');
    await page.getByLabel('透支本金（元）').fill('20000');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('heading', { level: 1, name: /无障碍银行/ }).waitFor();
    const debtId = new URL(page.url()).pathname.split('/').pop()!;
    const found: string[] = [];
    const small: string[] = [];
    for (const route of [
      '/budget',
      '/hardship-plan',
      '/letters',
      `/letters/new/hardship-application/${debtId}`,
      '/letters/new/credit-objection',
    ]) {
      await page.goto(baseUrl + route);
      await page.locator('h1').first().waitFor();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of result.violations)
        found.push(`${route}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      small.push(
        ...(
          await page.evaluate(() =>
            [
              ...document.querySelectorAll<HTMLElement>(
                'button, a.button, .bottom-nav a, input, select, textarea, .checkbox',
              ),
            ]
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
