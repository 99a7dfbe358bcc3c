/**
 * The first screens on a phone: the debts first on the home screen, the bottom navigation on
 * one line at 320 px in both languages with the current place marked, toasts in the
 * navigation's strip (never over what is read or typed) at 390×844, "已可离线使用" once ever,
 * and no select option cut off at 390 px, in English or Chinese.
 */
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS_DIR, PHONE, openBrowser, waitForServiceWorkerControl, type BrowserSession } from './support/browser';
import { addDebtThroughForm } from './support/ledger-page';

let session: BrowserSession;
let debtPath = '';
beforeAll(async () => {
  session = await openBrowser({ viewport: PHONE });
  const { page, baseUrl } = session;
  // Five debts, as the screenshot asks for, entered out of order.
  await addDebtThroughForm(page, baseUrl, { lender: '建设银行', principal: '3080', firstMissedDue: '2026-10-01' });
  await addDebtThroughForm(page, baseUrl, { lender: '中信银行', principal: '8000', firstMissedDue: '2026-06-15' });
  await addDebtThroughForm(page, baseUrl, { lender: '光大银行', principal: '4500', firstMissedDue: '2026-07-10' });
  await addDebtThroughForm(page, baseUrl, { lender: '招商银行', principal: '60100', firstMissedDue: '2026-03-05' });
  await addDebtThroughForm(page, baseUrl, { lender: '工商银行', principal: '12000', firstMissedDue: '2026-08-20' });
  debtPath = new URL(page.url()).pathname;
});
afterAll(async () => {
  await session.close();
});

async function useLocale(page: Page, baseUrl: string, locale: 'zh-CN' | 'en') {
  await page.goto(baseUrl + '/');
  await page.evaluate((l) => localStorage.setItem('shore.locale', l), locale);
}

describe('the home screen at 390×844', () => {
  it('shows the debts before anything else, the longest overdue first', async () => {
    const { page, baseUrl } = session;
    await page.setViewportSize(PHONE);
    await useLocale(page, baseUrl, 'zh-CN');
    await page.goto(baseUrl + '/');
    await page.locator('.debt-list .debt-item').first().waitFor();
    await page.getByRole('region', { name: '最近的日期' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'home-390x844.png') });
    const lenders = await page.locator('.debt-list .debt-lender').allTextContents();
    expect(lenders).toEqual(['招商银行', '中信银行', '光大银行', '工商银行', '建设银行']);
    const first = await page.locator('.debt-list .debt-item').first().boundingBox();
    const summary = await page.getByRole('region', { name: '总览' }).boundingBox();
    expect(first && summary && first.y < summary.y).toBe(true);
    expect(first && first.y + first.height < PHONE.height / 2).toBe(true);
  });
});

describe('bottom navigation at 320 px', () => {
  it.each(['zh-CN', 'en'] as const)(
    'fits one line in %s, every label whole, one place marked on every screen',
    async (locale) => {
      const { page, baseUrl } = session;
      await page.setViewportSize({ width: 320, height: 700 });
      await useLocale(page, baseUrl, locale);
      const problems: string[] = [];
      for (const [route, marked] of [
        ['/', '/'],
        [debtPath, '/'],
        ['/plan', '/hardship-plan'],
        ['/budget', '/hardship-plan'],
        ['/conduct', '/conduct'],
        ['/letters', '/letters'],
        ['/law', '/law'],
        ['/settings', '/settings'],
      ] as const) {
        await page.goto(baseUrl + route);
        await page.waitForFunction((l) => document.documentElement.lang === l, locale);
        await page.locator('h1').first().waitFor();
        const nav = await page.evaluate(() => {
          const links = [...document.querySelectorAll<HTMLAnchorElement>('.bottom-nav a')];
          const tops = new Set(links.map((a) => Math.round(a.getBoundingClientRect().top)));
          return {
            rows: tops.size,
            clipped: links
              .filter((a) => a.scrollWidth > a.clientWidth || a.getBoundingClientRect().height > 60)
              .map((a) => a.textContent),
            current: [...document.querySelectorAll<HTMLAnchorElement>('[aria-current="page"]')]
              .filter((a) => a.closest('.bottom-nav, .app-header'))
              .map((a) => new URL(a.href).pathname),
            overflow: document.documentElement.scrollWidth - document.documentElement.clientWidth,
          };
        });
        if (nav.rows !== 1) problems.push(`${route}: ${nav.rows} rows`);
        if (nav.clipped.length) problems.push(`${route}: clipped ${nav.clipped.join(', ')}`);
        if (nav.current.join() !== marked) problems.push(`${route}: marked ${nav.current.join() || 'nothing'}`);
        if (nav.overflow > 0) problems.push(`${route}: ${nav.overflow}px sideways`);
      }
      await page.goto(baseUrl + '/plan');
      await page.locator('h1').first().waitFor();
      await page.screenshot({ path: join(ARTIFACTS_DIR, `nav-320-${locale}.png`) });
      expect(problems).toEqual([]);
    },
  );
});

describe('toasts at 390×844', () => {
  it('show one at a time in the navigation’s strip, covering nothing on the page', async () => {
    const { page, baseUrl } = session;
    await page.setViewportSize(PHONE);
    await useLocale(page, baseUrl, 'zh-CN');
    await page.goto(baseUrl + '/budget');
    const salary = page.getByLabel('工资金额（元）');
    await salary.fill('8000');
    await page.getByRole('button', { name: '保存收支表' }).click();
    const toast = page.locator('.toast');
    await toast.getByText('收支表已保存').waitFor();
    await page.getByRole('button', { name: '保存收支表' }).click();
    await toast.first().waitFor();
    expect(await toast.count()).toBe(1);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'toast-390x844.png') });

    const boxes = await page.evaluate(() => {
      const r = (el: Element | null) => {
        const b = el?.getBoundingClientRect();
        return b ? { top: b.top, bottom: b.bottom, left: b.left, right: b.right } : null;
      };
      const toastBox = r(document.querySelector('.toast'));
      const navBox = r(document.querySelector('.bottom-nav'));
      // Every field and button of the page the person can see (above the navigation's strip).
      const covered = [...document.querySelectorAll('main input, main select, main textarea, main button, main a')]
        .map((el) => ({ el: el.outerHTML.slice(0, 60), box: r(el) }))
        .filter(({ box }) => box && navBox && box.bottom > 0 && box.top < navBox.top)
        .filter(({ box }) => box && toastBox && box.bottom > toastBox.top && box.top < toastBox.bottom)
        .map(({ el }) => el);
      return { toastBox, navBox, covered, viewport: window.innerHeight };
    });
    expect(boxes.toastBox && boxes.navBox).toBeTruthy();
    expect(boxes.toastBox!.top).toBeGreaterThanOrEqual(boxes.navBox!.top - 1);
    expect(boxes.toastBox!.bottom).toBeLessThanOrEqual(boxes.viewport + 1);
    expect(boxes.covered).toEqual([]);

    // A field the person is typing in, at the bottom of what they see, stays clear of it.
    const focused = await page.evaluate(() => {
      const nav = document.querySelector('.bottom-nav')!.getBoundingClientRect();
      const field = [...document.querySelectorAll<HTMLInputElement>('main input')].find(
        (el) => el.getBoundingClientRect().top > nav.top - 200 && el.getBoundingClientRect().bottom < nav.top,
      );
      field?.focus();
      const t = document.querySelector('.toast')?.getBoundingClientRect();
      const f = document.activeElement?.getBoundingClientRect();
      return { found: field !== undefined, overlaps: t && f ? f.bottom > t.top && f.top < t.bottom : false };
    });
    expect(focused.overlaps).toBe(false);
  });

  it('says “已可离线使用” once ever, closes it by itself, and not again on a fresh install', async () => {
    const fresh = await openBrowser({ viewport: PHONE });
    try {
      const { page, baseUrl } = fresh;
      await page.goto(baseUrl + '/');
      await waitForServiceWorkerControl(page);
      const notice = page.locator('.toast', { hasText: '已可离线使用' });
      await notice.waitFor();
      expect(await page.evaluate(() => localStorage.getItem('shore.offlineReadyShown'))).toBe('1');
      await notice.waitFor({ state: 'detached', timeout: 10_000 });

      // The service worker installs again from nothing (as after the browser dropped it).
      await page.evaluate(async () => {
        for (const r of await navigator.serviceWorker.getRegistrations()) await r.unregister();
      });
      await page.reload();
      await waitForServiceWorkerControl(page);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      expect(await page.locator('.toast').count()).toBe(0);
    } finally {
      await fresh.close();
    }
  });
});

describe('selects at 390 px', () => {
  it.each(['en', 'zh-CN'] as const)('show every option whole in %s', async (locale) => {
    const { page, baseUrl } = session;
    await page.setViewportSize(PHONE);
    await useLocale(page, baseUrl, locale);
    const cut: string[] = [];
    for (const route of [
      '/debts/new',
      '/budget',
      '/hardship-plan',
      '/settings',
      '/conduct/new',
      '/conduct/context',
      '/conduct/packet',
      '/letters/new/hardship-application',
      '/court/claim-check',
    ]) {
      await page.goto(baseUrl + route);
      await page.waitForFunction((l) => document.documentElement.lang === l, locale);
      await page.locator('h1').first().waitFor();
      await page.waitForFunction(() => !/Loading|正在读取/.test(document.querySelector('main')?.textContent ?? ''));
      cut.push(
        ...(await page.evaluate(() => {
          const ctx = document.createElement('canvas').getContext('2d')!;
          const out: string[] = [];
          for (const select of document.querySelectorAll<HTMLSelectElement>('main select')) {
            if (select.offsetParent === null) continue;
            const style = getComputedStyle(select);
            ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
            // The closed select shows the chosen option beside its arrow (about 20 px).
            const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
            for (const option of select.options) {
              const width = ctx.measureText(option.text).width;
              if (width > room)
                out.push(`${location.pathname}: “${option.text}” (${Math.round(width)} > ${Math.round(room)} px)`);
            }
          }
          return out;
        })),
      );
    }
    await useLocale(page, baseUrl, 'zh-CN');
    expect(cut).toEqual([]);
  });
});

describe('printing the budget', () => {
  it('with background graphics on, prints white: no beige page or card blocks', async () => {
    const { page, baseUrl } = session;
    await useLocale(page, baseUrl, 'zh-CN');
    await page.goto(baseUrl + '/budget');
    await page.getByRole('heading', { level: 1, name: '收支表' }).waitFor();
    await page.locator('.card').first().waitFor();
    const backgrounds = async () =>
      page.evaluate(() =>
        [document.documentElement, document.body, ...document.querySelectorAll('.app-main, .page, .card')].map(
          (el) => getComputedStyle(el).backgroundColor,
        ),
      );
    // On screen the page is beige, so the check below can tell the difference.
    expect(await backgrounds()).not.toEqual((await backgrounds()).map(() => 'rgb(255, 255, 255)'));
    await page.emulateMedia({ media: 'print' });
    const printed = await backgrounds();
    await page.emulateMedia({ media: 'screen' });
    expect(printed.filter((c) => c !== 'rgb(255, 255, 255)')).toEqual([]);
  });
});
