/**
 * The scenario file format (documented for authors in tests/fixtures/assessment/README.md):
 * parse a scenario JSON file into engine input, and read expected values by dotted path.
 */
import * as z from 'zod/mini';
import { isIsoDate } from '../../../src/domain/dates';
import { CREDITOR_TYPES } from '../../../src/domain/debt';
import {
  ACKNOWLEDGEMENT_KINDS,
  COLLECTION_CHANNELS,
  LEGAL_EVENT_KINDS,
  RECEIPT_PROOFS,
} from '../../../src/domain/debt-events';
import type { AssessmentInput } from '../../../src/domain/assess/types';
import type { Assessment, Finding } from '../../../src/domain/assess/types';
import { parseYuan } from '../../../src/domain/money';
import type { Fen, IsoDate } from '../../../src/domain/types';

const date = z.string().check(z.refine(isIsoDate, 'not a real YYYY-MM-DD date'));
const yuan = z.string().check(z.refine((s) => parseYuan(s).ok, 'not an amount in yuan, e.g. "49999.99"'));

export const scenarioSchema = z.strictObject({
  name: z.string().check(z.minLength(1)),
  why: z.optional(z.string()),
  asOf: date,
  debt: z.strictObject({
    creditorType: z.optional(z.enum(CREDITOR_TYPES)),
    principal: yuan,
    interest: z.optional(yuan),
    fees: z.optional(yuan),
    amountsAsOf: z.optional(z.nullable(date)),
    firstMissedDue: z.nullable(date),
    settled: z.optional(z.boolean()),
    settledOn: z.optional(z.nullable(date)),
    payments: z.optional(z.array(z.strictObject({ date, amount: yuan }))),
    collectionNotices: z.optional(
      z.array(z.strictObject({ date, channel: z.enum(COLLECTION_CHANNELS), received: z.enum(RECEIPT_PROOFS) })),
    ),
    acknowledgements: z.optional(
      z.array(
        z.strictObject({
          date,
          kind: z.enum(ACKNOWLEDGEMENT_KINDS),
          lastInstalmentDue: z.optional(z.nullable(date)),
        }),
      ),
    ),
    legalEvents: z.optional(
      z.array(z.strictObject({ date, kind: z.enum(LEGAL_EVENT_KINDS), performanceDue: z.optional(date) })),
    ),
    sameIssuer: z.optional(
      z.array(
        z.strictObject({
          creditorType: z.optional(z.enum(CREDITOR_TYPES)),
          principal: yuan,
          interest: z.optional(yuan),
          fees: z.optional(yuan),
          amountsAsOf: z.optional(z.nullable(date)),
          settled: z.optional(z.boolean()),
          settledOn: z.optional(z.nullable(date)),
          payments: z.optional(z.array(z.strictObject({ date, amount: yuan }))),
        }),
      ),
    ),
  }),
  expected: z.record(z.string(), z.unknown()),
});

export type Scenario = z.infer<typeof scenarioSchema>;

function fen(s: string | undefined): Fen {
  if (s === undefined) return 0 as Fen;
  const parsed = parseYuan(s);
  if (!parsed.ok) throw new Error(`bad amount ${s}`);
  return parsed.fen;
}

export function scenarioInput(s: Scenario): AssessmentInput {
  const d = s.debt;
  const settledOn = (d.settledOn ?? null) as IsoDate | null;
  return {
    creditorType: d.creditorType ?? 'card-overdraft',
    principal: fen(d.principal),
    interest: fen(d.interest),
    fees: fen(d.fees),
    amountsAsOf: (d.amountsAsOf === undefined ? d.firstMissedDue : d.amountsAsOf) as IsoDate | null,
    firstMissedDue: d.firstMissedDue as IsoDate | null,
    settled: d.settled ?? settledOn !== null,
    settledOn,
    payments: (d.payments ?? []).map((p) => ({ date: p.date as IsoDate, amount: fen(p.amount) })),
    collectionNotices: (d.collectionNotices ?? []).map((n) => ({ ...n, date: n.date as IsoDate })),
    acknowledgements: (d.acknowledgements ?? []).map((a) => ({
      date: a.date as IsoDate,
      kind: a.kind,
      lastInstalmentDue: (a.lastInstalmentDue ?? null) as IsoDate | null,
    })),
    legalEvents: (d.legalEvents ?? []).map((e) => ({
      date: e.date as IsoDate,
      kind: e.kind,
      performanceDue: (e.performanceDue ?? null) as IsoDate | null,
    })),
    sameIssuer: (d.sameIssuer ?? []).map((o) => {
      const otherSettledOn = (o.settledOn ?? null) as IsoDate | null;
      return {
        creditorType: o.creditorType ?? 'card-overdraft',
        principal: fen(o.principal),
        interest: fen(o.interest),
        fees: fen(o.fees),
        amountsAsOf: (o.amountsAsOf ?? null) as IsoDate | null,
        settled: o.settled ?? otherSettledOn !== null,
        settledOn: otherSettledOn,
        payments: (o.payments ?? []).map((p) => ({ date: p.date as IsoDate, amount: fen(p.amount) })),
      };
    }),
  };
}

/**
 * What a scenario may name in `expected`: the assessment itself, plus a few shortcuts that
 * are easier to write by hand (see the README).
 */
export function scenarioView(a: Assessment): Record<string, unknown> {
  const codes = (fs: readonly { code: string }[]) => fs.map((f) => f.code);
  const byCode = (fs: readonly Finding[], pick: (f: Finding) => unknown) =>
    Object.fromEntries(fs.map((f) => [f.code, pick(f)]));
  const areas = {
    stage: a.stage.findings,
    criminal: a.criminal.findings,
    civil: a.civil.findings,
    limitation: a.limitation.findings,
    creditRecord: a.creditRecord.findings,
  };
  const perArea = (pick: (f: Finding) => unknown) =>
    Object.fromEntries(Object.entries(areas).map(([area, fs]) => [area, byCode(fs, pick)]));
  return {
    ...a,
    milestoneList: a.milestones.map((m) => `${m.date} ${m.code}`),
    findingCodes: {
      stage: codes(a.stage.findings),
      criminal: codes(a.criminal.findings),
      civil: codes(a.civil.findings),
      limitation: codes(a.limitation.findings),
      creditRecord: codes(a.creditRecord.findings),
    },
    reasonsByCode: perArea((f) => f.reasons ?? []),
    sourcesByCode: perArea((f) => f.sourceIds),
    reasons: {
      principal: a.criminal.conditions.principal.finding.reasons ?? [],
      collections: a.criminal.conditions.collections.finding.reasons ?? [],
      threeMonths: a.criminal.conditions.threeMonths.finding.reasons ?? [],
    },
  };
}

const MISSING = Symbol('missing');

/** Read `a.b.0.c` from an object; MISSING when any step does not exist. */
export function readPath(root: unknown, path: string): unknown {
  let at: unknown = root;
  for (const step of path.split('.')) {
    if (at === null || typeof at !== 'object' || !(step in at)) return MISSING;
    at = (at as Record<string, unknown>)[step];
  }
  return at;
}

export function isMissing(v: unknown): boolean {
  return v === MISSING;
}

/** Expected amounts are written in yuan ("49999.99"); compare them as fen. */
export function normaliseExpected(expected: unknown, actual: unknown): unknown {
  if (typeof expected === 'string' && typeof actual === 'number' && /^[\d,.]+$/.test(expected)) {
    const parsed = parseYuan(expected);
    if (parsed.ok) return parsed.fen;
  }
  return expected;
}
