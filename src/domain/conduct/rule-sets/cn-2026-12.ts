/**
 * Collector-conduct rule set `cn-2026-12`, version 1: `cn-2026-11` with the 民法典 dated as
 * its own law. In `cn-2026-11` the 民法典 articles rode on the 个人信息保护法 rows, so they
 * only applied from 2021-11-01 and a disclosure between 2021-01-01 and 2021-10-31 found
 * nothing. Here the 个人信息保护法 rows cite that law alone, and the 民法典 (Art.1032 privacy,
 * Art.1034 personal information, Art.1038 no provision without consent) has rows of its own
 * from 2021-01-01. 动手 (the `violence` tick) is also 殴打: 治安管理处罚法 2012 Art.43 and
 * 2025 Art.51. Every other row is unchanged.
 */
import type { IsoDate } from '../../types';
import type { ConductRule, ConductRuleSet } from '../rule-types';
import { CN_2026_11 } from './cn-2026-11';

const d = (s: string) => s as IsoDate;

const CIVIL_CODE_INFORMATION = ['civil-code-art1032', 'civil-code-art1034', 'civil-code-art1038'] as const;

function civilCodeRow(ruleId: 'third-party-disclosure' | 'public-notice'): ConductRule {
  return {
    key: `${ruleId}/civil-code`,
    ruleId,
    sourceIds: CIVIL_CODE_INFORMATION,
    force: 'law',
    effectiveFrom: d('2021-01-01'),
    appliesTo: ['bank', 'online-lender'],
    descriptionCode: `${ruleId}.civil-code`,
    scope: 'applies',
    advisory: false,
  };
}

/** 动手 is 殴打 (治安管理处罚法 2012 Art.43, 2025 Art.51), beside unlawful restraint (Art.40 / Art.47). */
const ASSAULT: ConductRule[] = [
  {
    key: 'violence/psl-2012-assault',
    ruleId: 'violence',
    sourceIds: ['psl-2012-art43'],
    force: 'law',
    effectiveFrom: d('2006-03-01'),
    effectiveTo: d('2025-12-31'),
    appliesTo: ['bank', 'online-lender'],
    descriptionCode: 'violence.psl-assault',
    scope: 'applies',
    advisory: false,
  },
  {
    key: 'violence/psl-2025-assault',
    ruleId: 'violence',
    sourceIds: ['psl-2025-art51'],
    force: 'law',
    effectiveFrom: d('2026-01-01'),
    appliesTo: ['bank', 'online-lender'],
    descriptionCode: 'violence.psl-assault',
    scope: 'applies',
    advisory: false,
  },
];

/**
 * The 个人信息保护法 rows without the 民法典 article, each followed by the 民法典's own row;
 * the assault rows after the unlawful-restraint row of the 2025 law.
 */
const rules: ConductRule[] = CN_2026_11.rules.flatMap((rule): ConductRule[] => {
  if (rule.key === 'violence/psl-2025') return [rule, ...ASSAULT];
  if (rule.key === 'third-party-disclosure/pipl' || rule.key === 'public-notice/pipl') {
    const pipl = { ...rule, sourceIds: rule.sourceIds.filter((id) => !id.startsWith('civil-code-')) };
    return [pipl, civilCodeRow(rule.ruleId as 'third-party-disclosure' | 'public-notice')];
  }
  return [rule];
});

export const CN_2026_12: ConductRuleSet = { id: 'cn-2026-12', version: 1, rules };
