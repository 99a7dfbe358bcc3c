/**
 * The ledger in a real browser: install, record a debt, go offline, reload, and everything is
 * still there; no request leaves the app's origin; Chromium finds nothing blocking install.
 */
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  foreignRequests,
  openBrowser,
  waitForServiceWorkerControl,
  type BrowserSession,
} from './support/browser';
import { addDebtThroughForm } from './support/ledger-page';

let session: BrowserSession | undefined;
afterEach(async () => {
  await session?.close();
  session = undefined;
});

describe('offline ledger', () => {
  it('keeps the app and a new debt available offline after reload', async () => {
    session = await openBrowser();
    const { page, context, baseUrl } = session;
    await page.goto(baseUrl + '/');
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('债务清单');
    await waitForServiceWorkerControl(page);

    await addDebtThroughForm(page, baseUrl, {
      lender: '离线测试银行',
      last4: '4321',
      principal: '52,000',
      interest: '3000.5',
      firstMissedDue: '2026-03-01',
    });
    await page.getByRole('link', { name: '债务' }).click();
    // The debt's own page (its title and delete dialog also name the lender) stays up until the
    // list has loaded, so wait for the list's heading before looking for the debt in it.
    await page.getByRole('heading', { level: 1, name: '债务清单' }).waitFor();
    await page.getByText('离线测试银行').waitFor();
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'ledger-390x844.png'), fullPage: true });

    await context.setOffline(true);
    const response = await page.reload({ waitUntil: 'load' });
    expect(response?.fromServiceWorker()).toBe(true);
    await page.getByText('离线测试银行').waitFor();
    expect(await page.getByText('¥55,000.50').count()).toBeGreaterThan(0);

    // A deep link also opens offline (navigation fallback to the precached shell).
    await page.goto(baseUrl + '/settings');
    await page.getByRole('heading', { level: 1, name: '设置' }).waitFor();

    expect(foreignRequests(session.requests, baseUrl)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('serves the first screen as prerendered HTML and hydrates it without errors', async () => {
    session = await openBrowser();
    const { page, baseUrl } = session;
    const html = await (await page.request.get(baseUrl + '/')).text();
    expect(html).toContain('<div id="root" data-prerendered="/"');
    expect(html).toContain('债务清单');
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    await page.goto(baseUrl + '/');
    // Interactive after hydration: client-side navigation works.
    await page.getByRole('link', { name: '添加一笔债务' }).click();
    await page.getByRole('heading', { level: 1, name: '添加债务' }).waitFor();
    expect(session.consoleErrors).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('serves a first visit to a deep link its own prerendered page, then runs it', async () => {
    session = await openBrowser();
    const { page, baseUrl } = session;
    const html = await (await page.request.get(baseUrl + '/conduct/rights')).text();
    expect(html).toContain('<div id="root" data-prerendered="/conduct/rights"');
    expect(html).toContain('<h1 class="page-title">我的权利</h1>');
    // Its screen's styles are inlined, so it is styled at first paint without another request.
    expect(html).not.toMatch(/<link rel="stylesheet"/);
    expect(html).toContain('.rights-item');
    // Pages with forms are prerendered too, their controls disabled until the app runs.
    const form = await (await page.request.get(baseUrl + '/debts/new')).text();
    expect(form).toContain('data-prerendered="/debts/new"');
    expect(form).toContain('<fieldset class="screen-fieldset" disabled="">');

    await page.goto(baseUrl + '/conduct/rights');
    await page.getByRole('heading', { level: 1, name: '我的权利' }).waitFor();
    // The app took over: client-side navigation works, and the page is not there twice.
    await page.getByRole('link', { name: '法律', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: '法律到底怎么说' }).waitFor();
    expect(await page.locator('.app').count()).toBe(1);
    expect(session.consoleErrors).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });

  it('is installable: manifest and service worker satisfy Chromium', async () => {
    session = await openBrowser();
    const { page, baseUrl } = session;
    await page.goto(baseUrl + '/');
    await waitForServiceWorkerControl(page);
    const cdp = await page.context().newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as {
      installabilityErrors: { errorId: string }[];
    };
    expect(installabilityErrors).toEqual([]);

    const manifest = (await (await page.request.get(baseUrl + '/manifest.webmanifest')).json()) as {
      name: string;
      display: string;
      start_url: string;
      icons: { purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: '上岸 · 逾期自助工具', display: 'standalone', start_url: '/' });
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
    expect(foreignRequests(session.requests, baseUrl)).toEqual([]);
  });
});
