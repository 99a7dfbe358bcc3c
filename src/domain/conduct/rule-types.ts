/**
 * The shape of the collector-conduct rule set and of its findings.
 *
 * A rule id (e.g. `night-contact`) names one kind of conduct; how it is detected is code
 * (check-collector-conduct.ts). Which instruments forbid or discourage it, since when, how
 * bindingly and for which creditors is data: one `ConductRule` row per basis, in a versioned
 * rule set (rule-sets/). The same conduct can have several bases, e.g. a threat breaks the
 * 治安管理处罚法 (law), the 2011 办法 (regulation, banks) and the CBA guideline (self-regulation,
 * banks). A finding lists every basis that applied on the entry's date and names the strongest.
 */
import type { LegalForce } from '../legal/source-types';
import type { IsoDate } from '../types';
import type { ContactChannel } from './contact';

/** Stable rule ids. Never rename or reuse one: saved complaint packets refer to them. */
export const CONDUCT_RULE_IDS = [
  'night-contact',
  'unanswered-attempts-per-day',
  'connected-calls-per-day',
  'third-party-collection',
  'third-party-disclosure',
  'third-party-contact-while-reachable',
  'contact-after-refusal',
  'threat',
  'insult',
  'violence',
  'harassment',
  'impersonating-authority',
  'fake-legal-document',
  'public-notice',
  'no-identification',
  'outsourcing-not-notified',
  'personal-account-demand',
  'extra-fees',
  'induce-new-borrowing',
  'home-visit-rules',
  'home-intrusion',
  'private-phone-or-social-app',
  'collection-during-agreement',
  'exaggerated-consequences',
] as const;
export type ConductRuleId = (typeof CONDUCT_RULE_IDS)[number];

/**
 * Creditor types a rule row can name (`unknown` is only a context value). `consumer-finance`
 * rows exist from rule set `cn-2026-12` version 2; earlier sets name only the other two.
 */
export type RuleCreditorType = 'bank' | 'consumer-finance' | 'online-lender';

/** One basis for a rule: which sources, how binding, when, for whom. */
export interface ConductRule {
  /** Unique within the rule set, `${ruleId}/${basis}`. Stable across versions. */
  key: string;
  ruleId: ConductRuleId;
  /** Ids in the legal-source registry (src/domain/legal/sources/). */
  sourceIds: readonly string[];
  /** Equals the sources' force (a test checks it). */
  force: LegalForce;
  /** The first day this basis applies (the latest effectiveFrom of its sources). */
  effectiveFrom: IsoDate;
  /** The last day it applies, where a source was replaced. */
  effectiveTo?: IsoDate;
  appliesTo: readonly RuleCreditorType[];
  /**
   * `may-apply`: the instrument says creditors of this type 可适用 (may apply it); the finding
   * says so instead of presenting it as binding on them.
   */
  scope: 'applies' | 'may-apply';
  /** The wording is 不宜 ("should not"): a benchmark, never described as illegal. */
  advisory: boolean;
  /** Only entries on these channels count for this basis (e.g. 住宅 laws only for home visits). */
  onlyChannels?: readonly ContactChannel[];
  /** i18n suffix for the plain-language explanation: `conduct.basis.<descriptionCode>`. */
  descriptionCode: string;
}

export interface ConductRuleSet {
  /** e.g. `cn-2026-11`: the month its facts were last checked. Never edited after release. */
  id: string;
  version: number;
  rules: readonly ConductRule[];
}

/** Strongest first. Used to name a finding's force when several bases apply. */
export const FORCE_RANK: Record<LegalForce, number> = {
  law: 8,
  'judicial-interpretation': 7,
  'administrative-regulation': 6,
  regulation: 5,
  'national-standard': 4,
  'industry-self-regulation': 3,
  'judicial-policy': 2,
  practice: 1,
};

/** One place where a rule was triggered: a single entry, or a day's count that crossed the line. */
export interface ConductOccurrence {
  date: IsoDate;
  debtId: string;
  entryIds: string[];
  /** Counting rules: what was counted that day, and the most the basis allows. */
  count?: number;
  limit?: number;
  /** Per-number rules: the number dialled. */
  toNumber?: string;
}

/** A basis that applied to at least one occurrence. */
export interface FindingBasis {
  key: string;
  sourceIds: readonly string[];
  force: LegalForce;
  effectiveFrom: IsoDate;
  effectiveTo?: IsoDate;
  scope: 'applies' | 'may-apply';
  advisory: boolean;
  descriptionCode: string;
  entryIds: string[];
}

export interface ConductFinding {
  ruleId: ConductRuleId;
  /** Every entry that triggered the rule, oldest first. */
  entryIds: string[];
  /** The strongest force among the bases that applied. */
  force: LegalForce;
  /** Sources and effective date of the strongest basis (the first listed on a tie). */
  sourceIds: readonly string[];
  effectiveFrom: IsoDate;
  /** True when every basis that applied is advisory (不宜): then it is a benchmark only. */
  advisory: boolean;
  bases: FindingBasis[];
  occurrences: ConductOccurrence[];
}
