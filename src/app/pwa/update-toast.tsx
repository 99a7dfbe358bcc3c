import { useEffect, useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { onDatabaseVersionChange } from '../../storage/db';
import { applyUpdate, dismissServiceWorkerMessages, useServiceWorkerState } from './service-worker';

/** "新版本可用,点击更新" with 更新 / 稍后, "可离线使用" once, and the other-tab notice. */
export function UpdateToast() {
  const { t } = useI18n();
  const { updateReady, offlineReady } = useServiceWorkerState();
  const [reloadNeeded, setReloadNeeded] = useState(false);
  useEffect(() => onDatabaseVersionChange(() => setReloadNeeded(true)), []);

  if (reloadNeeded) {
    return (
      <div className="toast-region no-print" role="alert">
        <div className="toast">
          <span>{t('pwa.reloadNeeded')}</span>
          <button type="button" className="button button-small" onClick={() => window.location.reload()}>
            {t('error.reload')}
          </button>
        </div>
      </div>
    );
  }
  if (!updateReady && !offlineReady) return null;
  return (
    <div className="toast-region no-print" role="status" aria-live="polite">
      <div className="toast">
        <span>{updateReady ? t('pwa.updateAvailable') : t('pwa.offlineReady')}</span>
        {updateReady && (
          <button type="button" className="button button-small" onClick={applyUpdate}>
            {t('pwa.update')}
          </button>
        )}
        <button type="button" className="button button-small button-quiet" onClick={dismissServiceWorkerMessages}>
          {updateReady ? t('pwa.later') : t('action.close')}
        </button>
      </div>
    </div>
  );
}
