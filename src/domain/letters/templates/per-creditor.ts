/**
 * Wording that depends on the kind of debt, for the letter versions written per creditor type
 * (hardship-no-reply@2, hardship-reconsider@2, third-party-stop@2, loan-negotiation@1). A card
 * is named by its bank and card digits and the bank is 贵行; a loan is named by its lender and
 * contract or loan number and the lender is 贵公司. No card wording (信用卡, 透支, 卡号, 贵行)
 * ever reaches a loan letter.
 *
 * A released version that uses these helpers never changes: a change of wording goes into new
 * helpers for the next version.
 */
import { isLoan, type CreditorType } from '../../debt';
import { letterDate } from '../letter-format';
import type { LetterInput } from '../letter-input';
import type { LetterWriter } from '../template';
import { budgetRowsV1 } from './common';

/** The debt's kind; letters saved before the loan letters carry none and were all card letters. */
export function creditorTypeOf(input: LetterInput): CreditorType {
  return input.debt?.creditorType ?? 'card-overdraft';
}

export function isLoanLetter(input: LetterInput): boolean {
  return isLoan(creditorTypeOf(input));
}

/** 贵行 for a bank, 贵公司 for a consumer-finance company or an online lender. */
export function youV1(input: LetterInput): string {
  return isLoanLetter(input) ? '贵公司' : '贵行';
}

/** The lender's name, or a placeholder that says what kind of lender to name. */
export function lenderByTypeV1(w: LetterWriter): string {
  if (w.input.debt === null) {
    w.markMissing('debt');
    return isLoanLetter(w.input) ? '【待填写：出借机构】' : '【待填写：发卡银行】';
  }
  return w.input.debt.lender;
}

/** "（借款合同编号或借据号：JK-1）" or '' when the user did not record it. */
export function loanNumberSuffixV1(input: LetterInput): string {
  const n = input.debt?.loanNumber?.trim() ?? '';
  return n === '' ? '' : `（借款合同编号或借据号：${n}）`;
}

/** "（卡号末四位1234）" (cards) or the loan number (loans), '' when not recorded. */
export function debtSuffixV1(input: LetterInput): string {
  if (isLoanLetter(input)) return loanNumberSuffixV1(input);
  const last4 = input.debt?.last4 ?? '';
  return last4 === '' ? '' : `（卡号末四位${last4}）`;
}

/** "示例银行信用卡（卡号末四位1234）" or "示例消费金融有限公司借款（借款合同编号或借据号：…）". */
export function debtNameV1(w: LetterWriter): string {
  const lender = lenderByTypeV1(w);
  return `${lender}${isLoanLetter(w.input) ? '借款' : '信用卡'}${debtSuffixV1(w.input)}`;
}

/** What the monthly spending leaves out, in words that fit every kind of debt. */
export const SPENDING_EXCLUDES_V1 = '（不含偿还各类欠款的款项）';

/** The budget as an attached page, its note in words that fit every kind of debt. */
export function budgetPageV2(w: LetterWriter): void {
  if (w.input.budget === null) return;
  w.push({ kind: 'page-break' });
  w.heading('附件：收支表（按月计算）');
  w.paragraph(
    `姓名：${w.text(w.input.sender.name, 'sender.name', '姓名')}\u3000\u3000制表日期：${letterDate(w.input.date)}`,
  );
  w.push({ kind: 'table', columns: ['项目', '每月金额', '说明'], rows: budgetRowsV1(w.input) });
  w.paragraph(
    '说明：按周填写的项目按“每周金额×52÷12”折算为每月，按年填写的项目按“每年金额÷12”折算，均四舍五入到分。支出不含偿还各类欠款的款项。',
  );
}

/** Splits the user's own words into paragraphs (blank lines dropped). */
export function ownWords(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
