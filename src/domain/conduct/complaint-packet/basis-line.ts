/**
 * The 依据 line printed under each finding: which instruments and articles, of what force, in
 * force since when, and the caveats (advisory 不宜, may-apply scope) in words.
 */
import type { LegalSource } from '../../legal/source-types';
import type { IsoDate } from '../../types';
import type { FindingBasis } from '../rule-types';
import { FORCE_ZH, formatZhDate } from './wording-zh';

function citation(source: LegalSource): string {
  return `${source.instrument}${source.article}${source.docNumber && source.article === '' ? `（${source.docNumber}）` : ''}`;
}

/**
 * 依据 line for one basis: instrument, article, force, effective date; caveats in words. When
 * the instruments of one basis took effect on different days (个人信息保护法 2021-11-01,
 * 民法典 2021-01-01), each carries its own date instead of the basis's.
 */
export function describeBasisZh(basis: FindingBasis, findSource: (id: string) => LegalSource | undefined): string {
  const cites = basis.sourceIds.map(findSource).filter((s): s is LegalSource => s !== undefined);
  if (cites.length === 0) return '';
  // Articles of one instrument are listed once: 《个人信息保护法》第十条、第二十三条.
  const groups: { from: IsoDate; parts: string[] }[] = [];
  let last = '';
  for (const c of cites) {
    if (c.instrument === last && c.article !== '') groups[groups.length - 1].parts.push(c.article);
    else groups.push({ from: c.effectiveFrom, parts: [citation(c)] });
    last = c.instrument;
  }
  const extra: string[] = [];
  if (basis.effectiveTo) extra.push(`适用至${formatZhDate(basis.effectiveTo)}`);
  if (basis.advisory) extra.push('原文为“不宜”，属建议性要求');
  if (basis.scope === 'may-apply') extra.push('该指引写明银行信用卡业务可适用');
  // Only the publication date is known for some (the banking association's 2026 guideline).
  const published = cites.every((c) => c.datedByPublication === true);
  const dated = (from: IsoDate) => (published ? `${formatZhDate(from)}发布` : `${formatZhDate(from)}起施行`);
  const note = (from: IsoDate, more: string[]) =>
    `（${[`${FORCE_ZH[basis.force]}，${dated(from)}`, ...more].join('；')}）`;
  if (new Set(groups.map((g) => g.from)).size === 1)
    return `${groups.map((g) => g.parts.join('、')).join('、')}${note(basis.effectiveFrom, extra)}`;
  return groups.map((g, i) => `${g.parts.join('、')}${note(g.from, i === groups.length - 1 ? extra : [])}`).join('；');
}
