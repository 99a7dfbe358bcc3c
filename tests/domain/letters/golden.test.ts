/**
 * Every template version's whole output (document, missing fields, warnings) from fixed inputs,
 * compared with what it printed when it was recorded (golden/letters.json). A saved letter is
 * rebuilt from its template version, so a released version must print exactly the same forever;
 * the wording checks in templates.test.ts only pin some sentences.
 *
 * A new template version gets its entry with `LETTERS_GOLDEN_RECORD=1 npx vitest run --project
 * unit tests/domain/letters/golden.test.ts`, which only adds entries that are missing.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isoDate } from '../../../src/domain/dates';
import { emptyLetterInput, type LetterInput } from '../../../src/domain/letters/letter-input';
import { allTemplateVersions } from '../../../src/domain/letters/registry';
import { toFen } from '../../../src/domain/money';
import { fullInput } from './fixtures';

const FILE = join(import.meta.dirname, 'golden', 'letters.json');

/** Inputs that reach every branch the templates have: complete, empty, time-barred, custom split, shortfall. */
const INPUTS: Record<string, LetterInput> = {
  full: fullInput(),
  empty: emptyLetterInput(isoDate('2026-11-28')),
  'limitation-undecided': fullInput({ limitationMayHaveExpired: true }),
  'limitation-proceed': fullInput({ limitationMayHaveExpired: true, limitationChoice: 'proceed' }),
  'one-creditor-custom-long': fullInput({
    contact: { kind: 'post', value: '北京市东城区示例路1号' },
    debt: {
      lender: '示例银行',
      last4: '',
      principal: toFen(9_000_000),
      interest: toFen(0),
      fees: toFen(0),
      recordedOn: isoDate('2026-11-20'),
    },
    plan: {
      basis: 'total',
      monthly: toFen(100_000),
      months: 90,
      lastInstalment: toFen(100_000),
      firstDue: null,
      split: 'custom',
      creditorCount: 1,
      totalOwedAll: toFen(9_000_000),
      offerAll: toFen(100_000),
    },
    enclosures: ['id-copy', 'credit-report', 'correspondence'],
    bankComplaintDate: isoDate('2026-11-18'),
  }),
  shortfall: fullInput({
    contact: { kind: 'email', value: 'li@example.com' },
    budget: {
      lines: [
        { category: 'salary', monthly: toFen(200_000), reason: '' },
        { category: 'housing', monthly: toFen(250_000), reason: '' },
      ],
      incomeMonthly: toFen(200_000),
      spendingMonthly: toFen(250_000),
      surplusMonthly: -50_000,
    },
  }),
};

const current: Record<string, unknown> = {};
for (const t of allTemplateVersions())
  for (const [name, input] of Object.entries(INPUTS))
    current[`${t.id}@${t.version}/${name}`] = t.build(structuredClone(input));

let recorded = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown>;
if (process.env.LETTERS_GOLDEN_RECORD === '1') {
  const next = { ...recorded };
  for (const [key, value] of Object.entries(current)) if (!(key in next)) next[key] = value;
  recorded = Object.fromEntries(Object.entries(next).sort(([a], [b]) => (a < b ? -1 : 1)));
  writeFileSync(FILE, `${JSON.stringify(recorded, null, 2)}\n`);
}

describe('letter templates print what they printed when recorded', () => {
  it.each(Object.keys(recorded))('%s', (key) => {
    expect(key in current, `${key} was recorded and no longer exists: add a new version instead`).toBe(true);
    expect(current[key]).toEqual(recorded[key]);
  });

  it('has a recorded output for every template version and input', () => {
    expect(Object.keys(current).filter((key) => !(key in recorded))).toEqual([]);
  });
});
