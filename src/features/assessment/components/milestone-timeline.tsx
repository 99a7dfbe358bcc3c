/** The dated events ahead, soonest first, as a timeline. */
import type { Milestone } from '../../../domain/assess/types';
import { useI18n } from '../../../i18n/i18n';
import { findingVars, tk } from '../messages';
import { SourceDetails } from './source-list';

export function MilestoneTimeline({ milestones }: { milestones: readonly Milestone[] }) {
  const i18n = useI18n();
  const { t, date } = i18n;
  if (milestones.length === 0) return <p className="muted">{t('assess.milestones.empty')}</p>;
  return (
    <ol className="timeline">
      {milestones.map((m) => (
        <li key={`${m.date}-${m.code}`} className={`timeline-item ${m.deadline ? 'timeline-deadline' : ''}`}>
          <p className="timeline-date">
            <time dateTime={m.date}>{date(m.date)}</time>{' '}
            <span className={m.deadline ? 'badge badge-strong' : 'badge'}>
              {m.daysLeft === 0 ? t('assess.milestones.today') : t('assess.milestones.daysLeft', { days: m.daysLeft })}
            </span>
          </p>
          <p className="timeline-label">
            {tk(i18n, `assess.milestone.${m.code}`, findingVars(i18n, m.values))}
            {m.code === 'criminal-clock-ends' &&
            m.values?.confirmed &&
            'code' in m.values.confirmed &&
            m.values.confirmed.code === 'no'
              ? ` ${t('assess.milestones.unconfirmed')}`
              : ''}
          </p>
          <SourceDetails ids={m.sourceIds} />
        </li>
      ))}
    </ol>
  );
}
