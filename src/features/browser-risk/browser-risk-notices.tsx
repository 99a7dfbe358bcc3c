/**
 * Notices about the browser itself (domain/browser-risk/browser-env.ts): read-only inside an
 * in-app browser, iOS Safari's 7-day deletion in a tab, and a browser we cannot vouch for.
 */
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import type { MessageKey } from '../../i18n/catalogue';
import type { BrowserEnvironment, RiskyBrowser } from '../../domain/browser-risk/browser-env';
import { IN_APP_NAME } from './in-app-names';

const RISKY_NAME: Record<RiskyBrowser, MessageKey> = {
  uc: 'safety.risky.uc',
  quark: 'safety.risky.quark',
  'qq-browser': 'safety.risky.qq-browser',
  'old-engine': 'safety.risky.old-engine',
};

export interface BrowserRiskNoticesProps {
  env: BrowserEnvironment | null;
  /** The full-screen in-app guide is up: its banner would repeat it */
  guideOpen: boolean;
  backupHref: string;
  onOpenGuide: () => void;
}

export function BrowserRiskNotices({ env, guideOpen, backupHref, onOpenGuide }: BrowserRiskNoticesProps) {
  const { t } = useI18n();
  if (!env) return null;
  return (
    <>
      {env.inApp && !guideOpen && (
        <div className="notice notice-strong" role="status">
          <p>{t('safety.readOnly.banner', { app: t(IN_APP_NAME[env.inApp]) })}</p>
          <button type="button" className="button button-small" onClick={onOpenGuide}>
            {t('safety.readOnly.howTo')}
          </button>
        </div>
      )}
      {env.iosTab && (
        <div className="notice">
          <p>{t('safety.iosTab.banner')}</p>
          <Link className="button button-small" to={`${backupHref}#ios`}>
            {t('safety.iosTab.howTo')}
          </Link>
        </div>
      )}
      {env.risky && <p className="notice">{t('safety.risky.banner', { browser: t(RISKY_NAME[env.risky]) })}</p>}
    </>
  );
}
