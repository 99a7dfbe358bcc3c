/**
 * The 依据 line printed under each finding: which instruments and articles, of what force, in
 * force since when, and the caveats (advisory 不宜, may-apply scope) in words.
 */
import type { LegalSource } from '../../legal/source-types';
import type { FindingBasis } from '../rule-types';
import { FORCE_ZH, formatZhDate } from './wording-zh';

function citation(source: LegalSource): string {
  return `${source.instrument}${source.article}${source.docNumber && source.article === '' ? `(${source.docNumber})` : ''}`;
}

/** 依据 line for one basis: instrument, article, force, effective date; caveats in words. */
export function describeBasisZh(basis: FindingBasis, findSource: (id: string) => LegalSource | undefined): string {
  const cites = basis.sourceIds.map(findSource).filter((s): s is LegalSource => s !== undefined);
  if (cites.length === 0) return '';
  const notes = [`${FORCE_ZH[basis.force]}，${formatZhDate(basis.effectiveFrom)}起施行`];
  if (basis.effectiveTo) notes.push(`适用至${formatZhDate(basis.effectiveTo)}`);
  if (basis.advisory) notes.push('原文为“不宜”，属建议性要求');
  if (basis.scope === 'may-apply') notes.push('该指引写明银行信用卡业务可适用');
  // Articles of one instrument are listed once: 《个人信息保护法》第十条、第二十三条.
  const parts: string[] = [];
  let last = '';
  for (const c of cites) {
    if (c.instrument === last && c.article !== '') parts.push(c.article);
    else parts.push(citation(c));
    last = c.instrument;
  }
  return `${parts.join('、')}（${notes.join('；')}）`;
}
