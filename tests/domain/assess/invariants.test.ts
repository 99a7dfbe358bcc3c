/**
 * Properties that must hold for any debt on any date (random inputs): the app never outputs a
 * bare risk level, intent is never decided, milestones lie ahead and are sorted, and the
 * criminal principal condition is exactly "counted principal ≥ threshold".
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assessDebt } from '../../../src/domain/assess/assess-debt';
import { arbitraryAsOf, arbitraryInput } from './arbitrary-input';

const RUNS = { numRuns: 400 };

describe('assessment invariants', () => {
  it('never says "high" anywhere in its output', () => {
    fc.assert(
      fc.property(arbitraryInput, arbitraryAsOf, (input, asOf) => {
        expect(JSON.stringify(assessDebt(input, asOf))).not.toMatch(/high|severe|danger/i);
      }),
      RUNS,
    );
  });

  it('never decides intent, and shows what lowers the risk for every card debt', () => {
    fc.assert(
      fc.property(arbitraryInput, arbitraryAsOf, (input, asOf) => {
        const c = assessDebt(input, asOf).criminal;
        expect(c.conditions.intent.status).toBe('unknown');
        expect(c.lowering.length > 0).toBe(c.scope !== 'not-a-card');
        if (c.scope === 'not-a-card') expect(c.outcome).toBe('not-applicable');
        if (c.outcome === 'objective-conditions-met') {
          expect(
            [c.conditions.principal, c.conditions.collections, c.conditions.threeMonths].map((x) => x.status),
          ).toEqual(['met', 'met', 'met']);
        }
      }),
      RUNS,
    );
  });

  it('meets the principal condition exactly when counted principal ≥ threshold', () => {
    fc.assert(
      fc.property(arbitraryInput, arbitraryAsOf, (input, asOf) => {
        const c = assessDebt(input, asOf).criminal;
        if (c.threshold === null) expect(c.conditions.principal.status).toBe('unknown');
        else expect(c.conditions.principal.status).toBe(c.countedPrincipal >= c.threshold ? 'met' : 'not-met');
        expect(c.countedPrincipal).toBeLessThanOrEqual(input.principal);
      }),
      RUNS,
    );
  });

  it('lists milestones on or after the date, soonest first, with days left', () => {
    fc.assert(
      fc.property(arbitraryInput, arbitraryAsOf, (input, asOf) => {
        const ms = assessDebt(input, asOf).milestones;
        for (const m of ms) {
          expect(m.date >= asOf).toBe(true);
          expect(m.daysLeft).toBeGreaterThanOrEqual(0);
        }
        const dates = ms.map((m) => m.date);
        expect(dates).toEqual([...dates].sort());
      }),
      RUNS,
    );
  });

  it('raises limitationMayHaveExpired only with an end date before the date or before court', () => {
    fc.assert(
      fc.property(arbitraryInput, arbitraryAsOf, (input, asOf) => {
        const l = assessDebt(input, asOf).limitation;
        if (l.limitationMayHaveExpired) {
          expect(l.endsOn).not.toBeNull();
          expect(l.endsOn! < asOf).toBe(true);
          expect(['may-have-expired', 'in-court']).toContain(l.status);
        }
        if (l.status === 'may-have-expired') expect(l.limitationMayHaveExpired).toBe(true);
        if (l.status === 'running') expect(l.endsOn! >= asOf).toBe(true);
      }),
      RUNS,
    );
  });

  it('is the same for the same input and date (nothing depends on the clock)', () => {
    fc.assert(
      fc.property(arbitraryInput, arbitraryAsOf, (input, asOf) => {
        expect(assessDebt(input, asOf)).toEqual(assessDebt(structuredClone(input), asOf));
      }),
      { numRuns: 100 },
    );
  });
});
