/**
 * Collector-conduct rule set `cn-2026-12`, version 2: version 1 (released, unchanged) with
 * consumer-finance companies as a creditor type of their own.
 *
 * - A 消费金融公司 is a non-bank financial institution (《消费金融公司管理办法》 2024 Art.2): the
 *   2011 card measures, the 银保消保办法 row and the banking association's guideline are left
 *   to banks (whether the association's guideline reaches consumer-finance companies is
 *   unverified), and the online-lending standards to online lenders.
 * - Laws bind everyone: every row of version 1 that applied to both banks and online lenders
 *   (all of them laws) applies to consumer-finance companies too.
 * - The 2024 measures' own collection rules, from 2024-04-18 (Art.79): Art.56 no violence,
 *   threats, intimidation or harassment, no collection from third parties unrelated to the
 *   debt; Art.57 the borrower is told about the outside collection agency. Art.58 (records
 *   kept at least 5 years) is a duty with nothing to detect in the log: the rights page says it.
 *
 * Version 1 rows keep their keys; a row that now also applies to consumer-finance companies is
 * a new row under the same key in this version (the frozen test fingerprints each version).
 */
import type { IsoDate } from '../../types';
import type { ConductRule, ConductRuleId, ConductRuleSet } from '../rule-types';
import { CN_2026_12 } from './cn-2026-12';

const d = (s: string) => s as IsoDate;

const MEASURES_2024 = { force: 'regulation', effectiveFrom: d('2024-04-18'), appliesTo: ['consumer-finance'] } as const;

function measuresRow(ruleId: ConductRuleId, article: 'art56' | 'art57'): ConductRule {
  return {
    key: `${ruleId}/consumer-finance-2024`,
    ruleId,
    sourceIds: [`consumer-finance-measures-2024-${article}`],
    ...MEASURES_2024,
    descriptionCode: `${ruleId}.consumer-finance-2024`,
    scope: 'applies',
    advisory: false,
  };
}

/** Each consumer-finance row follows the last version-1 row of its rule id. */
const MEASURES_ROWS: readonly ConductRule[] = [
  measuresRow('third-party-collection', 'art56'),
  measuresRow('threat', 'art56'),
  measuresRow('violence', 'art56'),
  measuresRow('harassment', 'art56'),
  measuresRow('outsourcing-not-notified', 'art57'),
];

const forEveryone = (rule: ConductRule): ConductRule =>
  rule.appliesTo.includes('bank') && rule.appliesTo.includes('online-lender')
    ? { ...rule, appliesTo: ['bank', 'consumer-finance', 'online-lender'] }
    : rule;

const lastIndexOf = (rules: readonly ConductRule[], ruleId: ConductRuleId) =>
  rules.reduce((last, r, i) => (r.ruleId === ruleId ? i : last), -1);

const rules: ConductRule[] = CN_2026_12.rules.map(forEveryone);
for (const row of MEASURES_ROWS) rules.splice(lastIndexOf(rules, row.ruleId) + 1, 0, row);

export const CN_2026_12_V2: ConductRuleSet = { id: 'cn-2026-12', version: 2, rules };
