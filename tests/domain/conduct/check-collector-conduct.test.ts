import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkCollectorConduct,
  isDebtorReachable,
  normaliseNumber,
  type ConductLogEntry,
  type DebtContext,
} from '../../../src/domain/conduct/check-collector-conduct';
import {
  CONTACT_CHANNELS,
  CONTACT_FLAGS,
  CONTACT_PARTIES,
  DEFAULT_CONDUCT_CONTEXT,
  conductCreditorType,
  contextForDebt,
  isLocalTime,
  isNightTime,
  localTime,
  type LocalTime,
} from '../../../src/domain/conduct/contact';
import { isoDate } from '../../../src/domain/dates';
import type { IsoDate } from '../../../src/domain/types';
import { makeContactFields } from '../../../src/testing/factories';

const entry = (id: string, over: Partial<ConductLogEntry> = {}): ConductLogEntry => ({
  id,
  ...makeContactFields({ debtId: 'd1', fromNumber: '4008000000' }),
  ...over,
});

const ctx = (over: Partial<DebtContext> = {}): DebtContext => ({ ...DEFAULT_CONDUCT_CONTEXT, debtId: 'd1', ...over });

describe('isNightTime', () => {
  it.each([
    ['00:00', true],
    ['07:59', true],
    ['08:00', false],
    ['12:00', false],
    ['21:00', false],
    ['21:59', false],
    ['22:00', true],
    ['23:59', true],
  ])('%s → %s', (t, night) => {
    expect(isNightTime(localTime(t))).toBe(night);
  });
});

describe('isLocalTime', () => {
  it.each([
    ['08:00', true],
    ['23:59', true],
    ['24:00', false],
    ['8:00', false],
    ['12:60', false],
    ['12:00:00', false],
    ['', false],
  ])('%s → %s', (t, ok) => {
    expect(isLocalTime(t)).toBe(ok);
  });
});

describe('normaliseNumber', () => {
  it.each([
    ['138-0000-0000', '13800000000'],
    ['138 0000 0000', '13800000000'],
    ['+86 138 0000 0000', '+8613800000000'],
    ['', ''],
  ])('%s → %s', (raw, norm) => {
    expect(normaliseNumber(raw)).toBe(norm);
  });
});

describe('isDebtorReachable', () => {
  const day = (d: string) => isoDate(d);
  const log = (answered: string[], unanswered: Record<string, number> = {}) => ({
    answered: (d: IsoDate) => answered.includes(d),
    unanswered: (d: IsoDate) => unanswered[d] ?? 0,
  });
  it.each<[string, string[], Record<string, number>, 'yes' | 'no' | 'unknown', boolean]>([
    ['answered the same day', ['2026-03-03'], {}, 'unknown', true],
    ['answered yesterday', ['2026-03-02'], {}, 'unknown', true],
    ['answered two days before', ['2026-03-01'], {}, 'unknown', true],
    ['answered three days before', ['2026-02-28'], {}, 'unknown', false],
    ['no evidence', [], {}, 'unknown', false],
    ['says reachable', [], {}, 'yes', true],
    ['says unreachable, but answered today', ['2026-03-03'], {}, 'no', true],
    ['says reachable, 3 failed calls yesterday', [], { '2026-03-02': 3 }, 'yes', false],
    ['says reachable, 2 failed calls yesterday', [], { '2026-03-02': 2 }, 'yes', true],
    ['3 failed calls yesterday but answered yesterday too', ['2026-03-02'], { '2026-03-02': 3 }, 'unknown', true],
    ['3 failed calls yesterday, answered the day before', ['2026-03-01'], { '2026-03-02': 3 }, 'unknown', false],
  ])('%s', (_name, answered, unanswered, says, reachable) => {
    expect(isDebtorReachable(day('2026-03-03'), { debtorReachable: says }, log(answered, unanswered))).toBe(reachable);
  });
});

describe('checkCollectorConduct', () => {
  it('returns nothing for an empty log', () => {
    expect(checkCollectorConduct([])).toEqual([]);
  });

  it('reports a counting finding with the day, number, count and limit', () => {
    const log = Array.from({ length: 7 }, (_, i) =>
      entry(`e${i}`, { channel: 'call-unanswered', time: localTime(`1${i}:00`), toNumber: '139 0000 0000' }),
    );
    const [finding] = checkCollectorConduct(log, [ctx()]);
    expect(finding).toMatchObject({
      ruleId: 'unanswered-attempts-per-day',
      force: 'industry-self-regulation',
      advisory: true,
      sourceIds: ['cba-collection-guideline-2026'],
      effectiveFrom: '2026-01-30',
      occurrences: [{ date: '2026-03-03', debtId: 'd1', count: 7, limit: 6, toNumber: '13900000000' }],
    });
    expect(finding.entryIds).toEqual(['e0', 'e1', 'e2', 'e3', 'e4', 'e5', 'e6']);
  });

  it('names the strongest basis and lists every basis that applied', () => {
    const [finding] = checkCollectorConduct([entry('e1', { flags: ['threatened'] })], [ctx()]);
    expect(finding.ruleId).toBe('threat');
    expect(finding.force).toBe('law');
    expect(finding.sourceIds).toEqual(['psl-2025-art50-1']);
    expect(finding.effectiveFrom).toBe('2026-01-01');
    expect(finding.bases.map((b) => b.key)).toEqual([
      'threat/psl-2025',
      'threat/card-measures-2011',
      'threat/cba-2026',
    ]);
    expect(finding.bases.every((b) => b.entryIds.join() === 'e1')).toBe(true);
  });

  it('judges each entry by the text in force on its own date', () => {
    const [finding] = checkCollectorConduct(
      [
        entry('old', { date: isoDate('2025-12-31'), flags: ['threatened'] }),
        entry('new', { date: isoDate('2026-01-01'), flags: ['threatened'] }),
      ],
      [ctx()],
    );
    const byKey = Object.fromEntries(finding.bases.map((b) => [b.key, b.entryIds]));
    expect(byKey['threat/psl-2012']).toEqual(['old']);
    expect(byKey['threat/psl-2025']).toEqual(['new']);
    expect(byKey['threat/card-measures-2011']).toEqual(['old', 'new']);
  });

  it('sorts findings strongest first, then in rule-id order', () => {
    const findings = checkCollectorConduct(
      [entry('e1', { time: localTime('23:00'), flags: ['no-identification', 'insulted'] })],
      [ctx()],
    );
    expect(findings.map((f) => [f.ruleId, f.force])).toEqual([
      ['insult', 'law'],
      ['night-contact', 'industry-self-regulation'],
      ['no-identification', 'industry-self-regulation'],
    ]);
  });

  it('keeps creditors apart and uses each debt its own context', () => {
    const findings = checkCollectorConduct(
      [
        entry('bank', { debtId: 'b', time: localTime('23:00') }),
        entry('online', { debtId: 'o', date: isoDate('2025-06-01'), time: localTime('23:00') }),
        entry('none', { debtId: '', date: isoDate('2025-06-01'), time: localTime('23:00') }),
      ],
      [ctx({ debtId: 'b' }), ctx({ debtId: 'o', creditorType: 'online-lender' })],
    );
    const night = findings.find((f) => f.ruleId === 'night-contact')!;
    expect(night.entryIds).toEqual(['none', 'online', 'bank']);
    expect(night.bases.map((b) => b.key)).toEqual([
      'night-contact/gbt-2025',
      'night-contact/cba-2026',
      'night-contact/nifa-2024',
      'night-contact/nifa-2024-banks',
    ]);
    expect(night.force).toBe('national-standard');
  });

  it('takes a rule set as data: a rule set without a basis finds nothing', () => {
    const log = [entry('e1', { flags: ['threatened'], time: localTime('23:00') })];
    expect(checkCollectorConduct(log, [ctx()], { id: 'empty', version: 1, rules: [] })).toEqual([]);
  });

  const arbEntry = fc.record({
    id: fc.uuid(),
    date: fc.constantFrom(...['2025-12-31', '2026-01-01', '2026-03-02', '2026-03-03'].map(isoDate)),
    time: fc
      .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
      .map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}` as LocalTime),
    debtId: fc.constantFrom('d1', 'd2', ''),
    agency: fc.constantFrom('', '某某公司'),
    collectorName: fc.constant(''),
    channel: fc.constantFrom(...CONTACT_CHANNELS),
    fromNumber: fc.constant('4008000000'),
    toNumber: fc.constantFrom('13800000000', '13900000000'),
    attempts: fc.constant(1),
    party: fc.constantFrom(...CONTACT_PARTIES),
    partyName: fc.constantFrom('', '妈妈'),
    flags: fc.uniqueArray(fc.constantFrom(...CONTACT_FLAGS), { maxLength: 4 }),
    quote: fc.constant(''),
    notes: fc.constant(''),
  });

  it('does not depend on the order of the log, and cites only entries of the log', () => {
    fc.assert(
      fc.property(fc.array(arbEntry, { maxLength: 40 }), fc.func(fc.integer()), (log, key) => {
        const contexts = [
          ctx({ debtorReachable: 'yes' }),
          ctx({ debtId: 'd2', creditorType: 'online-lender', outsourcingNotice: 'no' }),
        ];
        const a = checkCollectorConduct(log, contexts);
        const shuffled = [...log].sort((x, y) => key(x.id) - key(y.id));
        expect(checkCollectorConduct(shuffled, contexts)).toEqual(a);
        const ids = new Set(log.map((e) => e.id));
        for (const f of a) for (const id of f.entryIds) expect(ids.has(id)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('finds nothing in daytime calls to the debtor by identified collectors, at most 3 a day', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            day: fc.integer({ min: 1, max: 28 }),
            hour: fc.integer({ min: 8, max: 21 }),
          }),
          { maxLength: 60 },
        ),
        (calls) => {
          const perDay = new Map<number, number>();
          const log = calls
            .filter((c) => {
              const n = (perDay.get(c.day) ?? 0) + 1;
              perDay.set(c.day, n);
              return n <= 3;
            })
            .map((c, i) =>
              entry(`e${i}`, {
                date: isoDate(`2026-03-${String(c.day).padStart(2, '0')}`),
                time: localTime(`${String(c.hour).padStart(2, '0')}:30`),
                collectorName: '工号1',
              }),
            );
          expect(checkCollectorConduct(log, [ctx({ creditorType: 'online-lender' })])).toEqual([]);
          expect(checkCollectorConduct(log, [ctx()])).toEqual([]);
        },
      ),
    );
  });
});

describe('contextForDebt', () => {
  it.each([
    ['card-overdraft', 'bank'],
    ['card-instalment-or-cash-loan', 'bank'],
    ['online-lender', 'online-lender'],
    ['consumer-finance', 'consumer-finance'],
  ] as const)('a %s debt is always checked as %s, whatever a saved context says', (debtType, conductType) => {
    expect(conductCreditorType(debtType)).toBe(conductType);
    expect(contextForDebt({ id: 'd', creditorType: debtType }, undefined).creditorType).toBe(conductType);
    const saved = { ...DEFAULT_CONDUCT_CONTEXT, creditorType: 'unknown' as const, outsourcingNotice: 'no' as const };
    expect(contextForDebt({ id: 'd', creditorType: debtType }, saved)).toEqual({ ...saved, creditorType: conductType });
  });

  it('keeps the chosen creditor type of entries not linked to a debt', () => {
    const saved = { ...DEFAULT_CONDUCT_CONTEXT, creditorType: 'online-lender' as const };
    expect(contextForDebt(undefined, saved)).toBe(saved);
  });
});
