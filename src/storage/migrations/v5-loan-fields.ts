/**
 * v4 → v5: a loan is recorded as a loan. Debts gain `loanNumber` (借款合同编号或借据号), and
 * the card-only fields of a consumer-finance or online loan (卡号后四位, 信用额度) leave the
 * record, because the loan form no longer asks for them.
 *
 * Why: a loan was asked for a card's digits and credit limit, and shown in card terms. The
 * four digits and the limit a user typed for a loan may be anything (a repayment card, the
 * amount borrowed), so nothing is guessed: they are kept word for word at the end of the
 * notes, where the user sees them and can move them. Card debts are unchanged apart from the
 * empty loan number.
 *
 * Row types are frozen here on purpose: this file must keep meaning what it meant when it
 * shipped, whatever later versions do to the live `Debt` type.
 */
import type { DebtRowV2 } from './v2-debt-events';

/** A debt row as stored at schema v5 (v3 and v4 did not change debts). */
export interface DebtRowV5 extends DebtRowV2 {
  /** '' when not given; always '' on a card debt. */
  loanNumber: string;
}

const LOAN_TYPES: readonly string[] = ['consumer-finance', 'online-lender'];
/** The longest notes the record schema accepts at v5 (MAX_TEXT_LENGTH in validate-debt.ts). */
const MAX_NOTES_V5 = 10_000;

function yuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** The line added to a loan's notes, e.g. （以前按信用卡记录的：卡号后四位 1234，信用额度 5000.00 元） */
export function formerCardFieldsLine(last4: string, creditLimit: number | null): string {
  const parts = [
    ...(last4 !== '' ? [`卡号后四位 ${last4}`] : []),
    ...(creditLimit !== null ? [`信用额度 ${yuan(creditLimit)} 元`] : []),
  ];
  return `（以前按信用卡记录的：${parts.join('，')}）`;
}

export function upgradeDebtV4toV5(row: Record<string, unknown>): Record<string, unknown> {
  const v4 = row as unknown as DebtRowV2;
  const v5: DebtRowV5 = { ...v4, loanNumber: '' };
  const hasCardFields = v4.last4 !== '' || v4.creditLimit !== null;
  if (LOAN_TYPES.includes(v4.creditorType) && hasCardFields) {
    const line = formerCardFieldsLine(v4.last4, v4.creditLimit);
    const notes = v4.notes === '' ? line : `${v4.notes}\n${line}`;
    // Notes that would grow past the limit keep the old fields instead: nothing is dropped.
    if (notes.length <= MAX_NOTES_V5) Object.assign(v5, { notes, last4: '', creditLimit: null });
  }
  return v5 as unknown as Record<string, unknown>;
}
