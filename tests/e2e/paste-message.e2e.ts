/**
 * 粘贴短信/微信 in a real browser on a 390×844 phone. First offline: a message shared from the
 * SMS app arrives as the manifest's share_target URL (/conduct/paste?text=…) while the phone has
 * no network; the lazy paste screen loads from the service worker's cache, takes the words and
 * removes them from the address; the debt's assessment, another lazy screen, loads offline too.
 * Then online from the contact log: paste a threatening SMS,
 * see the suggested ticks with their words, save with at most 3 taps after the paste, and see
 * the findings.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARTIFACTS_DIR,
  PHONE,
  foreignRequests,
  openBrowser,
  waitForServiceWorkerControl,
  type BrowserSession,
} from './support/browser';
import { addDebtThroughForm } from './support/ledger-page';

const SMS =
  '10690000123 2026-12-01 22:47\n【招商银行】你尾号2468的欠款再不还，今晚就爆你通讯录，通知你的家人和同事，等着坐 牢吧！';
const SHARED = '你是张三的紧急联系人，他在招商银行的借款已逾期，麻烦转告他尽快还款，否则明天上门。';

let session: BrowserSession;
beforeAll(async () => {
  session = await openBrowser({ viewport: PHONE });
  await session.page.goto(session.baseUrl + '/');
  await waitForServiceWorkerControl(session.page);
  await addDebtThroughForm(session.page, session.baseUrl, {
    lender: '招商银行',
    last4: '2468',
    principal: '30000',
    firstMissedDue: '2026-05-01',
  });
});
afterAll(async () => {
  await session.close();
});

describe('paste a collector’s message', () => {
  it('opens a shared message offline, with the words taken out of the address', async () => {
    const { page, context, baseUrl } = session;
    await context.setOffline(true);
    try {
      const response = await page.goto(`${baseUrl}/conduct/paste?title=&text=${encodeURIComponent(SHARED)}&url=`);
      expect(response?.fromServiceWorker()).toBe(true);
      await page.getByRole('heading', { level: 1, name: '粘贴短信/微信' }).waitFor();
      await expect(page.getByLabel('收到的消息').inputValue()).resolves.toBe(SHARED);
      await page.waitForURL((url) => url.search === '');
      // Nothing about the debt in the address or in this entry of the history.
      expect(page.url()).toBe(`${baseUrl}/conduct/paste`);
      await expect(page.evaluate(() => location.href + JSON.stringify(history.state))).resolves.not.toContain(
        encodeURIComponent('张三'),
      );
      await page.getByRole('checkbox', { name: /把欠款告诉了别人/ }).waitFor();
      await expect(page.getByRole('checkbox', { name: /扬言上门/ }).isChecked()).resolves.toBe(true);
      await page.getByRole('button', { name: '保存 1 条记录' }).click();
      await page.getByRole('heading', { level: 1, name: /的记录$/ }).waitFor();
      await page
        .getByRole('region', { name: '这次联系可能涉及的问题' })
        .getByRole('heading', { name: '把你的欠款告诉了别人' })
        .waitFor();
      // The lazy screens that share modules with the entry preload its stylesheet, which the
      // build inlines: they load offline too (the debt's legal assessment is one).
      await page.goto(baseUrl + '/');
      await page
        .getByRole('link', { name: /招商银行/ })
        .first()
        .click();
      await page.getByRole('heading', { level: 2, name: '法律上现在是什么情况' }).waitFor();
      expect(session.pageErrors).toEqual([]);
    } finally {
      await context.setOffline(false);
    }
  });

  it('reads a threatening SMS and saves it with its findings in at most 3 taps after the paste', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl + '/conduct');
    await page.getByRole('link', { name: '粘贴短信/微信' }).click();
    const field = page.getByLabel('收到的消息');
    await field.waitFor();
    await field.fill(SMS);

    const threat = page.getByRole('checkbox', { name: /威胁恐吓/ });
    await threat.waitFor();
    await expect(threat.isChecked()).resolves.toBe(true);
    await expect(page.locator('mark', { hasText: '坐 牢' }).count()).resolves.toBe(1);
    await expect(page.getByText('原话：“坐 牢”').isVisible()).resolves.toBe(true);
    // The debt named in the SMS is proposed, and said so.
    await expect(page.getByRole('radio', { name: /招商银行/ }).isChecked()).resolves.toBe(true);
    await page.getByText('从消息里看出是这笔，请确认。').waitFor();
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'paste-message-390x844.png'), fullPage: true });
    // The read message with its marks and suggestion chips passes axe as well.
    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);

    let taps = 0;
    const save = page.getByRole('button', { name: '保存 1 条记录' });
    const box = await save.boundingBox();
    expect(box && box.y + box.height <= PHONE.height && box.height >= 44).toBe(true);
    await save.click();
    taps++;
    await page.getByRole('heading', { level: 1, name: '22:47 的记录' }).waitFor();
    const findings = page.getByRole('region', { name: '这次联系可能涉及的问题' });
    await findings.getByRole('heading', { name: '威胁、恐吓' }).waitFor();
    await findings.getByRole('heading', { name: '晚上 22 点到早上 8 点之间催收' }).waitFor();
    await page.getByText('等着坐 牢吧', { exact: false }).first().waitFor();
    expect(taps).toBeLessThanOrEqual(3);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'paste-message-saved-390x844.png'), fullPage: true });

    expect(foreignRequests(session.requests, baseUrl)).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
