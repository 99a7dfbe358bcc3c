/**
 * Every rule the assessment applies, as data: its id and the legal sources behind it.
 *
 * Each statement the engine makes carries one of these rule ids and the rule's source ids,
 * so a screen can show where it comes from. A rule may be limited in time (`effectiveFrom`,
 * `effectiveTo`): the engine evaluates the rules in force on the assessment date. The list
 * with explanations is in ./README.md (a test keeps the two in step).
 *
 * Sources in other areas are referenced by id; all ids here resolve in the source registry.
 */
import type { IsoDate } from '../types';

export type RuleArea = 'stage' | 'criminal' | 'civil' | 'limitation' | 'credit-record';

export interface Rule {
  area: RuleArea;
  sourceIds: readonly string[];
  effectiveFrom?: IsoDate;
  effectiveTo?: IsoDate;
}

const d = (s: string) => s as IsoDate;

export const RULES = {
  // ── Stage ────────────────────────────────────────────────────────────────
  'stage.overdue-days': { area: 'stage', sourceIds: ['stage-card-rules-2011-art92'] },
  'stage.bucket': { area: 'stage', sourceIds: ['stage-buckets-practice'] },
  'stage.credit-code': { area: 'stage', sourceIds: ['stage-credit-report-codes'] },
  'stage.regulatory-class': { area: 'stage', sourceIds: ['stage-card-rules-2011-art92'] },
  'stage.non-performing': {
    area: 'stage',
    sourceIds: ['stage-card-rules-2011-art92', 'stage-risk-classification-2023'],
  },
  'stage.write-off': { area: 'stage', sourceIds: ['stage-write-off-practice'] },
  'stage.debt-sale': { area: 'stage', sourceIds: ['civil-code-art546', 'civil-code-art548'] },
  'stage.bank-actions': { area: 'stage', sourceIds: ['stage-bank-actions-practice'] },
  'stage.plain-phase': { area: 'stage', sourceIds: ['stage-buckets-practice'] },
  // Loans: no card classes or bank buckets; what the law says of any overdue loan, and who the lender is.
  'stage.overdue-days-loan': { area: 'stage', sourceIds: ['civil-code-art676'] },
  'stage.consumer-finance-lender': {
    area: 'stage',
    sourceIds: ['civil-consumer-finance-measures-2024-art2', 'stage-card-rules-2011-art92'],
  },
  'stage.online-lender': {
    area: 'stage',
    sourceIds: ['civil-private-lending-reply-2020', 'stage-card-rules-2011-art92'],
  },

  // ── Criminal (恶意透支) ────────────────────────────────────────────────────
  'criminal.scope': {
    area: 'criminal',
    sourceIds: [
      'criminal-law-art196',
      'criminal-interp-2018-art6',
      'criminal-interp-2018-art11',
      'criminal-instalment-practice',
    ],
  },
  'criminal.threshold-2009': {
    area: 'criminal',
    // The practice source is cited only when several cards at one issuer are counted together.
    sourceIds: ['criminal-interp-2009-art6', 'criminal-issuer-aggregation-practice'],
    effectiveFrom: d('2009-12-16'),
    effectiveTo: d('2018-11-30'),
  },
  'criminal.threshold-2018': {
    area: 'criminal',
    sourceIds: ['criminal-interp-2018-art8', 'criminal-interp-2018-art9', 'criminal-issuer-aggregation-practice'],
    effectiveFrom: d('2018-12-01'),
  },
  'criminal.collections-2009': {
    area: 'criminal',
    sourceIds: ['criminal-law-art196', 'criminal-interp-2009-art6'],
    effectiveTo: d('2018-11-30'),
  },
  'criminal.effective-collections': {
    area: 'criminal',
    sourceIds: ['criminal-interp-2018-art7', 'criminal-interp-2018-art6'],
    effectiveFrom: d('2018-12-01'),
  },
  'criminal.three-months': {
    area: 'criminal',
    sourceIds: ['criminal-interp-2018-art6', 'civil-code-art202'],
  },
  'criminal.intent': { area: 'criminal', sourceIds: ['criminal-interp-2018-art6', 'criminal-law-art196'] },
  'criminal.lowering': {
    area: 'criminal',
    sourceIds: ['criminal-interp-2018-art10', 'criminal-interp-2018-art9', 'criminal-interp-2018-art6'],
  },

  // ── Civil ────────────────────────────────────────────────────────────────
  'civil.no-minimum': { area: 'civil', sourceIds: ['civil-procedure-art225-228', 'civil-procedure-art165'] },
  'civil.payment-order': {
    area: 'civil',
    sourceIds: [
      'civil-procedure-art225-228',
      'civil-procedure-interp-art436',
      'civil-procedure-art85',
      'civil-limitation-rules-art11',
    ],
  },
  // A 支付令 not objected to in time can be enforced like a judgment (Art.227), and the creditor's
  // 2 years to apply run from its last day to pay (Art.250).
  'civil.payment-order-enforceable': {
    area: 'civil',
    sourceIds: ['civil-procedure-art225-228', 'civil-procedure-art250', 'civil-procedure-art85'],
  },
  'civil.lawsuit': { area: 'civil', sourceIds: ['civil-code-art195', 'civil-procedure-art165'] },
  'civil.appeal': {
    area: 'civil',
    sourceIds: ['civil-procedure-art171', 'civil-procedure-art165', 'civil-procedure-art85'],
  },
  'civil.answer': {
    area: 'civil',
    sourceIds: [
      'civil-procedure-art128',
      'civil-procedure-art130',
      'civil-procedure-art85',
      'civil-procedure-interp-art266',
      'civil-procedure-interp-art275',
    ],
  },
  'civil.ruling-appeal': {
    area: 'civil',
    sourceIds: ['civil-procedure-art171', 'civil-procedure-art157', 'civil-procedure-art85'],
  },
  'civil.performance-period': {
    area: 'civil',
    sourceIds: ['civil-procedure-art264', 'civil-procedure-art250'],
  },
  'civil.enforcement-application-period': {
    area: 'civil',
    sourceIds: [
      'civil-procedure-art250',
      'civil-procedure-interp-art481',
      'civil-procedure-art85',
      'civil-code-art202',
    ],
  },
  'civil.enforcement': {
    area: 'civil',
    // The 2017 失信 ground list is cited for enforcement begun from 2017-05-01.
    sourceIds: [
      'civil-procedure-art250',
      'civil-procedure-art254',
      'civil-procedure-art264',
      'civil-dishonest-list-2017-art1',
    ],
  },
  // Each enforcement measure is read under the text in force on the day it was imposed.
  'civil.consumption-ban': {
    area: 'civil',
    sourceIds: ['civil-consumption-ban-art1', 'civil-consumption-ban-art3'],
    effectiveTo: d('2015-07-21'),
  },
  'civil.consumption-ban-2015': {
    area: 'civil',
    sourceIds: [
      'civil-consumption-ban-2015-art1',
      'civil-consumption-ban-2015-art3',
      'civil-consumption-ban-2015-art8',
      'civil-consumption-ban-2015-art9',
    ],
    effectiveFrom: d('2015-07-22'),
  },
  'civil.dishonest-list': {
    area: 'civil',
    // A listing made under the 2013 text is corrected today under the 2017 procedure.
    sourceIds: ['civil-dishonest-list-art1', 'civil-dishonest-list-art3', 'civil-dishonest-list-2017-art11-12'],
    effectiveTo: d('2017-04-30'),
  },
  'civil.dishonest-list-2017': {
    area: 'civil',
    sourceIds: [
      'civil-dishonest-list-2017-art1',
      'civil-dishonest-list-2017-art2',
      'civil-dishonest-list-2017-art3',
      'civil-dishonest-list-2017-art10',
      'civil-dishonest-list-2017-art11-12',
    ],
    effectiveFrom: d('2017-05-01'),
  },
  'civil.refusal-to-execute': {
    area: 'civil',
    sourceIds: ['criminal-law-art313', 'criminal-refusal-interp-2024-art3'],
  },
  'civil.reduce-charges': {
    area: 'civil',
    sourceIds: [
      'civil-bank-card-rules-art2',
      'civil-contract-interp-art65',
      'civil-code-art585',
      'civil-private-lending-rules-art1',
      'civil-private-lending-rules-art25',
      'civil-private-lending-rules-art28',
      'civil-private-lending-rules-art29',
      'court-financial-trial-opinion-2017',
    ],
  },
  'civil.reduce-charges-loan': {
    area: 'civil',
    sourceIds: [
      'civil-contract-interp-art65',
      'civil-code-art585',
      'civil-private-lending-rules-art1',
      'civil-private-lending-reply-2020',
      'civil-private-lending-rules-art25',
      'civil-private-lending-rules-art28',
      'civil-private-lending-rules-art29',
      'court-financial-trial-opinion-2017',
    ],
  },
  'civil.consumer-finance-charges': {
    area: 'civil',
    sourceIds: ['civil-consumer-finance-measures-2024-art53'],
    effectiveFrom: d('2024-04-18'),
  },

  // ── Limitation (诉讼时效) ─────────────────────────────────────────────────
  'limitation.period': {
    area: 'limitation',
    sourceIds: ['civil-code-art188', 'civil-code-art201', 'civil-code-art202'],
  },
  'limitation.interruption': {
    area: 'limitation',
    sourceIds: [
      'civil-code-art195',
      'civil-limitation-rules-art8',
      'civil-limitation-rules-art10',
      'civil-limitation-rules-art11',
      'civil-limitation-rules-art13',
      'civil-limitation-rules-art14',
      'civil-bank-card-rules-art3',
    ],
  },
  'limitation.old-two-year': { area: 'limitation', sourceIds: ['civil-general-principles-art135'] },
  'limitation.instalment-plan': { area: 'limitation', sourceIds: ['civil-code-art189'] },
  'limitation.start-contested': { area: 'limitation', sourceIds: ['civil-limitation-start-practice'] },
  'limitation.court-not-own-motion': { area: 'limitation', sourceIds: ['civil-code-art193'] },
  // The practice source backs only the reason about partial payments (cited where that reason is shown).
  'limitation.waiver': {
    area: 'limitation',
    sourceIds: ['civil-code-art192', 'civil-limitation-rules-art19', 'civil-limitation-partial-payment-practice'],
  },

  // ── Credit record (征信) ─────────────────────────────────────────────────
  'credit.retention': { area: 'credit-record', sourceIds: ['credit-regulation-art16'] },
  'credit.prior-notice': { area: 'credit-record', sourceIds: ['credit-regulation-art15', 'credit-regulation-art29'] },
  'credit.statement': { area: 'credit-record', sourceIds: ['credit-regulation-art16'] },
  'credit.free-report': { area: 'credit-record', sourceIds: ['credit-regulation-art17'] },
  'credit.objection': { area: 'credit-record', sourceIds: ['credit-regulation-art25', 'credit-regulation-art26'] },
  'credit.one-time-repair': {
    area: 'credit-record',
    sourceIds: ['credit-one-time-repair-2025'],
    effectiveFrom: d('2025-12-22'),
  },
} as const satisfies Record<string, Rule>;

export type RuleId = keyof typeof RULES;

export const RULE_IDS = Object.keys(RULES) as RuleId[];

/** True when the rule applied on `asOf`. */
export function ruleInForce(id: RuleId, asOf: IsoDate): boolean {
  const rule: Rule = RULES[id];
  return (
    (rule.effectiveFrom === undefined || rule.effectiveFrom <= asOf) &&
    (rule.effectiveTo === undefined || asOf <= rule.effectiveTo)
  );
}
