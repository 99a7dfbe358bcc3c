/**
 * How long the assessment takes for a large ledger: 1,000 debts with a realistic mix of
 * events, assessed as of one date, plus the dashboard's merge of all their milestones.
 * Run with `npm run bench`; this reports times and asserts nothing about them.
 */
import { test } from 'vitest';
import { assessDebt } from '../../src/domain/assess/assess-debt';
import { upcomingMilestones } from '../../src/domain/assess/deadlines';
import type { AssessmentInput } from '../../src/domain/assess/types';
import { addDays } from '../../src/domain/dates';
import { CREDITOR_TYPES } from '../../src/domain/debt';
import { COLLECTION_CHANNELS, LEGAL_EVENT_KINDS, RECEIPT_PROOFS } from '../../src/domain/debt-events';
import type { Fen, IsoDate } from '../../src/domain/types';

/** A small deterministic generator, so every run assesses the same ledger. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

const AS_OF = '2026-11-28' as IsoDate;

function makeLedger(count: number): AssessmentInput[] {
  const r = lcg(42);
  const pick = <T>(xs: readonly T[]) => xs[r(xs.length)];
  return Array.from({ length: count }, () => {
    const fmd = addDays(AS_OF, -(1 + r(2_500)));
    const later = (max: number) => addDays(fmd, 1 + r(max));
    const settledOn = r(6) === 0 ? later(600) : null;
    return {
      creditorType: pick(CREDITOR_TYPES),
      principal: (r(12_000_000) + 100) as Fen,
      interest: r(1_000_000) as Fen,
      fees: r(200_000) as Fen,
      amountsAsOf: fmd,
      firstMissedDue: fmd,
      settled: settledOn !== null,
      settledOn,
      payments: Array.from({ length: r(4) }, () => ({ date: later(900), amount: (r(300_000) + 1) as Fen })),
      collectionNotices: Array.from({ length: r(6) }, () => ({
        date: later(900),
        channel: pick(COLLECTION_CHANNELS),
        received: pick(RECEIPT_PROOFS),
      })),
      acknowledgements:
        r(5) === 0 ? [{ date: later(900), kind: 'repayment-plan' as const, lastInstalmentDue: later(2_000) }] : [],
      legalEvents: r(4) === 0 ? [{ date: later(900), kind: pick(LEGAL_EVENT_KINDS) }] : [],
    };
  });
}

const ledger = makeLedger(1_000);

test('assessment of a 1,000-debt ledger', async ({ bench }) => {
  await bench.compare(
    bench('assess 1,000 debts', () => {
      for (const debt of ledger) assessDebt(debt, AS_OF);
    }),
    bench('assess 1,000 debts and merge their milestones for the dashboard', () => {
      upcomingMilestones(ledger.map((debt, i) => ({ debtId: String(i), assessment: assessDebt(debt, AS_OF) })));
    }),
  );
});
