/**
 * The statute of limitations (诉讼时效): 3 years (民法典188), restarted by every event that
 * interrupts it (民法典195): the bank's SMS, letter or e-mail to the contact details you left
 * (银行卡规定 Art.3; 诉讼时效规定 Art.8), a partial payment, a signed plan or promise to pay
 * (诉讼时效规定 Art.14), a lawsuit or 支付令 (Art.11). A repayment plan in instalments runs
 * from its last instalment's due date (民法典189). For cards the bank's debit from the holder's
 * account and its police report also restart it (银行卡规定 Art.3(一)(三)); for other lenders a
 * report to the police does (诉讼时效规定 Art.13). A period that had run out under the 2-year
 * rule of the 民法通则 before 2017-10-01 stays run out.
 *
 * Counting (民法典 201/202): the event day is not counted; the last day of the 3 years is
 * the same calendar day 3 years later (or that month's last day when the day does not exist,
 * e.g. 2024-02-29 → 2027-02-28). From the next day the period may have run out.
 *
 * The engine walks the entered events in date order. A creditor's notice after the period
 * ran out does not restart it; but an acknowledgement, plan or payment after that point gives
 * up the defence (民法典192; 诉讼时效规定 Art.19) and a new period runs from it.
 *
 * Honesty: for cards the start is contested in court practice [C], and routine SMS the user
 * did not enter also restart the clock, so "may have expired" is never a promise. Phone
 * calls, visits and app messages are counted as restarts too (a demand by any means can be,
 * if the bank can prove it), which keeps the end date on the safe side.
 */
import { addMonths } from '../dates';
import { isBankCard } from '../debt';
import type { IsoDate } from '../types';
import { isSettled } from './amounts';
import { dateValue, finding, codeValue } from './finding';
import { RULES } from './rules';
import type { AssessmentInput, Finding, InterruptionCause, LimitationAssessment } from './types';

/** Art.19 and the code's waiver article, without the practice note on partial payments. */
const WAIVER_LAW = RULES['limitation.waiver'].sourceIds.filter(
  (id) => id !== 'civil-limitation-partial-payment-practice',
);

export const LIMITATION_MONTHS = 36;

/** Before the 民法总则 (2017-10-01) the period was 2 years (民法通则 Art.135). */
const OLD_LIMITATION_MONTHS = 24;
const THREE_YEARS_FROM = '2017-10-01' as IsoDate;

/** True when a period counted from `anchor` ran out under the old 2-year rule, before 2017-10-01. */
export function endedUnderTwoYearRule(anchor: IsoDate): boolean {
  return addMonths(anchor, OLD_LIMITATION_MONTHS) < THREE_YEARS_FROM;
}

/**
 * The last day of the period counted from `anchor`: 3 years, except that a 2-year period of
 * the 民法通则 that had already run out before 2017-10-01 stays as it was.
 */
export function limitationEnd(anchor: IsoDate): IsoDate {
  return addMonths(anchor, endedUnderTwoYearRule(anchor) ? OLD_LIMITATION_MONTHS : LIMITATION_MONTHS);
}

/** Channels the law names for a bank's written demand (SMS, letter, e-mail). */
const NAMED_CHANNELS = new Set(['sms', 'letter', 'email']);

interface Interruption {
  date: IsoDate;
  cause: InterruptionCause;
  /** The debtor's own act (payment, acknowledgement, plan): after expiry it gives up the defence. */
  debtorAct: boolean;
  /** The day the new period counts from (a plan's last instalment due date, else the event day). */
  anchor: IsoDate;
  uncertain: boolean;
}

export function assessLimitation(input: AssessmentInput, asOf: IsoDate): LimitationAssessment {
  const fmd = input.firstMissedDue;
  const base = {
    lastInterruption: null,
    runsFrom: null,
    endsOn: null,
    limitationMayHaveExpired: false,
    waivedOn: null,
  };
  if (isSettled(input, asOf)) {
    return { ...base, status: 'settled', findings: [finding('limitation-settled', 'limitation.period')] };
  }
  if (fmd === null || fmd >= asOf) {
    return { ...base, status: 'not-started', findings: [finding('limitation-not-started', 'limitation.period')] };
  }

  const inRange = (date: IsoDate) => date >= fmd && date <= asOf;
  const interruptions: Interruption[] = [
    ...input.collectionNotices
      .filter((n) => inRange(n.date))
      .map((n) => ({
        date: n.date,
        cause: 'collection-notice' as const,
        debtorAct: false,
        anchor: n.date,
        uncertain: !NAMED_CHANNELS.has(n.channel),
      })),
    ...input.payments
      .filter((p) => inRange(p.date))
      .map((p) => ({ date: p.date, cause: 'payment' as const, debtorAct: true, anchor: p.date, uncertain: false })),
    ...input.acknowledgements
      .filter((a) => inRange(a.date))
      .map((a) => ({
        date: a.date,
        cause: a.kind === 'repayment-plan' ? ('repayment-plan' as const) : ('acknowledgement' as const),
        debtorAct: true,
        anchor: a.lastInstalmentDue !== null && a.lastInstalmentDue > a.date ? a.lastInstalmentDue : a.date,
        uncertain: false,
      })),
  ].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  // A complaint copy shows a suit was filed; it was filed before the copy arrived (on a day the
  // user may not know), so the screen says the filing day counts and where to find it.
  const court = input.legalEvents
    .filter(
      (e) =>
        inRange(e.date) &&
        (e.kind === 'lawsuit-filed' || e.kind === 'payment-order-received' || e.kind === 'complaint-served'),
    )
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0];

  let anchor: IsoDate = fmd;
  let end = limitationEnd(anchor);
  let last: Interruption | null = null;
  let waivedOn: IsoDate | null = null;
  let waivedByPayment = false;
  let noticeAfterExpiry: IsoDate | null = null;
  for (const ev of interruptions) {
    if (court && ev.date > court.date) break;
    if (ev.date <= end) {
      last = ev;
      if (ev.anchor > anchor) anchor = ev.anchor;
      end = limitationEnd(anchor);
    } else if (ev.debtorAct) {
      if (waivedOn === null) {
        waivedOn = ev.date;
        waivedByPayment = ev.cause === 'payment';
      }
      last = ev;
      anchor = ev.anchor;
      end = limitationEnd(anchor);
    } else {
      noticeAfterExpiry ??= ev.date;
    }
  }

  const card = isBankCard(input.creditorType);
  const findings: Finding[] = [];
  let status: LimitationAssessment['status'];
  let endsOn: IsoDate | null = end;
  let mayHaveExpired: boolean;

  if (court) {
    status = 'in-court';
    mayHaveExpired = court.date > end;
    if (!mayHaveExpired) endsOn = null;
    findings.push(
      court.kind === 'complaint-served'
        ? finding('limitation-in-court-served', 'limitation.interruption', {
            values: { date: dateValue(court.date) },
            reasons: ['filed-before-service'],
            sourceIds: ['civil-code-art195', 'civil-limitation-rules-art10'],
          })
        : finding('limitation-in-court', 'limitation.interruption', {
            values: { date: dateValue(court.date), kind: codeValue(court.kind) },
            sourceIds: ['civil-code-art195', 'civil-limitation-rules-art11'],
          }),
    );
    if (mayHaveExpired) {
      findings.push(
        finding(
          court.kind === 'complaint-served' ? 'limitation-expired-before-service' : 'limitation-expired-before-court',
          'limitation.court-not-own-motion',
          { values: { endsOn: dateValue(end), date: dateValue(court.date) } },
        ),
      );
    }
  } else {
    mayHaveExpired = asOf > end;
    status = mayHaveExpired ? 'may-have-expired' : 'running';
    findings.push(
      finding(mayHaveExpired ? 'limitation-may-have-expired' : 'limitation-running', 'limitation.period', {
        values: {
          endsOn: dateValue(end),
          runsFrom: dateValue(anchor),
          ...(last ? { cause: codeValue(last.cause) } : {}),
        },
        reasons: last ? (last.uncertain ? ['uncertain-channel-included'] : []) : ['counted-from-first-missed-due'],
      }),
    );
  }
  if (endedUnderTwoYearRule(anchor) && !(court && court.date <= end)) {
    findings.push(
      finding('limitation-old-two-year', 'limitation.old-two-year', { values: { endsOn: dateValue(end) } }),
    );
  }
  if (last !== null && last.anchor !== last.date && last.anchor === anchor) {
    findings.push(
      finding('plan-runs-from-last-instalment', 'limitation.instalment-plan', {
        values: { lastInstalmentDue: dateValue(last.anchor) },
      }),
    );
  }
  if (waivedOn !== null) {
    findings.push(
      finding('defence-waived', 'limitation.waiver', {
        values: { date: dateValue(waivedOn) },
        reasons: waivedByPayment ? ['partial-payment-scope-contested'] : [],
        sourceIds: waivedByPayment ? RULES['limitation.waiver'].sourceIds : WAIVER_LAW,
      }),
    );
  }
  if (noticeAfterExpiry !== null) {
    findings.push(
      finding('notice-after-expiry-no-restart', 'limitation.waiver', {
        values: { date: dateValue(noticeAfterExpiry) },
        sourceIds: WAIVER_LAW,
      }),
    );
  }
  findings.push(
    finding('interruptions-explained', 'limitation.interruption', {
      reasons: [
        card ? 'bank-sms-letter-email-restarts' : 'notice-restarts',
        'payment-restarts',
        'plan-or-promise-restarts',
        'court-restarts',
        ...(card ? ['bank-debit-restarts', 'bank-police-report-restarts'] : ['police-report-restarts']),
      ],
      sourceIds: card
        ? [
            'civil-code-art195',
            'civil-bank-card-rules-art3',
            'civil-limitation-rules-art8',
            'civil-limitation-rules-art14',
          ]
        : [
            'civil-code-art195',
            'civil-limitation-rules-art8',
            'civil-limitation-rules-art13',
            'civil-limitation-rules-art14',
          ],
    }),
    finding('start-contested', 'limitation.start-contested', {
      reasons: card ? ['routine-sms-restarts-rarely-expired'] : [],
    }),
    finding('court-never-applies', 'limitation.court-not-own-motion'),
    finding(mayHaveExpired ? 'waiver-warning-now' : 'waiver-warning', 'limitation.waiver', {
      reasons: ['mention-is-not-agreement', 'partial-payment-scope-contested'],
    }),
  );

  return {
    status,
    lastInterruption: last ? { date: last.date, cause: last.cause } : null,
    runsFrom: anchor,
    endsOn,
    limitationMayHaveExpired: mayHaveExpired,
    waivedOn,
    findings,
  };
}
