/**
 * Home screen: the nearest dates across all debts, deadlines first ("支付令异议期还剩 6 天").
 * Assessed as of today on every render from the debts and their events.
 */
import '../assessment.css';
import { useMemo } from 'react';
import { Link } from 'react-router';
import { daysBetween } from '../../../domain/dates';
import { assessDebt } from '../../../domain/assess/assess-debt';
import { upcomingMilestones, type DebtMilestone } from '../../../domain/assess/deadlines';
import { assessmentInputWithIssuer } from '../../../domain/assess/from-debt';
import type { Debt } from '../../../domain/debt';
import type { DebtEvent } from '../../../domain/debt-events';
import type { IsoDate } from '../../../domain/types';
import type { MilestoneCode } from '../../../domain/assess/types';
import { useI18n } from '../../../i18n/i18n';
import { useAllDebtEvents, useDebts } from '../../../storage/hooks';
import { findingVars, tk } from '../messages';

/** How many dates the home screen shows. */
export const DEADLINES_SHOWN = 5;

/** Said as the overdue days the ledger will show on that day ("还有 13 天逾期满 91 天"). */
const OVERDUE_LINES: readonly MilestoneCode[] = ['enters-bucket', 'non-performing-line', 'write-off-line'];

export function nearestMilestones(
  debts: readonly Debt[],
  events: readonly DebtEvent[],
  today: IsoDate,
  limit = DEADLINES_SHOWN,
): DebtMilestone[] {
  const assessed = debts.map((debt) => ({
    debtId: debt.id,
    assessment: assessDebt(assessmentInputWithIssuer(debt, debts, events), today),
  }));
  // The next bucket begins on the same day as the 91- and 181-day lines: one line per day.
  const seen = new Set<string>();
  return upcomingMilestones(assessed)
    .filter(({ debtId, milestone: m }) => {
      if (!OVERDUE_LINES.includes(m.code)) return true;
      const key = `${debtId} ${m.date}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, limit);
}

export function DeadlinesCard({
  today,
  detailHref,
  mythsHref,
}: {
  today: IsoDate;
  detailHref: (id: string) => string;
  mythsHref?: string;
}) {
  const i18n = useI18n();
  const { t, date } = i18n;
  const debts = useDebts();
  const events = useAllDebtEvents();
  const items = useMemo(
    () => (debts && events ? nearestMilestones(debts, events, today) : null),
    [debts, events, today],
  );
  if (items === null || debts === null) return null;
  const names = new Map(debts.map((d) => [d.id, d.nickname || d.lender]));
  const firstMissed = new Map(debts.map((d) => [d.id, d.firstMissedDue]));

  return (
    <section className="card deadlines" aria-labelledby="deadlines-title">
      <h2 id="deadlines-title" className="card-title">
        {t('assess.deadlines.title')}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{t('assess.deadlines.empty')}</p>
      ) : (
        <ul className="deadline-list">
          {items.map(({ debtId, milestone: m }) => {
            const name = tk(i18n, `assess.short.${m.code}`, findingVars(i18n, m.values));
            const from = firstMissed.get(debtId);
            const reaches = from ? daysBetween(from, m.date) : null;
            const text =
              OVERDUE_LINES.includes(m.code) && reaches !== null
                ? m.daysLeft === 0
                  ? t('assess.deadlines.overdueLineToday', { reaches })
                  : t('assess.deadlines.overdueLine', { reaches, days: m.daysLeft })
                : m.deadline
                  ? m.daysLeft === 0
                    ? t('assess.deadlines.today', { name })
                    : t('assess.deadlines.left', { name, days: m.daysLeft })
                  : m.daysLeft === 0
                    ? t('assess.deadlines.onToday', { name })
                    : t('assess.deadlines.on', { name, date: date(m.date), days: m.daysLeft });
            return (
              <li key={`${debtId}-${m.code}-${m.date}`}>
                <Link to={detailHref(debtId)} className={`deadline-item ${m.deadline ? 'deadline-urgent' : ''}`}>
                  <span className="deadline-text">{text}</span>
                  <span className="muted">{names.get(debtId)}</span>
                </Link>
              </li>
            );
          })}
        </ul>
      )}
      {mythsHref && (
        <p className="deadlines-footer">
          <Link to={mythsHref}>{t('assess.mythsLink')}</Link>
        </p>
      )}
    </section>
  );
}
