/**
 * 抹掉全部数据, on the settings page: after a confirmation that reminds about backups. When
 * something could not be removed the page stays and says so (see storage/wipe/wipe.ts).
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmDialog } from '../../components/ui/confirm-dialog';
import { useI18n } from '../../i18n/i18n';
import { restartApp } from '../../lib/restart-app';
import { wipeThenRestart } from '../../storage/wipe/wipe';

export function WipeSection({ backupHref }: { backupHref: string }) {
  const { t } = useI18n();
  const [confirming, setConfirming] = useState(false);
  const [state, setState] = useState<'idle' | 'wiping' | 'partial'>('idle');

  async function wipe() {
    setConfirming(false);
    setState('wiping');
    const report = await wipeThenRestart(restartApp);
    if (report.failed.length > 0) setState('partial');
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
