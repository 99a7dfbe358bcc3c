/** Turning backup results into sentences: counts per table and failure reasons. */
import { sourceCatalogue, type MessageKey, type MessageVars } from '../../i18n/catalogue';
import type { BackupFailure } from '../../storage/backup/backup-format';
import { assertNever } from '../../lib/assert-never';

type T = (key: MessageKey, vars?: MessageVars) => string;

function isKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(sourceCatalogue, key);
}

/**
 * "12 笔债务,340 条催收记录,5 封信". Tables are generic: a table with its own
 * `backup.count.<table>` message gets it, any other is counted as "other records".
 */
export function describeCounts(counts: Record<string, number>, t: T): string {
  const parts: string[] = [];
  let other = 0;
  for (const [table, count] of Object.entries(counts)) {
    if (count === 0) continue;
    const key = `backup.count.${table}`;
    if (isKey(key)) parts.push(t(key, { count }));
    else other += count;
  }
  if (other > 0) parts.push(t('backup.count.other', { count: other }));
  return parts.length > 0 ? parts.join(t('backup.count.separator')) : t('backup.count.none');
}

export function tableLabel(table: string, t: T): string {
  const key = `backup.table.${table}`;
  return isKey(key) ? t(key) : t('backup.table.other');
}

export function failureMessage(failure: BackupFailure, t: T): string {
  switch (failure.reason) {
    case 'too-large':
      return t('backup.error.too-large', { size: Math.round(failure.maxBytes / (1024 * 1024)) });
    case 'invalid-record':
      return t('backup.error.invalid-record', { table: tableLabel(failure.table, t), index: failure.index + 1 });
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
