/**
 * The letter builder: choose the debt, fill in the facts in the user's own words, see the
 * letter as it will print, then save and print it.
 *
 * Amounts come from the ledger, the budget and the plan (never typed again here); the
 * hardship and any other facts are the user's own words, put in the letter as written. The
 * draft autosaves as the user types and is flushed when the page is hidden. A letter with
 * anything missing shows 【待填写】 markers and cannot be saved or printed until it is filled.
 */
import { useCallback, useMemo, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import type { BudgetLine } from '../../../domain/budget/budget';
import { isLoan, type Debt } from '../../../domain/debt';
import { CONTACT_KINDS, ENCLOSURES, type ContactKind, type LetterInput } from '../../../domain/letters/letter-input';
import { latestTemplate, negotiationLetterFor, templateForm } from '../../../domain/letters/registry';
import type { LetterTemplateId } from '../../../domain/letters/template';
import { PrintableDocumentView } from '../../../components/print/printable-document-view';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field';
import { showToast } from '../../../components/ui/toast-store';
import { useI18n } from '../../../i18n/i18n';
import { useAutosave } from '../../../lib/use-autosave';
import { useToday } from '../../../components/use-today';
import { useBudgetLines } from '../../../storage/budget-hooks';
import { useHardshipPlanSettings } from '../../../storage/hardship-plan-hooks';
import type { HardshipPlanSettings } from '../../../storage/hardship-plan-rows';
import { useDebtEvents, useDebts } from '../../../storage/hooks';
import { findDraft, saveDraft, saveLetter } from '../../../storage/repos/letters-repo';
import { getSetting, setSetting } from '../../../storage/repos/settings-repo';
import { toStorageErrorCode } from '../../../storage/storage-error';
import { useLoadOnce } from './use-load-once';
import { CourtFields } from './court-fields';
import {
  courtDefaults,
  DATE_KEYS,
  initialForm,
  LONG_KEYS,
  toLetterInput,
  type Editable,
  type RememberedSender,
  type TextKey,
} from '../letter-form';
import { LetterOutput } from './letter-output';
import '../letters.css';
import { LoadingPage } from '../../../components/ui/loading-page';

const SENDER_SETTING = 'letters.sender';

export interface LetterBuilderProps {
  templateId: LetterTemplateId;
  debtId: string | null;
  /** From the legal assessment: may the limitation period of this debt have expired? */
  limitationMayHaveExpired: (debtId: string) => boolean;
  builderHref: (templateId: LetterTemplateId, debtId: string | null) => string;
  savedHref: (letterId: string) => string;
  budgetHref: string;
  hardshipPlanHref: string;
  /** The claim check, where the answer's and the objection's sentences come from. */
  claimCheckHref?: string;
  /** Brought from the claim check or the case-number reader; put over the draft's values. */
  courtPrefill?: CourtPrefill;
}

/** What another screen hands a court letter (kept in the navigation state, never in the URL). */
export interface CourtPrefill {
  caseNumber?: string;
  claimSentences?: string[];
}

/** Warnings the court fields show next to the field they concern instead of at the top. */
const FIELD_WARNINGS = new Set(['objection-inability-only', 'limitation-with-instalments']);

export function LetterBuilderPage(props: LetterBuilderProps) {
  const { t } = useI18n();
  const today = useToday();
  const debts = useDebts();
  const budget = useBudgetLines();
  const plan = useHardshipPlanSettings();
  const events = useDebtEvents(props.debtId ?? '');
  const start = useLoadOnce(
    async () => {
      const draft = await findDraft(props.templateId, props.debtId);
      const remembered = await getSetting<RememberedSender>(SENDER_SETTING);
      return { draft: draft ?? null, remembered: remembered ?? null };
    },
    `${props.templateId}/${props.debtId ?? ''}`,
  );
  if (start.status === 'failed') {
    return (
      <div className="page">
        <p className="notice notice-warning" role="alert">
          {t('letters.builder.loadFailed')}
        </p>
        <div className="button-row">
          <button type="button" className="button button-primary" onClick={start.retry}>
            {t('letters.builder.retry')}
          </button>
        </div>
      </div>
    );
  }
  if (debts === null || budget === null || plan === null || events === null || start.status === 'loading') {
    return <LoadingPage title={t(`letters.template.${props.templateId}`)} />;
  }
  const debt = debts.find((d) => d.id === props.debtId);
  const { draft, remembered } = start.value;
  const form = templateForm(props.templateId);
  const initial = initialForm({
    draft: draft?.input ?? null,
    remembered,
    today,
    recipient: form.defaultRecipient(debt?.lender ?? null, debt?.creditorType),
    court: form.court ? courtDefaults(debt, form.court, events ?? []) : undefined,
  });
  const prefill = form.court ? props.courtPrefill : undefined;
  if (prefill) initial.court = { ...initial.court, ...prefill };
  return (
    <BuilderForm
      {...props}
      key={`${props.templateId}/${props.debtId ?? ''}`}
      initial={initial}
      debts={debts}
      budget={budget}
      plan={plan}
    />
  );
}

function BuilderForm({
  templateId,
  debtId,
  limitationMayHaveExpired,
  builderHref,
  savedHref,
  budgetHref,
  hardshipPlanHref,
  claimCheckHref,
  initial,
  debts,
  budget,
  plan,
}: LetterBuilderProps & { initial: Editable; debts: Debt[]; budget: BudgetLine[]; plan: HardshipPlanSettings }) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const location = useLocation();
  const today = useToday();
  const [form, setForm] = useState<Editable>(initial);
  const [saving, setSaving] = useState(false);
  const template = latestTemplate(templateId);
  const asks = templateForm(templateId);
  const debt = debts.find((d) => d.id === debtId);
  const open = debts.filter((d) => d.status !== 'settled');

  const input = useMemo<LetterInput>(
    () =>
      toLetterInput(form, {
        today,
        debt: debt ?? null,
        debts,
        budget,
        plan,
        limitationMayHaveExpired: debt ? limitationMayHaveExpired(debt.id) : false,
        withCourt: asks.court !== undefined,
      }),
    [form, today, debts, debt, budget, plan, limitationMayHaveExpired, asks.court],
  );

  const built = useMemo(() => template.build(input), [template, input]);

  const autosave = useCallback(
    async (value: { input: LetterInput; editable: Editable }) => {
      try {
        await saveDraft({ templateId, templateVersion: template.version, debtId, input: value.input });
        const { name, idNumber, address, contactKind, contactValue } = value.editable;
        await setSetting(SENDER_SETTING, { name, idNumber, address, contactKind, contactValue });
      } catch (err) {
        showToast({ message: `error.storage.${toStorageErrorCode(err)}`, tone: 'error' });
      }
    },
    [templateId, template.version, debtId],
  );
  const draftValue = useMemo(() => ({ input, editable: form }), [input, form]);
  const flush = useAutosave(draftValue, autosave);

  async function save() {
    if (built.missingFields.length > 0 || !served) return;
    setSaving(true);
    try {
      flush();
      const id = await saveLetter({
        templateId,
        templateVersion: template.version,
        debtId,
        input,
        document: built.document,
      });
      showToast({ message: 'letters.savedToast' });
      await navigate(savedHref(id));
    } catch (err) {
      showToast({ message: `error.storage.${toStorageErrorCode(err)}`, tone: 'error' });
    } finally {
      setSaving(false);
    }
  }

  // A letter is built only for a debt of a type it is written for (no Art. 70 letter for a loan).
  const loanDebt = debt !== undefined && isLoan(debt.creditorType);
  const loanLetter = loanDebt || !template.creditorTypes.some((c) => !isLoan(c));
  const served = debt === undefined || template.creditorTypes.includes(debt.creditorType);

  const set = (patch: Partial<Editable>) => setForm((f) => ({ ...f, ...patch }));
  const setText = (key: TextKey, value: string) => setForm((f) => ({ ...f, texts: { ...f.texts, [key]: value } }));
  const complete = built.missingFields.length === 0;

  return (
    <div className="page letter-builder">
      <h1 className="page-title">{t(`letters.template.${templateId}`)}</h1>
      <p className="muted">{t(`letters.template.${templateId}.about`)}</p>
      {asks.art70Note && !loanLetter && <p className="notice">{t('letters.art70Note')}</p>}
      {asks.loanNote && loanLetter && <p className="notice">{t('letters.loanNote')}</p>}

      {(served ? built.warnings : [])
        .filter((w) => !FIELD_WARNINGS.has(w))
        .map((w) => (
          <div key={w} className="notice notice-warning" role="alert">
            <p>{t(`letters.warning.${w}`)}</p>
            {w === 'limitation-may-have-expired' && (
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={form.proceedDespiteLimitation}
                  onChange={(e) => set({ proceedDespiteLimitation: e.target.checked })}
                />{' '}
                {t('letters.limitation.proceed')}
              </label>
            )}
          </div>
        ))}

      <div className="form">
        <SelectField
          label={t('letters.builder.debt')}
          value={debtId ?? ''}
          onChange={(e) =>
            void navigate(builderHref(templateId, e.target.value === '' ? null : e.target.value), {
              replace: true,
              state: location.state as unknown,
            })
          }
          options={[
            { value: '', label: t('letters.builder.noDebt') },
            ...open
              .filter((d) => d.id === debtId || template.creditorTypes.includes(d.creditorType))
              .map((d) => ({
                value: d.id,
                label:
                  d.last4 && !isLoan(d.creditorType)
                    ? `${d.nickname || d.lender} **** ${d.last4}`
                    : d.nickname || d.lender,
              })),
          ]}
        />
        {debt && !served && (
          <p className="notice notice-warning" role="alert">
            {t(loanDebt ? 'letters.notForThisDebt' : 'letters.notForThisDebt.card')}{' '}
            <Link to={builderHref(negotiationLetterFor(debt.creditorType), debt.id)}>
              {t(`letters.template.${negotiationLetterFor(debt.creditorType)}`)}
            </Link>
          </p>
        )}
      </div>
      {served && (
        <>
          <div className="form">
            <fieldset className="fieldset">
              <legend>{t('letters.builder.step.who')}</legend>
              {asks.asksRecipient !== false && (
                <TextField
                  label={t('letters.field.recipient')}
                  hint={t(loanLetter ? 'letters.field.recipientHint.loan' : 'letters.field.recipientHint')}
                  value={form.recipient}
                  onChange={(e) => set({ recipient: e.target.value })}
                />
              )}
              <TextField
                label={t('letters.field.name')}
                autoComplete="name"
                value={form.name}
                onChange={(e) => set({ name: e.target.value })}
              />
              <TextField
                label={t('letters.field.idNumber')}
                hint={t('letters.field.idNumberHint')}
                autoComplete="off"
                value={form.idNumber}
                onChange={(e) => set({ idNumber: e.target.value })}
              />
              <TextField
                // An answer must state the 住所 (民诉法 Art.128); elsewhere the address is optional.
                label={t(asks.court === 'answer' ? 'letters.field.addressRequired' : 'letters.field.address')}
                autoComplete="street-address"
                value={form.address}
                onChange={(e) => set({ address: e.target.value })}
              />
              <SelectField
                label={t('letters.field.contactKind')}
                value={form.contactKind}
                onChange={(e) => set({ contactKind: e.target.value as ContactKind })}
                options={CONTACT_KINDS.map((k) => ({ value: k, label: t(`letters.contact.${k}`) }))}
              />
              <TextField
                label={t('letters.field.contactValue')}
                value={form.contactValue}
                onChange={(e) => set({ contactValue: e.target.value })}
              />
              <TextField
                label={t('letters.field.date')}
                type="date"
                value={form.date}
                onChange={(e) => set({ date: e.target.value })}
              />
            </fieldset>
            {asks.court && (
              <>
                <CourtFields
                  kind={asks.court}
                  value={form.court}
                  onChange={(patch) => setForm((f) => ({ ...f, court: { ...f.court, ...patch } }))}
                  limitationSupported={input.limitationMayHaveExpired}
                  warnings={built.warnings}
                  today={today}
                  claimCheckHref={claimCheckHref}
                />
                {(asks.court === 'mediation' || asks.court === 'settlement' || asks.court === 'answer') && (
                  <p className="muted">
                    {t('letters.fromLedger')} <Link to={budgetHref}>{t('nav.budget')}</Link> ·{' '}
                    <Link to={hardshipPlanHref}>{t('hardshipPlan.title')}</Link>
                  </p>
                )}
              </>
            )}
            {!asks.court && (
              <fieldset className="fieldset">
                <legend>{t('letters.builder.step.facts')}</legend>
                {asks.fields.map((key) =>
                  LONG_KEYS.has(key) ? (
                    <TextAreaField
                      key={key}
                      label={t(`letters.field.${key}`)}
                      hint={key === 'hardshipFacts' ? t('letters.field.hardshipFactsHint') : undefined}
                      rows={key === 'hardshipFacts' ? 6 : 3}
                      value={form.texts[key]}
                      onChange={(e) => setText(key, e.target.value)}
                    />
                  ) : (
                    <TextField
                      key={key}
                      label={t(`letters.field.${key}`)}
                      hint={key === 'sentVia' ? t('letters.field.sentViaHint') : undefined}
                      type={DATE_KEYS.has(key) ? 'date' : 'text'}
                      value={form.texts[key]}
                      onChange={(e) => setText(key, e.target.value)}
                    />
                  ),
                )}
                {asks.asksEnclosures && (
                  <fieldset className="fieldset">
                    <legend>{t('letters.field.enclosures')}</legend>
                    {ENCLOSURES.map((e) => (
                      <label key={e} className="checkbox">
                        <input
                          type="checkbox"
                          checked={form.enclosures.includes(e)}
                          onChange={(ev) =>
                            set({
                              enclosures: ev.target.checked
                                ? [...form.enclosures, e]
                                : form.enclosures.filter((x) => x !== e),
                            })
                          }
                        />{' '}
                        {t(`letters.enclosure.${e}`)}
                      </label>
                    ))}
                  </fieldset>
                )}
                <p className="muted">
                  {t('letters.fromLedger')} <Link to={budgetHref}>{t('nav.budget')}</Link> ·{' '}
                  <Link to={hardshipPlanHref}>{t('hardshipPlan.title')}</Link>
                </p>
              </fieldset>
            )}
          </div>

          <h2 className="card-title">{t('letters.builder.step.preview')}</h2>
          {!complete && (
            <div className="notice" role="status" aria-live="polite">
              <p>{t('letters.missing.title')}</p>
              <ul data-testid="missing-fields">
                {built.missingFields.map((f) => (
                  <li key={f}>{t(`letters.missing.${f}`)}</li>
                ))}
              </ul>
              <p>{t('letters.saveBlocked')}</p>
            </div>
          )}
          {complete ? (
            <>
              <div className="button-row no-print">
                <button type="button" className="button button-primary" disabled={saving} onClick={() => void save()}>
                  {t('letters.save')}
                </button>
              </div>
              <LetterOutput document={built.document} fileName={`${built.document.title}-${input.date}`} />
            </>
          ) : (
            <div className="print-sheet" aria-label={t('letters.preview')}>
              <PrintableDocumentView document={built.document} />
            </div>
          )}
        </>
      )}
    </div>
  );
}
