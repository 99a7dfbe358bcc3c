/**
 * Stage: how long the debt has been overdue and what that means inside the bank.
 *
 * Day counting: the first missed due date is day 0; the next day is 1 day overdue. Buckets
 * are 30 days each (M1 = 1–30 … M6 = 151–180, M7+ = over 180) and match the credit report's
 * digits 1–7. The regulatory classes follow the 2011 card rules Art.92. Buckets, write-off
 * and typical bank actions are practice, not law, and are labelled so. All of that is said of
 * bank cards only; a loan gets what the law says of any loan and of its kind of lender.
 */
import { assertNever } from '../../lib/assert-never';
import { addDays, daysBetween } from '../dates';
import { isLoan } from '../debt';
import type { IsoDate } from '../types';
import { isSettled } from './amounts';
import { codeValue, countValue, dateValue, finding } from './finding';
import type {
  AssessmentInput,
  BankAction,
  Bucket,
  Finding,
  PlainPhase,
  RegulatoryClass,
  StageAssessment,
} from './types';
import { BUCKETS } from './types';

export const BUCKET_DAYS = 30;
/** Over 90 days: non-performing (2011 办法 Art.92: 关注 is 1–90 days inclusive). */
export const NON_PERFORMING_AFTER_DAYS = 90;
/** Over 180 days: 损失 class; banks typically write off around here (practice). */
export const WRITE_OFF_AFTER_DAYS = 180;

export function bucketForDays(days: number): Bucket {
  if (days <= 0) return 'M0';
  return BUCKETS[Math.min(7, Math.ceil(days / BUCKET_DAYS))];
}

export function creditCodeForDays(days: number): number | null {
  return days <= 0 ? null : Math.min(7, Math.ceil(days / BUCKET_DAYS));
}

export function regulatoryClassForDays(days: number): RegulatoryClass {
  if (days <= 0) return 'normal';
  if (days <= 90) return 'special-mention';
  if (days <= 120) return 'substandard';
  if (days <= 180) return 'doubtful';
  return 'loss';
}

export function plainPhaseForDays(days: number): PlainPhase {
  if (days <= 0) return 'not-overdue';
  if (days <= 30) return 'early';
  if (days <= 90) return 'middle';
  return 'late';
}

/** Typical bank actions for a bucket (practice; varies by bank). */
export function bankActionsFor(bucket: Bucket): readonly BankAction[] {
  switch (bucket) {
    case 'M0':
      return [];
    case 'M1':
      return ['reminders', 'card-frozen-or-limit-cut'];
    case 'M2':
      return ['in-house-calls', 'card-suspended'];
    case 'M3':
      return ['in-house-calls', 'formal-letters'];
    case 'M4':
    case 'M5':
    case 'M6':
      return ['outsourced-collection', 'balance-accelerated'];
    case 'M7+':
      return ['write-off', 'outsourced-collection', 'debt-sale-possible'];
    default:
      return assertNever(bucket, 'unknown bucket');
  }
}

/** The day a debt first missed on `firstMissedDue` reaches `days` days overdue. */
export function dayReaching(firstMissedDue: IsoDate, days: number): IsoDate {
  return addDays(firstMissedDue, days);
}

/**
 * A consumer-finance or online loan: the card classes (2011 办法 Art.92), the banks' 30-day
 * buckets, the 90/180-day lines and typical bank actions are not said of it. What is said:
 * the overdue days and the overdue interest any loan bears (民法典 Art.676), who the lender is
 * and what follows from it, the credit-report digit if the lender reports, and that a sold
 * debt must be notified.
 */
function assessLoanStage(
  input: AssessmentInput,
  days: number,
  overdue: boolean,
  settled: boolean,
): Pick<StageAssessment, 'findings'> {
  const findings: Finding[] = [];
  const lender =
    input.creditorType === 'consumer-finance'
      ? finding('consumer-finance-lender', 'stage.consumer-finance-lender')
      : finding('online-lender', 'stage.online-lender');
  if (settled) {
    findings.push(
      input.settledOn === null
        ? finding('settled-date-unknown', 'stage.overdue-days-loan')
        : finding('settled', 'stage.overdue-days-loan', {
            values: { settledOn: dateValue(input.settledOn), days: countValue(days) },
          }),
    );
  } else if (!overdue || input.firstMissedDue === null) {
    findings.push(finding('not-overdue', 'stage.overdue-days-loan'), lender);
  } else {
    findings.push(
      finding('overdue-days-loan', 'stage.overdue-days-loan', {
        values: { days: countValue(days), since: dateValue(input.firstMissedDue) },
      }),
      lender,
      finding('credit-code-if-reported', 'stage.credit-code', {
        values: { code: countValue(creditCodeForDays(days) ?? 0) },
      }),
      finding('debt-sale-loan', 'stage.debt-sale'),
    );
  }
  return { findings };
}

export function assessStage(input: AssessmentInput, asOf: IsoDate): StageAssessment {
  const settled = isSettled(input, asOf);
  const end = settled && input.settledOn !== null && input.settledOn < asOf ? input.settledOn : asOf;
  const days =
    input.firstMissedDue === null || (settled && input.settledOn === null)
      ? 0
      : Math.max(0, daysBetween(input.firstMissedDue, end));
  const overdue = !settled && days > 0;
  if (isLoan(input.creditorType)) {
    return {
      overdue,
      settled,
      overdueDays: days,
      bucket: null,
      creditCode: creditCodeForDays(days),
      regulatoryClass: null,
      nonPerforming: null,
      pastWriteOffLine: null,
      plainPhase: null,
      bankActions: [],
      ...assessLoanStage(input, days, overdue, settled),
    };
  }
  const bucket = bucketForDays(days);
  const creditCode = creditCodeForDays(days);
  const regulatoryClass = regulatoryClassForDays(days);
  const nonPerforming = days > NON_PERFORMING_AFTER_DAYS;
  const pastWriteOffLine = days > WRITE_OFF_AFTER_DAYS;
  const plainPhase = plainPhaseForDays(days);
  const bankActions = overdue ? bankActionsFor(bucket) : [];

  const findings: Finding[] = [];
  if (settled) {
    findings.push(
      input.settledOn === null
        ? finding('settled-date-unknown', 'stage.overdue-days')
        : finding('settled', 'stage.overdue-days', {
            values: { settledOn: dateValue(input.settledOn), days: countValue(days) },
          }),
    );
  } else if (!overdue || input.firstMissedDue === null) {
    findings.push(finding('not-overdue', 'stage.overdue-days'));
  } else {
    findings.push(
      finding('overdue-days', 'stage.overdue-days', {
        values: { days: countValue(days), since: dateValue(input.firstMissedDue) },
      }),
      finding('plain-phase', 'stage.plain-phase', { values: { phase: codeValue(plainPhase) } }),
      finding('bucket', 'stage.bucket', { values: { bucket: codeValue(bucket) } }),
      finding('credit-code', 'stage.credit-code', { values: { code: countValue(creditCode ?? 0) } }),
      finding('regulatory-class', 'stage.regulatory-class', { values: { class: codeValue(regulatoryClass) } }),
      nonPerforming
        ? finding('non-performing', 'stage.non-performing')
        : finding('non-performing-ahead', 'stage.non-performing', {
            values: { on: dateValue(dayReaching(input.firstMissedDue, NON_PERFORMING_AFTER_DAYS + 1)) },
          }),
      finding(pastWriteOffLine ? 'write-off-zone' : 'write-off-explained', 'stage.write-off'),
    );
    if (pastWriteOffLine) findings.push(finding('debt-sale', 'stage.debt-sale'));
    findings.push(finding('bank-actions', 'stage.bank-actions', { reasons: bankActions }));
  }

  return {
    overdue,
    settled,
    overdueDays: days,
    bucket,
    creditCode,
    regulatoryClass,
    nonPerforming,
    pastWriteOffLine,
    plainPhase,
    bankActions,
    findings,
  };
}
