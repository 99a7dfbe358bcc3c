/** How each in-app browser is called in messages. */
import type { MessageKey } from '../../i18n/catalogue';
import type { InAppBrowser } from '../../domain/browser-risk/browser-env';

export const IN_APP_NAME: Record<InAppBrowser, MessageKey> = {
  wechat: 'safety.app.wechat',
  wecom: 'safety.app.wecom',
  qq: 'safety.app.qq',
  alipay: 'safety.app.alipay',
  weibo: 'safety.app.weibo',
  dingtalk: 'safety.app.dingtalk',
};
