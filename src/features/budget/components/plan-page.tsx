/**
 * The repayment plan: the monthly offer (by default what the budget leaves), split across
 * the open debts pro-rata or by hand, with months per debt, the 60-month check (Art. 70)
 * and a freeze comparison. Settings autosave as the user changes them, so the letter
 * builder always sees the plan shown here.
 */
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { summariseBudget } from '../../../domain/budget/budget';
import { isIsoDate } from '../../../domain/dates';
import { fenToYuanString, parseYuan } from '../../../domain/money';
import { composePlan, type DebtPlan } from '../../../domain/plan/compose-plan';
import { PLAN_BASES, type PlanTerms } from '../../../domain/plan/plan';
import type { Fen } from '../../../domain/types';
import { SelectField, TextField } from '../../../components/ui/field';
import '../budget.css';
import { useI18n } from '../../../i18n/i18n';
import { useAutosave } from '../../../lib/use-autosave';
import { useBudgetLines, useAgreements, usePlanSettings } from '../../../storage/hardship-hooks';
import type { PlanSettings } from '../../../storage/hardship-rows';
import { useDebts } from '../../../storage/hooks';
import { savePlanSettings } from '../../../storage/repos/plan-repo';

export interface PlanPageLinks {
  budgetHref: string;
  letterHref: (debtId: string) => string;
  newAgreementHref: (debtId: string) => string;
  agreementHref: (agreementId: string) => string;
}

export function PlanPage(links: PlanPageLinks) {
  const { t } = useI18n();
  const settings = usePlanSettings();
  if (settings === null) return <p className="page muted">{t('status.loading')}</p>;
  return <PlanForm initial={settings} links={links} />;
}

interface PlanFormState {
  offer: string;
  split: PlanSettings['split'];
  custom: Record<string, string>;
  basis: PlanSettings['basis'];
  firstDue: string;
}

function toState(s: PlanSettings): PlanFormState {
  return {
    offer: s.offer === null ? '' : fenToYuanString(s.offer),
    split: s.split,
    custom: Object.fromEntries(Object.entries(s.custom).map(([k, v]) => [k, fenToYuanString(v)])),
    basis: s.basis,
    firstDue: s.firstDue ?? '',
  };
}

/** The settings to store, or null while something typed is not valid yet. */
function toSettings(s: PlanFormState): PlanSettings | null {
  let offer: Fen | null = null;
  if (s.offer.trim() !== '') {
    const p = parseYuan(s.offer);
    if (!p.ok) return null;
    offer = p.fen;
  }
  const custom: Record<string, Fen> = {};
  for (const [id, v] of Object.entries(s.custom)) {
    if (v.trim() === '') continue;
    const p = parseYuan(v);
    if (!p.ok) return null;
    custom[id] = p.fen;
  }
  if (s.firstDue !== '' && !isIsoDate(s.firstDue)) return null;
  return { offer, split: s.split, custom, basis: s.basis, firstDue: s.firstDue === '' ? null : s.firstDue };
}

function PlanForm({ initial, links }: { initial: PlanSettings; links: PlanPageLinks }) {
  const { t, money } = useI18n();
  const debts = useDebts();
  const budget = useBudgetLines();
  const agreements = useAgreements();
  const [state, setState] = useState<PlanFormState>(() => toState(initial));
  const settings = useMemo(() => toSettings(state), [state]);
  const save = useCallback((s: PlanSettings | null) => (s ? savePlanSettings(s) : Promise.resolve()), []);
  useAutosave(settings, save);

  if (debts === null || budget === null) return <p className="page muted">{t('status.loading')}</p>;
  const summary = summariseBudget(budget);
  const open = debts.filter((d) => d.status !== 'settled');
  const effective = settings ?? toSettings({ ...state, offer: '', custom: {} }) ?? initial;
  const plan = composePlan(debts, summary.availableMonthly, effective);

  const offerError = state.offer.trim() !== '' && !parseYuan(state.offer).ok ? t('budget.error.not-number') : undefined;

  return (
    <div className="page">
      <h1 className="page-title">{t('plan.title')}</h1>
      <p>{t('plan.intro')}</p>
      <p className="notice">{t('plan.art70Note')}</p>
      {budget.length === 0 && (
        <p className="notice">
          <Link to={links.budgetHref}>{t('plan.needBudget')}</Link>
        </p>
      )}
      {open.length === 0 ? (
        <p className="empty">{t('plan.needDebts')}</p>
      ) : (
        <>
          <div className="form">
            <TextField
              label={t('plan.offer')}
              hint={t('plan.offerHint', { amount: money(summary.availableMonthly) })}
              inputMode="decimal"
              value={state.offer}
              error={offerError}
              onChange={(e) => setState((s) => ({ ...s, offer: e.target.value }))}
            />
            <SelectField
              label={t('plan.split')}
              value={state.split}
              onChange={(e) => setState((s) => ({ ...s, split: e.target.value as PlanSettings['split'] }))}
              options={(['pro-rata', 'custom'] as const).map((v) => ({ value: v, label: t(`plan.split.${v}`) }))}
            />
            <SelectField
              label={t('plan.basis')}
              value={state.basis}
              onChange={(e) => setState((s) => ({ ...s, basis: e.target.value as PlanSettings['basis'] }))}
              options={PLAN_BASES.map((v) => ({ value: v, label: t(`plan.basis.${v}`) }))}
            />
            <TextField
              label={t('plan.firstDue')}
              hint={t('plan.firstDueHint')}
              type="date"
              value={state.firstDue}
              onChange={(e) => setState((s) => ({ ...s, firstDue: e.target.value }))}
            />
          </div>
          {state.split === 'custom' && plan.totalMonthly !== plan.offer && (
            <p className="notice" role="status">
              {t('plan.sumMismatch', { sum: money(plan.totalMonthly), offer: money(plan.offer) })}
            </p>
          )}
          <ul className="plan-list">
            {plan.debts.map((d) => (
              <DebtPlanCard
                key={d.debt.id}
                entry={d}
                custom={state.split === 'custom' ? (state.custom[d.debt.id] ?? '') : null}
                onCustom={(v) => setState((s) => ({ ...s, custom: { ...s.custom, [d.debt.id]: v } }))}
                letterHref={links.letterHref(d.debt.id)}
                agreementHref={links.newAgreementHref(d.debt.id)}
              />
            ))}
          </ul>
          <p className="muted">{t('plan.freezeNote')}</p>
        </>
      )}
      <section className="card">
        <h2 className="card-title">{t('plan.agreements')}</h2>
        {agreements === null ? null : agreements.length === 0 ? (
          <p className="muted">{t('plan.noAgreements')}</p>
        ) : (
          <ul className="link-list">
            {agreements.map((a) => {
              const debt = debts.find((d) => d.id === a.debtId);
              return (
                <li key={a.id}>
                  <Link to={links.agreementHref(a.id)}>
                    {debt ? debt.nickname || debt.lender : t('agreement.title')} ·{' '}
                    {t('plan.monthly', { amount: money(a.monthly) })}
                  </Link>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </div>
  );
}

function termsText(terms: PlanTerms, t: ReturnType<typeof useI18n>['t']): string {
  return terms.kind === 'plan' ? t('plan.freeze.principal', { months: terms.months }) : t('plan.freeze.none');
}

function DebtPlanCard({
  entry,
  custom,
  onCustom,
  letterHref,
  agreementHref,
}: {
  entry: DebtPlan;
  custom: string | null;
  onCustom: (value: string) => void;
  letterHref: string;
  agreementHref: string;
}) {
  const { t, money } = useI18n();
  const { debt, terms } = entry;
  const name = debt.nickname || debt.lender;
  return (
    <li className="card plan-card" data-debt={debt.id}>
      <h3 className="card-title">
        {name}
        {debt.last4 && <span className="muted"> **** {debt.last4}</span>}
      </h3>
      <p className="muted">{t('plan.debtOwed', { amount: money(entry.owed) })}</p>
      {custom !== null && (
        <TextField
          label={t('plan.customAmount', { name })}
          inputMode="decimal"
          value={custom}
          onChange={(e) => onCustom(e.target.value)}
        />
      )}
      {terms.kind === 'nothing-owed' && <p>{t('plan.nothingOwed')}</p>}
      {terms.kind === 'no-payment' && <p>{t('plan.noPayment')}</p>}
      {terms.kind === 'plan' && (
        <>
          <p className="plan-figures">
            <strong>{t('plan.monthly', { amount: money(terms.monthly) })}</strong> ·{' '}
            {t('plan.months', { months: terms.months })}
            {terms.lastInstalment !== terms.monthly && (
              <> · {t('plan.lastInstalment', { amount: money(terms.lastInstalment) })}</>
            )}
          </p>
          {terms.exceedsMaxTerm && (
            <p className="notice notice-warning" role="status">
              {t('plan.over60', { amount: money(terms.minimumMonthlyFor60) })}
            </p>
          )}
        </>
      )}
      {terms.kind === 'no-payment' && (
        <p className="notice notice-warning">{t('plan.over60', { amount: money(terms.minimumMonthlyFor60) })}</p>
      )}
      <div className="freeze">
        <p className="muted">{t('plan.freeze')}</p>
        <p>
          {termsText(entry.principalOnly, t)}
          <br />
          {entry.withInterestAndFees.kind === 'plan'
            ? t('plan.freeze.total', { months: entry.withInterestAndFees.months })
            : t('plan.freeze.none')}
        </p>
      </div>
      <div className="button-row">
        <Link to={letterHref} className="button button-primary button-small">
          {t('plan.writeLetter')}
        </Link>
        <Link to={agreementHref} className="button button-quiet button-small">
          {t('plan.recordAgreement')}
        </Link>
      </div>
    </li>
  );
}
