import { describe, expect, it } from 'vitest';
import { describeCounts, failureMessage, tableLabel } from '../../../src/features/backup/backup-messages';
import { translate, type Catalogue, type MessageKey, type MessageVars } from '../../../src/i18n/catalogue';
import { en } from '../../../src/i18n/locales/en/index';
import { zhCN } from '../../../src/i18n/locales/zh-CN/index';
import { tablesAtVersion } from '../../../src/storage/backup/schema-info';
import { ShoreDb } from '../../../src/storage/db';
import { LATEST_DB_VERSION } from '../../../src/storage/schema';

const t = (key: MessageKey, vars?: MessageVars) => translate(zhCN, key, vars);

describe('describeCounts', () => {
  it.each<[string, Record<string, number>, string]>([
    ['the issue’s example', { debts: 12, contacts: 340, letters: 5 }, '12 笔债务，340 条催收记录，5 封信'],
    ['empty tables are left out', { debts: 3, debtEvents: 0, attachments: 2 }, '3 笔债务，2 个附件'],
    ['background settings are not counted', { debts: 1, conductContexts: 4, plans: 1 }, '1 笔债务'],
    ['the hardship tables', { budgetLines: 9, agreements: 1, letters: 2 }, '9 项收支，1 份已达成的分期协议，2 封信'],
    ['tables added later count as other records', { debts: 1, somethingNew: 7, another: 2 }, '1 笔债务，9 条其他记录'],
    ['nothing at all', { debts: 0 }, '没有记录'],
  ])('%s', (_name, counts, expected) => {
    expect(describeCounts(counts, t)).toBe(expected);
  });
});

describe('failureMessage', () => {
  it.each<[Parameters<typeof failureMessage>[0], string]>([
    [{ reason: 'too-large', maxBytes: 512 * 1024 * 1024 }, '文件太大（超过 512 MB），不像是上岸的备份文件。'],
    [
      { reason: 'invalid-record', table: 'contacts', index: 2 },
      '备份里「催收记录」的第 3 条记录不完整或有误。为了安全，什么都没有导入。',
    ],
    [
      { reason: 'invalid-record', table: 'futureTable', index: 0 },
      '备份里「记录」的第 1 条记录不完整或有误。为了安全，什么都没有导入。',
    ],
    [{ reason: 'wrong-passphrase' }, '密码不对，或者文件已损坏。请再试一次。'],
    [{ reason: 'truncated' }, '这个备份文件不完整，可能没有下载或复制完。请找到完整的文件再试。'],
  ])('%j', (failure, expected) => {
    expect(failureMessage(failure, t)).toBe(expected);
  });

  it('labels known tables', () => {
    expect(tableLabel('debts', t)).toBe('债务');
    expect(tableLabel('nope', t)).toBe('记录');
  });
});

describe('every table of the database schema', () => {
  // From the schema history, not a hand-written list: a table added later must get its labels.
  const tables = tablesAtVersion(LATEST_DB_VERSION);

  it('is the set of tables ShoreDb declares', () => {
    expect([...tables].sort()).toEqual(new ShoreDb(`t-${crypto.randomUUID()}`).tables.map((x) => x.name).sort());
  });

  it.each<[string, Catalogue]>([
    ['zh-CN', zhCN],
    ['en', en],
  ])('has its own label and count in %s', (_locale, catalogue) => {
    const tr = (key: MessageKey, vars?: MessageVars) => translate(catalogue, key, vars);
    const unlabelled = tables.filter((table) => {
      const label = tableLabel(table, tr);
      return label === '' || label === tr('backup.table.other');
    });
    const uncounted = tables.filter(
      (table) => describeCounts({ [table]: 1 }, tr) === tr('backup.count.other', { count: 1 }),
    );
    expect({ unlabelled, uncounted }).toEqual({ unlabelled: [], uncounted: [] });
  });
});
