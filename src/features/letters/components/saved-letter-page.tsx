/**
 * A saved letter, printed again exactly as it was: the stored document is shown and printed
 * as is (it is never rebuilt from today's ledger or a newer template).
 */
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { toIsoDate } from '../../../domain/dates';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { showToast } from '../../../components/ui/toast-store';
import { useI18n } from '../../../i18n/i18n';
import { useLetter } from '../../../storage/letter-hooks';
import { deleteLetter } from '../../../storage/repos/letters-repo';
import '../letters.css';
import { toStorageErrorCode } from '../../../storage/storage-error';
import { LetterOutput } from './letter-output';

export function SavedLetterPage({ id, afterDeleteHref }: { id: string; afterDeleteHref: string }) {
  const { t, date } = useI18n();
  const navigate = useNavigate();
  const letter = useLetter(id);
  const [confirming, setConfirming] = useState(false);
  if (letter === null) return <p className="page muted">{t('status.loading')}</p>;
  if (letter === undefined || letter.document === null) return <p className="page">{t('letters.saved.notFound')}</p>;
  return (
    <div className="page">
      <h1 className="page-title">{letter.document.title}</h1>
      <p className="muted">
        {t('letters.saved.meta', {
          template: `${letter.templateId}@${letter.templateVersion}`,
          date: date(toIsoDate(new Date(letter.updatedAt))),
        })}
      </p>
      <LetterOutput document={letter.document} fileName={`${letter.document.title}-${letter.input.date}`} />
      <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
        {t('letters.saved.delete')}
      </button>
      <ConfirmDialog
        open={confirming}
        message={t('letters.saved.delete')}
        confirmLabel={t('action.confirmDelete')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void deleteLetter(letter.id)
            .then(() => {
              showToast({ message: 'letters.saved.deleted' });
              return navigate(afterDeleteHref, { replace: true });
            })
            .catch((err: unknown) => showToast({ message: `error.storage.${toStorageErrorCode(err)}`, tone: 'error' }));
        }}
      />
    </div>
  );
}
