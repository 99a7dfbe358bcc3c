/**
 * The 恶意透支 test, condition by condition, with its status word, then the conclusion and
 * what lowers the risk. There is never a single "risk level".
 */
import type { ConditionStatus, CriminalAssessment } from '../../../domain/assess/types';
import { useI18n } from '../../../i18n/i18n';
import { tk } from '../messages';
import { FindingItem } from './finding-item';

function StatusBadge({ status }: { status: ConditionStatus }) {
  const { t } = useI18n();
  return <span className={`status status-${status}`}>{t(`assess.status.${status}`)}</span>;
}

export function CriminalSection({ criminal }: { criminal: CriminalAssessment }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [scope] = criminal.findings;
  const outcome = criminal.findings[criminal.findings.length - 1];
  const { principal, collections, threeMonths, intent } = criminal.conditions;
  const presumptions = (intent.finding.reasons ?? []).filter((r) => r.startsWith('presumption-'));
  const intentFinding = {
    ...intent.finding,
    reasons: (intent.finding.reasons ?? []).filter((r) => !r.startsWith('presumption-')),
  };
  return (
    <>
      <p className="muted">{t('assess.criminal.intro')}</p>
      <ul className="findings">
        <FindingItem finding={scope} />
      </ul>
      {criminal.scope !== 'not-a-card' && (
        <ul className="findings conditions">
          <FindingItem finding={principal.finding} badge={<StatusBadge status={principal.status} />} />
          <FindingItem finding={collections.finding} badge={<StatusBadge status={collections.status} />} />
          <FindingItem finding={threeMonths.finding} badge={<StatusBadge status={threeMonths.status} />} />
          <FindingItem finding={intentFinding} badge={<StatusBadge status={intent.status} />}>
            <p className="finding-subtitle">{t('assess.criminal.presumptions')}</p>
            <ul className="finding-reasons">
              {presumptions.map((p) => (
                <li key={p}>{tk(i18n, `assess.reason.${p}`)}</li>
              ))}
            </ul>
          </FindingItem>
        </ul>
      )}
      <ul className="findings">
        <FindingItem finding={outcome} />
      </ul>
      {criminal.lowering.length > 0 && (
        <>
          <h3 className="card-subtitle">{t('assess.criminal.lowering')}</h3>
          <ul className="findings">
            {criminal.lowering.map((f) => (
              <FindingItem key={f.code} finding={f} />
            ))}
          </ul>
        </>
      )}
    </>
  );
}
