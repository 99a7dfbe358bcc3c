/**
 * 强制执行：能做什么，不能做什么. The statements of src/domain/court/enforcement-guide.ts, topic by
 * topic, each with its sources (instrument, article, dates, force, how well verified). The person
 * may enter the day a ban or listing was imposed to read those two topics under the text in force
 * then; nothing is stored, and the date never leaves the screen.
 */
import { useState } from 'react';
import { Link } from 'react-router';
import { isIsoDate } from '../../../domain/dates';
import {
  enforcementGuide,
  measureTextOn,
  type EnforcementSection,
  type EnforcementStatement,
} from '../../../domain/court/enforcement-guide';
import type { LegalSource } from '../../../domain/legal/source-types';
import { findSource } from '../../../domain/legal/sources/index';
import type { IsoDate } from '../../../domain/types';
import { TextField } from '../../../components/ui/field';
import { useToday } from '../../../components/use-today';
import { useI18n } from '../../../i18n/i18n';
import { enforcementStatementKey } from '../messages';

export function EnforcementPage({ caseNumberHref }: { caseNumberHref?: string }) {
  const { t } = useI18n();
  const today = useToday();
  const [typed, setTyped] = useState('');
  // Only a real day up to today changes the reading; anything else reads as today.
  const measureDate = isIsoDate(typed) && typed <= today ? typed : null;
  const sections = enforcementGuide(today, measureDate);

  return (
    <div className="page">
      <h1 className="page-title">{t('court.enforcement.title')}</h1>
      <p className="muted">{t('court.enforcement.intro')}</p>
      <TextField
        label={t('court.enforcement.measureDate')}
        hint={t('court.enforcement.measureDateHint')}
        name="measureDate"
        type="date"
        max={today}
        value={typed}
        onChange={(e) => setTyped(e.target.value)}
      />
      {sections.map((section) => (
        <Section key={section.topic} section={section} measureDay={measureDate ?? today} />
      ))}
      {caseNumberHref && (
        <p>
          <Link to={caseNumberHref} className="button">
            {t('court.enforcement.toCaseNumber')}
          </Link>
        </p>
      )}
    </div>
  );
}

function Section({ section, measureDay }: { section: EnforcementSection; measureDay: IsoDate }) {
  const { t, date } = useI18n();
  const { topic } = section;
  const headingId = `enforcement-${topic}`;
  const textFrom = topic === 'consumption-ban' || topic === 'dishonest-list' ? measureTextOn(topic, measureDay) : null;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>{t(`court.enforcement.topic.${topic}`)}</h2>
      {textFrom && <p className="muted">{t('court.enforcement.measureTextFrom', { date: date(textFrom) })}</p>}
      {section.statements.length === 0 ? (
        <p>{t('court.enforcement.noTextYet')}</p>
      ) : (
        <ul className="plain-list">
          {section.statements.map((s) => (
            <Statement key={s.id} statement={s} />
          ))}
        </ul>
      )}
    </section>
  );
}

function Statement({ statement }: { statement: EnforcementStatement }) {
  const { t } = useI18n();
  const sources = statement.sourceIds.map(findSource).filter((s): s is LegalSource => s !== undefined);
  return (
    <li className="finding">
      <p>{t(enforcementStatementKey(statement))}</p>
      <details className="sources">
        <summary className="sources-toggle">{t('court.enforcement.sources')}</summary>
        <ul className="source-list">
          {sources.map((s) => (
            <SourceLine key={s.id} source={s} />
          ))}
        </ul>
      </details>
    </li>
  );
}

function SourceLine({ source }: { source: LegalSource }) {
  const { t, date } = useI18n();
  return (
    <li className="source">
      <p className="source-name" lang="zh-CN">
        {source.instrument}
        {source.article && ` ${source.article}`}
      </p>
      <p className="source-meta">
        <span lang="zh-CN">
          {source.issuer}
          {source.docNumber && ` · ${source.docNumber}`}
        </span>
        <span>
          {t(source.datedByPublication ? 'assess.source.published' : 'assess.source.effective', {
            date: date(source.effectiveFrom),
          })}
        </span>
        {source.effectiveTo && (
          <span className="source-ended">{t('assess.source.ended', { date: date(source.effectiveTo) })}</span>
        )}
      </p>
      <p className="source-meta">
        <span className="source-force">{t(`assess.force.${source.force}`)}</span>
        <span>{t(`assess.confidence.${source.confidence}`)}</span>
      </p>
    </li>
  );
}
