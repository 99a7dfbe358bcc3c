/**
 * The rights checklist (我的权利) as data: what collectors may and may not do, how to check a
 * 律师函 or a court document, what to say on the phone, what not to do, and popular claims
 * that are wrong. The plain-language text lives in the i18n catalogue
 * (`conduct.rights.item.<id>.title` / `.body`); this file says where each item comes from.
 *
 * An item's basis is either
 * - `rules`: conduct rule ids; the screen shows the bases of those rules that are in force on
 *   the day it is viewed (so the checklist and the rule check can never disagree), or
 * - `sources`: legal-source ids, or
 * - `practice`: common practice with its confidence (legal/basis.md); [C] items are shown as
 *   "common practice, unverified", never as law.
 */
import type { Confidence } from '../legal/source-types';
import type { ConductRuleId, RuleCreditorType } from './rule-types';

export type RightsSection = 'may' | 'may-not' | 'verify' | 'say' | 'dont' | 'myths';

export const RIGHTS_SECTIONS: readonly RightsSection[] = ['may-not', 'may', 'verify', 'say', 'dont', 'myths'];

export type RightsBasis =
  | { kind: 'rules'; ruleIds: readonly ConductRuleId[] }
  | { kind: 'sources'; sourceIds: readonly string[] }
  | { kind: 'practice'; confidence: Confidence }
  /** Advice with no legal claim in it (e.g. what to say on the phone). */
  | { kind: 'advice' };

export interface RightsItem {
  id: string;
  section: RightsSection;
  basis: RightsBasis;
  /**
   * Only for these creditors (an instrument that binds one kind only); absent: everyone. A rule
   * basis says for whom it applies by itself (`appliesTo`).
   */
  creditorTypes?: readonly RuleCreditorType[];
}

/** Whether an item is shown for a creditor type (`all`: every item). */
export function rightsItemFor(item: RightsItem, creditorType: RuleCreditorType | 'all'): boolean {
  return creditorType === 'all' || item.creditorTypes === undefined || item.creditorTypes.includes(creditorType);
}

export const RIGHTS_CHECKLIST: readonly RightsItem[] = [
  // ── What collectors may not do ────────────────────────────────────────────────────────
  { id: 'no-threats', section: 'may-not', basis: { kind: 'rules', ruleIds: ['threat', 'insult', 'violence'] } },
  { id: 'no-harassment', section: 'may-not', basis: { kind: 'rules', ruleIds: ['harassment'] } },
  {
    id: 'no-impersonation',
    section: 'may-not',
    basis: { kind: 'rules', ruleIds: ['impersonating-authority', 'fake-legal-document'] },
  },
  {
    id: 'no-telling-others',
    section: 'may-not',
    basis: { kind: 'rules', ruleIds: ['third-party-disclosure', 'public-notice'] },
  },
  {
    id: 'no-collecting-from-others',
    section: 'may-not',
    basis: {
      kind: 'rules',
      ruleIds: ['third-party-collection', 'third-party-contact-while-reachable', 'contact-after-refusal'],
    },
  },
  { id: 'night', section: 'may-not', basis: { kind: 'rules', ruleIds: ['night-contact'] } },
  {
    id: 'frequency',
    section: 'may-not',
    basis: { kind: 'rules', ruleIds: ['unanswered-attempts-per-day', 'connected-calls-per-day'] },
  },
  {
    id: 'no-extra-money',
    section: 'may-not',
    basis: { kind: 'rules', ruleIds: ['extra-fees', 'personal-account-demand', 'induce-new-borrowing'] },
  },
  { id: 'no-exaggeration', section: 'may-not', basis: { kind: 'rules', ruleIds: ['exaggerated-consequences'] } },
  { id: 'no-entering', section: 'may-not', basis: { kind: 'rules', ruleIds: ['home-intrusion'] } },
  {
    id: 'identify',
    section: 'may-not',
    basis: { kind: 'rules', ruleIds: ['no-identification', 'private-phone-or-social-app'] },
  },
  { id: 'during-agreement', section: 'may-not', basis: { kind: 'rules', ruleIds: ['collection-during-agreement'] } },

  // ── What collectors may do ────────────────────────────────────────────────────────────
  { id: 'may-collect-from-you', section: 'may', basis: { kind: 'sources', sourceIds: ['card-measures-2011-art68'] } },
  { id: 'may-visit', section: 'may', basis: { kind: 'rules', ruleIds: ['home-visit-rules'] } },
  {
    id: 'may-locate-you',
    section: 'may',
    basis: { kind: 'sources', sourceIds: ['cba-collection-guideline-2026', 'gbt-45251-2025'] },
  },
  {
    id: 'may-outsource',
    section: 'may',
    basis: { kind: 'sources', sourceIds: ['consumer-protection-2022-art41-outsourcing'] },
    creditorTypes: ['bank'],
  },
  {
    id: 'may-outsource-consumer-finance',
    section: 'may',
    basis: { kind: 'sources', sourceIds: ['consumer-finance-measures-2024-art57'] },
    creditorTypes: ['consumer-finance'],
  },
  {
    id: 'may-send-letters',
    section: 'may',
    basis: { kind: 'sources', sourceIds: ['card-measures-2011-art69'] },
    creditorTypes: ['bank'],
  },

  // ── How to check what you received ────────────────────────────────────────────────────
  { id: 'verify-lawyer-letter', section: 'verify', basis: { kind: 'practice', confidence: 'C' } },
  { id: 'verify-court-document', section: 'verify', basis: { kind: 'practice', confidence: 'B' } },
  {
    id: 'payment-order-15-days',
    section: 'verify',
    basis: { kind: 'sources', sourceIds: ['civil-procedure-art225-228', 'civil-procedure-interp-art436'] },
  },
  { id: 'verify-agency', section: 'verify', basis: { kind: 'practice', confidence: 'B' } },
  // 2024 measures Art.58: the company records its collection and keeps the data at least 5 years.
  {
    id: 'records-kept-5-years',
    section: 'verify',
    basis: { kind: 'sources', sourceIds: ['consumer-finance-measures-2024-art58'] },
    creditorTypes: ['consumer-finance'],
  },

  // ── What to say on the phone ──────────────────────────────────────────────────────────
  { id: 'say-who-are-you', section: 'say', basis: { kind: 'advice' } },
  // Art.19: agreeing to pay after the limitation period has run loses the defence.
  { id: 'say-willing', section: 'say', basis: { kind: 'sources', sourceIds: ['civil-limitation-rules-art19'] } },
  { id: 'say-leave-family', section: 'say', basis: { kind: 'advice' } },
  { id: 'say-in-writing', section: 'say', basis: { kind: 'advice' } },

  // ── What not to do ────────────────────────────────────────────────────────────────────
  { id: 'dont-ignore-court', section: 'dont', basis: { kind: 'sources', sourceIds: ['civil-procedure-art225-228'] } },
  { id: 'dont-pay-personal', section: 'dont', basis: { kind: 'advice' } },
  { id: 'dont-pay-agents', section: 'dont', basis: { kind: 'practice', confidence: 'B' } },
  { id: 'dont-exaggerate', section: 'dont', basis: { kind: 'sources', sourceIds: ['complaint-measures-2020-art16'] } },

  // ── Popular claims that are wrong ─────────────────────────────────────────────────────
  { id: 'myth-21', section: 'myths', basis: { kind: 'rules', ruleIds: ['night-contact'] } },
  { id: 'myth-visits', section: 'myths', basis: { kind: 'rules', ruleIds: ['home-visit-rules'] } },
  { id: 'myth-293-1', section: 'myths', basis: { kind: 'sources', sourceIds: ['criminal-law-art293-1'] } },
  { id: 'myth-six-calls', section: 'myths', basis: { kind: 'rules', ruleIds: ['unanswered-attempts-per-day'] } },
];
