/**
 * Every screen paints its own content first, in either language: each route's page holds its
 * own screen (Chinese in the root, English in a template the boot script swaps in before the
 * first paint), never another route's; it shows without scripts; the strict CSP reports
 * nothing; the app takes over without a console error; a prerendered form cannot be typed
 * into before it is live, and works after; offline, each route gets its own page.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, it } from 'vitest';
import type { MessageKey } from '../../src/i18n/catalogue';
import { en } from '../../src/i18n/locales/en/index';
import { zhCN } from '../../src/i18n/locales/zh-CN/index';
import { openBrowser, waitForServiceWorkerControl, type BrowserSession } from './support/browser';

/** Deep routes and the message key of their <h1>. */
const ROUTES: { path: string; title: MessageKey }[] = [
  { path: '/debts/new', title: 'debts.form.newTitle' },
  { path: '/conduct/new', title: 'conduct.form.newTitle' },
  { path: '/budget', title: 'budget.title' },
  { path: '/settings/backup', title: 'backup.title' },
  { path: '/conduct/packet', title: 'conduct.packet.title' },
  { path: '/law', title: 'assess.myths.title' },
];
const LEDGER: MessageKey = 'debts.title';

const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'");
const headings = (html: string) => [...html.matchAll(/<h1[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => decode(m[1]));

/**
 * In every document before its scripts: the first frame with anything visible (what the first
 * paint shows: its visible <h1> and text, hidden elements left out), and every CSP violation.
 */
const RECORDER = `(() => {
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(e.violatedDirective + ' ' + e.blockedURI));
  const frame = () => {
    const text = document.body ? document.body.innerText.trim() : '';
    if (!text) return requestAnimationFrame(frame);
    const h1 = document.querySelector('h1');
    const visible = h1 && h1.checkVisibility({ visibilityProperty: true });
    window.__firstFrame = { h1: visible ? h1.textContent.trim() : null, lang: document.documentElement.lang, text };
  };
  requestAnimationFrame(frame);
})();`;

interface FirstFrame {
  h1: string | null;
  lang: string;
  text: string;
}

async function firstFrame(page: Page): Promise<FirstFrame> {
  await page.waitForFunction(() => (window as unknown as { __firstFrame?: unknown }).__firstFrame !== undefined);
  return page.evaluate(() => (window as unknown as { __firstFrame: FirstFrame }).__firstFrame);
}

/** The app has taken over the prerendered page: its screen's controls are enabled. */
async function waitForHydration(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const fieldset = document.querySelector('fieldset.screen-fieldset');
    return fieldset !== null && !fieldset.hasAttribute('disabled');
  });
}

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('prerendered pages', () => {
  it('serve each deep route its own screen in both languages, and no other route’s', async () => {
    session = await openBrowser({ serviceWorkers: 'block' });
    const { page, baseUrl } = session;
    const allTitles = [LEDGER, ...ROUTES.map((r) => r.title)];
    for (const { path, title } of ROUTES) {
      const html = await (await page.request.get(baseUrl + path)).text();
      expect(html, path).toContain(`<div id="root" data-prerendered="${path}"`);
      // The Chinese root and the English template: one <h1> each, this route's.
      expect(headings(html), path).toEqual([zhCN[title], en[title]]);
      for (const other of allTitles.filter((t) => t !== title && zhCN[t] !== zhCN[title])) {
        expect(headings(html), `${path} holds ${other}`).not.toContain(zhCN[other]);
      }
      // Its screen's chunk is named up front, not found after the entry has run.
      expect(html, path).toMatch(/<link rel="modulepreload" crossorigin href="\/assets\/[^"]+\.js">/);
    }
  });

  it('show their own screen with scripts blocked', async () => {
    session = await openBrowser({ serviceWorkers: 'block', javaScriptEnabled: false });
    const { page, baseUrl } = session;
    for (const { path, title } of ROUTES) {
      await page.goto(baseUrl + path);
      await expect(page.getByRole('heading', { level: 1 }).textContent(), path).resolves.toBe(zhCN[title]);
    }
  });

  it.each([
    { locale: 'zh-CN', lang: 'zh-CN', catalogue: zhCN },
    { locale: 'en-US', lang: 'en', catalogue: en },
  ])(
    'paint the browser’s language ($locale) at the first frame, with no CSP violation, and hydrate without errors',
    async ({ locale, lang, catalogue }) => {
      session = await openBrowser({ serviceWorkers: 'block', locale });
      const { page, baseUrl } = session;
      await page.addInitScript(RECORDER);
      for (const { path, title } of [{ path: '/', title: LEDGER }, ...ROUTES]) {
        await page.goto(baseUrl + path);
        const first = await firstFrame(page);
        expect(first, path).toMatchObject({ h1: catalogue[title], lang });
        await waitForHydration(page);
        await expect(page.getByRole('heading', { level: 1 }).textContent(), path).resolves.toBe(catalogue[title]);
        expect(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations), path).toEqual(
          [],
        );
      }
      // The app is live: client-side navigation works.
      await page.getByRole('link', { name: catalogue['nav.law'], exact: true }).click();
      await page.getByRole('heading', { level: 1, name: catalogue['assess.myths.title'] }).waitFor();
      expect(session.consoleErrors).toEqual([]);
      expect(session.pageErrors).toEqual([]);
    },
  );

  it('show a route with an id its loading shell first, never the ledger', async () => {
    session = await openBrowser({ serviceWorkers: 'block', locale: 'en-US' });
    const { page, baseUrl } = session;
    await page.addInitScript(RECORDER);
    await page.goto(baseUrl + '/debts/no-such-debt/edit');
    const first = await firstFrame(page);
    expect(first.h1).toBeNull();
    expect(first.text).toContain(en['status.loading']);
    expect(first.text).not.toContain(zhCN[LEDGER]);
    expect(first.text).not.toContain(en[LEDGER]);
    // Then the app renders the route itself (here: a debt that does not exist).
    await page.getByText(en['status.notFound']).waitFor();
    expect(session.pageErrors).toEqual([]);
  });

  it('keep a form disabled until the app takes over: typing before is refused, typing after works', async () => {
    session = await openBrowser({ serviceWorkers: 'block' });
    const { page, baseUrl } = session;
    // Hold the form's chunk back, so the page stays as prerendered for as long as needed.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/debt-routes-[^/]+\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(baseUrl + '/debts/new', { waitUntil: 'domcontentloaded' });
    const lender = page.getByLabel(zhCN['debts.form.lender']);
    await expect(lender.isDisabled()).resolves.toBe(true);
    await expect(page.getByRole('status').filter({ hasText: zhCN['status.preparing'] }).count()).resolves.toBe(1);
    // Typing at it before the app runs: nothing goes in, so nothing can be lost.
    await lender.click({ force: true });
    await page.keyboard.type('早到的字');
    await expect(lender.inputValue()).resolves.toBe('');

    release();
    await waitForHydration(page);
    await expect(lender.isDisabled()).resolves.toBe(false);
    await expect(page.getByText(zhCN['status.preparing']).count()).resolves.toBe(0);
    await lender.fill('某某银行');
    await expect(lender.inputValue()).resolves.toBe('某某银行');
    expect(session.consoleErrors).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('are answered offline each with its own page by the service worker', async () => {
    session = await openBrowser();
    const { page, context, baseUrl } = session;
    await page.goto(baseUrl + '/');
    await waitForServiceWorkerControl(page);
    await context.setOffline(true);
    for (const { path, title } of ROUTES) {
      const response = await page.goto(baseUrl + path);
      expect(response?.fromServiceWorker(), path).toBe(true);
      expect(headings(await response!.text()), path).toEqual([zhCN[title], en[title]]);
      await page.getByRole('heading', { level: 1, name: zhCN[title] }).waitFor();
    }
    expect(session.pageErrors).toEqual([]);
  });
});
