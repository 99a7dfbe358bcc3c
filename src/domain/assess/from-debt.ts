/**
 * Turn a stored debt and its events into the assessment's input. The ledger's "last payment"
 * fields count as one more payment unless an event records the same payment.
 */
import type { Debt } from '../debt';
import type { DebtEvent } from '../debt-events';
import type { Fen, IsoDate } from '../types';
import type { AssessmentInput } from './types';

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
    } else legalEvents.push({ date: e.date, kind: e.kind });
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
