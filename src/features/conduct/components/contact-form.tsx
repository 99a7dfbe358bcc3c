/**
 * The contact-log form, built to be filled one-handed right after a call: date and time are
 * already "now", the person contacted is already "me", so the quickest log is which debt
 * (asked first, never assumed), one tap on how they got in touch and one on 保存. Channel and party are big choice chips; what happened is a
 * set of big ticks, the common ones first and the rest one tap away. Numbers, names and files
 * are optional and folded away.
 */
import { useRef, useState } from 'react';
import { checkAttachmentBatch } from '../../../domain/conduct/attachment';
import {
  CONTACT_CHANNELS,
  CONTACT_PARTIES,
  VISIT_CHANNELS,
  type ContactChannel,
  type ContactEntryFields,
  type ContactFlag,
} from '../../../domain/conduct/contact';
import {
  contactToForm,
  emptyContactForm,
  validateContactForm,
  type ContactFieldIssue,
  type ContactFormInput,
} from '../../../domain/conduct/validate-contact';
import type { Debt } from '../../../domain/debt';
import { ChipRadioGroup } from '../../../components/ui/chip-radio-group';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field';
import { ErrorSummary, useValidatedForm } from '../../../components/ui/use-validated-form';
import { useI18n } from '../../../i18n/i18n';
import { useToday } from '../../../components/use-today';
import { debtLabel } from '../debt-label';
import { nowLocal } from '../now';

/** The choice "this entry belongs to no debt", distinct from "not chosen yet" (''). */
const NO_DEBT = '-';

/** Ticks shown first, whatever happened. */
const COMMON_FLAGS: readonly ContactFlag[] = [
  'threatened',
  'insulted',
  'told-someone-else',
  'claimed-authority',
  'exaggerated',
  'no-identification',
  'personal-account',
  'pushed-borrowing',
];
const THIRD_PARTY_FLAGS: readonly ContactFlag[] = ['asked-to-pay', 'asked-not-to-contact'];
const VISIT_FLAGS: readonly ContactFlag[] = ['visit-rules', 'entered-without-consent', 'violence'];
const OTHER_FLAGS: readonly ContactFlag[] = [
  'pestered',
  'court-document',
  'lawyer-letter',
  'document-not-genuine',
  'public-notice',
  'added-fees',
  'personal-phone',
];

function flagGroups(channel: ContactChannel | '', thirdParty: boolean): { first: ContactFlag[]; more: ContactFlag[] } {
  const visit = channel !== '' && VISIT_CHANNELS.includes(channel);
  const first = [...(thirdParty ? THIRD_PARTY_FLAGS : []), ...(visit ? VISIT_FLAGS : []), ...COMMON_FLAGS];
  const more = [...(thirdParty ? [] : THIRD_PARTY_FLAGS), ...(visit ? [] : VISIT_FLAGS), ...OTHER_FLAGS];
  return { first, more };
}

export interface PickedFile {
  file: File;
  key: string;
}

export function ContactForm({
  initial,
  debts,
  defaultDebtId,
  allowFiles,
  onSave,
}: {
  initial?: ContactEntryFields;
  debts: readonly Debt[];
  defaultDebtId: string;
  /** New entries take files here; existing ones manage files on their detail page. */
  allowFiles: boolean;
  onSave: (fields: ContactEntryFields, files: File[]) => Promise<void>;
}) {
  const { t } = useI18n();
  const today = useToday();
  const askDebt = debts.length > 0;
  const { form, setForm, set, error, issueCount, saving, saveError, submit, summaryRef } = useValidatedForm({
    initial: () => {
      const input = initial ? contactToForm(initial) : emptyContactForm(nowLocal(), defaultDebtId);
      // A saved entry without a debt was filed so on purpose: show that choice.
      return initial && askDebt && input.debtId === '' ? { ...input, debtId: NO_DEBT } : input;
    },
    validate: (input: ContactFormInput) => {
      const result = validateContactForm({ ...input, debtId: input.debtId === NO_DEBT ? '' : input.debtId }, today);
      if (!askDebt || input.debtId !== '') return result;
      const issues: Partial<Record<keyof ContactFormInput, ContactFieldIssue | 'debt-not-chosen'>> = {
        ...(result.ok ? {} : result.issues),
        debtId: 'debt-not-chosen',
      };
      return { ok: false as const, issues };
    },
    issueMessage: (issue: ContactFieldIssue | 'debt-not-chosen') => t(`conduct.error.${issue}`),
    save: (fields: ContactEntryFields) =>
      onSave(
        fields,
        files.map((f) => f.file),
      ),
  });
  const [files, setFiles] = useState<PickedFile[]>([]);
  const [fileError, setFileError] = useState<string | null>(null);
  const nextFileKey = useRef(0);

  const toggle = (flag: ContactFlag) =>
    setForm((f) => ({ ...f, flags: f.flags.includes(flag) ? f.flags.filter((x) => x !== flag) : [...f.flags, flag] }));

  const thirdParty = form.party !== '' && form.party !== 'debtor';
  const groups = flagGroups(form.channel, thirdParty);
  const moreTicked = groups.more.some((f) => form.flags.includes(f));
  const detailsFilled = [form.fromNumber, form.toNumber, form.collectorName, form.agency, form.notes].some(
    (v) => v.trim() !== '',
  );

  function pickFiles(list: FileList | null) {
    setFileError(null);
    if (!list) return;
    const picked = Array.from(list);
    const problem = checkAttachmentBatch(picked, files.length);
    if (problem) {
      setFileError(
        problem.kind === 'too-large'
          ? t('conduct.form.fileTooLarge', { name: problem.name })
          : t('conduct.form.tooManyFiles'),
      );
      return;
    }
    // Keys come from a counter that only grows: removing a file and picking it again must not
    // give two list items the same key (a position-based key would repeat).
    setFiles([...files, ...picked.map((file) => ({ file, key: `file-${(nextFileKey.current += 1)}` }))]);
  }

  const flagChip = (flag: ContactFlag) => (
    <label key={flag} className="chip chip-check">
      <input
        type="checkbox"
        className="chip-input"
        name="flags"
        value={flag}
        checked={form.flags.includes(flag)}
        onChange={() => toggle(flag)}
      />
      <span className="chip-face">{t(`conduct.flag.${flag}`)}</span>
    </label>
  );

  return (
    <form className="form" onSubmit={(e) => void submit(e)} noValidate>
      <ErrorSummary
        summaryRef={summaryRef}
        issueCount={issueCount}
        text={t('conduct.form.errorSummary', { count: issueCount })}
      />

      {/* First, and never chosen for the person: a wrong debt puts the complaint under the wrong bank. */}
      {askDebt && (
        <SelectField
          label={t('conduct.form.debt')}
          hint={t('conduct.form.debtHint')}
          name="debtId"
          required
          value={form.debtId}
          onChange={set('debtId')}
          error={error('debtId')}
          options={[
            { value: '', label: t('conduct.form.debtChoose') },
            ...debts.map((d) => ({ value: d.id, label: debtLabel(d, (last4) => t('conduct.debt.last4', { last4 })) })),
            { value: NO_DEBT, label: t('conduct.debt.none') },
          ]}
        />
      )}

      <ChipRadioGroup
        name="channel"
        legend={t('conduct.form.channel')}
        options={CONTACT_CHANNELS}
        value={form.channel}
        label={(c) => t(`conduct.channel.${c}`)}
        onChange={(c) => setForm((f) => ({ ...f, channel: c }))}
        error={error('channel')}
      />

      {form.channel === 'call-unanswered' && (
        <TextField
          label={t('conduct.form.attempts')}
          hint={t('conduct.form.attemptsHint')}
          name="attempts"
          inputMode="numeric"
          autoComplete="off"
          value={form.attempts}
          onChange={set('attempts')}
          error={error('attempts')}
        />
      )}

      <ChipRadioGroup
        name="party"
        legend={t('conduct.form.party')}
        options={CONTACT_PARTIES}
        value={form.party}
        label={(p) => t(`conduct.party.${p}`)}
        onChange={(p) => setForm((f) => ({ ...f, party: p }))}
        error={error('party')}
      >
        {thirdParty && (
          <TextField
            label={t('conduct.form.partyName')}
            hint={t('conduct.form.partyNameHint')}
            name="partyName"
            autoComplete="off"
            value={form.partyName}
            onChange={set('partyName')}
            error={error('partyName')}
          />
        )}
      </ChipRadioGroup>

      <fieldset className="fieldset">
        <legend>{t('conduct.form.flags')}</legend>
        <div className="chip-group chip-group-wide">{groups.first.map(flagChip)}</div>
        <details className="disclosure" open={moreTicked || undefined}>
          <summary>{t('conduct.form.moreFlags')}</summary>
          <div className="chip-group chip-group-wide">{groups.more.map(flagChip)}</div>
        </details>
      </fieldset>

      <TextAreaField
        label={t('conduct.form.quote')}
        name="quote"
        rows={2}
        value={form.quote}
        onChange={set('quote')}
        error={error('quote')}
      />

      <div className="row-2">
        <TextField
          label={t('conduct.form.date')}
          name="date"
          type="date"
          max={today}
          value={form.date}
          onChange={set('date')}
          error={error('date')}
        />
        <TextField
          label={t('conduct.form.time')}
          name="time"
          type="time"
          value={form.time}
          onChange={set('time')}
          error={error('time')}
        />
      </div>

      <details className="disclosure" open={detailsFilled || undefined}>
        <summary>{t('conduct.form.details')}</summary>
        <TextField
          label={t('conduct.form.fromNumber')}
          name="fromNumber"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={form.fromNumber}
          onChange={set('fromNumber')}
          error={error('fromNumber')}
        />
        <TextField
          label={t('conduct.form.toNumber')}
          hint={t('conduct.form.toNumberHint')}
          name="toNumber"
          type="tel"
          inputMode="tel"
          autoComplete="off"
          value={form.toNumber}
          onChange={set('toNumber')}
          error={error('toNumber')}
        />
        <TextField
          label={t('conduct.form.collectorName')}
          name="collectorName"
          autoComplete="off"
          value={form.collectorName}
          onChange={set('collectorName')}
          error={error('collectorName')}
        />
        <TextField
          label={t('conduct.form.agency')}
          hint={t('conduct.form.agencyHint')}
          name="agency"
          autoComplete="off"
          value={form.agency}
          onChange={set('agency')}
          error={error('agency')}
        />
        <TextAreaField
          label={t('conduct.form.notes')}
          name="notes"
          rows={2}
          value={form.notes}
          onChange={set('notes')}
          error={error('notes')}
        />
      </details>

      {allowFiles && (
        <fieldset className="fieldset">
          <legend>{t('conduct.form.attachments')}</legend>
          <p className="field-hint">{t('conduct.form.attachHint')}</p>
          <label className="button file-picker">
            {t('conduct.form.addFiles')}
            <input
              type="file"
              className="chip-input"
              multiple
              accept="image/*,audio/*,video/*"
              onChange={(e) => {
                pickFiles(e.target.files);
                e.target.value = '';
              }}
            />
          </label>
          <p className="field-error" aria-live="polite">
            {fileError ?? ''}
          </p>
          {files.length > 0 && (
            <ul className="file-list">
              {files.map((f) => (
                <li key={f.key}>
                  <span className="user-text">{f.file.name}</span>{' '}
                  <button
                    type="button"
                    className="button button-small button-quiet"
                    aria-label={t('conduct.form.removeFile', { name: f.file.name })}
                    onClick={() => setFiles((list) => list.filter((x) => x.key !== f.key))}
                  >
                    {t('action.delete')}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </fieldset>
      )}

      {saveError && (
        <p className="form-error-summary" role="alert">
          {saveError}
        </p>
      )}
      <div className="save-bar">
        <button type="submit" className="button button-primary" disabled={saving}>
          {t('action.save')}
        </button>
      </div>
    </form>
  );
}
