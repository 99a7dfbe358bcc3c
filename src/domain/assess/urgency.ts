/**
 * Which debt needs the person first, for the order of the home screen's list. Most urgent on
 * top: a court deadline still running (soonest first), then a card debt whose objective
 * 恶意透支 conditions all look met on the entered facts, then the most days overdue; settled
 * debts last. Also the one plain line each debt shows under its name: the court deadline, the
 * criminal conditions, or the next overdue-day line ("还有 13 天逾期满 91 天").
 *
 * Day counting is the ledger's (stage.ts): the first missed due date is day 0, so the
 * non-performing line (over 90 days, 2011 办法 Art.92: 次级 is 91–120 days) is reached on the
 * day the ledger first shows 91 days overdue, and the write-off line on the day it shows 181.
 */
import { NON_PERFORMING_AFTER_DAYS, WRITE_OFF_AFTER_DAYS } from './stage';
import type { Assessment, Milestone, MilestoneCode } from './types';

/** The court steps whose last day the person must act by. */
export const COURT_DEADLINE_CODES: readonly MilestoneCode[] = [
  'payment-order-objection-deadline',
  'answer-deadline',
  'appeal-deadline',
  'ruling-appeal-deadline',
];

/** Lower is more urgent. */
export type UrgencyTier = 'court-deadline' | 'criminal-conditions' | 'overdue' | 'not-overdue' | 'settled';
const TIER_ORDER: readonly UrgencyTier[] = [
  'court-deadline',
  'criminal-conditions',
  'overdue',
  'not-overdue',
  'settled',
];

/** The next overdue-day line ahead: reached in `daysLeft` days, when the ledger shows `reaches` days. */
export interface OverdueLine {
  code: 'non-performing-line' | 'write-off-line';
  reaches: number;
  daysLeft: number;
}

export interface DebtUrgency {
  tier: UrgencyTier;
  /** The soonest court deadline still running (today included), if any. */
  courtDeadline: Milestone | null;
  /** (a)–(c) of 恶意透支 all look met on the entered facts (intent is never decided here). */
  criminalConditionsMet: boolean;
  overdueDays: number;
  nextLine: OverdueLine | null;
}

export function debtUrgency(assessment: Assessment): DebtUrgency {
  const { stage, criminal, milestones } = assessment;
  const courtDeadline =
    milestones
      .filter((m) => m.deadline && COURT_DEADLINE_CODES.includes(m.code))
      .sort((a, b) => a.daysLeft - b.daysLeft)[0] ?? null;
  const criminalConditionsMet =
    !stage.settled &&
    (criminal.outcome === 'objective-conditions-met' || criminal.outcome === 'conditions-met-product-contested');
  let nextLine: OverdueLine | null = null;
  for (const m of milestones) {
    if (m.code !== 'non-performing-line' && m.code !== 'write-off-line') continue;
    if (nextLine !== null && nextLine.daysLeft <= m.daysLeft) continue;
    const after = m.code === 'non-performing-line' ? NON_PERFORMING_AFTER_DAYS : WRITE_OFF_AFTER_DAYS;
    nextLine = { code: m.code, reaches: after + 1, daysLeft: m.daysLeft };
  }
  const tier: UrgencyTier = stage.settled
    ? 'settled'
    : courtDeadline
      ? 'court-deadline'
      : criminalConditionsMet
        ? 'criminal-conditions'
        : stage.overdue
          ? 'overdue'
          : 'not-overdue';
  return { tier, courtDeadline, criminalConditionsMet, overdueDays: stage.overdueDays, nextLine };
}

/** Most urgent first; ties keep the order given (a stable sort). */
export function compareUrgency(a: DebtUrgency, b: DebtUrgency): number {
  const tier = TIER_ORDER.indexOf(a.tier) - TIER_ORDER.indexOf(b.tier);
  if (tier !== 0) return tier;
  if (a.tier === 'court-deadline' && a.courtDeadline && b.courtDeadline) {
    const days = a.courtDeadline.daysLeft - b.courtDeadline.daysLeft;
    if (days !== 0) return days;
  }
  return b.overdueDays - a.overdueDays;
}

export function byUrgency<T>(items: readonly T[], urgency: (item: T) => DebtUrgency): T[] {
  const ranked = items.map((item) => ({ item, u: urgency(item) }));
  ranked.sort((x, y) => compareUrgency(x.u, y.u));
  return ranked.map((r) => r.item);
}
