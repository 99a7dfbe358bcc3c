import type { safetyScreensZh } from '../zh-CN/safety-screens';

export const safetyScreensEn: Record<keyof typeof safetyScreensZh, string> = {
  'safety.guide.title': 'Please open Shore in your phone’s browser',
  'safety.guide.why':
    'You opened Shore inside {app}. Its built-in browser deletes data when you log out or clear its cache, and it cannot download backups or print letters. To keep your records, switch to your phone’s own browser.',
  'safety.guide.stepsAndroid': 'Tap “···” at the top right, then “Open in browser”.',
  'safety.guide.stepsIos': 'Tap “···” at the top right, then “Open in Safari”.',
  'safety.guide.stepsOther': 'Open the menu at the top right and choose “Open in browser”.',
  'safety.guide.copyLink': 'Copy the address',
  'safety.guide.copied': 'Address copied. Paste it into your browser’s address bar.',
  'safety.guide.lookAround': 'Just look around (nothing is saved)',
  'safety.lock.title': 'Locked',
  'safety.lock.pin': 'Enter PIN to unlock',
  'safety.lock.unlock': 'Unlock',
  'safety.lock.checking': 'Checking…',
  'safety.lock.wrong': 'Wrong PIN.',
  'safety.lock.failed': 'Could not check the PIN. Please try again.',
  'safety.lock.wrongLeft': 'Wrong PIN. {left} more wrong tries and you will have to wait.',
  'safety.lock.wait': 'Too many wrong tries. Try again in {seconds, plural, one {# second} other {# seconds}}.',
  'safety.lock.forgot': 'Forgot your PIN?',
  'safety.lock.lockNow': 'Lock now',
  'safety.reset.title': 'Forgot PIN',
  'safety.reset.body':
    'Without the PIN the records on this device cannot be shown; that is what keeps others out. You can wipe all data and start over.',
  'safety.reset.backupFirst':
    'Before wiping, you can export an encrypted backup. It opens only with your old PIN: if you remember it later, you can restore everything from it.',
  'safety.reset.exportBackup': 'Export encrypted backup',
  'safety.reset.exporting': 'Exporting…',
  'safety.reset.exported': 'Backup exported. Keep it; once you remember the PIN, import it under Backup & restore.',
  'safety.reset.exportFailed': 'The export did not finish. Please try again.',
  'safety.reset.wipe': 'Wipe all data',
  'safety.reset.confirm': 'Wipe all of Shore’s data on this device? This cannot be undone.',
  'safety.reset.back': 'Back to PIN entry',
  'safety.reset.partial': 'Some things could not be deleted. Clear this site’s data in the browser’s settings.',
  'safety.wiping': 'Wiping…',
};
