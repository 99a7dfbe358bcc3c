/**
 * The rule registry is data: every rule cites sources that exist, rules limited in time agree
 * with their sources' dates, every source of the assessment areas is cited (by a rule, a myth or
 * the enforcement screen's statements), the README lists
 * every rule, and every statement the engine makes cites a rule's own sources.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessDebt } from '../../../src/domain/assess/assess-debt';
import { MYTHS } from '../../../src/domain/assess/myths';
import { ENFORCEMENT_STATEMENTS } from '../../../src/domain/court/enforcement-guide';
import { RULE_IDS, RULES, ruleInForce, type Rule } from '../../../src/domain/assess/rules';
import type { Assessment, Finding } from '../../../src/domain/assess/types';
import { isoDate } from '../../../src/domain/dates';
import { civilSources } from '../../../src/domain/legal/sources/civil';
import { creditRecordSources } from '../../../src/domain/legal/sources/credit-record';
import { criminalSources } from '../../../src/domain/legal/sources/criminal';
import { findSource } from '../../../src/domain/legal/sources/index';
import { stageSources } from '../../../src/domain/legal/sources/stage';
import { arbitraryInput, arbitraryAsOf } from './arbitrary-input';

const rules: Record<string, Rule> = RULES;

export function allFindings(a: Assessment): Finding[] {
  return [
    ...a.stage.findings,
    ...a.criminal.findings,
    ...a.criminal.lowering,
    ...a.civil.findings,
    ...a.limitation.findings,
    ...a.creditRecord.findings,
  ];
}

describe('rule registry', () => {
  it.each(RULE_IDS)('%s cites sources that exist', (id) => {
    expect(rules[id].sourceIds.length).toBeGreaterThan(0);
    for (const s of rules[id].sourceIds) expect(findSource(s), s).toBeDefined();
  });

  it('cites every source of the stage, criminal, civil and credit-record areas', () => {
    const cited = new Set([
      ...RULE_IDS.flatMap((id) => rules[id].sourceIds),
      ...MYTHS.flatMap((m) => m.sourceIds),
      ...ENFORCEMENT_STATEMENTS.flatMap((s) => s.sourceIds),
    ]);
    const owned = [...stageSources, ...criminalSources, ...civilSources, ...creditRecordSources].map((s) => s.id);
    expect(owned.filter((id) => !cited.has(id))).toEqual([]);
  });

  it.each([
    ['criminal.threshold-2009', '2018-11-30', true],
    ['criminal.threshold-2009', '2018-12-01', false],
    ['criminal.threshold-2009', '2009-12-15', false],
    ['criminal.threshold-2018', '2018-11-30', false],
    ['criminal.threshold-2018', '2018-12-01', true],
    ['criminal.effective-collections', '2018-12-01', true],
    ['criminal.collections-2009', '2018-12-01', false],
    ['credit.one-time-repair', '2025-12-21', false],
    ['credit.one-time-repair', '2025-12-22', true],
    ['stage.bucket', '2001-01-01', true],
  ] as const)('%s in force on %s: %s', (id, date, expected) => {
    expect(ruleInForce(id, isoDate(date))).toBe(expected);
  });

  it('dates time-limited rules exactly as their sources', () => {
    expect(rules['criminal.threshold-2009'].effectiveFrom).toBe(findSource('criminal-interp-2009-art6')!.effectiveFrom);
    expect(rules['criminal.threshold-2009'].effectiveTo).toBe(findSource('criminal-interp-2009-art6')!.effectiveTo);
    expect(rules['criminal.threshold-2018'].effectiveFrom).toBe(findSource('criminal-interp-2018-art8')!.effectiveFrom);
    expect(rules['credit.one-time-repair'].effectiveFrom).toBe(
      findSource('credit-one-time-repair-2025')!.effectiveFrom,
    );
  });

  it('lists every rule id in src/domain/assess/README.md', () => {
    const readme = readFileSync(join(__dirname, '../../../src/domain/assess/README.md'), 'utf8');
    for (const id of RULE_IDS) expect(readme, id).toContain(`\`${id}\``);
  });

  it('resolves every source the myths page cites from its own areas', () => {
    for (const m of MYTHS) for (const s of m.sourceIds) expect(findSource(s), s).toBeDefined();
  });
});

describe('every statement', () => {
  it('cites a known rule and only that rule’s sources (random debts)', () => {
    fc.assert(
      fc.property(arbitraryInput, arbitraryAsOf, (input, asOf) => {
        const a = assessDebt(input, asOf);
        for (const f of allFindings(a)) {
          expect(rules[f.ruleId]).toBeDefined();
          expect(f.sourceIds.length).toBeGreaterThan(0);
          for (const s of f.sourceIds) expect(rules[f.ruleId].sourceIds).toContain(s);
        }
        for (const m of a.milestones) expect(rules[m.ruleId].sourceIds).toEqual(m.sourceIds);
      }),
      { numRuns: 300 },
    );
  });
});
