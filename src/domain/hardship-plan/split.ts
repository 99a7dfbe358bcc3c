/**
 * Splitting one monthly offer across several creditors.
 *
 * The debt charities' method: each creditor gets a share proportional to what it is owed
 * (pro-rata). Shares are computed in integer fen with the largest-remainder method
 * (Hamilton): every creditor first gets the floor of its exact share, then the fen still
 * left over go one each to the creditors with the largest fractional remainders. The shares
 * therefore always add up to the offer exactly: no fen lost or invented by rounding.
 *
 * The products (offer × owed) can exceed 2^53 (1亿元 × 1亿元 in fen), so the arithmetic is
 * done in BigInt.
 *
 * Ties on the remainder go to the creditor owed more, then to the earlier one in the list,
 * so the result is deterministic and never depends on sort stability.
 */
import type { Fen } from '../types';

export interface Claim {
  debtId: string;
  /** What this creditor is owed, on the basis the user chose (principal only, or with interest and fees). */
  owed: Fen;
}

export interface Share {
  debtId: string;
  monthly: Fen;
}

export function splitProRata(offer: Fen, claims: readonly Claim[]): Share[] {
  const total = claims.reduce((sum, c) => sum + BigInt(c.owed), 0n);
  if (claims.length === 0) return [];
  if (total === 0n) return claims.map((c) => ({ debtId: c.debtId, monthly: 0 as Fen }));
  const offerBig = BigInt(offer);
  const parts = claims.map((c, index) => {
    const exact = offerBig * BigInt(c.owed);
    return { index, owed: c.owed, floor: exact / total, remainder: exact % total };
  });
  let left = offerBig - parts.reduce((sum, p) => sum + p.floor, 0n);
  const order = [...parts].sort((a, b) => {
    if (a.remainder !== b.remainder) return a.remainder > b.remainder ? -1 : 1;
    if (a.owed !== b.owed) return b.owed - a.owed;
    return a.index - b.index;
  });
  const extra = new Array<bigint>(claims.length).fill(0n);
  for (const p of order) {
    if (left === 0n) break;
    extra[p.index] = 1n;
    left -= 1n;
  }
  return parts.map((p) => ({ debtId: claims[p.index].debtId, monthly: Number(p.floor + extra[p.index]) as Fen }));
}
