/** Runs every case in tests/fixtures/case-numbers/*.json (format: that folder's README.md). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCaseNumber } from '../../../src/domain/court/case-number';
import { isoDate } from '../../../src/domain/dates';
import { courtSources } from '../../../src/domain/legal/sources/court';
import { findSource } from '../../../src/domain/legal/sources/index';

interface Case {
  name: string;
  text: string;
  today: string;
  expected: Record<string, unknown>;
}

const DIR = join(import.meta.dirname, '../../fixtures/case-numbers');
const cases: [string, Case][] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .flatMap((file) =>
    (JSON.parse(readFileSync(join(DIR, file), 'utf8')) as Case[]).map(
      (c) => [`${file}: ${c.name}`, c] as [string, Case],
    ),
  );

function at(value: unknown, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((v, key) => (v === null || v === undefined ? v : (v as Record<string, unknown>)[key]), value);
}

describe('case-number fixtures', () => {
  it('has cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases)('%s', (_name, c) => {
    const reading = readCaseNumber(c.text, isoDate(c.today));
    for (const [path, want] of Object.entries(c.expected)) expect(at(reading, path), path).toEqual(want);
  });

  it('cites only registered sources, and every court source is cited by some reading', () => {
    const cited = new Set<string>();
    for (const [, c] of cases) {
      const r = readCaseNumber(c.text, isoDate(c.today));
      if (r.ok) for (const id of r.sourceIds) cited.add(id);
    }
    for (const id of cited) expect(findSource(id), id).toBeDefined();
    // The claim check cites the other court sources (claim-check-scenarios.test.ts).
    const readerSources = courtSources.map((s) => s.id).filter((id) => /^court-(case|pre-suit)-/.test(id));
    expect(readerSources.length).toBe(3);
    expect(readerSources.filter((id) => !cited.has(id))).toEqual([]);
  });
});
