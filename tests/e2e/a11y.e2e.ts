/**
 * axe-core on every route, in both languages, light and dark. Also checks the basics axe
 * cannot: `lang` on the document and 44×44 px touch targets.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBrowser, type BrowserSession } from './support/browser';
import { addDebtThroughForm } from './support/ledger-page';

let session: BrowserSession;
let debtPath = '';

beforeAll(async () => {
  session = await openBrowser();
  await addDebtThroughForm(session.page, session.baseUrl, {
    lender: '无障碍测试银行',
    principal: '20000',
    interest: '500',
    firstMissedDue: '2026-05-01',
  });
  debtPath = new URL(session.page.url()).pathname;
});
afterAll(async () => {
  await session.close();
});

const ROUTES = () => ['/', '/debts/new', '/settings', '/law', debtPath, `${debtPath}/edit`];

describe.each(['zh-CN', 'en'] as const)('accessibility in %s', (locale) => {
  describe.each(['light', 'dark'] as const)('%s', (colorScheme) => {
    it('has no axe violations on any route', async () => {
      const { page, baseUrl } = session;
      await page.emulateMedia({ colorScheme });
      await page.goto(baseUrl + '/');
      await page.evaluate((l) => localStorage.setItem('shore.locale', l), locale);
      const found: string[] = [];
      for (const route of ROUTES()) {
        await page.goto(baseUrl + route);
        await page.waitForFunction((l) => document.documentElement.lang === l, locale);
        await page.locator('h1').first().waitFor();
        const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
        for (const v of result.violations)
          found.push(`${route}: ${v.id} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
      }
      expect(found).toEqual([]);
    });
  });
});

describe('touch targets and text size', () => {
  it('every button, link and field on the ledger is at least 44×44 px', async () => {
    const { page, baseUrl } = session;
    for (const route of ['/', '/debts/new', '/law', debtPath]) {
      await page.goto(baseUrl + route);
      await page.locator('h1').first().waitFor();
      const small = await page.evaluate(() =>
        [
          ...document.querySelectorAll<HTMLElement>(
            'button, a.button, .bottom-nav a, .debt-item, input, select, textarea',
          ),
        ]
          .filter((el) => el.offsetParent !== null && !el.classList.contains('skip-link'))
          .map((el) => {
            const box = el.getBoundingClientRect();
            return { el: el.outerHTML.slice(0, 60), width: box.width, height: box.height };
          })
          .filter((r) => r.width < 44 || r.height < 44),
      );
      expect(small, route).toEqual([]);
    }
  });

  it('holds the layout at 320 px wide and 200% text without horizontal scrolling', async () => {
    const { page, baseUrl } = session;
    await page.setViewportSize({ width: 320, height: 700 });
    for (const route of ['/', '/debts/new', '/law', debtPath]) {
      await page.goto(baseUrl + route);
      await page.locator('h1').first().waitFor();
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
