/**
 * Dated events ahead, soonest first: the next bucket, the 90- and 180-day lines, the end of
 * the criminal 3-month clock, the 支付令 objection, answer and appeal deadlines, a judgment's
 * last day to perform and the end of the creditor's 2 years to apply for enforcement, the end of the
 * limitation period, the day a settled debt's record is deleted, and the one-time repair's
 * repayment deadline. Only dates on or after the assessment date are listed.
 */
import { daysBetween } from '../dates';
import type { IsoDate } from '../types';
import { enforcedAfter } from './civil';
import { REPAIR_REPAY_BY } from './credit-record';
import { codeValue } from './finding';
import { RULES, type RuleId } from './rules';
import { BUCKET_DAYS, dayReaching, NON_PERFORMING_AFTER_DAYS, WRITE_OFF_AFTER_DAYS } from './stage';
import type {
  AssessmentInput,
  CivilAssessment,
  CreditRecordAssessment,
  CriminalAssessment,
  FindingValue,
  LimitationAssessment,
  Milestone,
  MilestoneCode,
  StageAssessment,
} from './types';
import { BUCKETS } from './types';

interface Parts {
  stage: StageAssessment;
  criminal: CriminalAssessment;
  civil: CivilAssessment;
  limitation: LimitationAssessment;
  creditRecord: CreditRecordAssessment;
}

export function collectMilestones(input: AssessmentInput, asOf: IsoDate, parts: Parts): Milestone[] {
  const out: Milestone[] = [];
  const add = (
    date: IsoDate,
    code: MilestoneCode,
    ruleId: RuleId,
    deadline: boolean,
    values?: Record<string, FindingValue>,
  ) => {
    if (date < asOf) return;
    const m: Milestone = {
      date,
      code,
      deadline,
      daysLeft: daysBetween(asOf, date),
      ruleId,
      sourceIds: RULES[ruleId].sourceIds,
    };
    if (values) m.values = values;
    out.push(m);
  };

  const { stage, criminal, civil, limitation, creditRecord } = parts;
  const fmd = input.firstMissedDue;
  // Bucket and 90/180-day lines are bank-card conventions: a loan has no bucket.
  if (fmd !== null && !stage.settled && stage.bucket !== null) {
    const index = BUCKETS.indexOf(stage.bucket);
    if (index < BUCKETS.length - 1) {
      add(dayReaching(fmd, index * BUCKET_DAYS + 1), 'enters-bucket', 'stage.bucket', false, {
        bucket: codeValue(BUCKETS[index + 1]),
      });
    }
    if (!stage.nonPerforming)
      add(dayReaching(fmd, NON_PERFORMING_AFTER_DAYS + 1), 'non-performing-line', 'stage.non-performing', false);
    if (!stage.pastWriteOffLine)
      add(dayReaching(fmd, WRITE_OFF_AFTER_DAYS + 1), 'write-off-line', 'stage.write-off', false);
  }

  const clock = criminal.conditions.threeMonths;
  if (criminal.scope !== 'not-a-card' && clock.clockEnds !== null && clock.status !== 'met' && !stage.settled) {
    add(clock.clockEnds, 'criminal-clock-ends', 'criminal.three-months', false, {
      confirmed: codeValue(clock.confirmed ? 'yes' : 'no'),
    });
  }

  for (const e of civil.events) {
    if (e.deadline !== null) {
      if (e.kind === 'payment-order-received')
        add(e.deadline, 'payment-order-objection-deadline', 'civil.payment-order', true);
      else if (e.kind === 'complaint-served') add(e.deadline, 'answer-deadline', 'civil.answer', true);
      else if (e.kind === 'judgment-received') add(e.deadline, 'appeal-deadline', 'civil.appeal', true);
      else if (e.kind === 'ruling-received') add(e.deadline, 'ruling-appeal-deadline', 'civil.ruling-appeal', true);
    }
    // The creditor's dates, not the user's: shown as dates, never as the user's deadline.
    if (e.performanceDue !== null && e.enforcementApplicationEnds !== null && !stage.settled) {
      add(e.performanceDue, 'performance-period-ends', 'civil.performance-period', false);
      if (!enforcedAfter(civil.events, e))
        add(
          e.enforcementApplicationEnds,
          'enforcement-application-ends',
          'civil.enforcement-application-period',
          false,
        );
    }
  }

  if (limitation.status === 'running' && limitation.endsOn !== null) {
    add(limitation.endsOn, 'limitation-ends', 'limitation.period', false);
  }
  if (creditRecord.keptUntil !== null) add(creditRecord.keptUntil, 'credit-record-deleted', 'credit.retention', false);
  if (creditRecord.oneTimeRepair === 'may-qualify-if-repaid' || creditRecord.oneTimeRepair === 'amount-unclear') {
    if (!stage.settled) add(REPAIR_REPAY_BY, 'one-time-repair-deadline', 'credit.one-time-repair', true);
  }

  return out.sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.code < b.code ? -1 : a.code > b.code ? 1 : 0,
  );
}
