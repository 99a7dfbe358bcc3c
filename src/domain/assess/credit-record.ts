/**
 * The credit record (征信).
 *
 * Retention (征信业管理条例 Art.16): negative information is kept 5 years from the day the
 * bad behaviour ends, i.e. from settlement; an unpaid debt's record does not age off.
 * Rights: prior notice before negative data is reported (Arts.15, 29), a statement added to
 * the record (Art.16), two free reports a year (Art.17), an objection answered within 20 days
 * (Art.25) and a complaint answered within 30 days (Art.26).
 *
 * One-time credit repair (PBOC, announced 2025-12-22) as a date-gated rule: an overdue record
 * arising 2020-01-01 to 2025-12-31, single amount ≤ 10,000 yuan, fully repaid by 2026-03-31
 * is no longer shown. Whether "amount" includes interest and fees is unverified [C], so a
 * debt whose principal is within the line but whose total is not is "unclear".
 */
import { addDays, addMonths } from '../dates';
import type { Fen, IsoDate } from '../types';
import { isSettled } from './amounts';
import { dateValue, fenValue, finding } from './finding';
import { ruleInForce } from './rules';
import type { AssessmentInput, CreditRecordAssessment, CreditRetention, Finding, OneTimeRepairStatus } from './types';

export const RETENTION_MONTHS = 60;
export const REPAIR_PERIOD_FROM = '2020-01-01' as IsoDate;
export const REPAIR_PERIOD_TO = '2025-12-31' as IsoDate;
export const REPAIR_REPAY_BY = '2026-03-31' as IsoDate;
/** Repaid by this day: hidden from 2026-01-01. */
export const REPAIR_EARLY_REPAID_BY = '2025-11-30' as IsoDate;
export const REPAIR_EARLY_HIDDEN_FROM = '2026-01-01' as IsoDate;
export const REPAIR_MAX_FEN = 1_000_000 as Fen; // 10,000 yuan

/** Last day of the month after `date`'s month. */
function endOfNextMonth(date: IsoDate): IsoDate {
  const firstOfMonth = `${date.slice(0, 8)}01` as IsoDate;
  return addDays(addMonths(firstOfMonth, 2), -1);
}

interface Repair {
  status: OneTimeRepairStatus;
  hiddenBy: IsoDate | null;
}

function oneTimeRepair(input: AssessmentInput, asOf: IsoDate, settled: boolean): Repair {
  const none = (status: OneTimeRepairStatus): Repair => ({ status, hiddenBy: null });
  if (!ruleInForce('credit.one-time-repair', asOf)) return none('not-in-force');
  const fmd = input.firstMissedDue;
  if (fmd === null || fmd >= asOf) return none('no-overdue');
  if (fmd < REPAIR_PERIOD_FROM || fmd > REPAIR_PERIOD_TO) return none('outside-period');
  const total = input.principal + input.interest + input.fees;
  if (input.principal > REPAIR_MAX_FEN) return none('amount-over');
  const amountUnclear = total > REPAIR_MAX_FEN;
  if (settled) {
    if (input.settledOn === null) return none('settled-date-missing');
    if (input.settledOn > REPAIR_REPAY_BY) return none('window-closed');
    if (amountUnclear) return none('amount-unclear');
    return {
      status: 'likely-qualifies',
      hiddenBy: input.settledOn <= REPAIR_EARLY_REPAID_BY ? REPAIR_EARLY_HIDDEN_FROM : endOfNextMonth(input.settledOn),
    };
  }
  if (asOf > REPAIR_REPAY_BY) return none('window-closed');
  return none(amountUnclear ? 'amount-unclear' : 'may-qualify-if-repaid');
}

export function assessCreditRecord(input: AssessmentInput, asOf: IsoDate): CreditRecordAssessment {
  const settled = isSettled(input, asOf);
  const everOverdue = input.firstMissedDue !== null && input.firstMissedDue < asOf;
  let retention: CreditRetention;
  let keptUntil: IsoDate | null = null;
  if (!everOverdue) retention = 'no-negative-record';
  else if (!settled) retention = 'kept-while-unpaid';
  else if (input.settledOn === null) retention = 'settled-date-missing';
  else {
    retention = 'kept-until';
    keptUntil = addMonths(input.settledOn, RETENTION_MONTHS);
  }

  const findings: Finding[] = [
    finding(`retention-${retention}`, 'credit.retention', {
      values:
        keptUntil !== null && input.settledOn !== null
          ? { keptUntil: dateValue(keptUntil), settledOn: dateValue(input.settledOn) }
          : {},
    }),
  ];
  if (everOverdue) {
    findings.push(
      finding('prior-notice', 'credit.prior-notice'),
      finding('statement-right', 'credit.statement'),
      finding('free-reports', 'credit.free-report'),
      finding('objection-20-days', 'credit.objection'),
    );
  }
  const repair = oneTimeRepair(input, asOf, settled);
  if (repair.status !== 'not-in-force' && repair.status !== 'no-overdue') {
    findings.push(
      finding(`repair-${repair.status}`, 'credit.one-time-repair', {
        values: {
          repayBy: dateValue(REPAIR_REPAY_BY),
          limit: fenValue(REPAIR_MAX_FEN),
          ...(repair.hiddenBy !== null ? { hiddenBy: dateValue(repair.hiddenBy) } : {}),
        },
        reasons: ['automatic-and-free'],
      }),
    );
  }
  return { retention, keptUntil, oneTimeRepair: repair.status, repairHiddenBy: repair.hiddenBy, findings };
}
