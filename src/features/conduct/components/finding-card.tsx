/**
 * One finding of the rule check: what it is, how binding, on which days, and every basis that
 * applied with its plain-language description and sources. Advisory (不宜) and "may apply"
 * bases say so; nothing here calls conduct illegal.
 */
import type { ConductFinding } from '../../../domain/conduct/rule-types';
import type { IsoDate } from '../../../domain/types';
import { useI18n } from '../../../i18n/i18n';
import { basisMessageKey } from '../messages';
import { SourceLines } from './source-line';

export function FindingCard({ finding, open = false }: { finding: ConductFinding; open?: boolean }) {
  const { t, date } = useI18n();
  const last = finding.occurrences.reduce<IsoDate>((d, o) => (o.date > d ? o.date : d), finding.occurrences[0].date);
  return (
    <article className={`card finding ${finding.force === 'law' ? 'finding-law' : ''}`} data-rule={finding.ruleId}>
      <h3 className="finding-title">{t(`conduct.rule.${finding.ruleId}`)}</h3>
      <p>
        <span className={`badge ${finding.force === 'law' ? 'badge-strong' : ''}`}>
          {t(`conduct.force.${finding.force}`)}
        </span>{' '}
        <span className="muted">
          {t('conduct.findings.entries', { count: finding.entryIds.length, date: date(last) })}
        </span>
      </p>
      {finding.advisory && <p className="notice">{t('conduct.findings.advisory')}</p>}
      <details className="disclosure" open={open}>
        <summary>{t('conduct.findings.showBases')}</summary>
        <ul className="basis-list">
          {finding.bases.map((b) => (
            <li key={b.key}>
              <p>
                <span className="badge">{t(`conduct.force.${b.force}`)}</span> {t(basisMessageKey(b.descriptionCode))}
              </p>
              {b.advisory && <p className="muted">{t('conduct.findings.advisory')}</p>}
              {b.scope === 'may-apply' && <p className="muted">{t('conduct.findings.mayApply')}</p>}
              <SourceLines ids={b.sourceIds} />
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}

export function FindingList({ findings, emptyText }: { findings: readonly ConductFinding[]; emptyText: string }) {
  const { t } = useI18n();
  if (findings.length === 0) return <p className="muted">{emptyText}</p>;
  return (
    <>
      {findings.map((f) => (
        <FindingCard key={f.ruleId} finding={f} />
      ))}
      <p className="muted">{t('conduct.findings.disclaimer')}</p>
    </>
  );
}
