/**
 * v1 → v2: debts learn what kind of credit they are and when they were settled, and the
 * assessment's dated facts get their own table (`debtEvents`, added by the schema entry).
 *
 * Why: the legal assessment needs the creditor type (only a bank card's overdraft can be
 * 恶意透支), the settled date (the credit record is kept 5 years from it), and the day the
 * amounts were typed in (payments recorded after that day are taken off the principal).
 *
 * Every v1 debt was entered by a card holder in the ledger, so it becomes 'card-overdraft';
 * the user can change it. No v1 debt has a settled date. `amountsAsOf` is the calendar date
 * of the last save (`updatedAt`, a UTC timestamp: at most a day off from Beijing time, which
 * cannot matter because v1 has no recorded payments to compare it with).
 *
 * Row types are frozen here on purpose: this file must keep meaning what it meant when it
 * shipped, whatever later versions do to the live `Debt` type.
 */

/** A debt row as stored at schema v1. */
export interface DebtRowV1 {
  id: string;
  createdAt: string;
  updatedAt: string;
  lender: string;
  nickname: string;
  last4: string;
  creditLimit: number | null;
  principal: number;
  interest: number;
  fees: number;
  firstMissedDue: string | null;
  minimumPayment: number | null;
  lastPaymentDate: string | null;
  lastPaymentAmount: number | null;
  status: 'overdue' | 'negotiating' | 'plan-agreed' | 'sued' | 'settled';
  notes: string;
}

/** A debt row as stored at schema v2. */
export interface DebtRowV2 extends DebtRowV1 {
  creditorType: 'card-overdraft' | 'card-instalment-or-cash-loan' | 'consumer-finance' | 'online-lender';
  settledOn: string | null;
  amountsAsOf: string;
}

const V1_DEFAULT_CREDITOR_TYPE = 'card-overdraft';
/** Only reached for a malformed timestamp; the record schema then rejects the row anyway. */
const FALLBACK_AMOUNTS_AS_OF = '2000-01-01';

export function upgradeDebtV1toV2(row: Record<string, unknown>): Record<string, unknown> {
  const v1 = row as unknown as DebtRowV1;
  const stamp = typeof v1.updatedAt === 'string' ? v1.updatedAt.slice(0, 10) : '';
  const v2: DebtRowV2 = {
    ...v1,
    creditorType: V1_DEFAULT_CREDITOR_TYPE,
    settledOn: null,
    amountsAsOf: /^\d{4}-\d{2}-\d{2}$/.test(stamp) ? stamp : FALLBACK_AMOUNTS_AS_OF,
  };
  return v2 as unknown as Record<string, unknown>;
}
