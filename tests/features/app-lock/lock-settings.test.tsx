import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { LOCK_HINT_KEY, resetSafetyForTests } from '../../../src/app/safety/safety-store';
import type { ShoreDb } from '../../../src/storage/db';
import { renderSafeApp } from '../../../src/testing/render-safe-app';
import { freshDb } from '../../../src/testing/test-db';

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
  localStorage.removeItem(LOCK_HINT_KEY);
});
afterEach(() => resetSafetyForTests());

describe('lock settings', { timeout: 30_000 }, () => {
  it('gives the button back when saving the PIN fails', async () => {
    const user = userEvent.setup();
    renderSafeApp('/settings');
    await user.click(await screen.findByRole('button', { name: '设置 PIN' }));
    await user.type(screen.getByLabelText('新 PIN（4–12 位数字）'), '285713');
    await user.type(screen.getByLabelText('再输入一次新 PIN'), '285713');
    db.close();
    await user.click(screen.getByRole('button', { name: '设置 PIN' }));
    expect(await screen.findByRole('button', { name: '设置 PIN' })).toBeEnabled();
    expect(screen.queryByRole('button', { name: '正在保存……（需要几秒钟）' })).toBeNull();
  });
});
