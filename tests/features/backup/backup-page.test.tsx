import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { toFen } from '../../../src/domain/money';
import type { ShoreDb } from '../../../src/storage/db';
import { addDebt, deleteDebt } from '../../../src/storage/repos/debts-repo';
import { readBackupState } from '../../../src/storage/backup-reminder/backup-state';
import { resetSafetyForTests } from '../../../src/app/safety/safety-store';
import { renderSafeApp } from '../../../src/testing/render-safe-app';
import { freshDb } from '../../../src/testing/test-db';
import { makeDebtFields } from '../../../src/testing/factories';

const debt = (lender: string, notes = '') => makeDebtFields({ lender, notes, principal: toFen(123_456) });

/** The app hands files to a download link; keep what it handed over. */
function captureDownloads(): File[] {
  const files: File[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    files.push(blob as File);
    return 'blob:captured';
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
  return files;
}

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(() => {
  vi.restoreAllMocks();
  resetSafetyForTests();
});

describe('backup page', { timeout: 60_000 }, () => {
  it('exports with a passphrase typed twice, then restores every record after a wipe', async () => {
    await addDebt(debt('第一家银行', '<script>alert(1)</script>'));
    await addDebt(debt('第二家银行'));
    const files = captureDownloads();
    const user = userEvent.setup();
    renderSafeApp('/settings/backup');
    await screen.findByRole('heading', { name: '备份与恢复' });
    expect(screen.getByText(/忘记密码，任何人.*都无法打开/)).toBeInTheDocument();

    await user.type(screen.getByLabelText('备份密码'), 'correct horse');
    await user.type(screen.getByLabelText('再输入一次密码'), 'correct hors');
    await user.click(screen.getByRole('button', { name: '导出备份文件' }));
    expect(await screen.findByText('两次输入的密码不一样')).toBeInTheDocument();
    expect(files).toHaveLength(0);

    await user.type(screen.getByLabelText('再输入一次密码'), 'e');
    await user.click(screen.getByRole('button', { name: '导出备份文件' }));
    expect(await screen.findByText(/已导出：2 笔债务/, undefined, { timeout: 20_000 })).toBeInTheDocument();
    expect(files).toHaveLength(1);
    expect(files[0].name).toMatch(/^shore-backup-\d{4}-\d{2}-\d{2}-encrypted\.json$/);
    expect(await files[0].text()).not.toContain('第一家银行');
    expect((await readBackupState(db)).lastBackupAt).not.toBeNull();

    await db.debts.clear();
    await user.upload(screen.getByLabelText('选择备份文件'), files[0]);
    await user.type(await screen.findByLabelText('这个备份文件的密码'), 'wrong passphrase');
    await user.click(screen.getByRole('button', { name: '打开' }));
    expect(await screen.findByText(/密码不对，或者文件已损坏/, undefined, { timeout: 20_000 })).toBeInTheDocument();
    expect(await db.debts.count()).toBe(0);

    await user.type(screen.getByLabelText('这个备份文件的密码'), 'correct horse');
    await user.click(screen.getByRole('button', { name: '打开' }));
    expect(await screen.findByText(/2 笔债务；将替换本机数据/, undefined, { timeout: 20_000 })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '开始恢复' }));
    expect(await screen.findByText(/已恢复：2 笔债务/)).toBeInTheDocument();
    const lenders = (await db.debts.toArray()).map((d) => d.lender).sort();
    expect(lenders).toEqual(['第一家银行', '第二家银行']);
    expect((await db.debts.toArray()).find((d) => d.lender === '第一家银行')?.notes).toBe('<script>alert(1)</script>');
  });

  it('refuses a junk file in plain Chinese and changes nothing', async () => {
    await addDebt(debt('留着的银行'));
    const user = userEvent.setup();
    renderSafeApp('/settings/backup');
    await user.upload(
      await screen.findByLabelText('选择备份文件'),
      new File([new Uint8Array([0xff, 0xd8, 0xff, 0x00, 0x10])], 'photo.json', { type: 'application/json' }),
    );
    expect(await screen.findByText(/这不是上岸的备份文件.*这台设备上的数据没有任何改动/)).toBeInTheDocument();
    expect((await db.debts.toArray()).map((d) => d.lender)).toEqual(['留着的银行']);
  });

  it('previews a merge when the device already has records', async () => {
    await addDebt(debt('旧记录'));
    const files = captureDownloads();
    const user = userEvent.setup();
    renderSafeApp('/settings/backup');
    await user.click(await screen.findByLabelText('给备份文件加密码（推荐）'));
    expect(screen.getByText(/谁拿到都能打开查看/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '导出备份文件' }));
    await waitFor(() => expect(files).toHaveLength(1));
    await user.upload(screen.getByLabelText('选择备份文件'), files[0]);
    expect(await screen.findByText(/1 笔债务；将与本机数据合并（其中 1 条本机已有）/)).toBeInTheDocument();
    expect(screen.getByRole('radio', { name: /合并/ })).toBeChecked();
  });

  it('lists a record changed on both sides and keeps the copy the person chose', async () => {
    const id = await addDebt(debt('导出时的名字'));
    const files = captureDownloads();
    const user = userEvent.setup();
    renderSafeApp('/settings/backup');
    await user.click(await screen.findByLabelText('给备份文件加密码（推荐）'));
    await user.click(screen.getByRole('button', { name: '导出备份文件' }));
    await waitFor(() => expect(files).toHaveLength(1));
    // Changed here after the backup: this device's copy is the newer one.
    const stored = (await db.debts.get(id))!;
    await db.debts.put({ ...stored, lender: '后来改的名字', updatedAt: new Date(Date.now() + 1000).toISOString() });

    await user.upload(screen.getByLabelText('选择备份文件'), files[0]);
    const conflicts = await screen.findByRole('group', { name: '1 条记录两边都改过，请选择保留哪一份' });
    const record = screen.getByRole('group', { name: '债务：导出时的名字' });
    expect(conflicts).toContainElement(record);
    expect(screen.getByRole('radio', { name: /保留本机的（.*修改），较新/ })).toBeChecked();
    await user.click(screen.getByRole('radio', { name: /用备份里的/ }));
    await user.click(screen.getByRole('button', { name: '开始恢复' }));
    await screen.findByText(/已恢复/);
    expect((await db.debts.get(id))?.lender).toBe('导出时的名字');
  });

  it('says that records deleted here stay deleted in a merge', async () => {
    const kept = await addDebt(debt('留下的'));
    const gone = await addDebt(debt('删掉的'));
    const files = captureDownloads();
    const user = userEvent.setup();
    renderSafeApp('/settings/backup');
    await user.click(await screen.findByLabelText('给备份文件加密码（推荐）'));
    await user.click(screen.getByRole('button', { name: '导出备份文件' }));
    await waitFor(() => expect(files).toHaveLength(1));
    await deleteDebt(gone);

    await user.upload(screen.getByLabelText('选择备份文件'), files[0]);
    expect(await screen.findByText('备份里有 1 条记录在这台手机上已经删除，合并后仍然是删除的。')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: '开始恢复' }));
    await screen.findByText(/已恢复/);
    expect(await db.debts.get(gone)).toBeUndefined();
    expect(await db.debts.get(kept)).toBeDefined();
  });

  it('shows how far a long restore has got, with counts', async () => {
    const { manyDebtRowsV1 } = await import('../../../src/testing/factories');
    const file = new File(
      [
        JSON.stringify({
          format: 'shore-backup',
          formatVersion: 1,
          schemaVersion: 1,
          exportedAt: '2026-11-28T00:00:00.000Z',
          app: { name: 'shore', version: 'test' },
          data: { debts: manyDebtRowsV1(2_500), settings: [] },
        }),
      ],
      'big.json',
      { type: 'application/json' },
    );
    const user = userEvent.setup();
    renderSafeApp('/settings/backup');
    await user.upload(await screen.findByLabelText('选择备份文件'), file);
    const checking = await screen.findByRole('progressbar', { name: /^正在检查：\d+ \/ 2500 条$/ });
    expect(Number(checking.getAttribute('value'))).toBeGreaterThan(0);
    await user.click(await screen.findByRole('button', { name: '开始恢复' }, { timeout: 20_000 }));
    const writing = await screen.findByRole('progressbar', { name: /^正在写入：\d+ \/ 2500 条$/ });
    expect(writing).toHaveAttribute('max', '2500');
    expect(await screen.findByText('已恢复：2500 笔债务。', undefined, { timeout: 20_000 })).toBeInTheDocument();
    expect(await db.debts.count()).toBe(2_500);
  });
});
