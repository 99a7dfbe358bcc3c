/** New and edit pages around the contact form. After saving, the entry opens with its findings. */
import { useNavigate } from 'react-router';
import { showToast } from '../../../components/ui/toast-store';
import { useI18n } from '../../../i18n/i18n';
import { useContact, useContactsPage } from '../../../storage/conduct-hooks';
import { useDebts } from '../../../storage/hooks';
import { addContact, updateContact } from '../../../storage/repos/contacts-repo';
import { ContactForm } from './contact-form';
import { debtsByLastLogged, RECENT_CONTACTS_FOR_ORDER } from '../debt-order';
import { LoadingPage } from '../../../components/ui/loading-page';

/**
 * A new entry names no debt until the person picks one: a default would file a collector's
 * call, and the complaint that follows, under the wrong bank. The debts most recently logged
 * come first in the list.
 */
export function NewContactPage({ afterSaveHref }: { afterSaveHref: (id: string) => string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const debts = useDebts();
  const recent = useContactsPage(RECENT_CONTACTS_FOR_ORDER);

  if (debts === null || recent === null) return <LoadingPage title={t('conduct.form.newTitle')} />;
  return (
    <div className="page">
      <h1 className="page-title">{t('conduct.form.newTitle')}</h1>
      <ContactForm
        debts={debtsByLastLogged(debts, recent)}
        defaultDebtId=""
        allowFiles
        onSave={async (fields, files) => {
          const id = await addContact(fields, files);
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
  const recent = useContactsPage(RECENT_CONTACTS_FOR_ORDER);
  return (
    <div className="page">
      <h1 className="page-title">{t('conduct.form.editTitle')}</h1>
      {entry === null || debts === null || recent === null ? (
        <p className="muted">{t('status.loading')}</p>
      ) : entry === undefined ? (
        <p>{t('status.notFound')}</p>
      ) : (
        <ContactForm
          initial={entry}
          debts={debtsByLastLogged(debts, recent)}
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
