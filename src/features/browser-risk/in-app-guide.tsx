/**
 * Full-screen guide shown inside WeChat, WeCom, QQ, Alipay, Weibo and DingTalk before any
 * form: their built-in browsers lose data on logout and cannot download or print. The user
 * can copy the address or look around read-only (record writes are refused meanwhile).
 */
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import type { BrowserEnvironment } from '../../domain/browser-risk/browser-env';
import { IN_APP_NAME } from './in-app-names';

export function InAppGuide({ env, onClose }: { env: BrowserEnvironment; onClose: () => void }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const app = t(IN_APP_NAME[env.inApp ?? 'wechat']);
  const steps =
    env.os === 'ios'
      ? 'safety.guide.stepsIos'
      : env.os === 'android'
        ? 'safety.guide.stepsAndroid'
        : 'safety.guide.stepsOther';

  async function copy() {
    try {
      await navigator.clipboard.writeText(window.location.origin + '/');
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className="safety-screen" role="dialog" aria-modal="true" aria-labelledby="guide-title">
      <div className="safety-screen-inner">
        <p className="guide-arrow" aria-hidden="true">
          ↗
        </p>
        <h1 id="guide-title" className="page-title">
          {t('safety.guide.title')}
        </h1>
        <p>{t('safety.guide.why', { app })}</p>
        <p className="guide-steps">{t(steps)}</p>
        <div className="button-row">
          <button type="button" className="button button-primary button-block" onClick={() => void copy()}>
            {t('safety.guide.copyLink')}
          </button>
          <button type="button" className="button button-quiet button-block" onClick={onClose}>
            {t('safety.guide.lookAround')}
          </button>
        </div>
        <p className="muted" role="status" aria-live="polite">
          {copied ? t('safety.guide.copied') : ''}
        </p>
      </div>
    </div>
  );
}
