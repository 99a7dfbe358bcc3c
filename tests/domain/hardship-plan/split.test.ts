import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_AMOUNT_FEN, toFen } from '../../../src/domain/money';
import { splitProRata } from '../../../src/domain/hardship-plan/split';

const claims = (...owed: number[]) => owed.map((o, i) => ({ debtId: `d${i}`, owed: toFen(o) }));
const amounts = (offer: number, ...owed: number[]) => splitProRata(toFen(offer), claims(...owed)).map((s) => s.monthly);

describe('splitProRata', () => {
  it.each<[string, number, number[], number[]]>([
    ['two cards 2:1', 90_000, [200_000, 100_000], [60_000, 30_000]],
    ['three equal debts: the odd fen goes to the first', 1_000, [5, 5, 5], [334, 333, 333]],
    ['equal remainders: the larger debt first, then the earlier one', 100, [1, 1, 4], [17, 16, 67]],
    ['one creditor takes it all', 12_345, [999], [12_345]],
    ['a zero debt gets nothing', 1_000, [0, 500, 500], [0, 500, 500]],
    ['nothing owed at all: nothing split', 1_000, [0, 0], [0, 0]],
    ['offer of zero', 0, [100, 200], [0, 0]],
  ])('%s', (_name, offer, owed, expected) => {
    expect(amounts(offer, ...owed)).toEqual(expected);
  });

  it('breaks a remainder tie in favour of the larger debt, then the earlier one', () => {
    // offer 10 over owed [2, 3, 5] × 1/… : exact shares 2, 3, 5 → no remainder.
    expect(amounts(10, 2, 3, 5)).toEqual([2, 3, 5]);
    // offer 1 over [1, 1]: both remainders equal, same size → the earlier gets it.
    expect(amounts(1, 1, 1)).toEqual([1, 0]);
    // offer 1 over [1, 3]: remainders 1/4 and 3/4 → the larger remainder wins.
    expect(amounts(1, 1, 3)).toEqual([0, 1]);
    // offer 2 over [1, 2, 3]: floors 0,0,1; remainders 2/6, 4/6, 0 → the second gets the fen.
    expect(amounts(2, 1, 2, 3)).toEqual([0, 1, 1]);
    // offer 1 over [2, 2, 4]: remainders 2/8, 2/8, 4/8 → the third.
    expect(amounts(1, 2, 2, 4)).toEqual([0, 0, 1]);
    // offer 3 over [5, 5, 10]: exact 0.75, 0.75, 1.5 → floors 0,0,1; remainders .75,.75,.5
    // → both .75 get one each, first by order since both owe 5.
    expect(amounts(3, 5, 5, 10)).toEqual([1, 1, 1]);
  });

  it('keeps the debt ids in their order', () => {
    expect(splitProRata(toFen(10), claims(1, 1)).map((s) => s.debtId)).toEqual(['d0', 'd1']);
  });

  it('is exact at the largest amounts (products beyond 2^53)', () => {
    // exact shares 4,999,999,999.75 / 4,999,999,999.75 / 0.49999… → the two .75 get the 2 fen left
    expect(amounts(MAX_AMOUNT_FEN, MAX_AMOUNT_FEN, MAX_AMOUNT_FEN, 1)).toEqual([5_000_000_000, 5_000_000_000, 0]);
  });

  it('returns nothing for no creditors', () => {
    expect(splitProRata(toFen(100), [])).toEqual([]);
  });

  it('always sums exactly to the offer, and no share is more than one fen from its exact value', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_AMOUNT_FEN }),
        fc.array(fc.integer({ min: 0, max: MAX_AMOUNT_FEN }), { minLength: 1, maxLength: 12 }),
        (offer, owed) => {
          const total = owed.reduce((a, b) => a + b, 0);
          const r = amounts(offer, ...owed);
          if (total === 0) return r.every((x) => x === 0);
          if (r.reduce((a, b) => a + b, 0) !== offer) return false;
          return r.every((share, i) => {
            const exactTimesTotal = BigInt(offer) * BigInt(owed[i]);
            const lo = BigInt(share - 1) * BigInt(total);
            const hi = BigInt(share + 1) * BigInt(total);
            return exactTimesTotal > lo && exactTimesTotal < hi;
          });
        },
      ),
      { numRuns: 500 },
    );
  });
});
