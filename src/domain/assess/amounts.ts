/**
 * What is still owed on the assessment date, counted the way the criminal rule counts it:
 * every repayment goes to principal first (法释〔2018〕19号 Art.9), then interest, then fees.
 * Only payments recorded after the day the amounts were typed in are taken off; earlier
 * ones are assumed to be reflected in those amounts already.
 */
import type { Fen, IsoDate } from '../types';
import type { AssessmentInput } from './types';

/** Settled on or before `asOf` (a settled debt without a date counts as settled). */
export function isSettled(input: Pick<AssessmentInput, 'settled' | 'settledOn'>, asOf: IsoDate): boolean {
  if (!input.settled && input.settledOn === null) return false;
  return input.settledOn === null || input.settledOn <= asOf;
}

/** Sum of payments dated after `amountsAsOf` and on or before `asOf`. */
export function paidSinceAmounts(input: Pick<AssessmentInput, 'amountsAsOf' | 'payments'>, asOf: IsoDate): Fen {
  const from = input.amountsAsOf;
  if (from === null) return 0 as Fen;
  let sum = 0;
  for (const p of input.payments) if (p.date > from && p.date <= asOf) sum += p.amount;
  return sum as Fen;
}

export interface Outstanding {
  principal: Fen;
  interest: Fen;
  fees: Fen;
  total: Fen;
  /** Payments taken off the typed-in amounts. */
  paid: Fen;
}

export function outstandingOn(
  input: Pick<
    AssessmentInput,
    'principal' | 'interest' | 'fees' | 'amountsAsOf' | 'payments' | 'settled' | 'settledOn'
  >,
  asOf: IsoDate,
): Outstanding {
  const paid = paidSinceAmounts(input, asOf);
  if (isSettled(input, asOf)) return { principal: 0 as Fen, interest: 0 as Fen, fees: 0 as Fen, total: 0 as Fen, paid };
  let left: number = paid;
  const take = (amount: number): number => {
    const used = Math.min(amount, left);
    left -= used;
    return amount - used;
  };
  const principal = take(input.principal);
  const interest = take(input.interest);
  const fees = take(input.fees);
  return {
    principal: principal as Fen,
    interest: interest as Fen,
    fees: fees as Fen,
    total: (principal + interest + fees) as Fen,
    paid,
  };
}
