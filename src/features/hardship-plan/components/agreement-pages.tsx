/**
 * Agreements the bank accepted: recording one (pre-filled from the plan), then tracking it —
 * instalments due and paid, the next due date, payments, and a calendar file (.ics) of the
 * due dates for the phone's own calendar. The calendar builder loads only when used.
 */
import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { summariseBudget } from '../../../domain/budget/budget';
import { isIsoDate } from '../../../domain/dates';
import { fenToYuanString, parseYuan } from '../../../domain/money';
import { agreementProgress } from '../../../domain/hardship-plan/agreement';
import { composeHardshipPlan } from '../../../domain/hardship-plan/compose-hardship-plan';
import type { Fen, IsoDate } from '../../../domain/types';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog';
import { TextField } from '../../../components/ui/field';
import { showToast } from '../../../components/ui/toast-store';
import '../hardship-plan.css';
import { useI18n } from '../../../i18n/i18n';
import { KeepWhole } from '../../../components/ui/keep-whole';
import { useToday } from '../../../components/use-today';
import { useBudgetLines } from '../../../storage/budget-hooks';
import { useAgreement, useHardshipPlanSettings } from '../../../storage/hardship-plan-hooks';
import type { AgreementRow } from '../../../storage/hardship-plan-rows';
import { useDebt, useDebts } from '../../../storage/hooks';
import { addAgreement, addPayment, deleteAgreement, removePayment } from '../../../storage/repos/hardship-plan-repo';
import { toStorageErrorCode } from '../../../storage/storage-error';

function storageError(err: unknown) {
  showToast({ message: `error.storage.${toStorageErrorCode(err)}`, tone: 'error' });
}

export function NewAgreementPage({ debtId, afterSaveHref }: { debtId: string; afterSaveHref: (id: string) => string }) {
  const { t } = useI18n();
  const debts = useDebts();
  const budget = useBudgetLines();
  const settings = useHardshipPlanSettings();
  if (debts === null || budget === null || settings === null)
    return <p className="page muted">{t('status.loading')}</p>;
  const debt = debts.find((d) => d.id === debtId);
  if (!debt) return <p className="page">{t('status.notFound')}</p>;
  const plan = composeHardshipPlan(debts, summariseBudget(budget).availableMonthly, settings);
  const terms = plan.debts.find((d) => d.debt.id === debtId)?.terms;
  const initial =
    terms?.kind === 'plan'
      ? {
          monthly: fenToYuanString(terms.monthly),
          months: String(terms.months),
          last: fenToYuanString(terms.lastInstalment),
        }
      : { monthly: '', months: '', last: '' };
  return (
    <AgreementForm
      debtId={debtId}
      title={debt.nickname || debt.lender}
      basis={settings.basis}
      initial={{ ...initial, firstDue: settings.firstDue ?? '' }}
      afterSaveHref={afterSaveHref}
    />
  );
}

interface AgreementFormState {
  monthly: string;
  months: string;
  last: string;
  firstDue: string;
}

function AgreementForm({
  debtId,
  title,
  basis,
  initial,
  afterSaveHref,
}: {
  debtId: string;
  title: string;
  basis: AgreementRow['basis'];
  initial: AgreementFormState;
  afterSaveHref: (id: string) => string;
}) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<keyof AgreementFormState, string>>>({});

  async function submit(e: FormEvent) {
    e.preventDefault();
    const next: typeof errors = {};
    const monthly = parseYuan(form.monthly);
    if (!monthly.ok) next.monthly = t(`budget.error.${monthly.error}`);
    const months = Number(form.months);
    if (!/^\d+$/.test(form.months.trim()) || months < 1 || months > 600) next.months = t('agreement.error.months');
    const last = form.last.trim() === '' ? monthly : parseYuan(form.last);
    if (!last.ok) next.last = t(`budget.error.${last.error}`);
    else if (monthly.ok && last.fen > monthly.fen) next.last = t('agreement.error.last');
    if (!isIsoDate(form.firstDue)) next.firstDue = t('agreement.error.date');
    setErrors(next);
    if (Object.keys(next).length > 0 || !monthly.ok || !last.ok) return;
    try {
      const id = await addAgreement({
        debtId,
        basis,
        firstDue: form.firstDue as IsoDate,
        monthly: monthly.fen,
        months,
        lastInstalment: last.fen,
        payments: [],
        note: '',
      });
      await navigate(afterSaveHref(id), { replace: true });
    } catch (err) {
      storageError(err);
    }
  }

  const field = (key: keyof AgreementFormState, label: string, extra: object = {}) => (
    <TextField
      label={label}
      value={form[key]}
      error={errors[key]}
      onChange={(e) => setForm((f) => ({ ...f, [key]: e.target.value }))}
      {...extra}
    />
  );
  return (
    <form className="page form" onSubmit={(e) => void submit(e)} noValidate>
      <h1 className="page-title">{t('agreement.form.title')}</h1>
      <p className="muted">{title}</p>
      <p>{t('agreement.form.intro')}</p>
      {field('monthly', t('agreement.form.monthly'), { inputMode: 'decimal' })}
      {field('months', t('agreement.form.months'), { inputMode: 'numeric' })}
      {field('last', t('agreement.form.last'), { inputMode: 'decimal' })}
      {field('firstDue', t('agreement.form.firstDue'), { type: 'date' })}
      <div className="button-row sticky-actions">
        <button type="submit" className="button button-primary">
          {t('agreement.form.save')}
        </button>
      </div>
    </form>
  );
}

export function AgreementPage({ id, afterDeleteHref }: { id: string; afterDeleteHref: string }) {
  const { t } = useI18n();
  const agreement = useAgreement(id);
  if (agreement === null) return <p className="page muted">{t('status.loading')}</p>;
  if (agreement === undefined) return <p className="page">{t('agreement.notFound')}</p>;
  return <AgreementTracker agreement={agreement} afterDeleteHref={afterDeleteHref} />;
}

function AgreementTracker({ agreement, afterDeleteHref }: { agreement: AgreementRow; afterDeleteHref: string }) {
  const { t, money, date } = useI18n();
  const today = useToday();
  const navigate = useNavigate();
  const debt = useDebt(agreement.debtId);
  const [payDate, setPayDate] = useState<string>(today);
  const [payAmount, setPayAmount] = useState('');
  const [payError, setPayError] = useState<string | undefined>();
  const [confirming, setConfirming] = useState(false);
  const progress = agreementProgress(agreement, agreement.payments, today);
  const lender = debt ? debt.lender : '';

  async function pay(e: FormEvent) {
    e.preventDefault();
    const amount = parseYuan(payAmount);
    if (!amount.ok) return setPayError(t(`budget.error.${amount.error}`));
    if (!isIsoDate(payDate)) return setPayError(t('agreement.error.date'));
    setPayError(undefined);
    try {
      await addPayment(agreement.id, { date: payDate, amount: amount.fen });
      setPayAmount('');
    } catch (err) {
      storageError(err);
    }
  }

  async function downloadIcs() {
    const { buildCalendar } = await import('../../../domain/hardship-plan/ics');
    const text = buildCalendar({
      name: t('agreement.ics.name'),
      stampedAt: new Date().toISOString(),
      alarmText: t('agreement.ics.alarm'),
      events: progress.instalments.map((i) => ({
        uid: `${agreement.id}-${i.index}@shore.invalid`,
        date: i.dueDate,
        summary: t('agreement.ics.summary', {
          lender,
          index: i.index,
          months: agreement.months,
          amount: money(i.amount),
        }),
        description: t('agreement.ics.description', { amount: money(i.amount) }),
      })),
    });
    const url = URL.createObjectURL(new Blob([text], { type: 'text/calendar;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = 'shore-repayments.ics';
    document.body.appendChild(a);
    a.click();
    a.remove();
    window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }

  return (
    <div className="page">
      <h1 className="page-title">
        {t('agreement.title')}
        {lender && <span className="muted"> · {lender}</span>}
      </h1>
      <section className="card" aria-live="polite">
        <p className="summary-total">
          <KeepWhole
            text={
              progress.next
                ? t('agreement.next', {
                    date: date(progress.next.dueDate),
                    amount: money((progress.next.amount - progress.next.paid) as Fen),
                  })
                : t('agreement.done')
            }
          />
        </p>
        <p>
          <KeepWhole
            text={t('agreement.progress', { paid: money(progress.totalPaid), remaining: money(progress.remaining) })}
          />
        </p>
        {progress.overdueCount > 0 && (
          <p className="notice notice-warning">{t('agreement.overdue', { count: progress.overdueCount })}</p>
        )}
      </section>
      <section className="card">
        <button type="button" className="button button-primary button-block" onClick={() => void downloadIcs()}>
          {t('agreement.ics')}
        </button>
        <p className="muted">{t('agreement.icsHint')}</p>
      </section>
      <form className="card form" onSubmit={(e) => void pay(e)} noValidate>
        <h2 className="card-title">{t('agreement.pay.title')}</h2>
        <TextField
          label={t('agreement.pay.date')}
          type="date"
          value={payDate}
          onChange={(e) => setPayDate(e.target.value)}
        />
        <TextField
          label={t('agreement.pay.amount')}
          inputMode="decimal"
          value={payAmount}
          error={payError}
          onChange={(e) => setPayAmount(e.target.value)}
        />
        <button type="submit" className="button button-primary">
          {t('agreement.pay.save')}
        </button>
      </form>
      {agreement.payments.length > 0 && (
        <section className="card">
          <h2 className="card-title">{t('agreement.payments')}</h2>
          <ul className="link-list">
            {agreement.payments.map((p) => (
              <li key={p.id}>
                <KeepWhole text={t('agreement.payment', { date: date(p.date), amount: money(p.amount) })} />{' '}
                <button
                  type="button"
                  className="button button-quiet button-small"
                  onClick={() => void removePayment(agreement.id, p.id).catch(storageError)}
                >
                  {t('agreement.removePayment')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="card">
        <h2 className="card-title">{t('agreement.instalments')}</h2>
        <ol className="instalments">
          {progress.instalments.map((i) => (
            <li key={i.index} data-status={i.status}>
              <KeepWhole
                text={t('agreement.instalment', { index: i.index, date: date(i.dueDate), amount: money(i.amount) })}
              />{' '}
              <span className={`badge ${i.status === 'overdue' ? 'badge-strong' : ''}`}>
                {t(`agreement.status.${i.status}`)}
              </span>
            </li>
          ))}
        </ol>
      </section>
      <button type="button" className="button button-danger" onClick={() => setConfirming(true)}>
        {t('agreement.delete')}
      </button>
      <ConfirmDialog
        open={confirming}
        message={t('agreement.delete')}
        confirmLabel={t('action.confirmDelete')}
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          void deleteAgreement(agreement.id)
            .then(() => navigate(afterDeleteHref, { replace: true }))
            .catch(storageError);
        }}
      />
      <Link to={afterDeleteHref} className="button button-quiet">
        {t('action.back')}
      </Link>
    </div>
  );
}
