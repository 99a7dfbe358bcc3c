/**
 * Legal sources for reading court papers (the case-number reader in src/domain/court/).
 * Append-only: never change the meaning of a shipped id. Each id is explained in legal/basis.md.
 *
 * - The case-number rules (法〔2015〕137号, in force 2016-01-01) are [B]: agreeing translations
 *   and reposts; no official full text is in legal/texts/. They are a court normative document,
 *   not a 司法解释, so their force is judicial policy.
 * - The type codes, the special-court number ranges of the 2018 amendment and the 2022 codes
 *   for pre-suit mediation are [B−] in the fact sheet (real case numbers, developers' data, one
 *   court's page); the app shows them as practice, unverified.
 */
import type { LegalSource } from '../source-types';
import { CARD_MEASURES_2011 } from './instruments';
import type { IsoDate } from '../../types';

const d = (s: string) => s as IsoDate;

export const courtSources: readonly LegalSource[] = [
  {
    id: 'court-case-number-rules-2015',
    instrument: '《最高人民法院关于人民法院案件案号的若干规定》',
    article: '',
    issuer: '最高人民法院',
    docNumber: '法〔2015〕137号',
    force: 'judicial-policy',
    confidence: 'B',
    effectiveFrom: d('2016-01-01'),
  },
  {
    id: 'court-case-type-codes-practice',
    instrument: '人民法院案件类型代字和专门法院代字的实际使用（据实际案号整理，未见官方代字表）',
    article: '',
    issuer: '司法实践',
    force: 'practice',
    confidence: 'C',
    effectiveFrom: d('2016-01-01'),
  },
  {
    id: 'court-pre-suit-codes-2022-practice',
    instrument: '诉前调解司法确认和调解书案件编立“诉前调确”“诉前调书”案号的做法（据一家法院的公开说明）',
    article: '',
    issuer: '司法实践',
    force: 'practice',
    confidence: 'C',
    effectiveFrom: d('2022-01-01'),
  },
  {
    // [B] 第二条: where a financial borrower argues that interest, compound interest, penalty
    // interest, 违约金 and other fees together are too high, the part above 24% a year in total
    // may be reduced. A judicial policy document, not a 司法解释; courts apply it unevenly.
    id: 'court-financial-trial-opinion-2017',
    instrument: '《最高人民法院关于进一步加强金融审判工作的若干意见》',
    article: '第二条',
    issuer: '最高人民法院',
    docNumber: '法发〔2017〕22号',
    force: 'judicial-policy',
    confidence: 'B',
    effectiveFrom: d('2017-08-04'),
    datedByPublication: true,
  },
  {
    // [B+] 三: 取消信用卡滞纳金; no over-limit fee; no interest on 违约金 or service fees. From
    // 2017-01-01 (the notice's own start date, reported by several sources).
    id: 'court-card-charges-notice-2016',
    instrument: '《中国人民银行关于信用卡业务有关事项的通知》',
    article: '第三条',
    issuer: '中国人民银行',
    docNumber: '银发〔2016〕111号',
    force: 'regulation',
    confidence: 'B',
    effectiveFrom: d('2017-01-01'),
  },
  {
    // [A] Art.57: a payment on a card 1–90 days overdue goes first to interest and fees; 91
    // days or more, first to principal.
    id: 'court-card-measures-2011-art57',
    article: '第五十七条',
    confidence: 'A',
    ...CARD_MEASURES_2011,
  },
];
