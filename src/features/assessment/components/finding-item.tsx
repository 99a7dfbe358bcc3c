/** One statement of the assessment, its reasons, and its sources one tap away. */
import type { ReactNode } from 'react';
import type { Finding } from '../../../domain/assess/types';
import { useI18n } from '../../../i18n/i18n';
import { findingVars, tk } from '../messages';
import { SourceDetails } from './source-list';

export function FindingItem({
  finding,
  badge,
  tone,
  children,
}: {
  finding: Finding;
  /** A status word shown before the statement (满足 / 不满足 / 不确定). */
  badge?: ReactNode;
  tone?: 'warning';
  children?: ReactNode;
}) {
  const i18n = useI18n();
  const vars = findingVars(i18n, finding.values);
  return (
    <li className={`finding ${tone === 'warning' ? 'finding-warning' : ''}`} data-finding={finding.code}>
      <p className="finding-text">
        {badge}
        {tk(i18n, `assess.finding.${finding.code}`, vars)}
      </p>
      {finding.reasons && finding.reasons.length > 0 && (
        <ul className="finding-reasons">
          {finding.reasons.map((r) => (
            <li key={r}>{tk(i18n, `assess.reason.${r}`, vars)}</li>
          ))}
        </ul>
      )}
      {children}
      <SourceDetails ids={finding.sourceIds} />
    </li>
  );
}

export function FindingList({ findings }: { findings: readonly Finding[] }) {
  return (
    <ul className="findings">
      {findings.map((f, i) => (
        <FindingItem key={`${f.code}-${i}`} finding={f} />
      ))}
    </ul>
  );
}
