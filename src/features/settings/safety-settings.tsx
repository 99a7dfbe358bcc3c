/**
 * The safety half of the settings page, in this order: backup, app lock, hide amounts,
 * storage, what deletes records, the install name, and wiping. The app lock, storage and
 * wipe sections belong to their own features (app-lock, data-loss, wipe); `src/app` renders
 * them and passes them in, with the safety state.
 */
import { useState, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { readInstallIdentity, saveInstallIdentity } from '../../lib/install-identity';
import { backupAgeMessage } from '../../domain/backup-reminder/backup-reminder';

export interface SafetySettingsProps {
  backupHref: string;
  daysSinceBackup: number | null;
  hideAmounts: boolean;
  onHideAmountsChange: (hidden: boolean) => void | Promise<void>;
  lockSection: ReactNode;
  storageSection: ReactNode;
  wipeSection: ReactNode;
}

const DELETES = [
  'settings.deletes.clearData',
  'settings.deletes.cleaner',
  'settings.deletes.inApp',
  'settings.deletes.private',
  'settings.deletes.iosHome',
  'settings.deletes.ios7days',
  'settings.deletes.device',
] as const;

export function SafetySettings(props: SafetySettingsProps) {
  const { t } = useI18n();
  const [neutral, setNeutral] = useState(() => readInstallIdentity() === 'neutral');
  const age = backupAgeMessage(props.daysSinceBackup);

  return (
    <>
      <section className="card" aria-labelledby="backup-settings-title">
        <h2 id="backup-settings-title" className="card-title">
          {t('settings.backup.title')}
        </h2>
        <p>{t(age.key, age.vars)}</p>
        <Link className="button button-primary" to={props.backupHref}>
          {t('settings.backup.open')}
        </Link>
      </section>

      {props.lockSection}

      <section className="card" aria-labelledby="hide-amounts-title">
        <h2 id="hide-amounts-title" className="card-title">
          {t('settings.hideAmounts.title')}
        </h2>
        <label className="check">
          <input
            type="checkbox"
            checked={props.hideAmounts}
            onChange={(e) => void props.onHideAmountsChange(e.target.checked)}
            aria-describedby="hide-amounts-hint"
          />
          <span>{t('settings.hideAmounts.label')}</span>
        </label>
        <p id="hide-amounts-hint" className="muted">
          {t('settings.hideAmounts.hint')}
        </p>
      </section>

      {props.storageSection}

      <section className="card" aria-labelledby="deletes-title">
        <h2 id="deletes-title" className="card-title">
          {t('settings.deletes.title')}
        </h2>
        <p>{t('settings.deletes.intro')}</p>
        <ul>
          {DELETES.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>

      <section className="card" aria-labelledby="identity-title">
        <h2 id="identity-title" className="card-title">
          {t('settings.identity.title')}
        </h2>
        <label className="check">
          <input
            type="checkbox"
            checked={neutral}
            onChange={(e) => {
              setNeutral(e.target.checked);
              saveInstallIdentity(e.target.checked ? 'neutral' : 'default');
            }}
            aria-describedby="identity-hint"
          />
          <span>{t('settings.identity.label')}</span>
        </label>
        <p id="identity-hint" className="muted">
          {t('settings.identity.hint')}
        </p>
      </section>

      {props.wipeSection}
    </>
  );
}
