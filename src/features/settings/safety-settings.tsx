/**
 * The safety half of the settings page: backup, app lock, hide amounts, storage, what
 * deletes records, the install name, and wiping. `src/app` passes in the safety state.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { useI18n } from '../../i18n/i18n';
import { readInstallIdentity, saveInstallIdentity } from '../../lib/install-identity';
import { backupAgeMessage } from '../../domain/backup-reminder/backup-reminder';
import type { BrowserEnvironment } from '../../domain/browser-risk/browser-env';
import type { LockOptions } from '../../storage/app-lock/app-lock';
import { wipeEverything } from '../../storage/wipe/wipe';
import { LockSettings } from './lock-settings';
import { StorageStatusSection } from './storage-status';

export interface SafetySettingsProps {
  env: BrowserEnvironment | null;
  backupHref: string;
  daysSinceBackup: number | null;
  lockEnabled: boolean;
  lockOptions: LockOptions | null;
  hideAmounts: boolean;
  onHideAmountsChange: (hidden: boolean) => void | Promise<void>;
  onLockChanged: () => void | Promise<void>;
  onLockNow: () => void;
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

function WipeSection({ backupHref }: { backupHref: string }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [state, setState] = useState<'idle' | 'wiping' | 'partial'>('idle');

  async function wipe() {
    setConfirming(false);
    setState('wiping');
    const report = await wipeEverything();
    if (report.failed.length > 0) {
      setState('partial');
      return;
    }
    window.location.replace('/');
  }

  return (
    <section className="card" aria-labelledby="wipe-title">
      <h2 id="wipe-title" className="card-title">
        {t('settings.wipe.title')}
      </h2>
      <p>{t('settings.wipe.body')}</p>
      <p className="notice">
        {t('settings.wipe.backupFirst')} <Link to={backupHref}>{t('settings.backup.open')}</Link>
      </p>
      <div className="button-row">
        <button
          type="button"
          className="button button-danger"
          onClick={() => setConfirming(true)}
          disabled={state === 'wiping'}
        >
          {state === 'wiping' ? t('safety.wiping') : t('settings.wipe.button')}
        </button>
      </div>
      <p role="alert">{state === 'partial' ? t('settings.wipe.partial') : ''}</p>
      <ConfirmDialog
        open={confirming}
        message={t('settings.wipe.confirm')}
        confirmLabel={t('settings.wipe.confirmButton')}
        onConfirm={() => void wipe()}
        onCancel={() => setConfirming(false)}
      />
    </section>
  );
}

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

      <LockSettings
        enabled={props.lockEnabled}
        options={props.lockOptions}
        onChanged={props.onLockChanged}
        onLockNow={props.onLockNow}
      />

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

      <StorageStatusSection env={props.env} />

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

      <WipeSection backupHref={props.backupHref} />
    </>
  );
}
