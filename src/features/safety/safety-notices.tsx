/**
 * Calm notices at the top of every screen, most important first: data went missing, this
 * browser cannot save, read-only inside an in-app browser, iOS 7-day deletion, a browser we
 * cannot vouch for, and the backup reminder. Each says what happened and what to do.
 * Loaded (with its messages) only when one is due: see safety-banners.tsx.
 */
import { Link } from 'react-router';
import { toIsoDate } from '../../domain/dates';
import { useI18n } from '../../i18n/i18n';
import { backupAgeMessage } from '../../domain/backup-reminder/backup-reminder';
import type { MessageKey } from '../../i18n/catalogue';
import type { RiskyBrowser } from '../../domain/browser-risk/browser-env';
import { IN_APP_NAME } from './in-app-names';
import { resolveIntegrity } from './safety-start';
import { openGuide, reminderShown, snoozeReminder, useSafety } from './safety-store';

const RISKY_NAME: Record<RiskyBrowser, MessageKey> = {
  uc: 'safety.risky.uc',
  quark: 'safety.risky.quark',
  'qq-browser': 'safety.risky.qq-browser',
  'old-engine': 'safety.risky.old-engine',
};

export function SafetyNotices({ backupHref }: { backupHref: string }) {
  const { t, date } = useI18n();
  const s = useSafety();
  const env = s.env;
  const banners: React.ReactNode[] = [];

  if (s.integrity) {
    const cleared = s.integrity.status === 'cleared';
    const when = s.integrity.lastWriteAt ? date(toIsoDate(new Date(s.integrity.lastWriteAt))) : '';
    banners.push(
      <section key="integrity" className="notice notice-strong" role="alert" aria-labelledby="integrity-title">
        <h2 id="integrity-title" className="card-title">
          {t(cleared ? 'safety.integrity.cleared.title' : 'safety.integrity.fewer.title')}
        </h2>
        <p>
          {cleared
            ? t('safety.integrity.cleared.body', { expected: s.integrity.expected, when })
            : t('safety.integrity.fewer.body', { expected: s.integrity.expected, actual: s.integrity.actual })}
        </p>
        <div className="button-row">
          <Link className="button button-primary" to={backupHref}>
            {t('safety.integrity.restore')}
          </Link>
          <button type="button" className="button button-quiet" onClick={() => void resolveIntegrity()}>
            {t(cleared ? 'safety.integrity.startFresh' : 'safety.integrity.itWasMe')}
          </button>
        </div>
      </section>,
    );
  }

  if (s.canary && !s.canary.indexedDb) {
    banners.push(
      <p key="canary" className="notice notice-strong" role="alert">
        {t('safety.canary.failed')}
      </p>,
    );
  }

  if (env?.inApp && !s.guideOpen) {
    banners.push(
      <div key="readonly" className="notice notice-strong" role="status">
        <p>{t('safety.readOnly.banner', { app: t(IN_APP_NAME[env.inApp]) })}</p>
        <button type="button" className="button button-small" onClick={openGuide}>
          {t('safety.readOnly.howTo')}
        </button>
      </div>,
    );
  }

  if (env?.iosTab) {
    banners.push(
      <div key="ios" className="notice">
        <p>{t('safety.iosTab.banner')}</p>
        <Link className="button button-small" to={`${backupHref}#ios`}>
          {t('safety.iosTab.howTo')}
        </Link>
      </div>,
    );
  }

  if (env?.risky) {
    banners.push(
      <p key="risky" className="notice">
        {t('safety.risky.banner', { browser: t(RISKY_NAME[env.risky]) })}
      </p>,
    );
  }

  const reminder = s.reminder;
  if (reminder && reminderShown(s)) {
    const age = backupAgeMessage(reminder.daysSinceBackup);
    const ageText = t(age.key, age.vars);
    const text =
      reminder.level === 'strong'
        ? t('safety.reminder.strong', { age: ageText })
        : reminder.daysSinceBackup === null
          ? t('safety.reminder.never')
          : t('safety.reminder.gentle', { age: ageText, changes: reminder.changesSince });
    banners.push(
      <div key="reminder" className={reminder.level === 'strong' ? 'notice notice-strong' : 'notice'} role="status">
        <p>{text}</p>
        <div className="button-row">
          <Link className="button button-small button-primary" to={backupHref}>
            {t('safety.reminder.backupNow')}
          </Link>
          {reminder.level === 'gentle' && (
            <button type="button" className="button button-small button-quiet" onClick={snoozeReminder}>
              {t('safety.reminder.later')}
            </button>
          )}
        </div>
      </div>,
    );
  }

  if (banners.length === 0) return null;
  return <div className="safety-banners no-print">{banners}</div>;
}
