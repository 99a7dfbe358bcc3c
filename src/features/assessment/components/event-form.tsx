/**
 * Record one event (payment, collection notice, acknowledgement or plan, court event). Input
 * stays as typed until the whole form validates; a rejected field shows its message right
 * under it and nothing is saved.
 */
import { useRef, useState, type FormEvent } from 'react';
import {
  ACKNOWLEDGEMENT_KINDS,
  COLLECTION_CHANNELS,
  emptyEventForm,
  LEGAL_EVENT_KINDS,
  RECEIPT_PROOFS,
  validateDebtEventForm,
  type DebtEventFormField,
  type DebtEventFormInput,
  type DebtEventIssue,
  type DebtEventType,
} from '../../../domain/debt-events';
import type { IsoDate } from '../../../domain/types';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field';
import { showToast } from '../../../components/ui/toast-store';
import { useI18n } from '../../../i18n/i18n';
import { addDebtEvent } from '../../../storage/repos/debt-events-repo';
import { toStorageErrorCode } from '../../../storage/storage-error';

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
  const [form, setForm] = useState<DebtEventFormInput>(() => emptyEventForm(type));
  const [issues, setIssues] = useState<Partial<Record<DebtEventFormField, DebtEventIssue>>>({});
  const [saveError, setSaveError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const summaryRef = useRef<HTMLParagraphElement>(null);

  const set = (field: DebtEventFormField) => (e: { target: { value: string } }) => {
    const value = e.target.value;
    setForm((f) => ({ ...f, [field]: value }));
  };
  const error = (field: DebtEventFormField) => {
    const issue = issues[field];
    return issue ? t(`assess.error.${issue}`) : undefined;
  };

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (saving) return;
    setSaveError(null);
    const result = validateDebtEventForm(form, today);
    if (!result.ok) {
      setIssues(result.issues);
      summaryRef.current?.focus();
      return;
    }
    setIssues({});
    setSaving(true);
    try {
      await addDebtEvent(debtId, result.value);
      showToast({ message: 'assess.form.saved' });
      onDone();
    } catch (err) {
      setSaveError(t(`error.storage.${toStorageErrorCode(err)}`));
    } finally {
      setSaving(false);
    }
  }

  const issueCount = Object.keys(issues).length;
  return (
    <form className="form event-form" onSubmit={(e) => void submit(e)} noValidate aria-labelledby="event-form-title">
      <h3 id="event-form-title" className="card-subtitle">
        {t(`assess.form.title.${type}`)}
      </h3>
      <p
        ref={summaryRef}
        tabIndex={-1}
        className={issueCount ? 'form-error-summary' : 'visually-hidden'}
        aria-live="assertive"
      >
        {issueCount ? t('assess.form.errorSummary', { count: issueCount }) : ''}
      </p>
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
        <SelectField
          label={t('assess.form.kind.legal')}
          name="kind"
          value={form.kind}
          onChange={set('kind')}
          error={error('kind')}
          options={LEGAL_EVENT_KINDS.map((k) => ({ value: k, label: t(`assess.legal.${k}`) }))}
        />
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
