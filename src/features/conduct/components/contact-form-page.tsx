/** New and edit pages around the contact form. After saving, the entry opens with its findings. */
import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { showToast } from '../../../components/ui/toast-store';
import { useI18n } from '../../../i18n/i18n';
import { useContact } from '../../../storage/conduct-hooks';
import { useDebts } from '../../../storage/hooks';
import { addContact, updateContact } from '../../../storage/repos/contacts-repo';
import { getSetting, setSetting } from '../../../storage/repos/settings-repo';
import { ContactForm } from './contact-form';
import { LoadingPage } from '../../../components/ui/loading-page';

/** The debt last logged against, so the next log defaults to it. */
const LAST_DEBT_KEY = 'conduct.lastDebtId';

export function NewContactPage({ afterSaveHref }: { afterSaveHref: (id: string) => string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const debts = useDebts();
  const [lastDebt, setLastDebt] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void getSetting<string>(LAST_DEBT_KEY).then((v) => {
      if (live) setLastDebt(typeof v === 'string' ? v : '');
    });
    return () => {
      live = false;
    };
  }, []);

  if (debts === null || lastDebt === null) return <LoadingPage title={t('conduct.form.newTitle')} />;
  const defaultDebtId = debts.some((d) => d.id === lastDebt) ? lastDebt : (debts[0]?.id ?? '');
  return (
    <div className="page">
      <h1 className="page-title">{t('conduct.form.newTitle')}</h1>
      <ContactForm
        debts={debts}
        defaultDebtId={defaultDebtId}
        allowFiles
        onSave={async (fields, files) => {
          const id = await addContact(fields, files);
          await setSetting(LAST_DEBT_KEY, fields.debtId);
          showToast({ message: 'conduct.form.saved' }, 3000);
          await navigate(afterSaveHref(id), { replace: true });
        }}
      />
    </div>
  );
}

export function EditContactPage({ id, afterSaveHref }: { id: string; afterSaveHref: (id: string) => string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const entry = useContact(id);
  const debts = useDebts();
  return (
    <div className="page">
      <h1 className="page-title">{t('conduct.form.editTitle')}</h1>
      {entry === null || debts === null ? (
        <p className="muted">{t('status.loading')}</p>
      ) : entry === undefined ? (
        <p>{t('status.notFound')}</p>
      ) : (
        <ContactForm
          initial={entry}
          debts={debts}
          defaultDebtId={entry.debtId}
          allowFiles={false}
          onSave={async (fields) => {
            await updateContact(id, fields);
            showToast({ message: 'conduct.form.saved' }, 3000);
            await navigate(afterSaveHref(id), { replace: true });
          }}
        />
      )}
    </div>
  );
}
