/** A valid `DebtFields` for tests, with any field overridden. One place to update when fields change. */
import { isoDate } from '../domain/dates';
import type { DebtFields } from '../domain/debt';
import { toFen } from '../domain/money';

export function makeDebtFields(over: Partial<DebtFields> = {}): DebtFields {
  return {
    lender: '示例银行',
    nickname: '',
    last4: '',
    creditorType: 'card-overdraft',
    creditLimit: null,
    principal: toFen(4_800_000),
    interest: toFen(0),
    fees: toFen(0),
    firstMissedDue: isoDate('2026-06-05'),
    minimumPayment: null,
    lastPaymentDate: null,
    lastPaymentAmount: null,
    status: 'overdue',
    settledOn: null,
    notes: '',
    ...over,
  };
}
