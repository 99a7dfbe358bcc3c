import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/i18n';
import { showToast } from '../../../components/ui/toast-store';
import { useDebt } from '../../../storage/hooks';
import { addDebt, updateDebt } from '../../../storage/repos/debts-repo';
import { DebtForm } from './debt-form';

export function NewDebtPage({ afterSaveHref }: { afterSaveHref: (id: string) => string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <div className="page">
      <h1 className="page-title">{t('debts.form.newTitle')}</h1>
      <DebtForm
        onSave={async (fields) => {
          const id = await addDebt(fields);
          showToast({ message: 'debts.form.saved' }, 3000);
          await navigate(afterSaveHref(id), { replace: true });
        }}
        onCancel={() => void navigate(-1)}
      />
    </div>
  );
}

export function EditDebtPage({ id, afterSaveHref }: { id: string; afterSaveHref: (id: string) => string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const debt = useDebt(id);
  return (
    <div className="page">
      <h1 className="page-title">{t('debts.form.editTitle')}</h1>
      {debt === null ? (
        <p className="muted">{t('status.loading')}</p>
      ) : debt === undefined ? (
        <p>{t('status.notFound')}</p>
      ) : (
        <DebtForm
          initial={debt}
          onSave={async (fields) => {
            await updateDebt(id, fields);
            showToast({ message: 'debts.form.saved' }, 3000);
            await navigate(afterSaveHref(id), { replace: true });
          }}
          onCancel={() => void navigate(-1)}
        />
      )}
    </div>
  );
}
