/**
 * The budget form (收支表): for every category an amount, a frequency and an optional
 * one-line reason. Monthly totals and the surplus update as the user types; the budget is
 * saved only when every filled line is valid.
 */
import { useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  FREQUENCIES,
  INCOME_CATEGORIES,
  monthlyAmount,
  SPENDING_CATEGORIES,
  summariseBudget,
  type BudgetCategory,
  type BudgetLine,
  type Frequency,
} from '../../../domain/budget/budget';
import { budgetToForm, validateBudgetForm, type BudgetFormInput } from '../../../domain/budget/validate-budget';
import { fenToYuanString, parseYuan } from '../../../domain/money';
import type { Fen } from '../../../domain/types';
import { SelectField, TextField } from '../../../components/ui/field';
import { showToast } from '../../../components/ui/toast-store';
import '../hardship-plan.css';
import { useI18n } from '../../../i18n/i18n';
import { useBudgetLines } from '../../../storage/budget-hooks';
import { saveBudget } from '../../../storage/repos/budget-repo';
import { toStorageErrorCode } from '../../../storage/storage-error';
import { LoadingPage } from '../../../components/ui/loading-page';

/** Lines from the form as typed, ignoring invalid ones, for the live totals. */
function liveLines(form: BudgetFormInput): BudgetLine[] {
  const lines: BudgetLine[] = [];
  for (const [category, l] of Object.entries(form) as [BudgetCategory, BudgetFormInput[BudgetCategory]][]) {
    const parsed = parseYuan(l.amount);
    if (parsed.ok && (FREQUENCIES as readonly string[]).includes(l.frequency)) {
      lines.push({ category, amount: parsed.fen, frequency: l.frequency as Frequency, reason: '' });
    }
  }
  return lines;
}

export function BudgetPage({ hardshipPlanHref }: { hardshipPlanHref: string }) {
  const stored = useBudgetLines();
  if (stored === null) return <BudgetLoading />;
  return <BudgetForm initial={budgetToForm(stored, fenToYuanString)} hardshipPlanHref={hardshipPlanHref} />;
}

function BudgetLoading() {
  const { t } = useI18n();
  return <LoadingPage title={t('budget.title')} />;
}

function BudgetForm({ initial, hardshipPlanHref }: { initial: BudgetFormInput; hardshipPlanHref: string }) {
  const { t, money } = useI18n();
  const [form, setForm] = useState<BudgetFormInput>(initial);
  const [issues, setIssues] = useState<Partial<Record<BudgetCategory, string>>>({});
  const [saving, setSaving] = useState(false);
  const [summaryError, setSummaryError] = useState<number>(0);
  const summary = useMemo(() => summariseBudget(liveLines(form)), [form]);

  function change(category: BudgetCategory, patch: Partial<BudgetFormInput[BudgetCategory]>) {
    setForm((f) => ({ ...f, [category]: { ...f[category], ...patch } }));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    const result = validateBudgetForm(form);
    if (!result.ok) {
      setIssues(result.issues);
      setSummaryError(Object.keys(result.issues).length);
      return;
    }
    setIssues({});
    setSummaryError(0);
    setSaving(true);
    try {
      await saveBudget(result.value);
      showToast({ message: 'budget.saved' });
    } catch (err) {
      showToast({ message: `error.storage.${toStorageErrorCode(err)}`, tone: 'error' });
    } finally {
      setSaving(false);
    }
  }

  const renderLine = (category: BudgetCategory) => {
    const name = t(`budget.category.${category}`);
    const l = form[category];
    const parsed = parseYuan(l.amount);
    const perMonth =
      parsed.ok && l.frequency !== 'month' && (FREQUENCIES as readonly string[]).includes(l.frequency)
        ? t('budget.perMonth', { amount: money(monthlyAmount(parsed.fen, l.frequency as Frequency)) })
        : undefined;
    const issue = issues[category];
    return (
      <div key={category} className="budget-line card" data-category={category}>
        <h3 className="card-title">{name}</h3>
        <div className="budget-line-row">
          <TextField
            label={t('budget.amount', { category: name })}
            inputMode="decimal"
            autoComplete="off"
            value={l.amount}
            onChange={(e) => change(category, { amount: e.target.value })}
            hint={perMonth}
            error={
              issue && issue.startsWith('reason')
                ? undefined
                : issue
                  ? t(`budget.error.${issue}` as 'budget.error.empty')
                  : undefined
            }
          />
          <SelectField
            label={t('budget.frequency', { category: name })}
            value={l.frequency}
            onChange={(e) => change(category, { frequency: e.target.value })}
            options={FREQUENCIES.map((f) => ({ value: f, label: t(`budget.frequency.${f}`) }))}
          />
        </div>
        <TextField
          label={t('budget.reason', { category: name })}
          value={l.reason}
          maxLength={200}
          onChange={(e) => change(category, { reason: e.target.value })}
          error={issue && issue.startsWith('reason') ? t(`budget.error.${issue}` as 'budget.error.empty') : undefined}
        />
      </div>
    );
  };

  return (
    <form className="page form" onSubmit={(e) => void submit(e)} noValidate>
      <h1 className="page-title">{t('budget.title')}</h1>
      <p>{t('budget.intro')}</p>
      <p className="notice">{t('budget.debtsExcluded')}</p>
      <fieldset className="fieldset">
        <legend>
          <h2 className="legend-heading">{t('budget.income')}</h2>
        </legend>
        {INCOME_CATEGORIES.map(renderLine)}
      </fieldset>
      <fieldset className="fieldset">
        <legend>
          <h2 className="legend-heading">{t('budget.spending')}</h2>
        </legend>
        {SPENDING_CATEGORIES.map(renderLine)}
      </fieldset>
      <section className="card budget-totals" aria-live="polite">
        <h2 className="card-title">{t('budget.totals')}</h2>
        <dl className="facts">
          <dt>{t('budget.incomeMonthly')}</dt>
          <dd data-testid="income-monthly">{money(summary.incomeMonthly)}</dd>
          <dt>{t('budget.spendingMonthly')}</dt>
          <dd data-testid="spending-monthly">{money(summary.spendingMonthly)}</dd>
          <dt>{summary.surplusMonthly >= 0 ? t('budget.surplus') : t('budget.shortfall')}</dt>
          <dd data-testid="surplus-monthly" className="amount-large">
            {money(Math.abs(summary.surplusMonthly) as Fen)}
          </dd>
        </dl>
        {summary.surplusMonthly < 0 && <p className="muted">{t('budget.shortfallNote')}</p>}
        <p className="muted">{t('budget.factorNote')}</p>
      </section>
      {summaryError > 0 && (
        <p className="form-error-summary" role="alert">
          {t('budget.errorSummary', { count: summaryError })}
        </p>
      )}
      <div className="button-row sticky-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('budget.save')}
        </button>
        <Link to={hardshipPlanHref} className="button button-quiet">
          {t('budget.toPlan')}
        </Link>
      </div>
    </form>
  );
}
