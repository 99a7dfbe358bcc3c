/**
 * legal/basis.md is the project's own account of every source id: the rule in one line, its
 * force, its confidence and where the text was read. It is prose for people, so this test keeps
 * it true to the registry's data: every id once, nothing unknown, the same force, confidence
 * and text file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALL_SOURCES } from '../../../src/domain/legal/sources/index';

const ROOT = join(import.meta.dirname, '..', '..', '..');
const BASIS = readFileSync(join(ROOT, 'legal', 'basis.md'), 'utf8');

interface BasisRow {
  id: string;
  rule: string;
  force: string;
  confidence: string;
  readIn: string;
}

/** Rows of the basis tables: `| \`id\` | rule | force | confidence | text read in |`. */
function basisRows(markdown: string): BasisRow[] {
  const rows: BasisRow[] = [];
  for (const line of markdown.split('\n')) {
    const cells = /^\|\s*`([a-z0-9-]+)`\s*\|(.*)\|\s*$/.exec(line);
    if (!cells) continue;
    const rest = cells[2].split('|').map((c) => c.trim());
    if (rest.length !== 4) throw new Error(`basis row for ${cells[1]} has ${rest.length + 1} cells, not 5`);
    const [rule, force, confidence, readIn] = rest;
    rows.push({ id: cells[1], rule, force, confidence, readIn });
  }
  return rows;
}

const rows = basisRows(BASIS);
const byId = new Map(rows.map((r) => [r.id, r]));

describe('legal/basis.md', () => {
  it('lists every registered source exactly once, and nothing else', () => {
    const listed = rows.map((r) => r.id);
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual(ALL_SOURCES.map((s) => s.id).sort());
  });

  it.each(ALL_SOURCES.map((s) => [s.id, s] as const))('%s: same force, confidence and text file', (id, s) => {
    const row = byId.get(id);
    expect(row, `${id} has no row in legal/basis.md`).toBeDefined();
    expect(row!.force).toBe(s.force);
    expect(row!.confidence).toBe(s.confidence);
    expect(row!.rule.length).toBeGreaterThan(10);
    if (s.textFile !== undefined) expect(row!.readIn).toBe(`\`legal/texts/${s.textFile}\``);
    else expect(row!.readIn).not.toMatch(/legal\/texts/);
  });

  it('names only text files that are in the repository', () => {
    for (const r of rows) {
      const file = /^`legal\/texts\/(.+)`$/.exec(r.readIn)?.[1];
      if (file !== undefined) expect(existsSync(join(ROOT, 'legal', 'texts', file)), file).toBe(true);
    }
  });

  it('reads a malformed row as an error, not as a silent skip', () => {
    expect(() => basisRows('| `x-y` | rule | law | A |')).toThrow(/4 cells/);
    expect(basisRows('| `x-y` | a rule here | law | A | somewhere |')).toEqual([
      { id: 'x-y', rule: 'a rule here', force: 'law', confidence: 'A', readIn: 'somewhere' },
    ]);
  });
});
