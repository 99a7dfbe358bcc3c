import type { safetyZh } from '../zh-CN/safety';

export const safetyEn: Record<keyof typeof safetyZh, string> = {
  'safety.app.wechat': 'WeChat',
  'safety.app.wecom': 'WeCom',
  'safety.app.qq': 'QQ',
  'safety.app.alipay': 'Alipay',
  'safety.app.weibo': 'Weibo',
  'safety.app.dingtalk': 'DingTalk',
  'safety.readOnly.banner': 'Read-only: records cannot be saved inside {app}. Open Shore in your phone’s browser.',
  'safety.readOnly.howTo': 'How',
  'safety.iosTab.banner':
    'In a Safari tab, iPhone may delete Shore’s data after 7 days without a visit. Add Shore to your Home Screen first and record from there.',
  'safety.iosTab.howTo': 'How',
  'safety.risky.uc': 'UC Browser',
  'safety.risky.quark': 'Quark',
  'safety.risky.qq-browser': 'QQ Browser',
  'safety.risky.old-engine': 'an older browser',
  'safety.risky.banner':
    'You are using {browser}. It may delete site data when it cleans up space, so we cannot promise your records are safe. Chrome or Edge added to the home screen is better; here, back up often.',
  'safety.integrity.cleared.title': 'The records on this device are gone',
  'safety.integrity.cleared.body':
    'Shore last saved {expected, plural, one {# record} other {# records}} here (last on {when}) and now there are none. The browser or phone probably cleared site data. If you have a backup file, you can restore it now.',
  'safety.integrity.fewer.title': 'There are fewer records than before',
  'safety.integrity.fewer.body':
    '{expected, plural, one {There was # record} other {There were # records}} here; now there {actual, plural, one {is #} other {are #}}. If you did not delete them yourself, restore from a backup.',
  'safety.integrity.restore': 'Restore from backup',
  'safety.integrity.startFresh': 'No backup: start over',
  'safety.integrity.itWasMe': 'I deleted them, that’s fine',
  'safety.canary.failed':
    'This browser cannot save data right now (private mode, or storage is full). What you type may not be saved.',
  'safety.reminder.never':
    'You have never made a backup. If the phone or browser clears data, every record could be lost.',
  'safety.reminder.gentle':
    '{age}. {changes, plural, one {# change since then is} other {# changes since then are}} not backed up.',
  'safety.reminder.strong': 'Data here may be cleared: please back up now. {age}.',
  'safety.reminder.backupNow': 'Back up now',
  'safety.reminder.later': 'Later',
  'safety.age.never': 'Never backed up',
  'safety.age.today': 'Last backup: today',
  'safety.age.days': 'Last backup: {days, plural, one {# day} other {# days}} ago',
};
