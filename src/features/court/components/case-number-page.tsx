/**
 * 看懂案号: the person types a case number from a paper or a message and sees what each part
 * says, what does not fit, and how to check it. Nothing is stored or sent: the number is read on
 * the phone. It never calls a paper real or fake (src/domain/court/case-number.ts).
 */
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { CASE_NUMBER_MAX_LENGTH, readCaseNumber, type CaseNumberReading } from '../../../domain/court/case-number';
import type { CaseKind } from '../../../domain/court/case-types';
import { findSource } from '../../../domain/legal/sources/index';
import { TextField } from '../../../components/ui/field';
import { useToday } from '../../../components/use-today';
import { useI18n } from '../../../i18n/i18n';

/** The letter that answers each kind of paper, where there is one. */
export type PaperLetter = 'payment-order-objection' | 'civil-answer' | 'mediation-proposal' | 'enforcement-settlement';
const LETTER_FOR: Partial<Record<CaseKind, PaperLetter>> = {
  'payment-order': 'payment-order-objection',
  'civil-first-instance': 'civil-answer',
  'pre-suit-mediation': 'mediation-proposal',
  enforcement: 'enforcement-settlement',
};

export function CaseNumberPage({
  claimCheckHref,
  onWriteLetter,
}: {
  claimCheckHref?: string;
  /** Open the letter with the number as read (the app keeps it out of the URL). */
  onWriteLetter?: (letter: PaperLetter, caseNumber: string) => void;
}) {
  const { t } = useI18n();
  const today = useToday();
  const [text, setText] = useState('');
  const [result, setResult] = useState<ReturnType<typeof readCaseNumber> | null>(null);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setResult(readCaseNumber(text, today));
  };

  return (
    <div className="page">
      <h1 className="page-title">{t('court.caseNumber.title')}</h1>
      <p className="muted">{t('court.caseNumber.intro')}</p>
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          label={t('court.caseNumber.label')}
          hint={t('court.caseNumber.hint')}
          name="caseNumber"
          autoComplete="off"
          inputMode="text"
          maxLength={CASE_NUMBER_MAX_LENGTH * 2}
          value={text}
          onChange={(e) => setText(e.target.value)}
          error={result && !result.ok ? t(`court.caseNumber.part.${result.part}`) : undefined}
        />
        <button type="submit" className="button button-primary">
          {t('court.caseNumber.read')}
        </button>
      </form>
      {result?.ok && <Reading reading={result} />}
      {result?.ok && result.type && LETTER_FOR[result.type.kind] && onWriteLetter && (
        <p>
          <button
            type="button"
            className="button button-primary"
            onClick={() => onWriteLetter(LETTER_FOR[result.type!.kind]!, result.normalised)}
          >
            {t('court.letters.write', { letter: t(`letters.template.${LETTER_FOR[result.type.kind]!}`) })}
          </button>
        </p>
      )}
      {claimCheckHref && (
        <p>
          <Link to={claimCheckHref} className="button">
            {t('court.caseNumber.toClaimCheck')}
          </Link>
        </p>
      )}
      <section className="card" aria-labelledby="how-to-check">
        <h2 id="how-to-check">{t('court.caseNumber.howToCheck')}</h2>
        <p>{t('court.caseNumber.howToCheckBody')}</p>
      </section>
    </div>
  );
}

function Reading({ reading }: { reading: CaseNumberReading }) {
  const { t } = useI18n();
  const { court } = reading;
  const courtText =
    court.level === 'supreme'
      ? t('court.caseNumber.level.supreme')
      : t(`court.caseNumber.level.${court.level}`, { region: court.region, code: court.code });
  return (
    <section className="card" aria-labelledby="case-number-result">
      <h2 id="case-number-result">{t('court.caseNumber.result')}</h2>
      <p className="nowrap" lang="zh-CN">
        {reading.normalised}
      </p>
      <ul className="plain-list">
        <li>{t('court.caseNumber.year', { year: reading.year })}</li>
        <li>{t('court.caseNumber.court', { court: courtText })}</li>
        {court.special && (
          <li>{t('court.caseNumber.specialCourt', { kind: t(`court.caseNumber.special.${court.special}`) })}</li>
        )}
        <li>
          {t('court.caseNumber.type', { code: reading.typeCode })}
          {' · '}
          {reading.type ? t(`court.caseNumber.kind.${reading.type.kind}`) : t('court.caseNumber.kindUnknown')}
        </li>
        <li>{t('court.caseNumber.serial', { serial: reading.serial, suffix: reading.suffix })}</li>
        {reading.oldStyle && <li>{t('court.caseNumber.oldStyle')}</li>}
      </ul>
      <h3>{t('court.caseNumber.flagsTitle')}</h3>
      {reading.flags.length === 0 ? (
        <p>{t('court.caseNumber.noFlags')}</p>
      ) : (
        <ul className="plain-list">
          {reading.flags.map((f) => (
            <li key={f} className="notice notice-warning">
              {t(`court.caseNumber.flag.${f}`)}
            </li>
          ))}
        </ul>
      )}
      <h3>{t('court.caseNumber.sources')}</h3>
      <ul className="plain-list">
        {reading.sourceIds.map((id) => {
          const s = findSource(id);
          return s ? (
            <li key={id} className="source-line" lang="zh-CN">
              {s.instrument}
              {s.docNumber ? `（${s.docNumber}）` : ''} · {t(`conduct.force.${s.force}`)} ·{' '}
              {t(`conduct.source.confidence.${s.confidence}`)}
            </li>
          ) : null;
        })}
      </ul>
    </section>
  );
}
