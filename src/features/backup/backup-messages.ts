/** Turning backup results into sentences: counts per table and failure reasons. */
import type { MessageKey, MessageVars } from '../../i18n/catalogue';
import type { BackupFailure } from '../../storage/backup/backup-format';
import { assertNever } from '../../lib/assert-never';

type T = (key: MessageKey, vars?: MessageVars) => string;

/**
 * How each table is counted for people. Tables are generic: a table missing here is counted
 * as "other records"; `null` leaves a table out of the summary (background settings). Every
 * table of the schema has an entry here and in TABLE_KEYS (tests/features/backup).
 */
const COUNT_KEYS: Record<string, MessageKey | null> = {
  debts: 'backup.count.debts',
  debtEvents: 'backup.count.debtEvents',
  contacts: 'backup.count.contacts',
  attachments: 'backup.count.attachments',
  conductContexts: null,
  letters: 'backup.count.letters',
  budgetLines: 'backup.count.budgetLines',
  plans: null,
  agreements: 'backup.count.agreements',
  // Settings are never counted (export and import leave them out of the counts).
  settings: null,
  // Remembered deletions hold no record, only that one was deleted.
  deletions: null,
};

const TABLE_KEYS: Record<string, MessageKey> = {
  debts: 'backup.table.debts',
  debtEvents: 'backup.table.debtEvents',
  contacts: 'backup.table.contacts',
  attachments: 'backup.table.attachments',
  conductContexts: 'backup.table.conductContexts',
  budgetLines: 'backup.table.budgetLines',
  plans: 'backup.table.plans',
  agreements: 'backup.table.agreements',
  letters: 'backup.table.letters',
  settings: 'backup.table.settings',
  deletions: 'backup.table.deletions',
};

/** "12 笔债务,340 条催收记录,5 封信" */
export function describeCounts(counts: Record<string, number>, t: T): string {
  const parts: string[] = [];
  let other = 0;
  for (const [table, count] of Object.entries(counts)) {
    if (count === 0) continue;
    const key = Object.hasOwn(COUNT_KEYS, table) ? COUNT_KEYS[table] : undefined;
    if (key === null) continue;
    if (key !== undefined) parts.push(t(key, { count }));
    else other += count;
  }
  if (other > 0) parts.push(t('backup.count.other', { count: other }));
  return parts.length > 0 ? parts.join(t('backup.count.separator')) : t('backup.count.none');
}

export function tableLabel(table: string, t: T): string {
  return t(Object.hasOwn(TABLE_KEYS, table) ? TABLE_KEYS[table] : 'backup.table.other');
}

export function failureMessage(failure: BackupFailure, t: T): string {
  switch (failure.reason) {
    case 'too-large':
      return t('backup.error.too-large', { size: Math.round(failure.maxBytes / (1024 * 1024)) });
    case 'invalid-record':
    case 'future-date':
    case 'broken-reference':
    case 'hash-mismatch':
      return t(`backup.error.${failure.reason}`, { table: tableLabel(failure.table, t), index: failure.index + 1 });
    case 'missing-table':
      return t('backup.error.missing-table', { table: tableLabel(failure.table, t) });
    case 'unreadable':
    case 'not-json':
    case 'truncated':
    case 'wrong-format':
    case 'newer-version':
    case 'wrong-passphrase':
      return t(`backup.error.${failure.reason}`);
    default:
      return assertNever(failure, 'unknown backup failure');
  }
}
