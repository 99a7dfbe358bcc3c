import { describe, expect, it } from 'vitest';
import { CURRENT_CONDUCT_RULE_SET } from '../../../src/domain/conduct/check-collector-conduct';
import { CONDUCT_RULE_IDS } from '../../../src/domain/conduct/rule-types';
import { collectionSources } from '../../../src/domain/legal/sources/collection';
import { complaintsSources } from '../../../src/domain/legal/sources/complaints';
import { ALL_SOURCES, findSource } from '../../../src/domain/legal/sources/index';

const rules = CURRENT_CONDUCT_RULE_SET.rules;

describe('conduct rule set', () => {
  it('gives every rule id at least one basis, and no basis an unknown rule id', () => {
    for (const id of CONDUCT_RULE_IDS)
      expect(
        rules.some((r) => r.ruleId === id),
        id,
      ).toBe(true);
    for (const r of rules) expect(CONDUCT_RULE_IDS).toContain(r.ruleId);
  });

  it('has unique keys of the form rule-id/basis', () => {
    const keys = rules.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of rules) expect(r.key.startsWith(`${r.ruleId}/`), r.key).toBe(true);
  });

  it('cites only registered sources', () => {
    for (const r of rules) {
      expect(r.sourceIds.length, r.key).toBeGreaterThan(0);
      for (const id of r.sourceIds) expect(findSource(id), `${r.key}: ${id}`).toBeDefined();
    }
  });

  it('states the same force as its sources and their common effective period', () => {
    for (const r of rules) {
      const sources = r.sourceIds.map((id) => findSource(id)).filter((s) => s !== undefined);
      for (const s of sources) expect(r.force, `${r.key} vs ${s.id}`).toBe(s.force);
      if (sources.length === 0) continue;
      const from = sources
        .map((s) => s.effectiveFrom)
        .sort()
        .at(-1);
      expect(r.effectiveFrom, r.key).toBe(from);
      const tos = sources.flatMap((s) => (s.effectiveTo ? [s.effectiveTo] : [])).sort();
      expect(r.effectiveTo, r.key).toBe(tos[0]);
    }
  });

  it('never rests a rule on an unverified [C] source', () => {
    for (const r of rules)
      for (const id of r.sourceIds) expect(findSource(id)?.confidence, `${r.key}: ${id}`).not.toBe('C');
  });

  it('never cites 催收非法债务罪 (刑法293之一) for collection of lawful debts', () => {
    expect(rules.flatMap((r) => r.sourceIds)).not.toContain('criminal-law-art293-1');
  });

  it('marks only the CBA "不宜超过6次" line as advisory', () => {
    expect(rules.filter((r) => r.advisory).map((r) => r.key)).toEqual(['unanswered-attempts-per-day/cba-2026']);
  });

  it('applies GB/T 45251 to online lenders only (its reach to banks is unverified)', () => {
    for (const r of rules.filter((x) => x.sourceIds.includes('gbt-45251-2025')))
      expect(r.appliesTo, r.key).toEqual(['online-lender']);
  });

  it('applies the CBA guideline to banks only, from 2026-01-30', () => {
    for (const r of rules.filter((x) => x.sourceIds.includes('cba-collection-guideline-2026'))) {
      expect(r.appliesTo, r.key).toEqual(['bank']);
      expect(r.effectiveFrom, r.key).toBe('2026-01-30');
    }
  });

  it('splits the 治安管理处罚法 at 2026-01-01', () => {
    for (const r of rules.filter((x) => x.sourceIds.some((id) => id.startsWith('psl-2012'))))
      expect(r.effectiveTo, r.key).toBe('2025-12-31');
    for (const r of rules.filter((x) => x.sourceIds.some((id) => id.startsWith('psl-2025'))))
      expect(r.effectiveFrom, r.key).toBe('2026-01-01');
  });
});

describe('collection and complaints sources', () => {
  const mine = [...collectionSources, ...complaintsSources];

  it('have unique kebab-case ids across the whole registry', () => {
    const ids = ALL_SOURCES.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const s of mine) expect(s.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each([
    ['psl-2012-art42-1', 'law', 'A', '2025-12-31'],
    ['psl-2025-art62', 'law', 'A', undefined],
    ['pipl-art25', 'law', 'A', undefined],
    ['card-measures-2011-art68', 'regulation', 'A', undefined],
    ['consumer-protection-2022-art41-outsourcing', 'regulation', 'B', undefined],
    ['gbt-45251-2025', 'national-standard', 'B', undefined],
    ['cba-collection-guideline-2026', 'industry-self-regulation', 'B', undefined],
    ['nifa-convention-2018-art18', 'industry-self-regulation', 'B', undefined],
    ['complaint-measures-2020-art18', 'regulation', 'A', undefined],
  ] as const)('%s is %s [%s]', (id, force, confidence, effectiveTo) => {
    const s = findSource(id);
    expect(s).toMatchObject({ force, confidence });
    expect(s?.effectiveTo).toBe(effectiveTo);
  });

  it('date the instruments as they are dated', () => {
    expect(findSource('psl-2025-art50-1')?.effectiveFrom).toBe('2026-01-01');
    expect(findSource('gbt-45251-2025')?.effectiveFrom).toBe('2025-02-28');
    expect(findSource('cba-collection-guideline-2026')?.effectiveFrom).toBe('2026-01-30');
    expect(findSource('nifa-collection-guideline-2024')?.effectiveFrom).toBe('2024-05-15');
    expect(findSource('consumer-protection-2022-art41-outsourcing')?.effectiveFrom).toBe('2023-03-01');
    expect(findSource('complaint-measures-2020-art18')?.effectiveFrom).toBe('2020-03-01');
    expect(findSource('criminal-law-art293-1')?.effectiveFrom).toBe('2021-03-01');
  });
});
