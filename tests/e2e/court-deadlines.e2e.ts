/**
 * Court steps in a real browser at 390×844: a complaint copy recorded on a debt gives the
 * answer deadline on the home screen, and the enforcement screen shows every statement with
 * its sources, with no axe violations and nothing scrolling sideways at 320 px and 200% text.
 */
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, openBrowser, type BrowserSession } from './support/browser';
import { addDebtThroughForm } from './support/ledger-page';

let session: BrowserSession;

function isoDaysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

beforeAll(async () => {
  session = await openBrowser();
  const { page, baseUrl } = session;
  await addDebtThroughForm(page, baseUrl, {
    lender: '答辩测试银行',
    principal: '30000',
    interest: '2000',
    firstMissedDue: isoDaysAgo(400),
  });
  await page.getByRole('heading', { name: '法律上现在是什么情况' }).waitFor();
  await page.getByRole('button', { name: '记法院文书' }).click();
  await page.getByLabel('收到文书或发生的日期').fill(isoDaysAgo(9));
  await page.getByLabel('是什么').selectOption('complaint-served');
  await page.getByRole('button', { name: '保存这条记录' }).click();
  await page
    .getByText(/还剩 6 天/)
    .first()
    .waitFor();
});
afterAll(async () => {
  await session.close();
});

describe('court steps in the browser', () => {
  it('shows the answer deadline on the home screen', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl + '/');
    const card = page.getByRole('region', { name: '最近的日期' });
    await expect(card.getByRole('link').first().textContent()).resolves.toContain('答辩期还剩 6 天');
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'home-answer-deadline-390x844.png') });
  });

  it('explains enforcement with every source, accessible and without sideways scrolling', async () => {
    const { page, baseUrl, requests } = session;
    await page.goto(baseUrl + '/court/enforcement');
    await page.getByRole('heading', { level: 1, name: '强制执行：能做什么，不能做什么' }).waitFor();
    await page.evaluate(() => {
      for (const d of document.querySelectorAll('details')) d.open = true;
    });
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'enforcement-390x844.png') });
    const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(requests.every((u) => u.startsWith(baseUrl) || u.startsWith('data:') || u.startsWith('blob:'))).toBe(true);

    await page.setViewportSize({ width: 320, height: 700 });
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
