/**
 * Across all debts: the milestones ahead for the dashboard. Deadlines the user must act on
 * (支付令 objection, appeal, one-time repair) come first, soonest first; then the other dated
 * milestones (next bucket, 90/180-day lines, end of the limitation period), soonest first.
 */
import type { Assessment, Milestone } from './types';

export interface DebtMilestone {
  debtId: string;
  milestone: Milestone;
}

export function upcomingMilestones(
  assessed: readonly { debtId: string; assessment: Assessment }[],
  limit = Number.POSITIVE_INFINITY,
): DebtMilestone[] {
  const all: DebtMilestone[] = [];
  for (const { debtId, assessment } of assessed)
    for (const milestone of assessment.milestones) all.push({ debtId, milestone });
  all.sort((a, b) => {
    const x = a.milestone;
    const y = b.milestone;
    if (x.deadline !== y.deadline) return x.deadline ? -1 : 1;
    if (x.date !== y.date) return x.date < y.date ? -1 : 1;
    return x.code < y.code ? -1 : x.code > y.code ? 1 : a.debtId < b.debtId ? -1 : a.debtId > b.debtId ? 1 : 0;
  });
  return all.slice(0, limit);
}
