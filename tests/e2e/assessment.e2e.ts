/**
 * The assessment in a real browser: a debt with a payment order shows its deadline on the home
 * screen and the full assessment on its page; a source opens and its article text loads on
 * demand; axe finds nothing, every control is at least 44×44 px and nothing scrolls sideways
 * at 320 px with 200% text, with every section and source opened.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from './support/browser';
import { addDebtThroughForm } from './support/ledger-page';

let session: BrowserSession;
let debtPath = '';

function isoDaysAgo(days: number): string {
  const d = new Date();
  d.setDate(d.getDate() - days);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

beforeAll(async () => {
  session = await openBrowser();
  const { page, baseUrl } = session;
  await addDebtThroughForm(page, baseUrl, {
    lender: '评估测试银行',
    principal: '52000',
    interest: '3000',
    firstMissedDue: isoDaysAgo(200),
  });
  debtPath = new URL(page.url()).pathname;
  await page.getByRole('heading', { name: '法律上现在是什么情况' }).waitFor();
  await page.getByRole('button', { name: '记法院文书' }).click();
  await page.getByLabel('收到文书或发生的日期').fill(isoDaysAgo(9));
  await page.getByLabel('是什么').selectOption('payment-order-received');
  await page.getByRole('button', { name: '保存这条记录' }).click();
  await page
    .getByText(/还剩 6 天/)
    .first()
    .waitFor();
});
afterAll(async () => {
  await session.close();
});

async function openEverySource() {
  const { page } = session;
  await page.evaluate(() => {
    for (const d of document.querySelectorAll('details')) d.open = true;
  });
}

describe('assessment in the browser', () => {
  it('shows the nearest deadline on the home screen', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl + '/');
    const card = page.getByRole('region', { name: '最近的日期' });
    await expect(card.getByRole('link').first().textContent()).resolves.toContain('支付令异议期还剩 6 天');
  });

  it('opens a source and loads the article text on demand', async () => {
    const { page, baseUrl, requests } = session;
    await page.goto(baseUrl + debtPath);
    const criminal = page.getByRole('region', { name: '会不会涉及刑事责任（恶意透支）' });
    await criminal.getByText(/条件一：满足/).waitFor();
    const before = requests.filter((u) => u.includes('article-texts')).length;
    const condition = criminal.locator('li.finding', { hasText: '条件一' });
    await condition.getByText('来源').click();
    await condition.getByRole('button', { name: '查看条文' }).first().click();
    await condition.getByText(/数额在五万元以上不满五十万元/).waitFor();
    expect(requests.filter((u) => u.includes('article-texts')).length).toBeGreaterThan(before);
    expect(requests.every((u) => u.startsWith(baseUrl) || u.startsWith('data:') || u.startsWith('blob:'))).toBe(true);
  });

  it.each(['home', 'debt detail', 'law'] as const)(
    'has no axe violations on the %s page with every source open',
    async (name) => {
      const { page, baseUrl } = session;
      const route = name === 'home' ? '/' : name === 'law' ? '/law' : debtPath;
      await page.goto(baseUrl + route);
      await page.locator('h1').first().waitFor();
      if (route === debtPath) await page.getByRole('heading', { name: '法律上现在是什么情况' }).waitFor();
      await openEverySource();
      const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    },
  );

  it('keeps every control at least 44×44 px and nothing scrolls sideways at 320 px and 200% text', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl + debtPath);
    await page.getByRole('heading', { name: '法律上现在是什么情况' }).waitFor();
    await openEverySource();
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('.assessment button, .assessment summary, .assessment a.button')]
        .filter((el) => el.offsetParent !== null)
        .map((el) => ({ el: el.outerHTML.slice(0, 60), box: el.getBoundingClientRect() }))
        .filter((r) => r.box.width < 44 || r.box.height < 44)
        .map((r) => r.el),
    );
    expect(small).toEqual([]);

    await page.setViewportSize({ width: 320, height: 700 });
    for (const route of [debtPath, '/law', '/']) {
      await page.goto(baseUrl + route);
      await page.locator('h1').first().waitFor();
      if (route === debtPath) await page.getByRole('heading', { name: '法律上现在是什么情况' }).waitFor();
      await openEverySource();
      await page.evaluate(() => {
        document.documentElement.style.fontSize = '200%';
      });
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, route).toBeLessThanOrEqual(0);
    }
  });
});
