/**
 * 背景情况: per debt, the facts some rules depend on (creditor type, outsourcing notice,
 * repayment agreement, reachability, consent to night contact, household debt). A debt's
 * creditor type is its kind in the ledger; only entries not linked to a debt choose one. "不确定" is
 * always a choice; the rule check never assumes against the collector on a guess.
 */
import { useState, type FormEvent } from 'react';
import {
  CREDITOR_TYPES,
  TRI_STATES,
  contextForDebt,
  type ConductContextFields,
  type CreditorType,
  type TriState,
} from '../../../domain/conduct/contact';
import { isIsoDate } from '../../../domain/dates';
import type { Debt } from '../../../domain/debt';
import { SelectField, TextField } from '../../../components/ui/field';
import { showToast } from '../../../components/ui/toast-store';
import { useI18n } from '../../../i18n/i18n';
import { useConductContexts } from '../../../storage/conduct-hooks';
import { useDebts } from '../../../storage/hooks';
import { saveConductContext } from '../../../storage/repos/conduct-context-repo';
import { toStorageErrorCode } from '../../../storage/storage-error';
import { debtLabel } from '../debt-label';
import '../conduct.css';
import { LoadingPage } from '../../../components/ui/loading-page';

export function ContextPage() {
  const { t } = useI18n();
  const debts = useDebts();
  const contexts = useConductContexts();
  const [debtId, setDebtId] = useState<string | null>(null);

  if (debts === null || contexts === null) return <LoadingPage title={t('conduct.context.title')} />;
  const chosen = debtId ?? debts[0]?.id ?? '';
  const saved = contexts.find((c) => c.debtId === chosen);
  return (
    <div className="page">
      <h1 className="page-title">{t('conduct.context.title')}</h1>
      <p className="muted">{t('conduct.context.intro')}</p>
      <SelectField
        label={t('conduct.form.debt')}
        name="contextDebt"
        value={chosen}
        onChange={(e) => setDebtId(e.target.value)}
        options={[
          ...debts.map((d: Debt) => ({
            value: d.id,
            label: debtLabel(d, (last4) => t('conduct.debt.last4', { last4 })),
          })),
          { value: '', label: t('conduct.debt.none') },
        ]}
      />
      <ContextForm
        key={`${chosen}|${saved?.updatedAt ?? ''}`}
        debtId={chosen}
        initial={contextForDebt(
          debts.find((d) => d.id === chosen),
          saved,
        )}
      />
    </div>
  );
}

function Choice<T extends string>({
  legend,
  name,
  values,
  value,
  label,
  onChange,
  hint,
}: {
  legend: string;
  name: string;
  values: readonly T[];
  value: T;
  label: (v: T) => string;
  onChange: (v: T) => void;
  hint?: string;
}) {
  return (
    <fieldset className="fieldset">
      <legend>{legend}</legend>
      {hint && <p className="field-hint">{hint}</p>}
      <div className="chip-group chip-group-wide">
        {values.map((v) => (
          <label key={v} className="chip">
            <input
              type="radio"
              className="chip-input"
              name={name}
              value={v}
              checked={value === v}
              onChange={() => onChange(v)}
            />
            <span className="chip-face">{label(v)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function Tick({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="chip chip-check">
      <input type="checkbox" className="chip-input" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      <span className="chip-face">{label}</span>
    </label>
  );
}

function ContextForm({ debtId, initial }: { debtId: string; initial: ConductContextFields }) {
  const { t } = useI18n();
  const [fields, setFields] = useState<ConductContextFields>(initial);
  const [hasAgreement, setHasAgreement] = useState(initial.agreement !== null);
  const [from, setFrom] = useState<string>(initial.agreement?.from ?? '');
  const [to, setTo] = useState<string>(initial.agreement?.to ?? '');
  const [keptUp, setKeptUp] = useState(initial.agreement?.keptUp ?? true);
  const [error, setError] = useState<string | null>(null);
  const set = <K extends keyof ConductContextFields>(key: K, value: ConductContextFields[K]) =>
    setFields((f) => ({ ...f, [key]: value }));

  async function submit(e: FormEvent) {
    e.preventDefault();
    setError(null);
    let agreement: ConductContextFields['agreement'] = null;
    if (hasAgreement) {
      if (!isIsoDate(from) || (to !== '' && (!isIsoDate(to) || to < from))) {
        setError(t('conduct.context.error'));
        return;
      }
      agreement = { from: from, to: to === '' ? null : to, keptUp };
    }
    try {
      await saveConductContext(debtId, { ...fields, agreement });
      showToast({ message: 'conduct.context.saved' }, 3000);
    } catch (err) {
      setError(t(`error.storage.${toStorageErrorCode(err)}`));
    }
  }

  const tri = (v: TriState) => t(`conduct.context.tri.${v}`);
  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      {debtId === '' ? (
        <Choice<CreditorType>
          legend={t('conduct.context.creditorType')}
          hint={t('conduct.context.creditorTypeHint')}
          name="creditorType"
          values={CREDITOR_TYPES}
          value={fields.creditorType}
          label={(v) => t(`conduct.context.creditorType.${v}`)}
          onChange={(v) => set('creditorType', v)}
        />
      ) : (
        // A debt's creditor type follows its kind in the ledger (contextForDebt): no second answer here.
        <div className="fieldset">
          <p className="field-label">{t('conduct.context.creditorType')}</p>
          <p data-testid="context-creditor-type">
            {t('conduct.context.creditorTypeFromDebt', {
              type: t(`conduct.context.creditorType.${fields.creditorType}`),
            })}
          </p>
          <p className="field-hint">{t('conduct.context.creditorTypeHint')}</p>
        </div>
      )}
      <Choice<TriState>
        legend={t('conduct.context.outsourcingNotice')}
        name="outsourcingNotice"
        values={TRI_STATES}
        value={fields.outsourcingNotice}
        label={tri}
        onChange={(v) => set('outsourcingNotice', v)}
      />
      <Choice<TriState>
        legend={t('conduct.context.reachable')}
        hint={t('conduct.context.reachableHint')}
        name="debtorReachable"
        values={TRI_STATES}
        value={fields.debtorReachable}
        label={(v) => (v === 'unknown' ? tri(v) : t(`conduct.context.reachable.${v}`))}
        onChange={(v) => set('debtorReachable', v)}
      />
      <div className="fieldset">
        <div className="chip-group chip-group-wide">
          <Tick label={t('conduct.context.hasAgreement')} checked={hasAgreement} onChange={setHasAgreement} />
        </div>
        {hasAgreement && (
          <>
            <div className="row-2">
              <TextField
                label={t('conduct.context.agreementFrom')}
                type="date"
                value={from}
                onChange={(e) => setFrom(e.target.value)}
              />
              <TextField
                label={t('conduct.context.agreementTo')}
                type="date"
                value={to}
                onChange={(e) => setTo(e.target.value)}
              />
            </div>
            <div className="chip-group chip-group-wide">
              <Tick label={t('conduct.context.keptUp')} checked={keptUp} onChange={setKeptUp} />
            </div>
          </>
        )}
      </div>
      <div className="chip-group chip-group-wide">
        <Tick
          label={t('conduct.context.nightConsent')}
          checked={fields.nightContactConsent}
          onChange={(v) => set('nightContactConsent', v)}
        />
        <Tick
          label={t('conduct.context.spouse')}
          checked={fields.spouseDebtRelated}
          onChange={(v) => set('spouseDebtRelated', v)}
        />
      </div>
      <p className="field-error" aria-live="polite">
        {error ?? ''}
      </p>
      <div className="save-bar">
        <button type="submit" className="button button-primary">
          {t('action.save')}
        </button>
      </div>
    </form>
  );
}
