/**
 * Collector conduct in a real browser on a 390×844 phone: log a collector's call from the 催收 tab, see
 * the findings as soon as it is saved, then open the complaint packet and print it to A4.
 *
 * The time from the open form to the saved entry is measured and written to
 * test-results/conduct-log-timing.json (reported, not asserted: wall time on a shared machine
 * says little). What is asserted is the flow and its cost in taps: four taps from the open
 * form to a saved, checked entry, with two required choices (how they got in touch, which debt).
 */
import { AxeBuilder } from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, PHONE, foreignRequests, openBrowser, type BrowserSession } from './support/browser';
import { addDebtThroughForm } from './support/ledger-page';

let session: BrowserSession;
beforeAll(async () => {
  session = await openBrowser({ viewport: PHONE });
  await addDebtThroughForm(session.page, session.baseUrl, {
    lender: '催收测试银行',
    last4: '2468',
    principal: '30000',
    firstMissedDue: '2026-05-01',
  });
});
afterAll(async () => {
  await session.close();
});

describe('collector conduct on a phone', () => {
  it('logs a call in four taps (which debt is always asked) and shows its findings at once', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl + '/');
    await page.getByRole('link', { name: '催收', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '催收记录' }).waitFor();
    await page.getByRole('link', { name: '记一笔' }).click();
    await page.getByRole('heading', { level: 1, name: '记一笔催收' }).waitFor();
    await page.getByRole('radio', { name: '接通的电话' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'conduct-form-390x844.png') });

    // Which debt is asked, never assumed; date and time default to now; "me" is chosen.
    await expect(page.getByLabel('哪一笔债务').inputValue()).resolves.toBe('');
    await expect(page.getByRole('radio', { name: '我本人' }).isChecked()).resolves.toBe(true);
    await expect(page.getByLabel('日期').inputValue()).resolves.toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await expect(page.getByLabel('时间').inputValue()).resolves.toMatch(/^\d{2}:\d{2}$/);
    // The first choices and the save button are on the first screen, within thumb reach.
    for (const name of ['接通的电话', '未接来电', '短信']) {
      const box = await page.getByRole('radio', { name }).locator('..').boundingBox();
      expect(box && box.y + box.height <= PHONE.height, name).toBe(true);
    }
    const save = await page.getByRole('button', { name: '保存' }).boundingBox();
    expect(save && save.y + save.height <= PHONE.height && save.height >= 44).toBe(true);

    const started = Date.now();
    let taps = 0;
    await page.getByRole('radio', { name: '接通的电话' }).click();
    taps++;
    await page.getByRole('checkbox', { name: '威胁、恐吓' }).click();
    taps++;
    await page.getByLabel('哪一笔债务').selectOption({ index: 1 });
    taps++;
    await page.getByRole('button', { name: '保存' }).click();
    taps++;
    await page.getByRole('heading', { level: 1, name: /的记录$/ }).waitFor();
    const findings = page.getByRole('region', { name: '这次联系可能涉及的问题' });
    await findings.getByRole('heading', { name: '威胁、恐吓' }).waitFor();
    const savedAfterMs = Date.now() - started;

    expect(taps).toBe(4);
    await expect(findings.getByText('法律').first().isVisible()).resolves.toBe(true);
    // The check ran in its worker, not on the main thread (the fallback for browsers without one).
    expect(page.workers().map((w) => new URL(w.url()).pathname)).toContainEqual(
      expect.stringMatching(/^\/assets\/conduct-check\.worker-.+\.js$/),
    );
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'conduct-entry-390x844.png'), fullPage: true });
    writeFileSync(
      join(ARTIFACTS_DIR, 'conduct-log-timing.json'),
      JSON.stringify({ viewport: PHONE, taps, requiredChoices: 2, savedAfterMs }, null, 2),
    );
    process.stdout.write(`conduct: logged a call in ${taps} taps, ${savedAfterMs} ms from open form to findings\n`);

    // An empty form does not save: the required choices are how they got in touch and which debt.
    await page.goto(baseUrl + '/conduct/new');
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('有 2 处需要修改，见下方标红的地方。还没有保存。').waitFor();
    await page.getByText('请选择这次催收是为了哪一笔债务；都不是的话，选“未关联债务”。').waitFor();
  });

  it('logs a relative being told the debt, lists both entries with their findings', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl + '/conduct/new');
    await page.getByRole('radio', { name: '短信' }).click();
    await page.getByRole('radio', { name: '家人' }).click();
    await page.getByLabel('具体是谁（可选）').fill('妈妈');
    await page.getByRole('checkbox', { name: '把欠款告诉了别人' }).click();
    await page.getByLabel('哪一笔债务').selectOption({ index: 1 });
    await page.getByRole('button', { name: '保存' }).click();
    await page
      .getByRole('region', { name: '这次联系可能涉及的问题' })
      .getByRole('heading', { name: '把你的欠款告诉了别人' })
      .waitFor();

    await page.getByRole('link', { name: '催收', exact: true }).click();
    await page.getByRole('heading', { name: '全部记录（2 条）' }).waitFor();
    await page.getByRole('heading', { name: /^发现 \d+ 个可能的问题$/ }).waitFor();
    await expect(page.locator('.entry-item').count()).resolves.toBe(2);
  });

  it('opens the complaint packet and prints it on A4 without the app around it', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl + '/conduct');
    await page.getByRole('link', { name: '整理投诉材料' }).click();
    await page.getByRole('heading', { level: 1, name: '整理投诉材料' }).waitFor();
    await page.getByRole('radio', { name: '全部材料' }).waitFor();
    const sheet = page.locator('.print-sheet');
    await sheet.getByText('催收投诉材料').waitFor();
    for (const text of ['催收情况摘要', '证据清单', '催收测试银行客户投诉部门：', '报警情况说明']) {
      await expect(sheet.getByText(text).first().isVisible(), text).resolves.toBe(true);
    }
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'conduct-packet-390x844.png') });

    const pdfPath = join(ARTIFACTS_DIR, 'conduct-packet.pdf');
    await page.pdf({ path: pdfPath, format: 'A4', printBackground: true });
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toContain('催收投诉材料');
    expect(text).toContain('投诉书');
    expect(text).toContain('报警情况说明');
    expect(text).not.toContain('记一笔');
    expect(text).not.toContain('整理投诉材料');
    const pages = execFileSync('pdfinfo', [pdfPath], { encoding: 'utf8' }).match(/Pages:\s+(\d+)/);
    expect(Number(pages?.[1])).toBeGreaterThanOrEqual(5);

    expect(foreignRequests(session.requests, baseUrl)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('has no axe violations and only ≥44 px touch targets on the conduct screens', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl + '/conduct');
    await page.locator('.entry-item').first().click();
    await page.getByRole('heading', { level: 1, name: /的记录$/ }).waitFor();
    const entryPath = new URL(page.url()).pathname;
    const violations: string[] = [];
    const small: string[] = [];
    for (const route of [
      '/conduct',
      '/conduct/new',
      entryPath,
      '/conduct/rights',
      '/conduct/context',
      '/conduct/packet',
    ]) {
      await page.goto(baseUrl + route);
      await page.locator('h1').first().waitFor();
      // Every part has loaded (a screen can show several "正在读取" at once).
      await page.waitForFunction(() => !document.querySelector('main')?.textContent?.includes('正在读取'));
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      for (const v of result.violations)
        violations.push(`${route}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      small.push(
        ...(
          await page.evaluate(() =>
            [
              ...document.querySelectorAll<HTMLElement>(
                'button, a.button, .entry-item, .chip, select, textarea, input:not(.chip-input), summary',
              ),
            ]
              .filter((el) => el.offsetParent !== null && !el.closest('.print-sheet'))
              .map((el) => ({ el: el.outerHTML.slice(0, 70), box: el.getBoundingClientRect() }))
              .filter((r) => r.box.width < 44 || r.box.height < 44)
              .map((r) => r.el),
          )
        ).map((el) => `${route}: ${el}`),
      );
    }
    expect(violations).toEqual([]);
    expect(small).toEqual([]);
  });
});
