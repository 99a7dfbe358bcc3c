import { useI18n } from '../../i18n/i18n';
import { dismissToast, useToasts } from './toast-store';

/** Shows toasts in a polite live region so screen readers announce them. */
export function ToastRegion() {
  const { t } = useI18n();
  const toasts = useToasts();
  return (
    <div className="toast-region no-print" role="status" aria-live="polite">
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast ${toast.tone === 'error' ? 'toast-error' : ''}`}>
          <span>{t(toast.message, toast.vars)}</span>
          {toast.action && (
            <button
              type="button"
              className="button button-small"
              onClick={() => {
                dismissToast(toast.id);
                void toast.action?.run();
              }}
            >
              {t(toast.action.label)}
            </button>
          )}
          <button type="button" className="button button-small button-quiet" onClick={() => dismissToast(toast.id)}>
            {t('action.close')}
          </button>
        </div>
      ))}
    </div>
  );
}
