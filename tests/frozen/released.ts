/**
 * What has shipped and must never change its output: every schema version (its stores and what
 * its row transforms make of the previous version's fixture rows), every row of every conduct
 * rule set, and every letter-template version (what it builds from fixed inputs). Each is
 * reduced to a SHA-256 fingerprint of a canonical JSON form; tests/frozen/fingerprints.json
 * keeps the fingerprints recorded at release.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ConductRuleSet } from '../../src/domain/conduct/rule-types';
import { allTemplateVersions } from '../../src/domain/letters/registry';
import { LEXICON_ZH_2026_12 } from '../../src/domain/conduct/message-reader/lexicon-zh-2026-12';
import { LEXICON_ZH_2026_12_V2 } from '../../src/domain/conduct/message-reader/lexicon-zh-2026-12-v2';
import { DB_VERSIONS } from '../../src/storage/schema';
import { FROZEN_LETTER_INPUTS } from './letter-inputs';

const ROOT = join(import.meta.dirname, '..', '..');

/** JSON with object keys sorted, so the fingerprint does not depend on property order. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
}

export function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** Rows of `table` in the backup fixture written at schema `version` (tests/fixtures/backup-vN.json). */
function fixtureRows(version: number, table: string): Record<string, unknown>[] {
  const file = join(ROOT, 'tests', 'fixtures', `backup-v${version}.json`);
  const backup = JSON.parse(readFileSync(file, 'utf8')) as { data: Record<string, Record<string, unknown>[]> };
  const rows = backup.data[table];
  if (!rows || rows.length === 0)
    throw new Error(`${file} has no ${table} rows to run the v${version + 1} transform on`);
  return rows;
}

/** `db@N` → fingerprint of schema version N's stores and its transforms' output on the v(N-1) fixture. */
export function releasedDbVersions(): Map<string, string> {
  const out = new Map<string, string>();
  for (const v of DB_VERSIONS) {
    const transformed = Object.fromEntries(
      Object.entries(v.transforms ?? {}).map(([table, transform]) => [
        table,
        fixtureRows(v.version - 1, table).map((row) => transform({ ...row })),
      ]),
    );
    out.set(`db@${v.version}`, fingerprint({ version: v.version, stores: v.stores, transformed }));
  }
  return out;
}

/** Every exported rule set in src/domain/conduct/rule-sets/, loaded from the folder. */
async function conductRuleSets(): Promise<ConductRuleSet[]> {
  const dir = join(ROOT, 'src', 'domain', 'conduct', 'rule-sets');
  const sets: ConductRuleSet[] = [];
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    const mod = (await import(/* @vite-ignore */ join(dir, file))) as Record<string, unknown>;
    for (const value of Object.values(mod)) {
      if (value && typeof value === 'object' && 'rules' in value && 'id' in value && 'version' in value) {
        sets.push(value as ConductRuleSet);
      }
    }
  }
  return sets;
}

/**
 * `conduct:<set>@<version>` → fingerprint of the set's row keys (no row may be added or dropped),
 * and `conduct:<set>@<version>/<row key>` → fingerprint of each row.
 */
export async function releasedConductRules(): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const set of await conductRuleSets()) {
    const name = `conduct:${set.id}@${set.version}`;
    out.set(name, fingerprint(set.rules.map((r) => r.key)));
    for (const rule of set.rules) out.set(`${name}/${rule.key}`, fingerprint(rule));
  }
  return out;
}

/**
 * `letter:<template>@<version>/<input>` → fingerprint of what the version builds from each frozen
 * input (tests/frozen/letter-inputs.ts): the document, the missing fields and the warnings, plus
 * the template's own declarations (whether it acknowledges the debt, the sources it cites), and
 * `letter:<template>@<version>/creditor-types` → the kinds of debt it is offered for.
 */
export function releasedLetterTemplates(): Map<string, string> {
  const out = new Map<string, string>();
  for (const template of allTemplateVersions()) {
    const name = `letter:${template.id}@${template.version}`;
    out.set(name, fingerprint({ acknowledgesDebt: template.acknowledgesDebt, sourceIds: template.sourceIds }));
    // The kinds of debt a version is offered for (declared with the loan letters).
    out.set(`${name}/creditor-types`, fingerprint(template.creditorTypes));
    for (const [inputName, input] of Object.entries(FROZEN_LETTER_INPUTS)) {
      out.set(`${name}/${inputName}`, fingerprint(template.build(structuredClone(input))));
    }
  }
  return out;
}

/**
 * `lexicon:<id>@<version>` → fingerprint of a message-reader lexicon (phrases, negations, cues,
 * addressee patterns, names): a released lexicon is never edited, a change is a new version.
 */
export function releasedMessageLexicons(): Map<string, string> {
  return new Map(
    [LEXICON_ZH_2026_12, LEXICON_ZH_2026_12_V2].map((l) => [`lexicon:${l.id}@${l.version}`, fingerprint(l)]),
  );
}
