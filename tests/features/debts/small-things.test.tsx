/**
 * Small things users notice (issue 16 item 9): a debt's page says what kind of debt it is; an
 * empty ledger (a new phone, a wipe, lost data) offers a restore from a backup and says to
 * install first; a backup file made under the discreet install name does not name the app.
 */
import { screen } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import { backupFileName } from '../../../src/storage/backup/export-backup';
import { addDebt } from '../../../src/storage/repos/debts-repo';
import { makeDebtFields } from '../../../src/testing/factories';
import { renderApp } from '../../../src/testing/render-app';
import { freshDb } from '../../../src/testing/test-db';

const SLOW = { timeout: 5000 };

beforeEach(async () => {
  await freshDb();
});

describe('small things users notice', { timeout: 30_000 }, () => {
  it('a debt’s page names its kind', async () => {
    const id = await addDebt(makeDebtFields({ lender: '某某网贷', creditorType: 'online-lender' }));
    renderApp(`/debts/${id}`);
    const kind = await screen.findByText('种类', undefined, SLOW);
    expect(kind.nextElementSibling).toHaveTextContent('网络平台的借款（网贷）');
  });

  it('an empty ledger offers a restore from a backup and says to install first', async () => {
    renderApp('/');
    await screen.findByText('还没有记录，先添加第一笔吧。', undefined, SLOW);
    const restore = screen.getByRole('link', { name: '有备份文件？从备份恢复' });
    expect(restore).toHaveAttribute('href', '/settings/backup');
    expect(screen.getByText(/建议先把上岸添加到主屏幕（安装），再录入数据/)).toBeInTheDocument();
  });

  it('a ledger with debts offers neither', async () => {
    await addDebt(makeDebtFields({ lender: '示例银行' }));
    renderApp('/');
    await screen.findByText('示例银行', { selector: '.debt-lender' }, SLOW);
    expect(screen.queryByRole('link', { name: '有备份文件？从备份恢复' })).not.toBeInTheDocument();
  });

  it('a backup file under the discreet name does not name the app', () => {
    const now = new Date(2026, 11, 8, 9, 30);
    expect(backupFileName(now, true)).toBe('shore-backup-2026-12-08-encrypted.json');
    expect(backupFileName(now, true, true)).toBe('backup-2026-12-08-encrypted.json');
    expect(backupFileName(now, false, true)).toBe('backup-2026-12-08.json');
  });
});
