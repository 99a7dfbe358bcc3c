/**
 * Civil risk: there is no minimum amount or waiting time before a bank may sue or apply for
 * a 支付令; what each court event means; and the deadlines computed from the dates entered:
 * the 支付令 objection (15 days, Art.227), the answer (15 days from service of the complaint,
 * Art.128), the appeal (15 days for a judgment, 10 for a ruling, Art.171), and the creditor's
 * 2 years to apply for enforcement from the judgment's last day to perform (Art.250).
 *
 * Deadline counting (民事诉讼法 Art.85): the day of receipt is not counted, so "15 days from
 * receipt" ends on receipt + 15 days. (When that day is a public holiday the law moves it to
 * the day after the holiday; the app has no holiday calendar and shows the earlier, safe date,
 * weekends included.) The 2 years end on the same calendar day two years after the last day to
 * perform (29 February → 28 February), as the limitation period is counted.
 */
import { assertNever } from '../../lib/assert-never';
import type { CreditorType } from '../debt';
import type { LegalEventKind } from '../debt-events';
import { addDays, addMonths, daysBetween } from '../dates';
import type { Fen, IsoDate } from '../types';
import { outstandingOn } from './amounts';
import { countValue, dateValue, fenValue, finding } from './finding';
import { RULES, ruleInForce } from './rules';
import type { AssessmentInput, CivilAssessment, CivilEvent, Finding } from './types';

/** 支付令: written objection within 15 days of receipt (民诉法 Art.227). */
export const PAYMENT_ORDER_OBJECTION_DAYS = 15;
/** Appeal within 15 days of the judgment being served (民诉法 Art.171). */
export const APPEAL_DAYS = 15;
/** Answer within 15 days of receiving the copy of the complaint (民诉法 Art.128). */
export const ANSWER_DAYS = 15;
/** Appeal against a first-instance ruling within 10 days of service (民诉法 Art.171 para.2). */
export const RULING_APPEAL_DAYS = 10;
/** The creditor's period to apply for enforcement: 2 years (民诉法 Art.250). */
export const ENFORCEMENT_APPLICATION_MONTHS = 24;

/** Last day of the 2 years to apply for enforcement, counted from the last day to perform. */
export function enforcementApplicationEnd(performanceDue: IsoDate): IsoDate {
  return addMonths(performanceDue, ENFORCEMENT_APPLICATION_MONTHS);
}

export function deadlineFor(kind: LegalEventKind, date: IsoDate): IsoDate | null {
  switch (kind) {
    case 'payment-order-received':
      return addDays(date, PAYMENT_ORDER_OBJECTION_DAYS);
    case 'complaint-served':
      return addDays(date, ANSWER_DAYS);
    case 'judgment-received':
      return addDays(date, APPEAL_DAYS);
    case 'ruling-received':
      return addDays(date, RULING_APPEAL_DAYS);
    case 'lawsuit-filed':
    case 'enforcement':
    case 'consumption-ban':
    case 'dishonest-list':
      return null;
    default:
      return assertNever(kind, 'unknown legal event');
  }
}

/** A running deadline says its last day is the earlier one: Art.85 moves it past a public holiday, and Shore has no holiday calendar. */
const HOLIDAY_NOT_COUNTED = 'holiday-not-counted';

function eventFinding(e: CivilEvent): Finding {
  const passed = e.daysLeft !== null && e.daysLeft < 0;
  const values = {
    date: dateValue(e.date),
    ...(e.deadline !== null ? { deadline: dateValue(e.deadline) } : {}),
    ...(e.daysLeft !== null && !passed ? { daysLeft: countValue(e.daysLeft) } : {}),
  };
  switch (e.kind) {
    case 'payment-order-received':
      // Art.436 of the interpretation: only a written objection to the debt itself stops it.
      return passed
        ? finding('payment-order-deadline-passed', 'civil.payment-order', { values })
        : finding('payment-order', 'civil.payment-order', {
            values,
            reasons: ['objection-must-contest-debt', HOLIDAY_NOT_COUNTED],
          });
    case 'complaint-served':
      return finding(passed ? 'complaint-answer-passed' : 'complaint-served', 'civil.answer', {
        values,
        reasons: [
          'no-answer-court-still-decides',
          'jurisdiction-objection-in-answer-period',
          'simple-procedure-court-sets-period',
          ...(passed ? [] : [HOLIDAY_NOT_COUNTED]),
        ],
      });
    case 'judgment-received':
      return finding(passed ? 'judgment-appeal-passed' : 'judgment', 'civil.appeal', {
        values,
        reasons: ['small-claims-no-appeal', ...(passed ? [] : [HOLIDAY_NOT_COUNTED])],
      });
    case 'ruling-received':
      return finding(passed ? 'ruling-appeal-passed' : 'ruling', 'civil.ruling-appeal', {
        values,
        reasons: ['only-some-rulings-appealable', ...(passed ? [] : [HOLIDAY_NOT_COUNTED])],
      });
    case 'lawsuit-filed':
      return finding('lawsuit', 'civil.lawsuit', {
        values,
        reasons: ['respond-to-court', 'small-claims-one-instance'],
      });
    case 'enforcement': {
      const conductGrounds = ruleInForce('civil.dishonest-list-2017', e.date);
      return finding('enforcement', 'civil.enforcement', {
        values,
        reasons: [
          'living-necessities-kept',
          'double-interest-on-delay',
          'enforcement-application-2-years',
          ...(conductGrounds ? ['dishonest-grounds-even-if-unable'] : []),
        ],
        sourceIds: conductGrounds
          ? RULES['civil.enforcement'].sourceIds
          : RULES['civil.enforcement'].sourceIds.filter((id) => id !== 'civil-dishonest-list-2017-art1'),
      });
    }
    case 'consumption-ban':
      return ruleInForce('civil.consumption-ban-2015', e.date)
        ? finding('consumption-ban', 'civil.consumption-ban-2015', {
            values,
            reasons: [
              'necessary-spending-ask-court-first',
              'ban-lifted-by-security-or-consent',
              'ban-lifted-on-full-payment',
            ],
          })
        : finding('consumption-ban-2010', 'civil.consumption-ban', { values });
    case 'dishonest-list':
      return ruleInForce('civil.dishonest-list-2017', e.date)
        ? finding('dishonest-list', 'civil.dishonest-list-2017', {
            values,
            reasons: [
              'six-grounds-only-first-needs-ability',
              'conduct-grounds-even-if-unable',
              'listing-period-grounds-two-to-six',
              'apply-to-correct-listing',
            ],
          })
        : finding('dishonest-list-2013', 'civil.dishonest-list', {
            values,
            reasons: ['ability-and-refusal-required', 'apply-to-correct-listing'],
          });
    default:
      return assertNever(e.kind, 'unknown legal event');
  }
}

/**
 * What the judgment's last day to perform means: enforcement may follow, and the creditor's
 * 2 years to apply run from it. Once enforcement is recorded after the judgment, the 2 years
 * no longer matter and only the day itself is stated.
 */
function performanceFinding(e: CivilEvent, enforced: boolean, asOf: IsoDate): Finding | null {
  if (e.performanceDue === null || e.enforcementApplicationEnds === null) return null;
  const values = { performanceDue: dateValue(e.performanceDue), endsOn: dateValue(e.enforcementApplicationEnds) };
  if (enforced) return finding('performance-period', 'civil.performance-period', { values });
  return asOf > e.enforcementApplicationEnds
    ? finding('enforcement-application-may-have-ended', 'civil.enforcement-application-period', {
        values,
        reasons: ['enforcement-period-interrupted', 'late-application-objection'],
      })
    : finding('enforcement-application-period', 'civil.enforcement-application-period', {
        values,
        reasons: ['enforcement-period-interrupted', 'late-application-objection'],
      });
}

/**
 * After the 15 days: if no written objection was made, the 支付令 can be enforced like a
 * judgment and the creditor's 2 years run from its last day. The app does not know whether the
 * person objected, so the finding says “if”. Not shown once a later court step is recorded.
 */
function unobjectedPaymentOrderFinding(e: CivilEvent, events: readonly CivilEvent[], asOf: IsoDate): Finding | null {
  if (e.kind !== 'payment-order-received' || e.deadline === null || asOf <= e.deadline) return null;
  // A later lawsuit, ruling (终结督促程序 after an objection) or enforcement step: the court's papers say more.
  const wentOn = events.some((x) => x !== e && x.date >= e.date && x.kind !== 'payment-order-received');
  if (wentOn) return null;
  return finding('payment-order-enforceable-if-unobjected', 'civil.payment-order-enforceable', {
    values: { deadline: dateValue(e.deadline), endsOn: dateValue(enforcementApplicationEnd(e.deadline)) },
  });
}

/** True when an enforcement step is recorded on or after the judgment. */
export function enforcedAfter(events: readonly CivilEvent[], judgment: CivilEvent): boolean {
  return events.some(
    (e) =>
      e.date >= judgment.date &&
      (e.kind === 'enforcement' || e.kind === 'consumption-ban' || e.kind === 'dishonest-list'),
  );
}

/**
 * What limits the charges. The 4×LPR caps of the private-lending rules bind none of the
 * licensed lenders (民间借贷规定 Art.1 para.2; for 小额贷款公司 and six other local
 * organisations, the 2020 批复); what applies is the court's power to reduce excessive
 * charges and, for financial loans, the 24% benchmark (法发〔2017〕22号, judicial policy). A
 * consumer-finance company's own measures (2024 Art.53) add what it may charge. The bank-card
 * rules (银行卡规定 Art.2) are cited for card debts only.
 */
function chargeFindings(creditorType: CreditorType, interestAndFees: Fen, asOf: IsoDate): Finding[] {
  const values = { interestAndFees: fenValue(interestAndFees) };
  switch (creditorType) {
    case 'card-overdraft':
    case 'card-instalment-or-cash-loan':
      return [
        finding('reduce-charges', 'civil.reduce-charges', {
          values,
          reasons: ['lpr-cap-not-for-banks', 'court-benchmark-24'],
        }),
      ];
    case 'consumer-finance':
      return [
        finding('reduce-charges-loan', 'civil.reduce-charges-loan', {
          values,
          reasons: ['lpr-cap-not-for-consumer-finance', 'court-benchmark-24'],
          sourceIds: RULES['civil.reduce-charges-loan'].sourceIds.filter(
            (id) => id !== 'civil-private-lending-reply-2020',
          ),
        }),
        ...(ruleInForce('civil.consumer-finance-charges', asOf)
          ? [finding('consumer-finance-charges', 'civil.consumer-finance-charges')]
          : []),
      ];
    case 'online-lender':
      return [
        finding('reduce-charges-loan', 'civil.reduce-charges-loan', {
          values,
          reasons: ['lpr-cap-online-lender', 'court-benchmark-24'],
        }),
      ];
    default:
      return assertNever(creditorType, 'unknown creditor type');
  }
}

export function assessCivil(input: AssessmentInput, asOf: IsoDate): CivilAssessment {
  const events: CivilEvent[] = input.legalEvents
    .filter((e) => e.date <= asOf)
    .map((e) => {
      const deadline = deadlineFor(e.kind, e.date);
      const performanceDue = e.kind === 'judgment-received' ? (e.performanceDue ?? null) : null;
      return {
        kind: e.kind,
        date: e.date,
        deadline,
        daysLeft: deadline === null ? null : daysBetween(asOf, deadline),
        performanceDue,
        enforcementApplicationEnds: performanceDue === null ? null : enforcementApplicationEnd(performanceDue),
      };
    })
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const owed = outstandingOn(input, asOf);
  const findings: Finding[] = [finding('no-minimum', 'civil.no-minimum')];
  for (const e of events) {
    findings.push(eventFinding(e));
    const performance = performanceFinding(e, enforcedAfter(events, e), asOf);
    if (performance) findings.push(performance);
    const unobjected = unobjectedPaymentOrderFinding(e, events, asOf);
    if (unobjected) findings.push(unobjected);
  }
  if (
    events.some(
      (e) =>
        e.kind === 'judgment-received' ||
        e.kind === 'enforcement' ||
        e.kind === 'consumption-ban' ||
        e.kind === 'dishonest-list',
    )
  ) {
    findings.push(finding('refusal-to-execute', 'civil.refusal-to-execute'));
  }
  findings.push(...chargeFindings(input.creditorType, (owed.interest + owed.fees) as Fen, asOf));
  return { events, findings };
}
