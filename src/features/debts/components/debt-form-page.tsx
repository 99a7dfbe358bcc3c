import { useState } from 'react';
import { useNavigate } from 'react-router';
import type { Debt } from '../../../domain/debt';
import type { MessageKey } from '../../../i18n/catalogue';
import { useI18n } from '../../../i18n/i18n';
import { showToast } from '../../../components/ui/toast-store';
import { useDebt } from '../../../storage/hooks';
import { addDebt, getDebt, updateDebt } from '../../../storage/repos/debts-repo';
import { StorageError, toStorageErrorCode } from '../../../storage/storage-error';
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

/** Fields whose change in another window is named by its form label; the rest are "other details". */
const NAMED_FIELDS: Partial<Record<keyof Debt, MessageKey>> = {
  lender: 'debts.form.lender',
  nickname: 'debts.form.nickname',
  creditorType: 'debts.form.creditorType',
  creditLimit: 'debts.form.creditLimit',
  principal: 'debts.form.principal',
  interest: 'debts.form.interest',
  fees: 'debts.form.fees',
  firstMissedDue: 'debts.form.firstMissedDue',
  minimumPayment: 'debts.form.minimumPayment',
  lastPaymentDate: 'debts.form.lastPaymentDate',
  lastPaymentAmount: 'debts.form.lastPaymentAmount',
  status: 'debts.form.status',
  settledOn: 'debts.form.settledOn',
  notes: 'debts.form.notes',
};
const BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'amountsAsOf']);

/** Which fields differ between the copy the form opened and the newer stored one. */
function changedFields(opened: Debt, newer: Debt): (keyof Debt)[] {
  const keys = new Set([...Object.keys(opened), ...Object.keys(newer)] as (keyof Debt)[]);
  return [...keys].filter((k) => !BOOKKEEPING.has(k) && JSON.stringify(opened[k]) !== JSON.stringify(newer[k]));
}

/**
 * Editing a debt. The form keeps the revision (`updatedAt`) it was opened on: when another
 * tab saved the debt since, the save is refused (updateDebt), the typed values stay in the
 * form, and the page names what the other tab changed and lets the person keep theirs or
 * take the newer copy.
 */
export function EditDebtPage({ id, afterSaveHref }: { id: string; afterSaveHref: (id: string) => string }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const debt = useDebt(id);
  // The copy the form was opened on (a live update from another tab does not replace it).
  const [opened, setOpened] = useState<Debt | null>(null);
  const [newer, setNewer] = useState<Debt | null>(null);
  const [formKey, setFormKey] = useState(0);
  if (debt && opened === null) setOpened(debt);
  const base = opened ?? debt;

  const changedNames = (from: Debt, to: Debt) => {
    const fields = changedFields(from, to);
    const named = fields.flatMap((f) => (NAMED_FIELDS[f] ? [t(NAMED_FIELDS[f])] : []));
    if (named.length < fields.length) named.push(t('debts.stale.other'));
    return named.join(t('list.separator'));
  };

  return (
    <div className="page">
      <h1 className="page-title">{t('debts.form.editTitle')}</h1>
      {base === null ? (
        <p className="muted">{t('status.loading')}</p>
      ) : base === undefined ? (
        <p>{t('status.notFound')}</p>
      ) : (
        <>
          {newer && (
            <section className="card notice-strong" aria-labelledby="stale-title" role="alert">
              <h2 id="stale-title" className="card-title">
                {t('debts.stale.title')}
              </h2>
              <p>{t('debts.stale.changed', { fields: changedNames(base, newer) })}</p>
              <div className="button-row">
                <button
                  type="button"
                  className="button"
                  onClick={() => {
                    // The next save goes over the newer copy, on purpose.
                    setOpened(newer);
                    setNewer(null);
                  }}
                >
                  {t('debts.stale.keepMine')}
                </button>
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => {
                    setOpened(newer);
                    setNewer(null);
                    setFormKey((k) => k + 1);
                  }}
                >
                  {t('debts.stale.takeNewer')}
                </button>
              </div>
            </section>
          )}
          <DebtForm
            key={formKey}
            initial={base}
            onSave={async (fields) => {
              try {
                await updateDebt(id, fields, new Date(), base.updatedAt);
              } catch (error) {
                if (toStorageErrorCode(error) === 'stale') setNewer((await getDebt(id)) ?? null);
                throw error instanceof StorageError ? error : new StorageError(toStorageErrorCode(error));
              }
              showToast({ message: 'debts.form.saved' }, 3000);
              await navigate(afterSaveHref(id), { replace: true });
            }}
            onCancel={() => void navigate(-1)}
          />
        </>
      )}
    </div>
  );
}
