/**
 * Legal sources for the letters to a court, a mediator or an enforcement creditor
 * (src/domain/letters/templates/court-letters.ts). Append-only: never change the meaning of a
 * shipped id. Each id is explained in legal/basis.md; all texts are in legal/texts/ and were
 * read word for word [A].
 */
import type { IsoDate } from '../../types';
import type { LegalSource } from '../source-types';
import { CIVIL_PROCEDURE, PROCEDURE_INTERP, type Instrument } from './civil';

const d = (s: string) => s as IsoDate;

// Art.30: in force from 2016-07-01.
const INVITED_MEDIATION: Instrument = {
  instrument: '《最高人民法院关于人民法院特邀调解的规定》',
  issuer: '最高人民法院',
  force: 'judicial-interpretation',
  effectiveFrom: d('2016-07-01'),
  textFile: '最高人民法院关于人民法院特邀调解的规定(2016-06-28).md',
};
// Art.30: in force from 2022-01-01.
const ONLINE_MEDIATION: Instrument = {
  instrument: '《人民法院在线调解规则》',
  issuer: '最高人民法院',
  force: 'judicial-interpretation',
  effectiveFrom: d('2022-01-01'),
  textFile: '人民法院在线调解规则(2021-12-30).md',
};

function article(id: string, from: Instrument, text: string): LegalSource {
  return { id, article: text, confidence: 'A', ...from };
}

export const courtLetterSources: readonly LegalSource[] = [
  article('civil-procedure-art125', CIVIL_PROCEDURE, '第一百二十五条'),
  // Art.128 (answer within 15 days) and Art.241 (enforcement settlement) are in civil.ts.
  article('civil-procedure-art205-206', CIVIL_PROCEDURE, '第二百零五条至第二百零六条'),
  article('civil-procedure-interp-art92', PROCEDURE_INTERP, '第九十二条'),
  article('civil-procedure-interp-art431', PROCEDURE_INTERP, '第四百三十一条'),
  article('civil-procedure-interp-art432', PROCEDURE_INTERP, '第四百三十二条'),
  article('court-invited-mediation-art2', INVITED_MEDIATION, '第二条'),
  article('court-invited-mediation-art22', INVITED_MEDIATION, '第二十二条'),
  article('court-invited-mediation-art27', INVITED_MEDIATION, '第二十七条'),
  article('court-invited-mediation-art28', INVITED_MEDIATION, '第二十八条'),
  article('court-online-mediation-art24', ONLINE_MEDIATION, '第二十四条'),
  article('court-online-mediation-art29', ONLINE_MEDIATION, '第二十九条'),
];
