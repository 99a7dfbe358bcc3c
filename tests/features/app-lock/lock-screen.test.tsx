import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LOCK_HINT_KEY, resetSafetyForTests } from '../../../src/app/safety/safety-store';
import { restartApp } from '../../../src/lib/restart-app';
import type { ShoreDb } from '../../../src/storage/db';
import { DEFAULT_LOCK_OPTIONS, saveLock } from '../../../src/storage/app-lock/app-lock';
import { createLockRecord } from '../../../src/storage/app-lock/app-lock-pin';
import { renderSafeApp } from '../../../src/testing/render-safe-app';
import { freshDb } from '../../../src/testing/test-db';

vi.mock('../../../src/lib/restart-app', () => ({ restartApp: vi.fn() }));

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
  await saveLock(db, await createLockRecord('285713', DEFAULT_LOCK_OPTIONS, 100_000));
  localStorage.setItem(LOCK_HINT_KEY, '1');
  vi.mocked(restartApp).mockClear();
});
afterEach(() => {
  Reflect.deleteProperty(globalThis, 'caches');
  localStorage.removeItem(LOCK_HINT_KEY);
  resetSafetyForTests();
});

describe('lock screen', { timeout: 30_000 }, () => {
  it('after a wipe that left something behind, says so and does not restart', async () => {
    // Cache Storage refuses: the wipe is partial.
    const caches = { keys: () => Promise.reject(new Error('denied')) };
    Object.defineProperty(globalThis, 'caches', { value: caches, configurable: true });
    const user = userEvent.setup();
    renderSafeApp('/');
    await user.click(await screen.findByRole('button', { name: '忘记 PIN？' }));
    await user.click(screen.getByRole('button', { name: '抹掉全部数据' }));
    const dialog = document.querySelector('dialog')!;
    await user.click(within(dialog).getByRole('button', { name: '抹掉全部数据', hidden: true }));
    expect(await screen.findByText('有些内容没能删除。请在浏览器设置里清除本网站的数据。')).toBeInTheDocument();
    expect(restartApp).not.toHaveBeenCalled();
    expect(screen.getByRole('button', { name: '抹掉全部数据' })).toBeEnabled();
  });

  it('restarts after a complete wipe', async () => {
    const user = userEvent.setup();
    renderSafeApp('/');
    await user.click(await screen.findByRole('button', { name: '忘记 PIN？' }));
    await user.click(screen.getByRole('button', { name: '抹掉全部数据' }));
    const dialog = document.querySelector('dialog')!;
    await user.click(within(dialog).getByRole('button', { name: '抹掉全部数据', hidden: true }));
    await waitFor(() => expect(restartApp).toHaveBeenCalledOnce());
  });

  it('gives the unlock button back when checking the PIN fails', async () => {
    const user = userEvent.setup();
    renderSafeApp('/');
    const field = await screen.findByLabelText('输入 PIN 解锁');
    db.close();
    await user.type(field, '285713');
    await user.click(screen.getByRole('button', { name: '解锁' }));
    expect(await screen.findByText('没能核对 PIN，请再试一次。')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: '正在核对……' })).toBeNull();
    await user.type(screen.getByLabelText(/输入 PIN 解锁/), '285713');
    expect(screen.getByRole('button', { name: '解锁' })).toBeEnabled();
    expect(screen.getByRole('dialog', { name: '已锁定' })).toBeInTheDocument();
  });
});
