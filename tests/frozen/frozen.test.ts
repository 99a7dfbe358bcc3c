/**
 * Released things are frozen. A schema version, a conduct rule-set row, a letter-template
 * version or a message-reader lexicon that has shipped must keep producing exactly what it produced: old databases are
 * upgraded by the old transforms, old backups are read by them, and saved letters are rebuilt
 * from their template version. The way forward is always a new version (CONTRIBUTING.md).
 *
 * tests/frozen/fingerprints.json holds the fingerprints recorded at release. A new version gets
 * its fingerprint with `npm run freeze:record`, which only adds entries that are missing and never
 * rewrites a recorded one.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { releasedConductRules, releasedDbVersions, releasedLetterTemplates, releasedMessageLexicons } from './released';

const FILE = join(import.meta.dirname, 'fingerprints.json');
const current = new Map([
  ...releasedDbVersions(),
  ...(await releasedConductRules()),
  ...releasedLetterTemplates(),
  ...releasedMessageLexicons(),
]);
let recorded = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, string>;

if (process.env.FREEZE_RECORD === '1') {
  const next = { ...recorded };
  for (const [name, print] of current) if (!(name in next)) next[name] = print;
  recorded = Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(FILE, `${JSON.stringify(recorded, null, 2)}\n`);
}

describe('released versions are frozen', () => {
  it.each(Object.keys(recorded))('%s still exists and produces what it produced at release', (name) => {
    expect(current.has(name), `${name} was released and has been removed: add a new version instead`).toBe(true);
    expect(current.get(name), `${name} changed after release: add a new version instead`).toBe(recorded[name]);
  });

  it('has a recorded fingerprint for everything released (npm run freeze:record adds new versions)', () => {
    expect([...current.keys()].filter((name) => !(name in recorded))).toEqual([]);
  });
});
