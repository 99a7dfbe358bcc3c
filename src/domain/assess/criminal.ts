/**
 * The criminal test for 恶意透支 (刑法196; 法释〔2018〕19号 Arts.6–10), condition by condition.
 *
 * The app never says "high risk". It shows each condition as met / not met / unknown:
 *   (a) unpaid principal at or above the threshold in force on the date: 5万元 from
 *       2018-12-01, 1万元 from 2009-12-16 to 2018-11-30. Interest and fees never count and
 *       every repayment is credited to principal first (Art.9). "以上" includes the number.
 *       What is owed to one issuer may be added together across its cards ([C] practice,
 *       legal/basis.md `criminal-issuer-aggregation-practice`): when the person's cards at
 *       the same bank reach the line together, every one of them says so. An instalment or
 *       cash product counted in that sum keeps its doubt in the conclusion.
 *   (b) two effective collections (Art.7): after the debt went overdue, in a way that shows
 *       you received them, at least 30 days apart. Only notices you can show you received
 *       count; "unknown" ones make the condition unknown, never met.
 *   (c) more than 3 months unpaid after the second one. "3 months" is calendar months
 *       (addMonths; a day that does not exist in the end month becomes that month's last day,
 *       as 民法典 202 counts periods). The clock's last day is second + 3 months; the
 *       condition can be met only from the day after ("超过三个月").
 *   (d) intent to take the money (非法占有目的): the app cannot decide it. It lists the
 *       presumptions and says that not paying alone is not intent.
 * Only a bank credit card's overdraft is in scope; card instalment / cash-loan products are
 * often treated as loans in court practice ([C], shown as unverified practice); credit from
 * consumer-finance companies and online lenders is not a credit card at all.
 *
 * Before 2018-12-01 the 2009 interpretation applied: 1万元, and the 30-day spacing rule for
 * collections did not exist yet (Art.7 was added in 2018); the app then only needs two
 * notices on different days.
 */
import { assertNever } from '../../lib/assert-never';
import { addMonths, daysBetween } from '../dates';
import type { Fen, IsoDate } from '../types';
import { isSettled, outstandingOn } from './amounts';
import { countValue, dateValue, fenValue, finding } from './finding';
import { RULES, ruleInForce } from './rules';
import type {
  AssessmentInput,
  ConditionStatus,
  CriminalAssessment,
  CriminalOutcome,
  CriminalScope,
  Finding,
  ThresholdRegime,
} from './types';

const ISSUER_PRACTICE = 'criminal-issuer-aggregation-practice';

export const THRESHOLD_2009 = 1_000_000 as Fen; // 1万元
export const THRESHOLD_2018 = 5_000_000 as Fen; // 5万元
/** Art.7(三): the two collections at least 30 days apart. */
export const COLLECTION_SPACING_DAYS = 30;
/** Art.6: more than 3 months unpaid after the second effective collection. */
export const UNPAID_MONTHS = 3;

/** Art.6 presumptions of 非法占有目的 (unless evidence shows otherwise). */
export const INTENT_PRESUMPTIONS = [
  'presumption-overdraw-knowing-unable',
  'presumption-false-documents',
  'presumption-evade-by-changing-contact',
  'presumption-hide-assets',
  'presumption-crime-use',
  'presumption-other-refusal',
] as const;

export function scopeFor(creditorType: AssessmentInput['creditorType']): CriminalScope {
  switch (creditorType) {
    case 'card-overdraft':
      return 'card-overdraft';
    case 'card-instalment-or-cash-loan':
      return 'instalment-contested';
    case 'consumer-finance':
    case 'online-lender':
      return 'not-a-card';
    default:
      return assertNever(creditorType, 'unknown creditor type');
  }
}

export function regimeOn(asOf: IsoDate): ThresholdRegime {
  if (ruleInForce('criminal.threshold-2018', asOf)) return '2018';
  if (ruleInForce('criminal.threshold-2009', asOf)) return '2009';
  return 'none';
}

interface Pair {
  first: IsoDate;
  second: IsoDate;
}

/** The earliest second notice that lies `minGap` days or more after an earlier one. */
export function earliestPair(dates: readonly IsoDate[], minGap: number): Pair | null {
  const sorted = [...dates].sort();
  if (sorted.length < 2) return null;
  const first = sorted[0];
  for (const second of sorted.slice(1)) if (daysBetween(first, second) >= minGap) return { first, second };
  return null;
}

export function assessCriminal(input: AssessmentInput, asOf: IsoDate): CriminalAssessment {
  const scope = scopeFor(input.creditorType);
  const regime = regimeOn(asOf);
  const threshold = regime === '2018' ? THRESHOLD_2018 : regime === '2009' ? THRESHOLD_2009 : null;
  const owed = outstandingOn(input, asOf);
  const counted = owed.principal;
  const settled = isSettled(input, asOf);
  const findings: Finding[] = [];
  const others =
    scope === 'not-a-card'
      ? []
      : (input.sameIssuer ?? [])
          .filter((d) => scopeFor(d.creditorType) !== 'not-a-card')
          .map((d) => ({ principal: outstandingOn(d, asOf).principal, scope: scopeFor(d.creditorType) }))
          .filter((d) => d.principal > 0);
  const aggregated = others.length > 0;
  const issuerPrincipal = (counted + others.reduce((sum, d) => sum + d.principal, 0)) as Fen;
  const issuerCardCount = others.length + (counted > 0 ? 1 : 0);
  const contestedProductCounted =
    scope === 'instalment-contested' || others.some((d) => d.scope === 'instalment-contested');

  // Scope.
  findings.push(
    finding(`scope-${scope}`, 'criminal.scope', {
      sourceIds:
        scope === 'instalment-contested'
          ? ['criminal-instalment-practice', 'criminal-interp-2018-art11']
          : ['criminal-law-art196', 'criminal-interp-2018-art6'],
    }),
  );

  // (a) Principal.
  const thresholdRule = regime === '2009' ? 'criminal.threshold-2009' : 'criminal.threshold-2018';
  let principalStatus: ConditionStatus;
  const principalReasons: string[] = ['interest-and-fees-excluded'];
  if (owed.paid > 0) principalReasons.push('payments-credited-to-principal');
  if (regime === '2009') principalReasons.push('old-threshold-in-force');
  if (aggregated) {
    principalReasons.push('issuer-total-may-be-added');
    if (contestedProductCounted) principalReasons.push('issuer-total-includes-contested-product');
  }
  if (threshold === null) {
    principalStatus = 'unknown';
    principalReasons.push('no-threshold-rule-on-date');
  } else if (issuerPrincipal >= threshold) {
    principalStatus = 'met';
  } else {
    principalStatus = 'not-met';
    if (owed.total >= threshold) principalReasons.push('total-over-line-but-principal-under');
  }
  const principalFinding = finding(
    aggregated ? `principal-issuer-${principalStatus}` : `principal-${principalStatus}`,
    thresholdRule,
    {
      values: {
        principal: fenValue(counted),
        ...(aggregated ? { issuerPrincipal: fenValue(issuerPrincipal), cardCount: countValue(issuerCardCount) } : {}),
        ...(threshold !== null ? { threshold: fenValue(threshold) } : {}),
        ...(owed.paid > 0 ? { paid: fenValue(owed.paid) } : {}),
        interestAndFees: fenValue((owed.interest + owed.fees) as Fen),
      },
      reasons: principalReasons,
      sourceIds: aggregated
        ? RULES[thresholdRule].sourceIds
        : RULES[thresholdRule].sourceIds.filter((id) => id !== ISSUER_PRACTICE),
    },
  );

  // (b) Collections.
  const spacingInForce = ruleInForce('criminal.effective-collections', asOf);
  const minGap = spacingInForce ? COLLECTION_SPACING_DAYS : 1;
  const collectionsRule = spacingInForce ? 'criminal.effective-collections' : 'criminal.collections-2009';
  const fmd = input.firstMissedDue;
  const afterOverdue = input.collectionNotices.filter((n) => fmd !== null && n.date > fmd && n.date <= asOf);
  const proven = afterOverdue.filter((n) => n.received === 'yes').map((n) => n.date);
  const possible = afterOverdue.filter((n) => n.received !== 'no').map((n) => n.date);
  const confirmedPair = earliestPair(proven, minGap);
  const possiblePair = earliestPair(possible, minGap);
  const collectionReasons: string[] = [];
  let collectionsStatus: ConditionStatus;
  if (confirmedPair) collectionsStatus = 'met';
  else if (possiblePair) {
    collectionsStatus = 'unknown';
    collectionReasons.push('receipt-not-proven');
  } else {
    collectionsStatus = 'not-met';
    const anyPair = earliestPair(
      afterOverdue.map((n) => n.date),
      minGap,
    );
    if (afterOverdue.length < 2) collectionReasons.push('fewer-than-two-notices');
    else if (anyPair) collectionReasons.push('not-provably-received');
    else collectionReasons.push(spacingInForce ? 'less-than-30-days-apart' : 'same-day-notices');
  }
  if (input.collectionNotices.some((n) => fmd === null || n.date <= fmd))
    collectionReasons.push('notice-before-overdue-ignored');
  if (!spacingInForce) collectionReasons.push('spacing-rule-not-in-force');
  collectionReasons.push('based-on-entered-notices', 'evading-counts-as-received');
  const shownPair = confirmedPair ?? possiblePair;
  const collectionsFinding = finding(`collections-${collectionsStatus}`, collectionsRule, {
    values: shownPair ? { first: dateValue(shownPair.first), second: dateValue(shownPair.second) } : {},
    reasons: collectionReasons,
  });

  // (c) More than 3 months unpaid after the second collection.
  const threeReasons: string[] = [];
  let threeStatus: ConditionStatus;
  const clockPair = confirmedPair ?? possiblePair;
  const clockEnds = clockPair ? addMonths(clockPair.second, UNPAID_MONTHS) : null;
  const earliestClockEnds = possiblePair ? addMonths(possiblePair.second, UNPAID_MONTHS) : null;
  const paidAfter = (from: IsoDate) => input.payments.some((p) => p.date > from && p.date <= asOf);
  if (settled || counted === 0) {
    threeStatus = 'not-met';
    threeReasons.push('repaid-in-full');
  } else if (!possiblePair || earliestClockEnds === null) {
    threeStatus = 'not-met';
    threeReasons.push('no-second-collection');
  } else if (asOf <= earliestClockEnds) {
    threeStatus = 'not-met';
    threeReasons.push('three-months-not-passed');
  } else if (!confirmedPair || asOf <= addMonths(confirmedPair.second, UNPAID_MONTHS)) {
    threeStatus = 'unknown';
    threeReasons.push('second-collection-not-proven');
  } else if (paidAfter(confirmedPair.second)) {
    threeStatus = 'unknown';
    threeReasons.push('paid-after-second-collection');
  } else {
    threeStatus = 'met';
  }
  if (
    threeStatus === 'unknown' &&
    !threeReasons.includes('paid-after-second-collection') &&
    clockPair &&
    paidAfter(clockPair.second)
  ) {
    threeReasons.push('paid-after-second-collection');
  }
  const threeFinding = finding(`three-months-${threeStatus}`, 'criminal.three-months', {
    values: clockEnds ? { clockEnds: dateValue(clockEnds) } : {},
    reasons: threeReasons,
  });

  // (d) Intent: never decided here.
  const intentFinding = finding('intent-unknown', 'criminal.intent', {
    reasons: ['non-payment-alone-is-not-intent', 'judged-on-all-circumstances', ...INTENT_PRESUMPTIONS],
  });

  const statuses = [principalStatus, collectionsStatus, threeStatus];
  const outcome: CriminalOutcome =
    scope === 'not-a-card'
      ? 'not-applicable'
      : statuses.includes('not-met')
        ? 'not-all-met'
        : statuses.includes('unknown')
          ? 'unclear'
          : contestedProductCounted
            ? 'conditions-met-product-contested'
            : 'objective-conditions-met';
  findings.push(principalFinding, collectionsFinding, threeFinding, intentFinding);
  findings.push(
    finding(`outcome-${outcome}`, 'criminal.scope', {
      sourceIds:
        outcome === 'conditions-met-product-contested'
          ? ['criminal-law-art196', 'criminal-interp-2018-art6', 'criminal-instalment-practice']
          : ['criminal-law-art196', 'criminal-interp-2018-art6'],
    }),
  );

  const lowering: Finding[] =
    scope === 'not-a-card'
      ? []
      : [
          finding('lower-stay-reachable', 'criminal.lowering', { sourceIds: ['criminal-interp-2018-art6'] }),
          finding('lower-partial-payments', 'criminal.lowering', {
            sourceIds: ['criminal-interp-2018-art9'],
            values: owed.paid > 0 ? { paid: fenValue(owed.paid) } : {},
          }),
          finding('lower-full-repayment', 'criminal.lowering', { sourceIds: ['criminal-interp-2018-art10'] }),
          finding('lower-keep-records', 'criminal.lowering', { sourceIds: ['criminal-interp-2018-art6'] }),
          finding('lower-never-hide-assets', 'criminal.lowering', { sourceIds: ['criminal-interp-2018-art6'] }),
        ];

  return {
    scope,
    regime,
    threshold,
    countedPrincipal: counted,
    issuerPrincipal,
    issuerCardCount: Math.max(issuerCardCount, 1),
    conditions: {
      principal: { status: principalStatus, finding: principalFinding },
      collections: {
        status: collectionsStatus,
        finding: collectionsFinding,
        first: shownPair?.first ?? null,
        second: shownPair?.second ?? null,
      },
      threeMonths: { status: threeStatus, finding: threeFinding, clockEnds, confirmed: confirmedPair !== null },
      intent: { status: 'unknown', finding: intentFinding },
    },
    outcome,
    findings,
    lowering,
  };
}
