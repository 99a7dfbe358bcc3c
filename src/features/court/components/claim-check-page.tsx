/**
 * 核对债权人的主张: the person picks a debt, types what the lender claims, and sees the claim
 * check (src/domain/court/claim-check.ts) as a table, the reasons, and the sentences an answer
 * can use. Nothing is stored: the figures live in the form until the screen is left.
 */
import { useState, type FormEvent } from 'react';
import { checkClaim, type ClaimCheck, type ClaimFinding } from '../../../domain/court/claim-check';
import { claimAnswerSentences } from '../../../domain/court/claim-answer-sentences';
import {
  CLAIM_AMOUNT_FIELDS,
  EMPTY_CLAIM_FORM,
  validateClaim,
  type ClaimForm,
  type ClaimFormField,
  type ClaimFieldError,
} from '../../../domain/court/validate-claim';
import type { Debt } from '../../../domain/debt';
import type { Fen, IsoDate } from '../../../domain/types';
import { SelectField, TextField } from '../../../components/ui/field';
import { useI18n } from '../../../i18n/i18n';
import { useAllDebtEvents, useDebts } from '../../../storage/hooks';
import { LoadingPage } from '../../../components/ui/loading-page';

/** The letters the claim check's sentences can go into, each with its party's name. */
export type AnswerLetter = 'civil-answer' | 'payment-order-objection';
const PARTY: Record<AnswerLetter, '原告' | '申请人'> = { 'civil-answer': '原告', 'payment-order-objection': '申请人' };

export interface ClaimCheckPageProps {
  /** Open the letter for this debt with these sentences (the app keeps them out of the URL). */
  onUseSentences?: (letter: AnswerLetter, debtId: string, sentences: string[]) => void;
}

export function ClaimCheckPage({ onUseSentences }: ClaimCheckPageProps = {}) {
  const { t } = useI18n();
  const debts = useDebts();
  const events = useAllDebtEvents();
  const [debtId, setDebtId] = useState<string | null>(null);
  if (debts === null || events === null) return <LoadingPage title={t('court.claim.title')} />;
  const open = debts.filter((d) => d.status !== 'settled');
  const chosen = open.find((d) => d.id === debtId) ?? open[0];
  return (
    <div className="page">
      <h1 className="page-title">{t('court.claim.title')}</h1>
      <p className="muted">{t('court.claim.intro')}</p>
      {open.length > 1 && (
        <SelectField
          label={t('court.claim.debt')}
          name="claimDebt"
          value={chosen?.id ?? ''}
          onChange={(e) => setDebtId(e.target.value)}
          options={open.map((d) => ({ value: d.id, label: [d.lender, d.nickname].filter(Boolean).join(' · ') }))}
        />
      )}
      {chosen && (
        <ClaimCheckForm
          key={chosen.id}
          debt={chosen}
          onUseSentences={onUseSentences}
          payments={events.flatMap((e) =>
            e.debtId === chosen.id && e.type === 'payment' ? [{ date: e.date, amount: e.amount }] : [],
          )}
        />
      )}
    </div>
  );
}

function ClaimCheckForm({
  debt,
  payments,
  onUseSentences,
}: {
  debt: Debt;
  payments: { date: IsoDate; amount: Fen }[];
  onUseSentences?: ClaimCheckPageProps['onUseSentences'];
}) {
  const { t } = useI18n();
  const [form, setForm] = useState<ClaimForm>(EMPTY_CLAIM_FORM);
  const [errors, setErrors] = useState<Partial<Record<ClaimFormField, ClaimFieldError>>>({});
  const [check, setCheck] = useState<ClaimCheck | null>(null);
  const set = (patch: Partial<ClaimForm>) => setForm((f) => ({ ...f, ...patch }));
  const error = (field: ClaimFormField) => (errors[field] ? t(`court.claim.error.${errors[field]}`) : undefined);

  if (debt.firstMissedDue === null) return <p className="notice">{t('court.claim.noOverdue')}</p>;
  const overdueFrom = debt.firstMissedDue;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const v = validateClaim(form);
    if (!v.ok) {
      setErrors(v.errors);
      setCheck(null);
      return;
    }
    setErrors({});
    setCheck(
      checkClaim({
        creditorType: debt.creditorType,
        claimedTo: v.claimedTo,
        overdueFrom,
        claimed: v.claimed,
        ledgerPrincipal: debt.principal,
        payments,
      }),
    );
  };

  const text = (field: ClaimFormField, type: 'date' | 'amount') => (
    <TextField
      key={field}
      label={t(`court.claim.${field}`)}
      hint={field === 'claimedTo' ? t('court.claim.claimedToHint') : undefined}
      name={field}
      type={type === 'date' ? 'date' : 'text'}
      inputMode={type === 'amount' ? 'decimal' : undefined}
      autoComplete="off"
      value={form[field]}
      onChange={(e) => set({ [field]: e.target.value })}
      error={error(field)}
    />
  );

  return (
    <>
      <form className="form" onSubmit={submit} noValidate>
        {text('claimedTo', 'date')}
        {CLAIM_AMOUNT_FIELDS.map((f) => text(f, 'amount'))}
        {text('lateFee', 'amount')}
        {text('lateFeeDate', 'date')}
        {text('overLimitFee', 'amount')}
        {text('overLimitFeeDate', 'date')}
        <label className="checkbox">
          <input
            type="checkbox"
            name="interestOnCharges"
            checked={form.interestOnCharges}
            onChange={(e) => set({ interestOnCharges: e.target.checked })}
          />{' '}
          {t('court.claim.interestOnCharges')}
        </label>
        {Object.keys(errors).length > 0 && (
          <p className="field-error" role="alert">
            {t('court.claim.fixFields')}
          </p>
        )}
        <button type="submit" className="button button-primary">
          {t('court.claim.check')}
        </button>
      </form>
      {check && (
        <ClaimResult
          check={check}
          onUse={
            onUseSentences && ((letter) => onUseSentences(letter, debt.id, claimAnswerSentences(check, PARTY[letter])))
          }
        />
      )}
    </>
  );
}

function ClaimResult({ check, onUse }: { check: ClaimCheck; onUse?: (letter: AnswerLetter) => void }) {
  const { t, money, date } = useI18n();
  const values = (f: ClaimFinding): Record<string, string | number> => {
    const v = f.values;
    const m = (k: string) => money(Number(v[k]) as Fen);
    switch (f.code) {
      case 'above-benchmark':
      case 'within-benchmark':
        return {
          charges: m('charges'),
          base: m('base'),
          days: Number(v.days),
          rate: `${(Number(v.rateBp) / 100).toFixed(2)}%`,
          excess: m('excess'),
        };
      case 'late-fee-abolished':
      case 'over-limit-fee-abolished':
        return { amount: m('amount') };
      case 'payment-principal-first':
      case 'payment-interest-first':
        return { date: date(v.date as IsoDate), amount: m('amount'), days: Number(v.overdueDays) };
      case 'principal-above-ledger':
        return { claimed: m('claimed'), ledger: m('ledger'), difference: m('difference') };
      case 'interest-on-charges-abolished':
        return {};
    }
  };
  const sentences = claimAnswerSentences(check, '原告');
  return (
    <section className="card" aria-labelledby="claim-table">
      <h2 id="claim-table">{t('court.claim.table')}</h2>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{t('court.claim.col.item')}</th>
            <th scope="col">{t('court.claim.col.claimed')}</th>
            <th scope="col">{t('court.claim.col.allowed')}</th>
            <th scope="col">{t('court.claim.col.difference')}</th>
          </tr>
        </thead>
        <tbody>
          {check.rows.map((r) => (
            <tr key={r.item}>
              <th scope="row">{t(`court.claim.item.${r.item}`)}</th>
              <td className="nowrap">{money(r.claimed)}</td>
              <td className="nowrap">{money(r.allowed)}</td>
              <td className="nowrap">{money(r.difference)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{t('court.claim.item.total')}</th>
            <td className="nowrap">{money(check.totalClaimed)}</td>
            <td className="nowrap">{money(check.totalAllowed)}</td>
            <td className="nowrap">{money((check.totalClaimed - check.totalAllowed) as Fen)}</td>
          </tr>
        </tbody>
      </table>
      <h3>{t('court.claim.reasons')}</h3>
      <ul className="plain-list">
        {check.findings.map((f, i) => (
          <li key={`${f.code}-${i}`}>{t(`court.claim.finding.${f.code}`, values(f))}</li>
        ))}
      </ul>
      {sentences.length > 0 && (
        <>
          <h3>{t('court.claim.sentences')}</h3>
          <p className="muted">{t('court.claim.sentencesNote')}</p>
          <ol lang="zh-CN">
            {sentences.map((s) => (
              <li key={s}>{s}</li>
            ))}
          </ol>
        </>
      )}
      {onUse && (
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={() => onUse('civil-answer')}>
            {t('court.letters.useInAnswer')}
          </button>
          <button type="button" className="button" onClick={() => onUse('payment-order-objection')}>
            {t('court.letters.useInObjection')}
          </button>
        </div>
      )}
    </section>
  );
}
