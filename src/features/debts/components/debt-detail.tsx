/**
 * The ledger facts of one debt, with edit and delete. Delete asks first and then offers an
 * immediate undo that puts the record back exactly as it was.
 */
import { useState, type ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import { isLoan, overdueDays, totalOwed, type Debt } from '../../../domain/debt';
import type { Fen, IsoDate } from '../../../domain/types';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { showToast } from '../../../components/ui/toast-store';
import { useI18n } from '../../../i18n/i18n';
import { usePerfMarkOnce } from '../../../lib/perf-mark';
import { useToday } from '../../../components/use-today';
import { useDebt } from '../../../storage/hooks';
import { deleteDebt, restoreDebt } from '../../../storage/repos/debts-repo';
import { toStorageErrorCode } from '../../../storage/storage-error';

export function DebtDetail({
  id,
  editHref,
  afterDeleteHref,
  children,
}: {
  id: string;
  editHref: string;
  afterDeleteHref: string;
  /** Panels the app adds below the ledger facts (assessment, log, letters). */
  children?: (debt: Debt, today: IsoDate) => ReactNode;
}) {
  const { t, money, date } = useI18n();
  const navigate = useNavigate();
  const debt = useDebt(id);
  const today = useToday();
  const [confirming, setConfirming] = useState(false);
  usePerfMarkOnce('shore:debt-detail-shown', debt !== null && debt !== undefined);

  if (debt === null) return <p className="page muted">{t('status.loading')}</p>;
  if (debt === undefined) return <p className="page">{t('status.notFound')}</p>;

  const name = debt.nickname || debt.lender;
  const days = overdueDays(debt, today);
  const loan = isLoan(debt.creditorType);
  const optionalMoney = (f: Fen | null) => (f === null ? t('debts.detail.none') : money(f));

  async function remove(current: Debt) {
    setConfirming(false);
    try {
      const removed = await deleteDebt(current.id);
      await navigate(afterDeleteHref, { replace: true });
      if (removed) {
        showToast({
          message: 'debts.delete.done',
          vars: { name },
          action: { label: 'action.undo', run: () => restoreDebt(removed) },
        });
      }
    } catch (err) {
      showToast({ message: `error.storage.${toStorageErrorCode(err)}`, tone: 'error' });
    }
  }

  return (
    <div className="page">
      <h1 className="page-title">
        {debt.lender}
        {!loan && debt.last4 && <span className="muted"> **** {debt.last4}</span>}
      </h1>
      {debt.nickname && <p className="muted">{debt.nickname}</p>}
      <section className="card">
        <p className="summary-total">
          <span className="summary-label">{t('debts.item.total')}</span>
          <span className="amount amount-large" data-amount>
            {money(totalOwed(debt))}
          </span>
        </p>
        <p>
          <span className={`badge ${days > 90 ? 'badge-strong' : ''}`}>
            {debt.status === 'settled'
              ? t('debts.item.settled')
              : days > 0
                ? t('debts.item.overdueDays', { days })
                : t('debts.item.notOverdue')}
          </span>{' '}
          <span className="muted">{t(`debts.status.${debt.status}`)}</span>
        </p>
        <dl className="facts">
          <dt>{t('debts.detail.creditorType')}</dt>
          <dd>{t(`debts.creditorType.${debt.creditorType}`)}</dd>
          {loan && (
            <>
              <dt>{t('debts.detail.loanNumber')}</dt>
              <dd>{debt.loanNumber || t('debts.detail.none')}</dd>
            </>
          )}
          <dt>{t(loan ? 'debts.detail.principalLoan' : 'debts.detail.principal')}</dt>
          <dd data-amount>{money(debt.principal)}</dd>
          <dt>{t('debts.detail.interest')}</dt>
          <dd data-amount>{money(debt.interest)}</dd>
          <dt>{t('debts.detail.fees')}</dt>
          <dd data-amount>{money(debt.fees)}</dd>
          {!loan && (
            <>
              <dt>{t('debts.detail.creditLimit')}</dt>
              <dd data-amount>{optionalMoney(debt.creditLimit)}</dd>
            </>
          )}
          <dt>{t(loan ? 'debts.detail.minimumPaymentLoan' : 'debts.detail.minimumPayment')}</dt>
          <dd data-amount>{optionalMoney(debt.minimumPayment)}</dd>
          <dt>{t('debts.detail.firstMissedDue')}</dt>
          <dd>{debt.firstMissedDue ? date(debt.firstMissedDue) : t('debts.detail.none')}</dd>
          <dt>{t('debts.detail.lastPayment')}</dt>
          <dd>
            {debt.lastPaymentDate && debt.lastPaymentAmount !== null
              ? t('debts.detail.lastPaymentValue', {
                  date: date(debt.lastPaymentDate),
                  amount: money(debt.lastPaymentAmount),
                })
              : t('debts.detail.none')}
          </dd>
        </dl>
        {debt.notes && (
          <>
            <h2 className="card-title">{t('debts.detail.notes')}</h2>
            <p className="user-text">{debt.notes}</p>
          </>
        )}
        <div className="button-row">
          <Link to={editHref} className="button">
            {t('action.edit')}
          </Link>
          <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
            {t('action.delete')}
          </button>
        </div>
      </section>
      {children?.(debt, today)}
      <ConfirmDialog
        open={confirming}
        message={t('debts.delete.confirm', { name })}
        confirmLabel={t('action.confirmDelete')}
        onConfirm={() => void remove(debt)}
        onCancel={() => setConfirming(false)}
      />
    </div>
  );
}
