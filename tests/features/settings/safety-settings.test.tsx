import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShoreDb } from '../../../src/storage/db';
import { readLock } from '../../../src/storage/app-lock/app-lock';
import { DEVICE_KEYS } from '../../../src/storage/device-state';
import { LOCK_HINT_KEY, resetSafetyForTests } from '../../../src/app/safety/safety-store';
import { renderSafeApp } from '../../../src/testing/render-safe-app';
import { freshDb } from '../../../src/testing/test-db';

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
  localStorage.removeItem(LOCK_HINT_KEY);
});
afterEach(() => resetSafetyForTests());

describe('safety settings', { timeout: 60_000 }, () => {
  it('sets a PIN (refusing an obvious one), then locks on demand', async () => {
    const user = userEvent.setup();
    renderSafeApp('/settings');
    await user.click(await screen.findByRole('button', { name: '设置 PIN' }));
    await user.type(screen.getByLabelText('新 PIN（4–12 位数字）'), '123456');
    await user.type(screen.getByLabelText('再输入一次新 PIN'), '123456');
    await user.click(screen.getByRole('button', { name: '设置 PIN' }));
    expect(screen.getByText(/太容易被猜到/)).toBeInTheDocument();
    expect(await readLock(db)).toBeUndefined();

    await user.clear(screen.getByLabelText('新 PIN（4–12 位数字）'));
    await user.clear(screen.getByLabelText('再输入一次新 PIN'));
    await user.type(screen.getByLabelText('新 PIN（4–12 位数字）'), '285713');
    await user.type(screen.getByLabelText('再输入一次新 PIN'), '285713');
    await user.click(screen.getByRole('button', { name: '设置 PIN' }));
    expect(await screen.findByText('应用锁已开启。', undefined, { timeout: 20_000 })).toBeInTheDocument();
    expect(await readLock(db)).toBeDefined();
    expect(JSON.stringify(await db.settings.toArray())).not.toContain('285713');
    await waitFor(() => expect(localStorage.getItem(LOCK_HINT_KEY)).toBe('1'));

    await user.click(await screen.findByRole('button', { name: '立即锁定' }));
    expect(await screen.findByRole('dialog', { name: '已锁定' })).toBeInTheDocument();
  });

  it('turns "hide amounts" on and off', async () => {
    const user = userEvent.setup();
    renderSafeApp('/settings');
    const box = await screen.findByLabelText('在屏幕上隐藏所有金额');
    await user.click(box);
    await waitFor(async () =>
      expect(await db.settings.get(DEVICE_KEYS.hideAmounts)).toEqual({ key: DEVICE_KEYS.hideAmounts, value: true }),
    );
    expect(box).toBeChecked();
    await user.click(box);
    await waitFor(() => expect(box).not.toBeChecked());
  });

  it('says plainly what deletes records', async () => {
    renderSafeApp('/settings');
    expect(await screen.findByRole('heading', { name: '什么会删掉你的记录' })).toBeInTheDocument();
    for (const text of [/清除浏览数据/, /清理.*加速/, /退出登录/, /无痕/, /删除主屏幕上的上岸图标/, /7 天没有打开/]) {
      expect(screen.getByText(text)).toBeInTheDocument();
    }
  });

  it('wipes every database after a confirmation that reminds about backups', async () => {
    await db.settings.put({ key: 'language', value: 'zh-CN' });
    localStorage.setItem('shore.marker', '{}');
    const user = userEvent.setup();
    renderSafeApp('/settings');
    await user.click(await screen.findByRole('button', { name: '抹掉全部数据' }));
    expect(screen.getByText(/没有备份的记录将永远找不回来/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '确定抹掉' }));
    await waitFor(async () => expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(db.name));
    expect(localStorage.getItem('shore.marker')).toBeNull();
  });
});
