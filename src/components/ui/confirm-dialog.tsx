/** A modal confirmation built on <dialog>, so focus handling and Escape come from the browser. */
import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n';

export function ConfirmDialog({
  open,
  message,
  confirmLabel,
  onConfirm,
  onCancel,
}: {
  open: boolean;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      if (typeof dialog.showModal === 'function') dialog.showModal();
      else dialog.setAttribute('open', '');
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog ref={ref} className="dialog" onCancel={onCancel} aria-labelledby="confirm-dialog-message">
      <p id="confirm-dialog-message">{message}</p>
      <div className="button-row">
        <button type="button" className="button button-danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel} autoFocus>
          {t('action.cancel')}
        </button>
      </div>
    </dialog>
  );
}
