/**
 * Legal sources for the stage area: how long a debt has been overdue and what that means
 * inside the bank (30-day buckets, credit-report codes, the 90-day non-performing line, the
 * 180-day write-off line). Append-only: never change the meaning of a shipped id.
 *
 * Each id is explained in legal/basis.md.
 * Much of this area is bank practice, not law: those sources have force 'practice' and are
 * shown as "常见做法,未核实" (confidence C) or "行业惯例" (confidence B), never as a rule.
 */
import type { IsoDate } from '../../types';
import type { LegalSource } from '../source-types';

const d = (s: string) => s as IsoDate;

/**
 * Practice has no date it "took effect". `LegalSource.effectiveFrom` is required, so practice
 * sources carry this placeholder; the UI never shows dates for force 'practice'.
 */
export const PRACTICE_SINCE = d('2000-01-01');

const CARD_RULES_2011 = '《商业银行信用卡业务监督管理办法》';

export const stageSources: readonly LegalSource[] = [
  {
    // [A]: read in the full text in legal/texts/ (in force from its publication, 2011-01-13).
    id: 'stage-card-rules-2011-art92',
    instrument: CARD_RULES_2011,
    article: '第九十二条',
    issuer: '中国银行业监督管理委员会',
    force: 'regulation',
    confidence: 'A',
    effectiveFrom: d('2011-01-13'),
    textFile: '商业银行信用卡业务监督管理办法(2011-01-13).md',
  },
  {
    // [B] ≥90 days overdue → at least 次级 (non-performing).
    id: 'stage-risk-classification-2023',
    instrument: '《商业银行金融资产风险分类办法》',
    article: '',
    issuer: '中国银行保险监督管理委员会、中国人民银行',
    docNumber: '中国银保监会 中国人民银行令〔2023〕第1号',
    force: 'regulation',
    confidence: 'B',
    effectiveFrom: d('2023-07-01'),
  },
  {
    // [B] N, 1 = 1–30 days … 6 = 151–180, 7 = over 180; B = 呆账, C = 结清.
    id: 'stage-credit-report-codes',
    instrument: '个人信用报告“还款记录”状态代码说明（中国人民银行征信中心）',
    article: '',
    issuer: '中国人民银行征信中心',
    force: 'practice',
    confidence: 'B',
    effectiveFrom: PRACTICE_SINCE,
  },
  {
    // [C] industry buckets are a convention, not law.
    id: 'stage-buckets-practice',
    instrument: '银行业账龄分档惯例（M1–M6、M7+，每 30 天一档）',
    article: '',
    issuer: '行业惯例',
    force: 'practice',
    confidence: 'C',
    effectiveFrom: PRACTICE_SINCE,
  },
  {
    // [C] write-off commonly around 180 days (财金〔2017〕90号 unverified);
    // write-off is not forgiveness (账销案存).
    id: 'stage-write-off-practice',
    instrument: '银行呆账核销惯例（参考财政部《金融企业呆账核销管理办法》，未核实）',
    article: '',
    issuer: '行业惯例',
    force: 'practice',
    confidence: 'C',
    effectiveFrom: PRACTICE_SINCE,
  },
  {
    // [C] typical bank actions (they vary by bank).
    id: 'stage-bank-actions-practice',
    instrument: '银行逾期处置惯例（各行不同）',
    article: '',
    issuer: '行业惯例',
    force: 'practice',
    confidence: 'C',
    effectiveFrom: PRACTICE_SINCE,
  },
];
