/**
 * Add or edit a debt. Input stays as typed until the whole form validates; then it is
 * saved in one write. A rejected field shows its message right under it and nothing is saved.
 * The kind of debt comes first because it decides the fields: a card asks for its last digits,
 * credit limit and minimum payment; a loan for the lender in the contract, the contract or loan
 * number and the instalment, and calls its principal 借款本金.
 */
import { CREDITOR_TYPES, DEBT_STATUSES, isLoan, type CreditorType, type DebtFields } from '../../../domain/debt';
import { fenToYuanString } from '../../../domain/money';
import {
  debtToForm,
  EMPTY_DEBT_FORM,
  validateDebtForm,
  type DebtFieldIssue,
  type DebtFormField,
  type DebtFormInput,
} from '../../../domain/validate-debt';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field';
import { ErrorSummary, useValidatedForm } from '../../../components/ui/use-validated-form';
import { useI18n } from '../../../i18n/i18n';
import { useToday } from '../../../components/use-today';

export function DebtForm({
  initial,
  onSave,
  onCancel,
}: {
  initial?: DebtFields;
  onSave: (fields: DebtFields) => Promise<void>;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const today = useToday();
  const { form, set, error, issueCount, saving, saveError, submit, summaryRef } = useValidatedForm({
    initial: () => (initial ? debtToForm(initial, fenToYuanString) : EMPTY_DEBT_FORM),
    validate: (input: DebtFormInput) => validateDebtForm(input, today),
    issueMessage: (issue: DebtFieldIssue) => t(`debts.error.${issue}`),
    save: onSave,
  });
  const loan = (CREDITOR_TYPES as readonly string[]).includes(form.creditorType)
    ? isLoan(form.creditorType as CreditorType)
    : false;
  const money = (field: DebtFormField, label: Parameters<typeof t>[0], hint?: Parameters<typeof t>[0]) => (
    <TextField
      label={t(label)}
      hint={hint ? t(hint) : undefined}
      name={field}
      inputMode="decimal"
      autoComplete="off"
      value={form[field]}
      onChange={set(field)}
      error={error(field)}
    />
  );

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary
        summaryRef={summaryRef}
        issueCount={issueCount}
        text={t('debts.form.errorSummary', { count: issueCount })}
      />
      <SelectField
        label={t('debts.form.creditorType')}
        hint={t('debts.form.creditorTypeHint')}
        name="creditorType"
        value={form.creditorType}
        onChange={set('creditorType')}
        error={error('creditorType')}
        options={CREDITOR_TYPES.map((c) => ({ value: c, label: t(`debts.creditorType.${c}`) }))}
      />
      <TextField
        label={t(loan ? 'debts.form.lenderLoan' : 'debts.form.lender')}
        hint={t(loan ? 'debts.form.lenderHintLoan' : 'debts.form.lenderHint')}
        name="lender"
        autoComplete="off"
        value={form.lender}
        onChange={set('lender')}
        error={error('lender')}
      />
      <TextField
        label={t('debts.form.nickname')}
        hint={t('debts.form.nicknameHint')}
        name="nickname"
        autoComplete="off"
        value={form.nickname}
        onChange={set('nickname')}
        error={error('nickname')}
      />
      {loan ? (
        <TextField
          label={t('debts.form.loanNumber')}
          hint={t('debts.form.loanNumberHint')}
          name="loanNumber"
          autoComplete="off"
          value={form.loanNumber}
          onChange={set('loanNumber')}
          error={error('loanNumber')}
        />
      ) : (
        <TextField
          label={t('debts.form.last4')}
          name="last4"
          inputMode="numeric"
          maxLength={4}
          autoComplete="off"
          value={form.last4}
          onChange={set('last4')}
          error={error('last4')}
        />
      )}
      <fieldset className="fieldset">
        <legend>{t('debts.form.amountsLegend')}</legend>
        {loan
          ? money('principal', 'debts.form.principalLoan', 'debts.form.principalHintLoan')
          : money('principal', 'debts.form.principal', 'debts.form.principalHint')}
        {money('interest', 'debts.form.interest')}
        {money('fees', 'debts.form.fees')}
        {!loan && money('creditLimit', 'debts.form.creditLimit')}
        {money('minimumPayment', loan ? 'debts.form.minimumPaymentLoan' : 'debts.form.minimumPayment')}
      </fieldset>
      <fieldset className="fieldset">
        <legend>{t('debts.form.datesLegend')}</legend>
        <TextField
          label={t('debts.form.firstMissedDue')}
          hint={t('debts.form.firstMissedDueHint')}
          name="firstMissedDue"
          type="date"
          max={today}
          value={form.firstMissedDue}
          onChange={set('firstMissedDue')}
          error={error('firstMissedDue')}
        />
        <TextField
          label={t('debts.form.lastPaymentDate')}
          name="lastPaymentDate"
          type="date"
          max={today}
          value={form.lastPaymentDate}
          onChange={set('lastPaymentDate')}
          error={error('lastPaymentDate')}
        />
        {money('lastPaymentAmount', 'debts.form.lastPaymentAmount')}
      </fieldset>
      <SelectField
        label={t('debts.form.status')}
        name="status"
        value={form.status}
        onChange={set('status')}
        error={error('status')}
        options={DEBT_STATUSES.map((s) => ({ value: s, label: t(`debts.status.${s}`) }))}
      />
      {form.status === 'settled' && (
        <TextField
          label={t('debts.form.settledOn')}
          hint={t('debts.form.settledOnHint')}
          name="settledOn"
          type="date"
          max={today}
          value={form.settledOn}
          onChange={set('settledOn')}
          error={error('settledOn')}
        />
      )}
      <TextAreaField
        label={t('debts.form.notes')}
        name="notes"
        rows={4}
        value={form.notes}
        onChange={set('notes')}
        error={error('notes')}
      />
      {saveError && (
        <p className="form-error-summary" role="alert">
          {saveError}
        </p>
      )}
      <div className="button-row sticky-actions">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('action.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={onCancel}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
