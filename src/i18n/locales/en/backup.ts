import type { backupZh } from '../zh-CN/backup';

export const backupEn: Record<keyof typeof backupZh, string> = {
  'backup.title': 'Backup & restore',
  'backup.intro':
    'Your records exist only on this device. If the phone is lost or replaced, or the browser clears data, only a backup file brings them back.',
  'backup.export.title': 'Export a backup',
  'backup.export.encrypt': 'Protect the file with a passphrase (recommended)',
  'backup.export.passphrase': 'Backup passphrase',
  'backup.export.passphraseHint': 'At least 8 characters; a sentence only you know works well.',
  'backup.export.repeat': 'Type the passphrase again',
  'backup.export.warning':
    'Remember this passphrase. Without it nobody, including Shore’s developers, can open the backup.',
  'backup.export.plainWarning':
    'A backup without a passphrase can be read by anyone who gets the file. Keep it where only you can see it.',
  'backup.export.button': 'Export backup file',
  'backup.export.working': 'Exporting…',
  'backup.export.done':
    'Exported: {summary}. Keep the file somewhere safe (Files, cloud storage, a computer), not only on this phone.',
  'backup.export.cancelled': 'Nothing was exported.',
  'backup.export.failed': 'The export did not finish. Please try again. Your data is unchanged.',
  'backup.passphrase.too-short': 'At least 8 characters',
  'backup.passphrase.mismatch': 'The two passphrases are different',
  'backup.import.title': 'Restore from a backup',
  'backup.import.file': 'Choose a backup file',
  'backup.import.fileHint': 'A .json file exported by Shore.',
  'backup.import.reading': 'Checking the file…',
  'backup.import.needsPassphrase': 'This backup is protected with a passphrase.',
  'backup.import.needsPin': 'This backup was exported when the PIN was reset. Enter that old PIN.',
  'backup.import.passphrase': 'Passphrase of this backup file',
  'backup.import.open': 'Open',
  'backup.import.opening': 'Decrypting…',
  'backup.import.previewTitle': 'The backup holds',
  'backup.import.exportedAt': 'Exported on {date}',
  'backup.import.modeLegend': 'How to restore',
  'backup.import.mode.replace': 'Replace: the backup replaces every record on this device',
  'backup.import.mode.merge':
    'Merge: keep this device’s records and add the backup’s; where both changed a record, you choose (the newer by default)',
  'backup.import.summary.replace': '{summary}; replaces the data on this device ({device} records now).',
  'backup.import.summary.merge': '{summary}; merges with the data on this device ({overlap} already here).',
  'backup.merge.keptDeleted': 'Records in the file that were deleted on this device: {count}. They stay deleted.',
  'backup.merge.removed':
    'Records the file’s device deleted (not changed here since): {count}. They are deleted here too.',
  'backup.merge.conflictsLegend': 'Records changed on both sides: {count}. Choose which copy to keep',
  'backup.merge.conflictsHint': 'If you do not choose, the newer copy of each is kept.',
  'backup.merge.allNewer': 'Keep the newer copy of all',
  'backup.merge.allDevice': 'Keep this device’s copy of all',
  'backup.merge.allFile': 'Take the file’s copy of all',
  'backup.merge.recordName': '{table}: {name}',
  'backup.merge.keep.device': 'Keep this device’s copy (changed {date})',
  'backup.merge.keep.file': 'Take the file’s copy (changed {date})',
  'backup.merge.newer': ', newer',
  'backup.merge.moreConflicts':
    '{count} more are not listed: they follow the “all” choice above, or keep the newer copy.',
  'backup.import.progress.check': 'Checking: {done} / {total} records',
  'backup.import.progress.write': 'Writing: {done} / {total} records',
  'backup.import.confirm': 'Restore',
  'backup.import.working': 'Restoring…',
  'backup.damaged.title': 'Records with problems',
  'backup.damaged.intro':
    '{count} records on this device are incomplete or wrong (perhaps from an edited backup). So that no page breaks, they are not shown and not written into backups. You can save each as a file, or delete it.',
  'backup.damaged.item': 'Record {n} in “{table}”',
  'backup.damaged.export': 'Save as a file',
  'backup.damaged.delete': 'Delete',
  'backup.export.damagedLeftOut':
    '{count} records with problems were left out of this backup file; see “Records with problems” below.',
  'backup.import.changedSincePreview':
    'The records on this device changed after the preview (another window may have saved or deleted something), so nothing was written. Here is the new preview; please confirm again.',
  'backup.import.replaceNeedsDevice':
    'Some records in this backup belong to debts or entries on this device, so it can only be merged, not used to replace.',
  'backup.import.done': 'Restored: {summary}.',
  'backup.import.failed': 'The restore did not finish; the data on this device is unchanged. {reason}',
  'backup.import.untouched': 'Nothing on this device was changed.',
  'backup.count.debts': '{count} debts',
  'backup.count.debtEvents': '{count} payments, notices and court events',
  'backup.count.contacts': '{count} collection log entries',
  'backup.count.attachments': '{count} attachments',
  'backup.count.budgetLines': '{count} budget lines',
  'backup.count.agreements': '{count} agreed instalment plans',
  'backup.count.letters': '{count} letters',
  'backup.count.other': '{count} other records',
  'backup.count.none': 'no records',
  'backup.count.separator': ', ',
  'backup.table.debts': 'debts',
  'backup.table.debtEvents': 'payments, notices and court events',
  'backup.table.contacts': 'collection log',
  'backup.table.attachments': 'attachments',
  'backup.table.conductContexts': 'collection log background',
  'backup.table.budgetLines': 'budget',
  'backup.table.plans': 'repayment plan',
  'backup.table.agreements': 'instalment agreements',
  'backup.table.letters': 'letters',
  'backup.table.settings': 'settings',
  'backup.table.deletions': 'Deleted records (only when they were deleted)',
  'backup.table.other': 'records',
  'backup.error.too-large': 'The file is too large (over {size} MB) to be a Shore backup.',
  'backup.error.unreadable': 'The file could not be read. Please choose it again.',
  'backup.error.not-json':
    'This is not a Shore backup; its contents cannot be read. Choose the .json file Shore exported.',
  'backup.error.truncated':
    'This backup is incomplete; it may not have finished downloading or copying. Find the complete file.',
  'backup.error.wrong-format': 'This file is not a Shore backup.',
  'backup.error.newer-version': 'This backup comes from a newer version of Shore. Update Shore first, then restore.',
  'backup.error.wrong-passphrase': 'Wrong passphrase, or the file is damaged. Please try again.',
  'backup.error.invalid-record':
    'Record {index} of “{table}” in the backup is incomplete or wrong. To be safe, nothing was imported.',
  'backup.error.missing-table':
    'The backup has no “{table}” part; the file may have been cut short or edited. To be safe, nothing was imported.',
  'backup.error.future-date':
    'Record {index} in “{table}” is dated later than now; the file may have been edited. To be safe, nothing was imported.',
  'backup.error.broken-reference':
    'Record {index} in “{table}” belongs to a debt or contact entry that is neither in the backup nor on this device. To be safe, nothing was imported.',
  'backup.error.hash-mismatch':
    'File {index} in “{table}” does not match its recorded checksum; it may be damaged or changed. To be safe, nothing was imported.',
  'backup.share.title': 'Backup file',
  'backup.ios.title': 'Keeping data on an iPhone',
  'backup.ios.noData':
    'No records yet: add Shore to your Home Screen now and always open it from there. Tap Safari’s Share button, then “Add to Home Screen”.',
  'backup.ios.withData':
    'Shore on the Home Screen is a new, empty app; it does not take over the records in this tab. In this order:',
  'backup.ios.step1': 'Export a backup below and save it to the Files app.',
  'backup.ios.step2': 'Tap Safari’s Share button, then “Add to Home Screen”.',
  'backup.ios.step3': 'Open Shore from the Home Screen and import the file under Settings → Backup & restore.',
};
