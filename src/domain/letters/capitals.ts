/**
 * Amounts in Chinese capitals (大写金额), as formal letters and vouchers write them:
 * 12,345.67元 → 壹万贰仟叁佰肆拾伍元陆角柒分.
 *
 * Uses `nzh` (Nzh.cn.toMoney), checked against hand-written strings for every case the issue
 * names and the worked examples of the PBOC rules for writing amounts (tests/domain/letters/
 * capitals.test.ts). Two details decide how it is called:
 * - it is given a *number* (fen / 100), not a string. Given the string "10.00" nzh drops the
 *   closing 整 (壹拾元); given the number 10 it writes 壹拾元整, as the rules require.
 *   fen / 100 is exact enough: for any whole fen below 2^53 the nearest double prints back as
 *   the same two-decimal value, and nzh reads the number through its string form;
 * - `outSymbol: false` leaves out the leading 人民币, which the letter writes itself.
 * Conventions that follow from nzh and that the rules allow: 整 after 元 only (壹拾元伍角,
 * "在角之后可以不写整字"); amounts below one yuan have no 元 (伍分).
 */
import nzhcn from 'nzh/cn';
import type { Fen } from '../types';

export function toChineseCapitals(fen: Fen): string {
  if (!Number.isSafeInteger(fen) || fen < 0) throw new Error('capitals need a non-negative whole number of fen');
  return nzhcn.toMoney(fen / 100, { outSymbol: false });
}
