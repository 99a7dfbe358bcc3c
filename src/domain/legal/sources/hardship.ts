/**
 * Legal sources for the hardship area (个性化分期还款, Art. 70 of the 2011 card measures).
 * Append-only: never change the meaning of a shipped id.
 *
 * Each id is explained in legal/basis.md:
 * - The text of Art. 70 is [B] (six or more agreeing secondary copies, one citing 中国政府网).
 *   No official full text was read, so the app states it *with its source*, never plainly.
 * - The order number (中国银行业监督管理委员会令2011年第2号) and the effective date
 *   2011-01-13 are [C]: the order number is left out; the date is kept because the registry
 *   needs one, and nothing the app says depends on it (the rule is the same on any date the
 *   app assesses).
 * - No repeal was found up to early 2026 (in force: [C], "no repeal found").
 */
import type { LegalSource } from '../source-types';
import type { IsoDate } from '../../types';

const CARD_MEASURES_2011 = {
  instrument: '《商业银行信用卡业务监督管理办法》',
  issuer: '中国银行业监督管理委员会',
  force: 'regulation',
  effectiveFrom: '2011-01-13' as IsoDate,
} as const;

export const hardshipSources: readonly LegalSource[] = [
  /**
   * The whole article: the bank 可以 (may) agree to a 个性化分期还款协议 in 特殊情况 when the
   * debt exceeds the holder's ability to repay and the holder still wants to repay; at most
   * 5 years; the agreement contains at least six items; once signed, collection stops unless
   * the holder breaks it. It is discretionary: never a right the bank must grant.
   */
  { id: 'card-measures-2011-art70', article: '第七十条', confidence: 'B', ...CARD_MEASURES_2011 },
  /** Art. 70 para. 1, second sentence: 最长期限不得超过5年 (60 months). */
  { id: 'card-measures-2011-art70-max-term', article: '第七十条第一款', confidence: 'B', ...CARD_MEASURES_2011 },
  /** Art. 70 para. 2: the six items the agreement must at least contain. */
  { id: 'card-measures-2011-art70-six-items', article: '第七十条第二款', confidence: 'B', ...CARD_MEASURES_2011 },
  /** Art. 70 para. 3: once signed, the bank and its service agencies 应当停止对该持卡人的催收. */
  { id: 'card-measures-2011-art70-stop-collection', article: '第七十条第三款', confidence: 'B', ...CARD_MEASURES_2011 },
];
