/**
 * Legal sources for the hardship area (个性化分期还款, Art. 70 of the 2011 card measures).
 * Append-only: never change the meaning of a shipped id.
 *
 * Each id is explained in legal/basis.md:
 * - The text of Art. 70 is [A]: read word for word in the full text in legal/texts/, which
 *   also gives the date (本办法自公布之日起施行, published 2011-01-13).
 * - In force: [A], named with its order number (中国银行业监督管理委员会令2011年第2号) by the
 *   PBOC/NFRA decision of 2025-06-07 that kept it while repealing the 1999 card rules.
 */
import type { LegalSource } from '../source-types';
import { CARD_MEASURES_2011 } from './instruments';

export const hardshipSources: readonly LegalSource[] = [
  /**
   * The whole article: the bank 可以 (may) agree to a 个性化分期还款协议 in 特殊情况 when the
   * debt exceeds the holder's ability to repay and the holder still wants to repay; at most
   * 5 years; the agreement contains at least six items; once signed, collection stops unless
   * the holder breaks it. It is discretionary: never a right the bank must grant.
   */
  { id: 'card-measures-2011-art70', article: '第七十条', confidence: 'A', ...CARD_MEASURES_2011 },
  /** Art. 70 para. 1, second sentence: 最长期限不得超过5年 (60 months). */
  { id: 'card-measures-2011-art70-max-term', article: '第七十条第一款', confidence: 'A', ...CARD_MEASURES_2011 },
  /** Art. 70 para. 2: the six items the agreement must at least contain. */
  { id: 'card-measures-2011-art70-six-items', article: '第七十条第二款', confidence: 'A', ...CARD_MEASURES_2011 },
  /** Art. 70 para. 3: once signed, the bank and its service agencies 应当停止对该持卡人的催收. */
  { id: 'card-measures-2011-art70-stop-collection', article: '第七十条第三款', confidence: 'A', ...CARD_MEASURES_2011 },
];
