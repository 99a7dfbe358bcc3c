/**
 * Where a legal statement comes from, as data. Every rule the app evaluates and every
 * statement a screen shows carries one or more source ids; the UI shows the source next to
 * the statement (instrument, article, issuer, dates, force and confidence).
 *
 * Each id is explained in legal/basis.md. Confidence:
 *   A = read word for word in the instrument (may be stated plainly)
 *   B = agreeing secondary sources (state with its source)
 *   C = recalled, unverified (never presented as law; only as "common practice, unverified")
 */
import type { IsoDate } from '../types';

/** How binding the source is. The UI says this in plain words next to every rule. */
export type LegalForce =
  | 'law' // 法律 (NPC / NPCSC): 民法典, 刑法, 民事诉讼法, 个人信息保护法, 治安管理处罚法
  | 'judicial-interpretation' // 司法解释 (最高法 / 最高检)
  | 'administrative-regulation' // 行政法规 (国务院): 征信业管理条例
  | 'regulation' // 部门规章 / 规范性文件 (银监会, 银保监会, 人民银行, 金融监管总局)
  | 'national-standard' // 推荐性国家标准 GB/T: not mandatory
  | 'industry-self-regulation' // 行业自律 (中国银行业协会, 中国互联网金融协会)
  | 'judicial-policy' // 司法政策文件 (法发), applied unevenly
  | 'practice'; // 行业惯例: what banks usually do; not a rule

export type Confidence = 'A' | 'B' | 'C';

export interface LegalSource {
  /** Stable id, kebab-case, e.g. 'criminal-interp-2018-art6'. Never reused for another source. */
  id: string;
  /** Instrument name in Chinese, e.g. 《中华人民共和国刑法》 */
  instrument: string;
  /** Article (and paragraph/item) in Chinese, e.g. 第一百九十六条; '' for the instrument as a whole */
  article: string;
  /** Issuing body, e.g. 全国人民代表大会常务委员会 */
  issuer: string;
  /** Document number where known, e.g. 法释〔2018〕19号 */
  docNumber?: string;
  force: LegalForce;
  confidence: Confidence;
  /**
   * The day this rule took effect; with `datedByPublication`, the day it was published (the
   * registry applies it from then, and the screens say 发布, not 施行).
   */
  effectiveFrom: IsoDate;
  /** Only the publication date is known; when it took effect is not verified. */
  datedByPublication?: true;
  /** The last day it applied, where it was replaced or repealed. */
  effectiveTo?: IsoDate;
  /** File name in legal/texts/ when the full text is there (for the article viewer). */
  textFile?: string;
}

/** True when the source applied on `asOf`. */
export function isInForce(source: Pick<LegalSource, 'effectiveFrom' | 'effectiveTo'>, asOf: IsoDate): boolean {
  return source.effectiveFrom <= asOf && (source.effectiveTo === undefined || asOf <= source.effectiveTo);
}
