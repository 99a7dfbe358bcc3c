/**
 * Record one event (payment, collection notice, acknowledgement or plan, court event). Input
 * stays as typed until the whole form validates; a rejected field shows its message right
 * under it and nothing is saved.
 */
import {
  ACKNOWLEDGEMENT_KINDS,
  COLLECTION_CHANNELS,
  emptyEventForm,
  LEGAL_EVENT_KINDS,
  RECEIPT_PROOFS,
  validateDebtEventForm,
  type DebtEventFields,
  type DebtEventFormInput,
  type DebtEventIssue,
  type DebtEventType,
} from '../../../domain/debt-events';
import type { IsoDate } from '../../../domain/types';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field';
import { showToast } from '../../../components/ui/toast-store';
import { ErrorSummary, useValidatedForm } from '../../../components/ui/use-validated-form';
import { useI18n } from '../../../i18n/i18n';
import { addDebtEvent } from '../../../storage/repos/debt-events-repo';

export function EventForm({
  debtId,
  type,
  today,
  limitationMayHaveExpired,
  onDone,
}: {
  debtId: string;
  type: DebtEventType;
  today: IsoDate;
  /** Warn before recording a signature or promise when the limitation period may have run out. */
  limitationMayHaveExpired: boolean;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const { form, set, error, issueCount, saving, saveError, submit, summaryRef } = useValidatedForm({
    initial: () => emptyEventForm(type),
    validate: (input: DebtEventFormInput) => validateDebtEventForm(input, today),
    issueMessage: (issue: DebtEventIssue) => t(`assess.error.${issue}`),
    save: async (fields: DebtEventFields) => {
      await addDebtEvent(debtId, fields);
      showToast({ message: 'assess.form.saved' });
      onDone();
    },
  });

  return (
    <form className="form event-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="event-form-title">
      <h3 id="event-form-title" className="card-subtitle">
        {t(`assess.form.title.${type}`)}
      </h3>
      <ErrorSummary
        summaryRef={summaryRef}
        issueCount={issueCount}
        text={t('assess.form.errorSummary', { count: issueCount })}
      />
      {type === 'acknowledgement' && limitationMayHaveExpired && (
        <p className="notice" role="note">
          {t('assess.form.waiverWarning')}
        </p>
      )}
      <TextField
        label={t(`assess.form.date.${type}`)}
        hint={type === 'legal' ? t('assess.form.dateHint.legal') : undefined}
        name="date"
        type="date"
        max={today}
        value={form.date}
        onChange={set('date')}
        error={error('date')}
      />
      {type === 'payment' && (
        <TextField
          label={t('assess.form.amount')}
          name="amount"
          inputMode="decimal"
          autoComplete="off"
          value={form.amount}
          onChange={set('amount')}
          error={error('amount')}
        />
      )}
      {type === 'collection-notice' && (
        <>
          <SelectField
            label={t('assess.form.channel')}
            name="channel"
            value={form.channel}
            onChange={set('channel')}
            error={error('channel')}
            options={COLLECTION_CHANNELS.map((c) => ({ value: c, label: t(`assess.channel.${c}`) }))}
          />
          <SelectField
            label={t('assess.form.received')}
            hint={t('assess.form.receivedHint')}
            name="received"
            value={form.received}
            onChange={set('received')}
            error={error('received')}
            options={RECEIPT_PROOFS.map((r) => ({ value: r, label: t(`assess.received.${r}`) }))}
          />
        </>
      )}
      {type === 'acknowledgement' && (
        <>
          <SelectField
            label={t('assess.form.kind.acknowledgement')}
            name="kind"
            value={form.kind}
            onChange={set('kind')}
            error={error('kind')}
            options={ACKNOWLEDGEMENT_KINDS.map((k) => ({ value: k, label: t(`assess.ack.${k}`) }))}
          />
          {form.kind === 'repayment-plan' && (
            <TextField
              label={t('assess.form.lastInstalmentDue')}
              name="lastInstalmentDue"
              type="date"
              value={form.lastInstalmentDue}
              onChange={set('lastInstalmentDue')}
              error={error('lastInstalmentDue')}
            />
          )}
        </>
      )}
      {type === 'legal' && (
        <>
          <SelectField
            label={t('assess.form.kind.legal')}
            name="kind"
            value={form.kind}
            onChange={set('kind')}
            error={error('kind')}
            options={LEGAL_EVENT_KINDS.map((k) => ({ value: k, label: t(`assess.legal.${k}`) }))}
          />
          {form.kind === 'judgment-received' && (
            <TextField
              label={t('assess.form.performanceDue')}
              hint={t('assess.form.performanceDueHint')}
              name="performanceDue"
              type="date"
              value={form.performanceDue}
              onChange={set('performanceDue')}
              error={error('performanceDue')}
            />
          )}
          <TextField
            label={t('assess.form.caseNumber')}
            hint={t('assess.form.caseNumberHint')}
            name="caseNumber"
            value={form.caseNumber}
            onChange={set('caseNumber')}
            error={error('caseNumber')}
            autoComplete="off"
          />
        </>
      )}
      <TextAreaField
        label={t('assess.form.note')}
        name="note"
        rows={2}
        value={form.note}
        onChange={set('note')}
        error={error('note')}
      />
      {saveError && (
        <p className="form-error-summary" role="alert">
          {saveError}
        </p>
      )}
      <div className="button-row">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('assess.form.save')}
        </button>
        <button type="button" className="button button-quiet" onClick={onDone}>
          {t('action.cancel')}
        </button>
      </div>
    </form>
  );
}
