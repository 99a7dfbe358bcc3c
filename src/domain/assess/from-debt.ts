/**
 * Turn a stored debt and its events into the assessment's input. The ledger's "last payment"
 * fields count as one more payment unless an event records the same payment.
 */
import type { Debt } from '../debt';
import type { DebtEvent } from '../debt-events';
import type { Fen, IsoDate } from '../types';
import type { AssessmentInput, SameIssuerDebt } from './types';

export function assessmentInputFrom(debt: Debt, events: readonly DebtEvent[]): AssessmentInput {
  const payments: { date: IsoDate; amount: Fen }[] = [];
  const collectionNotices: AssessmentInput['collectionNotices'][number][] = [];
  const acknowledgements: AssessmentInput['acknowledgements'][number][] = [];
  const legalEvents: AssessmentInput['legalEvents'][number][] = [];
  for (const e of events) {
    if (e.debtId !== debt.id) continue;
    if (e.type === 'payment') payments.push({ date: e.date, amount: e.amount });
    else if (e.type === 'collection-notice')
      collectionNotices.push({ date: e.date, channel: e.channel, received: e.received });
    else if (e.type === 'acknowledgement') {
      acknowledgements.push({ date: e.date, kind: e.kind, lastInstalmentDue: e.lastInstalmentDue });
    } else legalEvents.push({ date: e.date, kind: e.kind, performanceDue: e.performanceDue ?? null });
  }
  const { lastPaymentDate, lastPaymentAmount } = debt;
  if (
    lastPaymentDate !== null &&
    lastPaymentAmount !== null &&
    !payments.some((p) => p.date === lastPaymentDate && p.amount === lastPaymentAmount)
  ) {
    payments.push({ date: lastPaymentDate, amount: lastPaymentAmount });
  }
  return {
    creditorType: debt.creditorType,
    principal: debt.principal,
    interest: debt.interest,
    fees: debt.fees,
    amountsAsOf: debt.amountsAsOf,
    firstMissedDue: debt.firstMissedDue,
    settled: debt.status === 'settled' || debt.settledOn !== null,
    settledOn: debt.settledOn,
    payments,
    collectionNotices,
    acknowledgements,
    legalEvents,
  };
}

/** Lender names as typed: "招商银行" and " 招商银行 " are the same issuer; case does not matter. */
export function sameIssuerName(a: string, b: string): boolean {
  const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  return norm(a) !== '' && norm(a) === norm(b);
}

/**
 * The assessment input for `debt` with the person's other debts at the same issuer attached,
 * so the 恶意透支 amount can be counted per issuer (see criminal.ts).
 */
export function assessmentInputWithIssuer(
  debt: Debt,
  debts: readonly Debt[],
  events: readonly DebtEvent[],
): AssessmentInput {
  const sameIssuer: SameIssuerDebt[] = debts
    .filter((other) => other.id !== debt.id && sameIssuerName(other.lender, debt.lender))
    .map((other) => {
      const { creditorType, principal, interest, fees, amountsAsOf, settled, settledOn, payments } =
        assessmentInputFrom(other, events);
      return { creditorType, principal, interest, fees, amountsAsOf, settled, settledOn, payments };
    });
  return { ...assessmentInputFrom(debt, events), sameIssuer };
}
