/** fast-check generators for random but well-formed assessment inputs (property tests, bench). */
import fc from 'fast-check';
import type { AssessmentInput } from '../../../src/domain/assess/types';
import { addDays } from '../../../src/domain/dates';
import { CREDITOR_TYPES } from '../../../src/domain/debt';
import {
  ACKNOWLEDGEMENT_KINDS,
  COLLECTION_CHANNELS,
  LEGAL_EVENT_KINDS,
  RECEIPT_PROOFS,
} from '../../../src/domain/debt-events';
import type { Fen, IsoDate } from '../../../src/domain/types';

const BASE = '2016-01-01' as IsoDate;
/** A day between 2016-01-01 and about 2029. */
const arbitraryDate = fc.integer({ min: 0, max: 5000 }).map((n) => addDays(BASE, n));
export const arbitraryAsOf = arbitraryDate;
const fen = (max: number) => fc.integer({ min: 0, max }).map((n) => n as Fen);

export const arbitraryInput: fc.Arbitrary<AssessmentInput> = fc
  .record({
    creditorType: fc.constantFrom(...CREDITOR_TYPES),
    principal: fen(20_000_000),
    interest: fen(2_000_000),
    fees: fen(500_000),
    amountsAsOf: fc.option(arbitraryDate, { nil: null }),
    firstMissedDue: fc.option(arbitraryDate, { nil: null, freq: 6 }),
    settledUnknownDay: fc.integer({ min: 0, max: 7 }).map((n) => n === 0),
    settledOn: fc.oneof(
      { weight: 4, arbitrary: fc.constant<IsoDate | null>(null) },
      { weight: 1, arbitrary: arbitraryDate },
    ),
    payments: fc.array(fc.record({ date: arbitraryDate, amount: fen(1_000_000).map((n) => (n + 1) as Fen) }), {
      maxLength: 4,
    }),
    collectionNotices: fc.array(
      fc.record({
        date: arbitraryDate,
        channel: fc.constantFrom(...COLLECTION_CHANNELS),
        received: fc.constantFrom(...RECEIPT_PROOFS),
      }),
      { maxLength: 5 },
    ),
    acknowledgements: fc.array(
      fc.record({
        date: arbitraryDate,
        kind: fc.constantFrom(...ACKNOWLEDGEMENT_KINDS),
        lastInstalmentDue: fc.option(arbitraryDate, { nil: null }),
      }),
      { maxLength: 2 },
    ),
    legalEvents: fc.array(fc.record({ date: arbitraryDate, kind: fc.constantFrom(...LEGAL_EVENT_KINDS) }), {
      maxLength: 3,
    }),
  })
  .map(({ settledUnknownDay, ...r }) => ({ ...r, settled: r.settledOn !== null || settledUnknownDay }));
