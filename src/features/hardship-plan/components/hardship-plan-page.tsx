/**
 * The repayment plan: the monthly offer (by default what the budget leaves), split across
 * the open debts pro-rata or by hand, with months per debt, the 60-month check (Art. 70, bank
 * cards only) and a freeze comparison. Each debt offers its own letter: the Art. 70 application
 * for a bank card, the negotiation request for a loan. Settings autosave as the user changes them, so the letter
 * builder always sees the plan shown here.
 */
import { useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { summariseBudget } from '../../../domain/budget/budget';
import { isBankCard, type CreditorType } from '../../../domain/debt';
import { isIsoDate } from '../../../domain/dates';
import { fenToYuanString, parseYuan } from '../../../domain/money';
import { composeHardshipPlan, type DebtHardshipPlan } from '../../../domain/hardship-plan/compose-hardship-plan';
import { HARDSHIP_PLAN_BASES, type HardshipPlanTerms } from '../../../domain/hardship-plan/hardship-plan';
import type { Fen } from '../../../domain/types';
import { SelectField, TextField } from '../../../components/ui/field';
import '../hardship-plan.css';
import { useI18n } from '../../../i18n/i18n';
import { KeepWhole } from '../../../components/ui/keep-whole';
import { useAutosave } from '../../../lib/use-autosave';
import { useBudgetLines } from '../../../storage/budget-hooks';
import { useAgreements, useHardshipPlanSettings } from '../../../storage/hardship-plan-hooks';
import type { HardshipPlanSettings } from '../../../storage/hardship-plan-rows';
import { useDebts } from '../../../storage/hooks';
import { saveHardshipPlanSettings } from '../../../storage/repos/hardship-plan-repo';
import { LoadingPage } from '../../../components/ui/loading-page';

export interface HardshipPlanPageLinks {
  budgetHref: string;
  /** The debt's negotiation letter (the route picks it by creditor type). */
  letterHref: (debtId: string, creditorType: CreditorType) => string;
  newAgreementHref: (debtId: string) => string;
  agreementHref: (agreementId: string) => string;
}

export function HardshipPlanPage(links: HardshipPlanPageLinks) {
  const { t } = useI18n();
  const settings = useHardshipPlanSettings();
  if (settings === null) return <LoadingPage title={t('hardshipPlan.title')} />;
  return <HardshipPlanForm initial={settings} links={links} />;
}

interface HardshipPlanFormState {
  offer: string;
  split: HardshipPlanSettings['split'];
  custom: Record<string, string>;
  basis: HardshipPlanSettings['basis'];
  firstDue: string;
}

function toState(s: HardshipPlanSettings): HardshipPlanFormState {
  return {
    offer: s.offer === null ? '' : fenToYuanString(s.offer),
    split: s.split,
    custom: Object.fromEntries(Object.entries(s.custom).map(([k, v]) => [k, fenToYuanString(v)])),
    basis: s.basis,
    firstDue: s.firstDue ?? '',
  };
}

/** The settings to store, or null while something typed is not valid yet. */
function toSettings(s: HardshipPlanFormState): HardshipPlanSettings | null {
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

function HardshipPlanForm({ initial, links }: { initial: HardshipPlanSettings; links: HardshipPlanPageLinks }) {
  const { t, money } = useI18n();
  const debts = useDebts();
  const budget = useBudgetLines();
  const agreements = useAgreements();
  const [state, setState] = useState<HardshipPlanFormState>(() => toState(initial));
  const settings = useMemo(() => toSettings(state), [state]);
  const save = useCallback(
    (s: HardshipPlanSettings | null) => (s ? saveHardshipPlanSettings(s) : Promise.resolve()),
    [],
  );
  useAutosave(settings, save);

  if (debts === null || budget === null) return <LoadingPage title={t('hardshipPlan.title')} />;
  const summary = summariseBudget(budget);
  const open = debts.filter((d) => d.status !== 'settled');
  const effective = settings ?? toSettings({ ...state, offer: '', custom: {} }) ?? initial;
  const plan = composeHardshipPlan(debts, summary.availableMonthly, effective);

  const offerError = state.offer.trim() !== '' && !parseYuan(state.offer).ok ? t('budget.error.not-number') : undefined;

  return (
    <div className="page">
      <h1 className="page-title">{t('hardshipPlan.title')}</h1>
      <p>{t('hardshipPlan.intro')}</p>
      {(open.length === 0 || open.some((d) => isBankCard(d.creditorType))) && (
        <p className="notice">{t('hardshipPlan.art70Note')}</p>
      )}
      {open.some((d) => !isBankCard(d.creditorType)) && <p className="notice">{t('hardshipPlan.loanNote')}</p>}
      {budget.length === 0 && (
        <p className="notice">
          <Link to={links.budgetHref}>{t('hardshipPlan.needBudget')}</Link>
        </p>
      )}
      {open.length === 0 ? (
        <p className="empty">{t('hardshipPlan.needDebts')}</p>
      ) : (
        <>
          <div className="form">
            <TextField
              label={t('hardshipPlan.offer')}
              hint={t('hardshipPlan.offerHint', { amount: money(summary.availableMonthly) })}
              inputMode="decimal"
              value={state.offer}
              error={offerError}
              onChange={(e) => setState((s) => ({ ...s, offer: e.target.value }))}
            />
            <SelectField
              label={t('hardshipPlan.split')}
              value={state.split}
              onChange={(e) => setState((s) => ({ ...s, split: e.target.value as HardshipPlanSettings['split'] }))}
              options={(['pro-rata', 'custom'] as const).map((v) => ({
                value: v,
                label: t(`hardshipPlan.split.${v}`),
              }))}
            />
            <SelectField
              label={t('hardshipPlan.basis')}
              hint={t('hardshipPlan.basisHint')}
              value={state.basis}
              onChange={(e) => setState((s) => ({ ...s, basis: e.target.value as HardshipPlanSettings['basis'] }))}
              options={HARDSHIP_PLAN_BASES.map((v) => ({ value: v, label: t(`hardshipPlan.basis.${v}`) }))}
            />
            <TextField
              label={t('hardshipPlan.firstDue')}
              hint={t('hardshipPlan.firstDueHint')}
              type="date"
              value={state.firstDue}
              onChange={(e) => setState((s) => ({ ...s, firstDue: e.target.value }))}
            />
          </div>
          {state.split === 'custom' && plan.totalMonthly !== plan.offer && (
            <p className="notice" role="status">
              {t('hardshipPlan.sumMismatch', { sum: money(plan.totalMonthly), offer: money(plan.offer) })}
            </p>
          )}
          <ul className="plan-list">
            {plan.debts.map((d) => (
              <DebtHardshipPlanCard
                key={d.debt.id}
                entry={d}
                custom={state.split === 'custom' ? (state.custom[d.debt.id] ?? '') : null}
                onCustom={(v) => setState((s) => ({ ...s, custom: { ...s.custom, [d.debt.id]: v } }))}
                letterHref={links.letterHref(d.debt.id, d.debt.creditorType)}
                agreementHref={links.newAgreementHref(d.debt.id)}
              />
            ))}
          </ul>
          <p className="muted">{t('hardshipPlan.freezeNote')}</p>
        </>
      )}
      <section className="card">
        <h2 className="card-title">{t('hardshipPlan.agreements')}</h2>
        {agreements === null ? null : agreements.length === 0 ? (
          <p className="muted">{t('hardshipPlan.noAgreements')}</p>
        ) : (
          <ul className="link-list">
            {agreements.map((a) => {
              const debt = debts.find((d) => d.id === a.debtId);
              return (
                <li key={a.id}>
                  <Link to={links.agreementHref(a.id)}>
                    {debt ? debt.nickname || debt.lender : t('agreement.title')} ·{' '}
                    {t('hardshipPlan.monthly', { amount: money(a.monthly) })}
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

function termsText(terms: HardshipPlanTerms, t: ReturnType<typeof useI18n>['t']): string {
  return terms.kind === 'plan'
    ? t('hardshipPlan.freeze.principal', { months: terms.months })
    : t('hardshipPlan.freeze.none');
}

function DebtHardshipPlanCard({
  entry,
  custom,
  onCustom,
  letterHref,
  agreementHref,
}: {
  entry: DebtHardshipPlan;
  custom: string | null;
  onCustom: (value: string) => void;
  letterHref: string;
  agreementHref: string;
}) {
  const { t, money } = useI18n();
  const { debt, terms } = entry;
  const name = debt.nickname || debt.lender;
  // The 60-month limit is Art. 70's, for a bank's personalised instalments only.
  const card = isBankCard(debt.creditorType);
  return (
    <li className="card plan-card" data-debt={debt.id}>
      <h3 className="card-title">
        {name}
        {card && debt.last4 && <span className="muted"> **** {debt.last4}</span>}
      </h3>
      <p className="muted">
        <KeepWhole text={t('hardshipPlan.debtOwed', { amount: money(entry.owed) })} />
      </p>
      {custom !== null && (
        <TextField
          label={t('hardshipPlan.customAmount', { name })}
          inputMode="decimal"
          value={custom}
          onChange={(e) => onCustom(e.target.value)}
        />
      )}
      {terms.kind === 'nothing-owed' && <p>{t('hardshipPlan.nothingOwed')}</p>}
      {terms.kind === 'no-payment' && <p>{t('hardshipPlan.noPayment')}</p>}
      {terms.kind === 'plan' && (
        <>
          <p className="plan-figures">
            <strong>{t('hardshipPlan.monthly', { amount: money(terms.monthly) })}</strong> ·{' '}
            {t('hardshipPlan.months', { months: terms.months })}
            {terms.lastInstalment !== terms.monthly && (
              <>
                {' '}
                · <KeepWhole text={t('hardshipPlan.lastInstalment', { amount: money(terms.lastInstalment) })} />
              </>
            )}
          </p>
          {card && terms.exceedsMaxTerm && (
            <p className="notice notice-warning" role="status">
              <KeepWhole text={t('hardshipPlan.over60', { amount: money(terms.minimumMonthlyFor60) })} />
            </p>
          )}
        </>
      )}
      {card && terms.kind === 'no-payment' && (
        <p className="notice notice-warning">
          {t('hardshipPlan.over60', { amount: money(terms.minimumMonthlyFor60) })}
        </p>
      )}
      <div className="freeze">
        <p className="muted">{t('hardshipPlan.freeze')}</p>
        <p>
          {termsText(entry.principalOnly, t)}
          <br />
          {entry.withInterestAndFees.kind === 'plan'
            ? t('hardshipPlan.freeze.total', { months: entry.withInterestAndFees.months })
            : t('hardshipPlan.freeze.none')}
        </p>
      </div>
      <div className="button-row">
        <Link to={letterHref} className="button button-primary button-small">
          {t(card ? 'hardshipPlan.writeLetter' : 'hardshipPlan.writeLetter.loan')}
        </Link>
        <Link to={agreementHref} className="button button-quiet button-small">
          {t('hardshipPlan.recordAgreement')}
        </Link>
      </div>
    </li>
  );
}
