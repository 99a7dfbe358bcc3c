/** Keeping data safe: storage warnings, data-missing notice, backup reminders (loaded with the notices). */
export const safetyZh = {
  'safety.app.wechat': '微信',
  'safety.app.wecom': '企业微信',
  'safety.app.qq': 'QQ',
  'safety.app.alipay': '支付宝',
  'safety.app.weibo': '微博',
  'safety.app.dingtalk': '钉钉',
  'safety.readOnly.banner': '只能浏览：在{app}里不能保存记录。请用手机浏览器打开上岸。',
  'safety.readOnly.howTo': '怎么打开',
  'safety.iosTab.banner':
    '在 Safari 标签页里，7 天没打开上岸，iPhone 可能自动删除这里的数据。建议先「添加到主屏幕」，以后从主屏幕打开再记录。',
  'safety.iosTab.howTo': '怎么做',
  'safety.risky.uc': 'UC 浏览器',
  'safety.risky.quark': '夸克浏览器',
  'safety.risky.qq-browser': 'QQ 浏览器',
  'safety.risky.old-engine': '较旧的浏览器',
  'safety.risky.banner':
    '你正在用{browser}。它清理空间时可能删除网站数据，我们无法保证记录不会丢。建议改用 Chrome 或 Edge 并添加到主屏幕；在这里请经常备份。',
  'safety.integrity.cleared.title': '这台设备上的记录不见了',
  'safety.integrity.cleared.body':
    '上岸上次在这里保存过 {expected} 条记录（最后一次是 {when}），现在一条也没有了。可能是浏览器或手机清理了网站数据。如果你有备份文件，可以马上恢复。',
  'safety.integrity.fewer.title': '记录比上次少了',
  'safety.integrity.fewer.body':
    '上次这里有 {expected} 条记录，现在只有 {actual} 条。如果不是你自己删除的，可以从备份恢复。',
  'safety.integrity.restore': '从备份恢复',
  'safety.integrity.startFresh': '没有备份，从头开始',
  'safety.integrity.itWasMe': '是我删的，没问题',
  'safety.canary.failed': '这个浏览器现在无法保存数据（可能是无痕模式，或存储空间已满）。你输入的内容可能不会被保存。',
  'safety.reminder.never': '你还没有备份过。手机或浏览器清理数据时，记录可能全部丢失。',
  'safety.reminder.gentle': '{age}。之后有 {changes} 处改动还没有备份。',
  'safety.reminder.strong': '这里的数据可能被清理，请现在备份。{age}。',
  'safety.reminder.backupNow': '现在备份',
  'safety.reminder.later': '稍后',
  'safety.age.never': '还没有备份过',
  'safety.age.today': '上次备份：今天',
  'safety.age.days': '上次备份：{days} 天前',
} as const;
