/**
 * The court letters' part of the letter builder: court, case number (read by the case-number
 * reader, what cannot be read named next to the field), the parties, and what each letter asks
 * for. The template decides what is refused (an objection on inability alone, limitation with
 * instalments); this shows its reason next to the field it concerns.
 */
import { Link } from 'react-router';
import { readCaseNumber } from '../../../domain/court/case-number';
import { addDays, isIsoDate } from '../../../domain/dates';
import {
  ANSWER_REQUESTS,
  CASE_CAUSES,
  DEBT_OBJECTION_GROUNDS,
  LISTING_GROUNDS,
  OBJECTION_GROUNDS,
  PARTY_SEXES,
  type LetterWarning,
} from '../../../domain/letters/letter-input';
import type { CourtLetterKind } from '../../../domain/letters/registry';
import { COURT_PAPER_DAYS } from '../../../domain/letters/templates/court-letters';
import type { IsoDate } from '../../../domain/types';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field';
import { useI18n } from '../../../i18n/i18n';
import type { CourtEditable } from '../letter-form';

export interface CourtFieldsProps {
  kind: CourtLetterKind;
  value: CourtEditable;
  onChange: (patch: Partial<CourtEditable>) => void;
  /** The assessment says the limitation period may have expired for the chosen debt. */
  limitationSupported: boolean;
  warnings: readonly LetterWarning[];
  today: IsoDate;
  claimCheckHref?: string;
}

const INABILITY = OBJECTION_GROUNDS.filter((g) => !DEBT_OBJECTION_GROUNDS.includes(g));

export function CourtFields({
  kind,
  value,
  onChange,
  limitationSupported,
  warnings,
  today,
  claimCheckHref,
}: CourtFieldsProps) {
  const { t, date } = useI18n();
  const toggle = <T extends string>(list: readonly T[], item: T, on: boolean): T[] =>
    on ? [...list.filter((x) => x !== item), item] : list.filter((x) => x !== item);

  const typedNumber = value.caseNumber.trim();
  const reading = typedNumber === '' ? null : readCaseNumber(typedNumber, today);
  const caseNumberError = reading && !reading.ok ? t(`court.caseNumber.part.${reading.part}`) : undefined;
  const servedDays = kind === 'objection' || kind === 'answer' ? COURT_PAPER_DAYS[kind] : null;
  const deadline = servedDays !== null && isIsoDate(value.servedOn) ? addDays(value.servedOn, servedDays) : null;
  const notes = t(`letters.court.${kind}Notes`);

  return (
    <fieldset className="fieldset">
      <legend>{t('letters.court.step')}</legend>
      <p className="notice" data-testid="court-notes">
        {notes}
      </p>
      {kind !== 'mediation' && (
        <TextField
          label={t('letters.court.court')}
          hint={t('letters.court.courtHint')}
          name="court"
          value={value.court}
          onChange={(e) => onChange({ court: e.target.value })}
        />
      )}
      <TextField
        label={t(kind === 'mediation' ? 'letters.court.caseNumberOptional' : 'letters.court.caseNumber')}
        hint={t('letters.court.caseNumberHint')}
        name="caseNumber"
        autoComplete="off"
        value={value.caseNumber}
        onChange={(e) => onChange({ caseNumber: e.target.value })}
        error={caseNumberError}
      />
      {(kind === 'objection' || kind === 'answer') && (
        <TextField
          label={t(`letters.court.servedOn.${kind}`)}
          name="servedOn"
          type="date"
          value={value.servedOn}
          onChange={(e) => onChange({ servedOn: e.target.value })}
          hint={deadline ? t('letters.court.deadline', { date: date(deadline) }) : undefined}
        />
      )}
      {(kind === 'objection' || kind === 'answer' || kind === 'mediation') && (
        <TextField
          label={t(`letters.court.opposingParty.${kind}`)}
          name="opposingParty"
          value={value.opposingParty}
          onChange={(e) => onChange({ opposingParty: e.target.value })}
        />
      )}
      {(kind === 'answer' || kind === 'mediation') && (
        <SelectField
          label={t('letters.court.cause')}
          name="cause"
          value={value.cause}
          onChange={(e) => onChange({ cause: e.target.value as CourtEditable['cause'] })}
          options={CASE_CAUSES.map((c) => ({ value: c, label: t(`letters.court.cause.${c}`) }))}
        />
      )}

      {kind === 'objection' && (
        <fieldset className="fieldset" aria-describedby="objection-grounds-error">
          <legend>{t('letters.court.grounds')}</legend>
          {DEBT_OBJECTION_GROUNDS.filter((g) => g !== 'limitation' || limitationSupported).map((g) => (
            <label key={g} className="checkbox">
              <input
                type="checkbox"
                checked={value.objectionGrounds.includes(g)}
                onChange={(e) => onChange({ objectionGrounds: toggle(value.objectionGrounds, g, e.target.checked) })}
              />{' '}
              {t(`letters.court.ground.${g}`)}
            </label>
          ))}
          {!limitationSupported && <p className="muted">{t('letters.court.limitationUnsupported')}</p>}
          <p className="muted">{t('letters.court.inabilityGrounds')}</p>
          {INABILITY.map((g) => (
            <label key={g} className="checkbox">
              <input
                type="checkbox"
                checked={value.objectionGrounds.includes(g)}
                onChange={(e) => onChange({ objectionGrounds: toggle(value.objectionGrounds, g, e.target.checked) })}
              />{' '}
              {t(`letters.court.ground.${g}`)}
            </label>
          ))}
          <p id="objection-grounds-error" className="field-error" role="alert">
            {warnings.includes('objection-inability-only') ? t('letters.court.inabilityOnly') : ''}
          </p>
        </fieldset>
      )}

      {kind === 'answer' && (
        <fieldset className="fieldset" aria-describedby="answer-requests-error">
          <legend>{t('letters.court.requests')}</legend>
          {ANSWER_REQUESTS.filter((r) => r !== 'limitation' || limitationSupported).map((r) => (
            <label key={r} className="checkbox">
              <input
                type="checkbox"
                checked={value.answerRequests.includes(r)}
                onChange={(e) => onChange({ answerRequests: toggle(value.answerRequests, r, e.target.checked) })}
              />{' '}
              {t(`letters.court.request.${r}`)}
            </label>
          ))}
          {!limitationSupported && <p className="muted">{t('letters.court.limitationUnsupported')}</p>}
          <p id="answer-requests-error" className="field-error" role="alert">
            {warnings.includes('limitation-with-instalments') ? t('letters.court.limitationWithInstalments') : ''}
          </p>
        </fieldset>
      )}

      {kind === 'correction' && (
        <SelectField
          label={t('letters.court.listingGround')}
          name="listingGround"
          value={value.listingGround}
          onChange={(e) => onChange({ listingGround: e.target.value as CourtEditable['listingGround'] })}
          options={[
            { value: '', label: '—' },
            ...LISTING_GROUNDS.map((g) => ({ value: g, label: t(`letters.court.listingGround.${g}`) })),
          ]}
        />
      )}

      {kind === 'answer' && (
        <fieldset className="fieldset">
          <legend>{t('letters.court.party.legend')}</legend>
          <p className="muted">{t('letters.court.party.hint')}</p>
          <SelectField
            label={t('letters.court.party.sex')}
            name="partySex"
            value={value.party.sex}
            onChange={(e) => {
              const sex = PARTY_SEXES.find((s) => s === e.target.value) ?? '';
              onChange({ party: { ...value.party, sex } });
            }}
            options={[
              { value: '', label: t('letters.court.party.sex.none') },
              ...PARTY_SEXES.map((s) => ({ value: s, label: t(`letters.court.party.sex.${s}`) })),
            ]}
          />
          <TextField
            label={t('letters.court.party.birthDate')}
            name="partyBirthDate"
            type="date"
            value={value.party.birthDate}
            onChange={(e) => onChange({ party: { ...value.party, birthDate: e.target.value } })}
          />
          <TextField
            label={t('letters.court.party.ethnicity')}
            name="partyEthnicity"
            value={value.party.ethnicity}
            onChange={(e) => onChange({ party: { ...value.party, ethnicity: e.target.value } })}
          />
          <TextField
            label={t('letters.court.party.occupation')}
            name="partyOccupation"
            value={value.party.occupation}
            onChange={(e) => onChange({ party: { ...value.party, occupation: e.target.value } })}
          />
        </fieldset>
      )}

      {(kind === 'objection' || kind === 'answer') && (
        <section aria-labelledby="claim-sentences">
          <h2 id="claim-sentences" className="card-title">
            {t('letters.court.claimSentences')}
          </h2>
          {value.claimSentences.length === 0 ? (
            <p className="muted">
              {t('letters.court.claimSentencesNone')}{' '}
              {claimCheckHref && <Link to={claimCheckHref}>{t('letters.court.claimCheckLink')}</Link>}
            </p>
          ) : (
            <>
              <ol lang="zh-CN" data-testid="claim-sentences">
                {value.claimSentences.map((s) => (
                  <li key={s}>{s}</li>
                ))}
              </ol>
              <button type="button" className="button" onClick={() => onChange({ claimSentences: [] })}>
                {t('letters.court.claimSentencesClear')}
              </button>
            </>
          )}
        </section>
      )}

      <TextAreaField
        label={t(
          kind === 'mediation' || kind === 'settlement' ? 'letters.court.reasonsOptional' : 'letters.court.reasons',
        )}
        hint={t('letters.court.reasonsHint')}
        name="reasons"
        rows={5}
        value={value.reasons}
        onChange={(e) => onChange({ reasons: e.target.value })}
      />
      {(kind === 'objection' || kind === 'answer' || kind === 'correction') && (
        <TextAreaField
          label={t('letters.court.evidence')}
          hint={t('letters.court.evidenceHint')}
          name="evidence"
          rows={3}
          value={value.evidence}
          onChange={(e) => onChange({ evidence: e.target.value })}
        />
      )}
    </fieldset>
  );
}
