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
];
