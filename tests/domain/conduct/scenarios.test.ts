/**
 * Runs every scenario in tests/fixtures/conduct/ (format: tests/fixtures/conduct/README.md)
 * through the rule check and compares the findings with the hand-written expectations.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { checkCollectorConduct, type DebtContext } from '../../../src/domain/conduct/check-collector-conduct';
import { DEFAULT_CONDUCT_CONTEXT } from '../../../src/domain/conduct/contact';
import { conductContextFieldsSchema, contactEntryFieldsSchema } from '../../../src/domain/conduct/contact-schema';
import { CONDUCT_RULE_IDS } from '../../../src/domain/conduct/rule-types';

const DIR = join(import.meta.dirname, '../../fixtures/conduct');

const ruleId = z.enum(CONDUCT_RULE_IDS);
const force = z.enum([
  'law',
  'judicial-interpretation',
  'administrative-regulation',
  'regulation',
  'national-standard',
  'industry-self-regulation',
  'judicial-policy',
  'practice',
]);

const entryInput = z.looseObject({ id: z.string().check(z.minLength(1)) });

const scenarioSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  why: z.string().check(z.minLength(1)),
  contexts: z.optional(z.record(z.string(), z.partial(conductContextFieldsSchema))),
  entries: z.array(entryInput),
  expect: z.array(ruleId),
  mustNotFind: z.optional(z.array(ruleId)),
  noOtherFindings: z.optional(z.boolean()),
  expectEntries: z.optional(z.partialRecord(ruleId, z.array(z.string()))),
  expectForce: z.optional(z.partialRecord(ruleId, force)),
  expectAdvisory: z.optional(z.partialRecord(ruleId, z.boolean())),
  expectSources: z.optional(z.partialRecord(ruleId, z.array(z.string()))),
  mustNotCite: z.optional(z.array(z.string())),
});

const ENTRY_DEFAULTS = {
  debtId: 'd1',
  agency: '',
  collectorName: '',
  fromNumber: '4008000000',
  toNumber: '13800000000',
  attempts: 1,
  partyName: '',
  flags: [],
  quote: '',
  notes: '',
};

function load(file: string) {
  const raw: unknown = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
  const scenario = scenarioSchema.parse(raw);
  const entries = scenario.entries.map(({ id, ...rest }) => ({
    id,
    ...contactEntryFieldsSchema.parse({ ...ENTRY_DEFAULTS, ...rest }),
  }));
  const contexts: DebtContext[] = Object.entries(scenario.contexts ?? {}).map(([debtId, partial]) => ({
    ...conductContextFieldsSchema.parse({ ...DEFAULT_CONDUCT_CONTEXT, ...partial }),
    debtId,
  }));
  return { scenario, entries, contexts };
}

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('conduct scenarios', () => {
  it('ship at least 40 scenarios with unique names and entry ids', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
    const names = files.map((f) => load(f).scenario.name);
    expect(new Set(names).size).toBe(names.length);
    for (const f of files) {
      const ids = load(f).entries.map((e) => e.id);
      expect(new Set(ids).size, f).toBe(ids.length);
    }
  });

  it.each(files)('%s', (file) => {
    const { scenario, entries, contexts } = load(file);
    const findings = checkCollectorConduct(entries, contexts);
    const found = findings.map((f) => f.ruleId);
    const byRule = new Map(findings.map((f) => [f.ruleId, f]));

    for (const id of scenario.expect) expect(found, `${id} should be found`).toContain(id);
    for (const id of scenario.mustNotFind ?? []) expect(found, `${id} must not be found`).not.toContain(id);
    if (scenario.noOtherFindings) expect([...found].sort()).toEqual([...scenario.expect].sort());

    for (const [id, ids] of Object.entries(scenario.expectEntries ?? {})) {
      expect(byRule.get(id as never)?.entryIds, `${id} entries`).toEqual(ids);
    }
    for (const [id, f] of Object.entries(scenario.expectForce ?? {})) {
      expect(byRule.get(id as never)?.force, `${id} force`).toBe(f);
    }
    for (const [id, advisory] of Object.entries(scenario.expectAdvisory ?? {})) {
      expect(byRule.get(id as never)?.advisory, `${id} advisory`).toBe(advisory);
    }
    for (const [id, sources] of Object.entries(scenario.expectSources ?? {})) {
      const cited = byRule.get(id as never)?.bases.flatMap((b) => b.sourceIds) ?? [];
      for (const s of sources) expect(cited, `${id} cites ${s}`).toContain(s);
    }
    const allCited = findings.flatMap((f) => f.bases.flatMap((b) => b.sourceIds));
    for (const s of scenario.mustNotCite ?? []) expect(allCited, `must not cite ${s}`).not.toContain(s);
  });
});
