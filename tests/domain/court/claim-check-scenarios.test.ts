/** Runs every scenario in tests/fixtures/claim-check/*.json (format: that folder's README.md). */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { claimAnswerSentences } from '../../../src/domain/court/claim-answer-sentences';
import {
  checkClaim,
  type ClaimCheck,
  type ClaimCheckInput,
  type DatedCharge,
} from '../../../src/domain/court/claim-check';
import { courtSources } from '../../../src/domain/legal/sources/court';
import { findSource } from '../../../src/domain/legal/sources/index';
import type { Fen, IsoDate } from '../../../src/domain/types';

interface Scenario {
  name: string;
  why: string;
  input: {
    creditorType: ClaimCheckInput['creditorType'];
    claimedTo: string;
    overdueFrom: string;
    claimed: {
      principal: string;
      interest: string;
      penalty?: string;
      instalmentFees?: string;
      otherFees?: string;
      datedCharges?: { kind: DatedCharge['kind']; date: string; amount: string }[];
      interestOnCharges?: boolean;
    };
    ledgerPrincipal?: string | null;
    payments?: { date: string; amount: string }[];
  };
  expected: Record<string, unknown>;
}

const DIR = join(import.meta.dirname, '../../fixtures/claim-check');
const scenarios: [string, Scenario][] = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => [f, JSON.parse(readFileSync(join(DIR, f), 'utf8')) as Scenario]);

const fen = (yuan: string): Fen => {
  if (!/^\d+\.\d{2}$/.test(yuan)) throw new Error(`amount must be yuan with 2 decimals: ${yuan}`);
  return Number(yuan.replace('.', '')) as Fen;
};
const yuan = (f: number) => `${Math.floor(f / 100)}.${String(f % 100).padStart(2, '0')}`;

function toInput(s: Scenario['input']): ClaimCheckInput {
  const c = s.claimed;
  return {
    creditorType: s.creditorType,
    claimedTo: s.claimedTo as IsoDate,
    overdueFrom: s.overdueFrom as IsoDate,
    claimed: {
      principal: fen(c.principal),
      interest: fen(c.interest),
      penalty: fen(c.penalty ?? '0.00'),
      instalmentFees: fen(c.instalmentFees ?? '0.00'),
      otherFees: fen(c.otherFees ?? '0.00'),
      datedCharges: (c.datedCharges ?? []).map((d) => ({
        kind: d.kind,
        date: d.date as IsoDate,
        amount: fen(d.amount),
      })),
      interestOnCharges: c.interestOnCharges ?? false,
    },
    ledgerPrincipal: s.ledgerPrincipal === undefined || s.ledgerPrincipal === null ? null : fen(s.ledgerPrincipal),
    payments: (s.payments ?? []).map((p) => ({ date: p.date as IsoDate, amount: fen(p.amount) })),
  };
}

const MONEY = new Set(['benchmark.cap', 'benchmark.charges', 'benchmark.base', 'totalClaimed', 'totalAllowed']);

function read(check: ClaimCheck, path: string): unknown {
  if (path === 'findingCodes') return check.findings.map((f) => f.code);
  if (path === 'sentences') return claimAnswerSentences(check, '原告');
  const row = /^rows\.([a-z-]+)\.(claimed|allowed|difference)$/.exec(path);
  if (row) {
    const r = check.rows.find((x) => x.item === row[1]);
    return r ? yuan(r[row[2] as 'claimed']) : null;
  }
  const value = path.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], check);
  return MONEY.has(path) ? yuan(value as number) : value;
}

describe('claim-check scenarios', () => {
  it('has scenarios', () => expect(scenarios.length).toBeGreaterThanOrEqual(9));

  it.each(scenarios)('%s', (_file, s) => {
    const check = checkClaim(toInput(s.input));
    for (const [path, want] of Object.entries(s.expected)) {
      if (path === 'sentenceIncludes') {
        const sentences = claimAnswerSentences(check, '原告').join('\n');
        for (const part of want as string[]) expect(sentences, part).toContain(part);
      } else expect(read(check, path), path).toEqual(want);
    }
    for (const f of check.findings) for (const id of f.sourceIds) expect(findSource(id), id).toBeDefined();
  });

  it('cites every court source the reader does not', () => {
    const cited = new Set(
      scenarios.flatMap(([, s]) => checkClaim(toInput(s.input)).findings.flatMap((f) => f.sourceIds)),
    );
    const claimSources = courtSources.map((x) => x.id).filter((id) => !/^court-(case|pre-suit)-/.test(id));
    expect(claimSources.length).toBe(3);
    expect(claimSources.filter((id) => !cited.has(id))).toEqual([]);
  });

  it('never says the person owes anything in the answer sentences', () => {
    for (const [, s] of scenarios)
      for (const sentence of claimAnswerSentences(checkClaim(toInput(s.input)), '原告'))
        expect(sentence).not.toMatch(/本人(尚)?欠|本人确认|本人承认|应(当)?偿还/);
  });
});
