import { useI18n } from '../../i18n/i18n';
import { dismissToast, useToast } from './toast-store';

/**
 * The one toast, in a bar over the bottom navigation: it takes the navigation's place for a
 * moment instead of covering what the person is reading or typing (the page already keeps
 * that strip free for the navigation). Out of the page's flow, so it pushes nothing. The
 * polite live region announces notices; an error is an alert, announced at once.
 */
export function ToastRegion() {
  const { t } = useI18n();
  const toast = useToast();
  return (
    <div className="toast-region no-print" role="status" aria-live="polite">
      {toast && (
        <div
          key={toast.id}
          className={`toast ${toast.tone === 'error' ? 'toast-error' : ''}`}
          role={toast.tone === 'error' ? 'alert' : undefined}
        >
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
            {t(toast.closeLabel ?? 'action.close')}
          </button>
        </div>
      )}
    </div>
  );
}
