/**
 * Collector-conduct rule set `cn-2026-11`, version 1: the bases for each rule id as of the
 * law as checked in November 2026 (each source id is explained in legal/basis.md). Never edit a shipped row: add a row (or a new rule set) and retire the old one with
 * `effectiveTo`.
 *
 * What each rule id means, and how it is detected, is documented in
 * check-collector-conduct.ts and tests/fixtures/conduct/README.md.
 *
 * Scope decisions, from what each instrument covers (legal/basis.md):
 * - Laws apply to everyone (`bank` and `online-lender`).
 * - 2011 办法 (credit cards) and 银保消保办法 Art.41 (银行保险机构): banks only.
 * - CBA 2026: its members' credit cards and personal consumer loans → banks, from 2026-01-30.
 * - GB/T 45251-2025: online personal consumer credit; whether banks are covered is [C] → online
 *   lenders only.
 * - NIFA 2018 公约: internet-finance members → online lenders. NIFA 2024 指引: online lenders;
 *   banks' non-online consumer credit incl. credit cards "可适用" → banks with `may-apply`.
 * - "不宜超过6次" (CBA) is advisory: `advisory: true`; it is never called illegal.
 * - No row says 21:00. Home visits as such are not a finding: only the way they are done.
 * - 刑法293之一 (催收非法债务罪) is NOT a basis: bank-card debt is not an illegal debt.
 */
import type { IsoDate } from '../../types';
import type { ConductRule, ConductRuleSet } from '../rule-types';

const d = (s: string) => s as IsoDate;

const BOTH = ['bank', 'online-lender'] as const;
const BANK = ['bank'] as const;
const ONLINE = ['online-lender'] as const;

const PSL_2012 = {
  force: 'law',
  effectiveFrom: d('2006-03-01'),
  effectiveTo: d('2025-12-31'),
  appliesTo: BOTH,
} as const;
const PSL_2025 = { force: 'law', effectiveFrom: d('2026-01-01'), appliesTo: BOTH } as const;
const CBA = {
  sourceIds: ['cba-collection-guideline-2026'],
  force: 'industry-self-regulation',
  effectiveFrom: d('2026-01-30'),
  appliesTo: BANK,
} as const;
const GBT = {
  sourceIds: ['gbt-45251-2025'],
  force: 'national-standard',
  effectiveFrom: d('2025-02-28'),
  appliesTo: ONLINE,
} as const;
const NIFA_2018 = { force: 'industry-self-regulation', effectiveFrom: d('2018-03-28'), appliesTo: ONLINE } as const;
const CARD_68 = {
  sourceIds: ['card-measures-2011-art68'],
  force: 'regulation',
  effectiveFrom: d('2011-01-13'),
  appliesTo: BANK,
} as const;

type Row = Omit<ConductRule, 'scope' | 'advisory'> & Partial<Pick<ConductRule, 'scope' | 'advisory'>>;

const rows: Row[] = [
  // ── Counting rules (computed from the log) ───────────────────────────────────────────
  { key: 'night-contact/cba-2026', ruleId: 'night-contact', ...CBA, descriptionCode: 'night-contact.cba-2026' },
  { key: 'night-contact/gbt-2025', ruleId: 'night-contact', ...GBT, descriptionCode: 'night-contact.gbt-2025' },
  {
    key: 'night-contact/nifa-2024',
    ruleId: 'night-contact',
    sourceIds: ['nifa-collection-guideline-2024'],
    force: 'industry-self-regulation',
    effectiveFrom: d('2024-05-15'),
    appliesTo: ONLINE,
    descriptionCode: 'night-contact.nifa-2024',
  },
  {
    key: 'night-contact/nifa-2024-banks',
    ruleId: 'night-contact',
    sourceIds: ['nifa-collection-guideline-2024'],
    force: 'industry-self-regulation',
    effectiveFrom: d('2024-05-15'),
    appliesTo: BANK,
    scope: 'may-apply',
    descriptionCode: 'night-contact.nifa-2024-banks',
  },
  {
    key: 'unanswered-attempts-per-day/cba-2026',
    ruleId: 'unanswered-attempts-per-day',
    ...CBA,
    advisory: true,
    descriptionCode: 'unanswered-attempts-per-day.cba-2026',
  },
  {
    key: 'connected-calls-per-day/gbt-2025',
    ruleId: 'connected-calls-per-day',
    ...GBT,
    descriptionCode: 'connected-calls-per-day.gbt-2025',
  },

  // ── Third parties ────────────────────────────────────────────────────────────────────
  {
    key: 'third-party-collection/card-measures-2011',
    ruleId: 'third-party-collection',
    ...CARD_68,
    descriptionCode: 'third-party-collection.card-measures-2011',
  },
  {
    key: 'third-party-collection/cba-2026',
    ruleId: 'third-party-collection',
    ...CBA,
    descriptionCode: 'third-party-collection.cba-2026',
  },
  {
    key: 'third-party-collection/gbt-2025',
    ruleId: 'third-party-collection',
    ...GBT,
    descriptionCode: 'third-party-collection.gbt-2025',
  },
  {
    key: 'third-party-collection/nifa-2018',
    ruleId: 'third-party-collection',
    ...NIFA_2018,
    sourceIds: ['nifa-convention-2018-art13', 'nifa-convention-2018-art14'],
    descriptionCode: 'third-party-collection.nifa-2018',
  },
  {
    key: 'third-party-disclosure/pipl',
    ruleId: 'third-party-disclosure',
    sourceIds: ['pipl-art10', 'pipl-art23', 'civil-code-art1032'],
    force: 'law',
    effectiveFrom: d('2021-11-01'),
    appliesTo: BOTH,
    descriptionCode: 'third-party-disclosure.pipl',
  },
  {
    key: 'third-party-disclosure/psl-2025',
    ruleId: 'third-party-disclosure',
    sourceIds: ['psl-2025-art56'],
    ...PSL_2025,
    descriptionCode: 'third-party-disclosure.psl-2025',
  },
  {
    key: 'third-party-disclosure/cba-2026',
    ruleId: 'third-party-disclosure',
    ...CBA,
    descriptionCode: 'third-party-disclosure.cba-2026',
  },
  {
    key: 'third-party-disclosure/gbt-2025',
    ruleId: 'third-party-disclosure',
    ...GBT,
    descriptionCode: 'third-party-disclosure.gbt-2025',
  },
  {
    key: 'third-party-disclosure/nifa-2018',
    ruleId: 'third-party-disclosure',
    ...NIFA_2018,
    sourceIds: ['nifa-convention-2018-art18'],
    descriptionCode: 'third-party-disclosure.nifa-2018',
  },
  {
    key: 'third-party-contact-while-reachable/cba-2026',
    ruleId: 'third-party-contact-while-reachable',
    ...CBA,
    descriptionCode: 'third-party-contact-while-reachable.cba-2026',
  },
  {
    key: 'third-party-contact-while-reachable/gbt-2025',
    ruleId: 'third-party-contact-while-reachable',
    ...GBT,
    descriptionCode: 'third-party-contact-while-reachable.gbt-2025',
  },
  {
    key: 'third-party-contact-while-reachable/nifa-2018',
    ruleId: 'third-party-contact-while-reachable',
    ...NIFA_2018,
    sourceIds: ['nifa-convention-2018-art14'],
    descriptionCode: 'third-party-contact-while-reachable.nifa-2018',
  },
  {
    key: 'contact-after-refusal/civil-code',
    ruleId: 'contact-after-refusal',
    sourceIds: ['civil-code-art1033'],
    force: 'law',
    effectiveFrom: d('2021-01-01'),
    appliesTo: BOTH,
    descriptionCode: 'contact-after-refusal.civil-code',
  },
  {
    key: 'contact-after-refusal/cba-2026',
    ruleId: 'contact-after-refusal',
    ...CBA,
    descriptionCode: 'contact-after-refusal.cba-2026',
  },
  {
    key: 'contact-after-refusal/gbt-2025',
    ruleId: 'contact-after-refusal',
    ...GBT,
    descriptionCode: 'contact-after-refusal.gbt-2025',
  },

  // ── Threats, insults, violence, harassment ───────────────────────────────────────────
  {
    key: 'threat/psl-2012',
    ruleId: 'threat',
    sourceIds: ['psl-2012-art42-1'],
    ...PSL_2012,
    descriptionCode: 'threat.psl',
  },
  {
    key: 'threat/psl-2025',
    ruleId: 'threat',
    sourceIds: ['psl-2025-art50-1'],
    ...PSL_2025,
    descriptionCode: 'threat.psl',
  },
  { key: 'threat/card-measures-2011', ruleId: 'threat', ...CARD_68, descriptionCode: 'threat.card-measures-2011' },
  { key: 'threat/cba-2026', ruleId: 'threat', ...CBA, descriptionCode: 'threat.cba-2026' },
  {
    key: 'threat/nifa-2018',
    ruleId: 'threat',
    ...NIFA_2018,
    sourceIds: ['nifa-convention-2018-art16'],
    descriptionCode: 'threat.nifa-2018',
  },
  {
    key: 'insult/psl-2012',
    ruleId: 'insult',
    sourceIds: ['psl-2012-art42-2'],
    ...PSL_2012,
    descriptionCode: 'insult.psl',
  },
  {
    key: 'insult/psl-2025',
    ruleId: 'insult',
    sourceIds: ['psl-2025-art50-2'],
    ...PSL_2025,
    descriptionCode: 'insult.psl',
  },
  { key: 'insult/card-measures-2011', ruleId: 'insult', ...CARD_68, descriptionCode: 'insult.card-measures-2011' },
  { key: 'insult/cba-2026', ruleId: 'insult', ...CBA, descriptionCode: 'insult.cba-2026' },
  {
    key: 'insult/nifa-2018',
    ruleId: 'insult',
    ...NIFA_2018,
    sourceIds: ['nifa-convention-2018-art16'],
    descriptionCode: 'insult.nifa-2018',
  },
  {
    key: 'violence/psl-2012',
    ruleId: 'violence',
    sourceIds: ['psl-2012-art40-3'],
    ...PSL_2012,
    descriptionCode: 'violence.psl',
  },
  {
    key: 'violence/psl-2025',
    ruleId: 'violence',
    sourceIds: ['psl-2025-art47-3'],
    ...PSL_2025,
    descriptionCode: 'violence.psl',
  },
  {
    key: 'violence/criminal-law',
    ruleId: 'violence',
    sourceIds: ['criminal-law-art238'],
    force: 'law',
    effectiveFrom: d('1997-10-01'),
    appliesTo: BOTH,
    descriptionCode: 'violence.criminal-law',
  },
  {
    key: 'violence/card-measures-2011',
    ruleId: 'violence',
    ...CARD_68,
    descriptionCode: 'violence.card-measures-2011',
  },
  { key: 'violence/cba-2026', ruleId: 'violence', ...CBA, descriptionCode: 'violence.cba-2026' },
  {
    key: 'harassment/psl-2012',
    ruleId: 'harassment',
    sourceIds: ['psl-2012-art42-5'],
    ...PSL_2012,
    descriptionCode: 'harassment.psl-2012',
  },
  {
    key: 'harassment/psl-2025',
    ruleId: 'harassment',
    sourceIds: ['psl-2025-art50-5'],
    ...PSL_2025,
    descriptionCode: 'harassment.psl-2025',
  },
  {
    key: 'harassment/civil-code',
    ruleId: 'harassment',
    sourceIds: ['civil-code-art1033'],
    force: 'law',
    effectiveFrom: d('2021-01-01'),
    appliesTo: BOTH,
    descriptionCode: 'harassment.civil-code',
  },
  {
    key: 'harassment/nifa-2018',
    ruleId: 'harassment',
    ...NIFA_2018,
    sourceIds: ['nifa-convention-2018-art17'],
    descriptionCode: 'harassment.nifa-2018',
  },

  // ── Impersonation, documents, public notices ─────────────────────────────────────────
  {
    key: 'impersonating-authority/psl-2012',
    ruleId: 'impersonating-authority',
    sourceIds: ['psl-2012-art51'],
    ...PSL_2012,
    descriptionCode: 'impersonating-authority.psl',
  },
  {
    key: 'impersonating-authority/psl-2025',
    ruleId: 'impersonating-authority',
    sourceIds: ['psl-2025-art62'],
    ...PSL_2025,
    descriptionCode: 'impersonating-authority.psl',
  },
  {
    key: 'impersonating-authority/criminal-law',
    ruleId: 'impersonating-authority',
    sourceIds: ['criminal-law-art279'],
    force: 'law',
    effectiveFrom: d('1997-10-01'),
    appliesTo: BOTH,
    descriptionCode: 'impersonating-authority.criminal-law',
  },
  {
    key: 'impersonating-authority/cba-2026',
    ruleId: 'impersonating-authority',
    ...CBA,
    descriptionCode: 'impersonating-authority.cba-2026',
  },
  {
    key: 'fake-legal-document/psl-2012',
    ruleId: 'fake-legal-document',
    sourceIds: ['psl-2012-art52'],
    ...PSL_2012,
    descriptionCode: 'fake-legal-document.psl',
  },
  {
    key: 'fake-legal-document/psl-2025',
    ruleId: 'fake-legal-document',
    sourceIds: ['psl-2025-art63'],
    ...PSL_2025,
    descriptionCode: 'fake-legal-document.psl',
  },
  {
    key: 'fake-legal-document/criminal-law',
    ruleId: 'fake-legal-document',
    sourceIds: ['criminal-law-art280'],
    force: 'law',
    effectiveFrom: d('1997-10-01'),
    appliesTo: BOTH,
    descriptionCode: 'fake-legal-document.criminal-law',
  },
  {
    key: 'fake-legal-document/cba-2026',
    ruleId: 'fake-legal-document',
    ...CBA,
    descriptionCode: 'fake-legal-document.cba-2026',
  },
  {
    key: 'public-notice/pipl',
    ruleId: 'public-notice',
    sourceIds: ['pipl-art10', 'pipl-art25', 'civil-code-art1032'],
    force: 'law',
    effectiveFrom: d('2021-11-01'),
    appliesTo: BOTH,
    descriptionCode: 'public-notice.pipl',
  },
  {
    key: 'public-notice/psl-2012',
    ruleId: 'public-notice',
    sourceIds: ['psl-2012-art42-6'],
    ...PSL_2012,
    descriptionCode: 'public-notice.psl',
  },
  {
    key: 'public-notice/psl-2025',
    ruleId: 'public-notice',
    sourceIds: ['psl-2025-art50-6'],
    ...PSL_2025,
    descriptionCode: 'public-notice.psl',
  },
  { key: 'public-notice/cba-2026', ruleId: 'public-notice', ...CBA, descriptionCode: 'public-notice.cba-2026' },
  { key: 'public-notice/gbt-2025', ruleId: 'public-notice', ...GBT, descriptionCode: 'public-notice.gbt-2025' },
  {
    key: 'public-notice/nifa-2018',
    ruleId: 'public-notice',
    ...NIFA_2018,
    sourceIds: ['nifa-convention-2018-art18'],
    descriptionCode: 'public-notice.nifa-2018',
  },

  // ── Identity, outsourcing, money ─────────────────────────────────────────────────────
  {
    key: 'no-identification/cba-2026',
    ruleId: 'no-identification',
    ...CBA,
    descriptionCode: 'no-identification.cba-2026',
  },
  {
    key: 'no-identification/nifa-2018',
    ruleId: 'no-identification',
    ...NIFA_2018,
    sourceIds: ['nifa-convention-2018-art15'],
    descriptionCode: 'no-identification.nifa-2018',
  },
  {
    key: 'outsourcing-not-notified/consumer-protection-2022',
    ruleId: 'outsourcing-not-notified',
    sourceIds: ['consumer-protection-2022-art41-outsourcing'],
    force: 'regulation',
    effectiveFrom: d('2023-03-01'),
    appliesTo: BANK,
    descriptionCode: 'outsourcing-not-notified.consumer-protection-2022',
  },
  {
    key: 'personal-account-demand/nifa-2018',
    ruleId: 'personal-account-demand',
    ...NIFA_2018,
    sourceIds: ['nifa-convention-2018-art19'],
    descriptionCode: 'personal-account-demand.nifa-2018',
  },
  { key: 'extra-fees/cba-2026', ruleId: 'extra-fees', ...CBA, descriptionCode: 'extra-fees.cba-2026' },
  {
    key: 'extra-fees/nifa-2018',
    ruleId: 'extra-fees',
    ...NIFA_2018,
    sourceIds: ['nifa-convention-2018-art19'],
    descriptionCode: 'extra-fees.nifa-2018',
  },
  {
    key: 'induce-new-borrowing/cba-2026',
    ruleId: 'induce-new-borrowing',
    ...CBA,
    descriptionCode: 'induce-new-borrowing.cba-2026',
  },
  {
    key: 'exaggerated-consequences/cba-2026',
    ruleId: 'exaggerated-consequences',
    ...CBA,
    descriptionCode: 'exaggerated-consequences.cba-2026',
  },

  // ── Visits ───────────────────────────────────────────────────────────────────────────
  {
    key: 'home-visit-rules/cba-2026',
    ruleId: 'home-visit-rules',
    ...CBA,
    descriptionCode: 'home-visit-rules.cba-2026',
  },
  {
    key: 'home-visit-rules/nifa-2018',
    ruleId: 'home-visit-rules',
    ...NIFA_2018,
    sourceIds: ['nifa-convention-2018-art15'],
    descriptionCode: 'home-visit-rules.nifa-2018',
  },
  {
    key: 'home-intrusion/psl-2012',
    ruleId: 'home-intrusion',
    sourceIds: ['psl-2012-art40-3'],
    ...PSL_2012,
    onlyChannels: ['home-visit'],
    descriptionCode: 'home-intrusion.psl',
  },
  {
    key: 'home-intrusion/psl-2025',
    ruleId: 'home-intrusion',
    sourceIds: ['psl-2025-art47-3'],
    ...PSL_2025,
    onlyChannels: ['home-visit'],
    descriptionCode: 'home-intrusion.psl',
  },
  {
    key: 'home-intrusion/criminal-law',
    ruleId: 'home-intrusion',
    sourceIds: ['criminal-law-art245', 'civil-code-art1033'],
    force: 'law',
    effectiveFrom: d('2021-01-01'),
    appliesTo: BOTH,
    onlyChannels: ['home-visit'],
    descriptionCode: 'home-intrusion.criminal-law',
  },
  { key: 'home-intrusion/cba-2026', ruleId: 'home-intrusion', ...CBA, descriptionCode: 'home-intrusion.cba-2026' },
  {
    key: 'private-phone-or-social-app/cba-2026',
    ruleId: 'private-phone-or-social-app',
    ...CBA,
    descriptionCode: 'private-phone-or-social-app.cba-2026',
  },

  // ── Agreements ───────────────────────────────────────────────────────────────────────
  {
    key: 'collection-during-agreement/card-measures-2011',
    ruleId: 'collection-during-agreement',
    // Owned by the hardship area (src/domain/legal/sources/hardship.ts).
    sourceIds: ['card-measures-2011-art70-stop-collection'],
    force: 'regulation',
    effectiveFrom: d('2011-01-13'),
    appliesTo: BANK,
    descriptionCode: 'collection-during-agreement.card-measures-2011',
  },
];

export const CN_2026_11: ConductRuleSet = {
  id: 'cn-2026-11',
  version: 1,
  rules: rows.map((r) => ({ scope: 'applies', advisory: false, ...r })),
};
