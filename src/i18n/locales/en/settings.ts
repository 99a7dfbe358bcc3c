import type { settingsZh } from '../zh-CN/settings';

export const settingsEn: Record<keyof typeof settingsZh, string> = {
  'settings.backup.title': 'Backup',
  'settings.backup.open': 'Backup & restore',
  'settings.lock.title': 'App lock',
  'settings.lock.intro':
    'With a PIN, Shore asks for it when opened, after a while without use, and when you switch away, before showing any record or amount.',
  'settings.lock.limits':
    'The lock stops someone who picks up your phone and browses. It does not encrypt the data: a person with access to the phone’s files or a computer’s debugging tools may still read the records.',
  'settings.lock.on': 'The app lock is on.',
  'settings.lock.off': 'The app lock is off.',
  'settings.lock.set': 'Set a PIN',
  'settings.lock.change': 'Change PIN',
  'settings.lock.remove': 'Turn off the lock',
  'settings.lock.current': 'Current PIN',
  'settings.lock.newPin': 'New PIN (4–12 digits)',
  'settings.lock.repeat': 'New PIN again',
  'settings.lock.forgetWarning':
    'If you forget the PIN, the only way on is to wipe the data (you can first export a backup that opens with this PIN). Back up first.',
  'settings.lock.working': 'Saving… (takes a few seconds)',
  'settings.lock.failed': 'Could not save. Please try again.',
  'settings.lock.saved': 'The app lock is on.',
  'settings.lock.removed': 'The app lock is off.',
  'settings.lock.autoLock': 'Lock after this long without use',
  'settings.lock.minutes': '{minutes, plural, one {# minute} other {# minutes}}',
  'settings.lock.hour': '1 hour',
  'settings.lock.whenHidden': 'Lock as soon as I switch apps or the screen turns off',
  'settings.pin.too-short': 'At least 4 digits',
  'settings.pin.too-long': 'At most 12 digits',
  'settings.pin.not-digits': 'Digits only',
  'settings.pin.too-simple': 'Too easy to guess (like 000000 or 123456); choose another',
  'settings.pin.mismatch': 'The two PINs are different',
  'settings.pin.wrong': 'Wrong PIN',
  'settings.hideAmounts.title': 'Hide amounts',
  'settings.hideAmounts.label': 'Hide every amount on screen',
  'settings.hideAmounts.hint': 'Amounts show as ¥ •••• so a glance shows no figures. Printed letters are not affected.',
  'settings.storage.title': 'Storage',
  'settings.storage.persisted':
    'Persistent storage granted: the browser will not delete Shore’s data when space runs low.',
  'settings.storage.notPersisted':
    'The browser has not promised to keep the data: it may delete it when space runs low. Back up regularly.',
  'settings.storage.unknown': 'This browser cannot tell us whether it keeps the data. Back up regularly.',
  'settings.storage.usage': 'Used: {used} (the browser allows about {quota})',
  'settings.storage.ask': 'Ask to keep data',
  'settings.storage.granted': 'The browser agreed to keep the data.',
  'settings.storage.denied':
    'The browser has not agreed yet. Adding Shore to the home screen and using it often usually changes that.',
  'settings.storage.iosNote':
    'In an iPhone Safari tab, data is deleted after 7 days without a visit even when persistence is shown. Adding to the Home Screen avoids this.',
  'settings.storage.lowSpace':
    'Storage is nearly full; new records may fail to save. Free some space and back up first.',
  'settings.deletes.title': 'What deletes your records',
  'settings.deletes.intro':
    'Shore has no server: the records live only in this browser on this device. These delete them for good (unless you have a backup):',
  'settings.deletes.clearData': '“Clear browsing data” or “clear site data” in the browser’s settings.',
  'settings.deletes.cleaner': 'A phone manager’s or security app’s “clean up”, “speed up” or “junk cleaner”.',
  'settings.deletes.inApp': 'Opened inside WeChat, QQ and similar apps: logging out or clearing their cache.',
  'settings.deletes.private': 'Private / incognito mode: closing the window.',
  'settings.deletes.iosHome': 'iPhone: deleting Shore’s Home Screen icon.',
  'settings.deletes.ios7days': 'iPhone Safari tab: 7 days without opening Shore.',
  'settings.deletes.device': 'Uninstalling or resetting the browser, a factory reset, a new phone.',
  'settings.identity.title': 'Home Screen name and icon',
  'settings.identity.label': 'Install with a discreet name and icon (“Notes”)',
  'settings.identity.hint':
    'Turn this on before “Add to Home Screen”. An icon already installed does not change: export a backup, delete the icon (on iPhone this deletes the data), add it again and import.',
  'settings.wipe.title': 'Wipe all data',
  'settings.wipe.body':
    'Deletes all of Shore’s records, settings, caches and offline files in this browser. Cannot be undone.',
  'settings.wipe.backupFirst': 'Back up before wiping: afterwards the records exist only in the backup file.',
  'settings.wipe.button': 'Wipe all data',
  'settings.wipe.confirm': 'Wipe all data? Records without a backup can never be recovered.',
  'settings.wipe.confirmButton': 'Yes, wipe',
  'settings.wipe.partial': 'Some things could not be deleted. Clear this site’s data in the browser’s settings.',
};
