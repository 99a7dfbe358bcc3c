import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShoreDb } from '../../../src/storage/db';
import { addDebt } from '../../../src/storage/repos/debts-repo';
import { DEFAULT_LOCK_OPTIONS, saveLock } from '../../../src/storage/app-lock/app-lock';
import { createLockRecord } from '../../../src/storage/app-lock/app-lock-pin';
import { DEVICE_KEYS } from '../../../src/storage/device-state';
import { LOCAL_MARKER_KEY, readLocalMarker } from '../../../src/storage/data-loss/marker';
import { HIDE_AMOUNTS_HINT_KEY, LOCK_HINT_KEY, resetSafetyForTests } from '../../../src/app/safety/safety-store';
import { renderSafeApp } from '../../../src/testing/render-safe-app';
import { freshDb } from '../../../src/testing/test-db';
import { makeDebtFields } from '../../../src/testing/factories';

const WECHAT_UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.48(0x18003029) NetType/WIFI Language/zh_CN';
const realUa = navigator.userAgent;
const setUa = (ua: string) => Object.defineProperty(navigator, 'userAgent', { value: ua, configurable: true });

const debt = (lender: string) => makeDebtFields({ lender });

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
  // After the swap: work still finishing from the previous test cannot write these back.
  localStorage.removeItem(LOCAL_MARKER_KEY);
  localStorage.removeItem(LOCK_HINT_KEY);
  localStorage.removeItem(HIDE_AMOUNTS_HINT_KEY);
});
afterEach(() => {
  setUa(realUa);
  resetSafetyForTests();
});

describe('app lock', { timeout: 30_000 }, () => {
  it('starts locked, shows no record or amount, and opens only with the right PIN', async () => {
    await addDebt(debt('锁后面的银行'));
    await saveLock(db, await createLockRecord('285713', DEFAULT_LOCK_OPTIONS, 100_000));
    localStorage.setItem(LOCK_HINT_KEY, '1');
    const user = userEvent.setup();
    renderSafeApp('/');

    const lockScreen = await screen.findByRole('dialog', { name: '已锁定' });
    // Give the ledger time to load underneath: it must stay hidden.
    await waitFor(() => expect(document.body.textContent).toContain('锁后面的银行'));
    const visibleText = within(lockScreen).getByRole('heading').closest('.safety-screen')!.textContent;
    expect(visibleText).not.toContain('锁后面的银行');
    expect(visibleText).not.toMatch(/¥/);
    expect(document.querySelector('.safety-content')).toHaveAttribute('hidden');
    for (const el of screen.getAllByText('锁后面的银行')) expect(el).not.toBeVisible();

    await user.type(screen.getByLabelText('输入 PIN 解锁'), '111111');
    await user.click(screen.getByRole('button', { name: '解锁' }));
    expect(await screen.findByText(/PIN 不对/)).toBeInTheDocument();
    expect(document.querySelector('.safety-content')).toHaveAttribute('hidden');

    await user.type(screen.getByLabelText('输入 PIN 解锁'), '285713');
    await user.click(screen.getByRole('button', { name: '解锁' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: '已锁定' })).toBeNull());
    expect(screen.getAllByText('锁后面的银行')[0]).toBeVisible();
  });

  it('locks even when the localStorage hint was lost', async () => {
    await saveLock(db, await createLockRecord('285713', DEFAULT_LOCK_OPTIONS, 100_000));
    renderSafeApp('/');
    expect(await screen.findByRole('dialog', { name: '已锁定' })).toBeInTheDocument();
  });

  it('offers only a PIN-locked backup and a wipe when the PIN is forgotten', async () => {
    await saveLock(db, await createLockRecord('285713', DEFAULT_LOCK_OPTIONS, 100_000));
    localStorage.setItem(LOCK_HINT_KEY, '1');
    const user = userEvent.setup();
    renderSafeApp('/');
    await user.click(await screen.findByRole('button', { name: '忘记 PIN？' }));
    expect(screen.getByRole('button', { name: '导出加密备份' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: '抹掉全部数据' })).toBeInTheDocument();
    expect(screen.getByText(/只能用原来的 PIN 打开/)).toBeInTheDocument();
    expect(document.querySelector('.safety-content')).toHaveAttribute('hidden');
  });
});

describe('in-app browsers', () => {
  it('shows the guide before any form, then allows a read-only look around', async () => {
    setUa(WECHAT_UA);
    const user = userEvent.setup();
    renderSafeApp('/debts/new');
    expect(await screen.findByRole('dialog', { name: '请用手机浏览器打开上岸' })).toBeInTheDocument();
    expect(screen.getByText(/在Safari中打开/)).toBeInTheDocument();
    expect(await screen.findByLabelText('银行或借款机构')).not.toBeVisible();

    await user.click(screen.getByRole('button', { name: '先看看（不能保存）' }));
    expect(screen.getByLabelText('银行或借款机构')).toBeVisible();
    expect(await screen.findByText(/只能浏览：在微信里不能保存记录/)).toBeInTheDocument();
    await expect(addDebt(debt('不该保存'))).rejects.toMatchObject({ code: 'read-only' });
    expect(await db.debts.count()).toBe(0);
  });
});

describe('data that went missing', () => {
  it('says so plainly and offers a restore instead of starting empty', async () => {
    localStorage.setItem(
      LOCAL_MARKER_KEY,
      JSON.stringify({ datasetId: 'old', recordCount: 12, lastWriteAt: '2026-11-01T10:00:00.000Z' }),
    );
    const user = userEvent.setup();
    renderSafeApp('/');
    expect(await screen.findByRole('heading', { name: '这台设备上的记录不见了' })).toBeInTheDocument();
    expect(screen.getByText(/保存过 12 条记录/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '从备份恢复' })).toHaveAttribute('href', '/settings/backup');
    // The evidence is kept until the user answers.
    expect(readLocalMarker(localStorage)?.recordCount).toBe(12);

    await user.click(screen.getByRole('button', { name: '没有备份，从头开始' }));
    await waitFor(() => expect(screen.queryByRole('heading', { name: '这台设备上的记录不见了' })).toBeNull());
    await waitFor(() => expect(readLocalMarker(localStorage)?.recordCount).toBe(0));
  });
});

describe('hide amounts', () => {
  it('never shows an amount, not even for a moment, when the setting is on', async () => {
    await addDebt(debt('看不到金额的银行'));
    await db.settings.put({ key: DEVICE_KEYS.hideAmounts, value: true });
    localStorage.setItem(HIDE_AMOUNTS_HINT_KEY, '1');
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(document.body.textContent ?? ''));
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    renderSafeApp('/');
    await screen.findAllByText('看不到金额的银行');
    await waitFor(() => expect(document.body.textContent).toContain('¥ ••••'));
    observer.disconnect();
    expect(seen.some((text) => /48,000/.test(text))).toBe(false);
  });

  it('masks every amount on screen', async () => {
    await addDebt(debt('看不到金额的银行'));
    await db.settings.put({ key: DEVICE_KEYS.hideAmounts, value: true });
    renderSafeApp('/');
    await screen.findAllByText('看不到金额的银行');
    await waitFor(() => expect(document.body.textContent).toContain('¥ ••••'));
    expect(document.body.textContent).not.toMatch(/48,000/);
  });
});
