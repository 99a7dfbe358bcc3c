/**
 * Runs every scenario in tests/fixtures/assessment/*.json through the engine and checks only
 * the fields each scenario names (format: tests/fixtures/assessment/README.md).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assessDebt } from '../../../src/domain/assess/assess-debt';
import type { IsoDate } from '../../../src/domain/types';
import { isMissing, normaliseExpected, readPath, scenarioInput, scenarioSchema, scenarioView } from './scenario-format';

const DIR = join(__dirname, '..', '..', 'fixtures', 'assessment');
const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe('assessment scenarios', () => {
  it('has at least 40 scenarios', () => {
    expect(files.length).toBeGreaterThanOrEqual(40);
  });

  it.each(files)('%s', (file) => {
    const raw: unknown = JSON.parse(readFileSync(join(DIR, file), 'utf8'));
    const parsed = scenarioSchema.safeParse(raw);
    if (!parsed.success) throw new Error(`${file} is not a valid scenario: ${JSON.stringify(parsed.error.issues)}`);
    const scenario = parsed.data;
    expect(Object.keys(scenario.expected).length, 'a scenario must name at least one expected field').toBeGreaterThan(
      0,
    );
    const view = scenarioView(assessDebt(scenarioInput(scenario), scenario.asOf as IsoDate));
    for (const [path, expected] of Object.entries(scenario.expected)) {
      const actual = readPath(view, path);
      expect(isMissing(actual), `${file}: "${path}" is not a field of the assessment`).toBe(false);
      expect(actual, `${file}: ${path}`).toEqual(normaliseExpected(expected, actual));
    }
  });
});
