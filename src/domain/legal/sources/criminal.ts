/**
 * Legal sources for the criminal area: 信用卡诈骗罪 (恶意透支) for the debtor, and refusing to
 * carry out a judgment (拒不执行判决、裁定罪). Append-only: never change the meaning of a
 * shipped id.
 *
 * Each id is explained in legal/basis.md; texts are in legal/texts/. The 2009 interpretation (1万元) applied
 * until 2018-11-30; the 2018 amendment (5万元 of unpaid principal plus three more
 * conditions) applies from 2018-12-01. The engine evaluates whichever was in force on the
 * assessment date.
 */
import type { IsoDate } from '../../types';
import type { LegalSource } from '../source-types';
import { PRACTICE_SINCE } from './stage';

const d = (s: string) => s as IsoDate;

const CRIMINAL_LAW = '《中华人民共和国刑法》';
const CARD_INTERP = '《最高人民法院、最高人民检察院关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》';
const CARD_INTERP_2018 = `${CARD_INTERP}（2018年修正）`;
const SPC_SPP = '最高人民法院、最高人民检察院';
const DECISION_2018_FILE =
  '最高人民法院、最高人民检察院关于修改《关于办理妨害信用卡管理刑事案件具体应用法律若干问题的解释》的决定.md';

/** One article of the interpretation as amended by 法释〔2018〕19号 (text: the 2018 decision). */
function interp2018(id: string, article: string): LegalSource {
  return {
    id,
    instrument: CARD_INTERP_2018,
    article,
    issuer: SPC_SPP,
    docNumber: '法释〔2018〕19号',
    force: 'judicial-interpretation',
    confidence: 'A',
    effectiveFrom: d('2018-12-01'),
    textFile: DECISION_2018_FILE,
  };
}

export const criminalSources: readonly LegalSource[] = [
  {
    id: 'criminal-law-art196',
    instrument: CRIMINAL_LAW,
    article: '第一百九十六条',
    issuer: '全国人民代表大会',
    force: 'law',
    confidence: 'A',
    effectiveFrom: d('1997-10-01'),
    textFile: '刑法.md',
  },
  {
    // [B] the old 1万元 threshold. Outdated since 2018-12-01.
    id: 'criminal-interp-2009-art6',
    instrument: CARD_INTERP,
    article: '第六条',
    issuer: SPC_SPP,
    docNumber: '法释〔2009〕19号',
    force: 'judicial-interpretation',
    confidence: 'B',
    effectiveFrom: d('2009-12-16'),
    effectiveTo: d('2018-11-30'),
  },
  interp2018('criminal-interp-2018-art6', '第六条'),
  interp2018('criminal-interp-2018-art7', '第七条'),
  interp2018('criminal-interp-2018-art8', '第八条'),
  interp2018('criminal-interp-2018-art9', '第九条'),
  interp2018('criminal-interp-2018-art10', '第十条'),
  interp2018('criminal-interp-2018-art11', '第十一条'),
  {
    // [C] Not a verified rule: courts often treat card instalment and cash
    // loan products (现金分期、账单分期) as loans rather than overdraft. Shown only as
    // "常见做法,未核实", never as law.
    id: 'criminal-instalment-practice',
    instrument: '司法实践中对信用卡分期、现金分期产品的定性（常见做法，未核实）',
    article: '',
    issuer: '司法实践',
    force: 'practice',
    confidence: 'C',
    effectiveFrom: PRACTICE_SINCE,
  },
  {
    // [C] whether the amount is counted per card or per issuer is not written in the
    // interpretation; practice usually adds up what one issuer is owed. Shown as
    // "常见做法，未核实".
    id: 'criminal-issuer-aggregation-practice',
    instrument: '司法实践中恶意透支数额按同一发卡银行合计计算（常见做法，未核实）',
    article: '',
    issuer: '司法实践',
    force: 'practice',
    confidence: 'C',
    effectiveFrom: PRACTICE_SINCE,
  },
  {
    id: 'criminal-law-art313',
    instrument: CRIMINAL_LAW,
    article: '第三百一十三条',
    issuer: '全国人民代表大会',
    force: 'law',
    confidence: 'A',
    effectiveFrom: d('1997-10-01'),
    textFile: '刑法.md',
  },
  {
    // Art.1: the crime needs ability to perform and refusal, 情节严重.
    id: 'criminal-refusal-interp-2024-art1',
    instrument: '《最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》',
    article: '第一条',
    issuer: SPC_SPP,
    docNumber: '法释〔2024〕13号',
    force: 'judicial-interpretation',
    confidence: 'A',
    effectiveFrom: d('2024-12-01'),
    textFile: '最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释(2024-10-30).md',
  },
  {
    // Art.5: ability means being able to perform in whole or part, after living necessities.
    id: 'criminal-refusal-interp-2024-art5',
    instrument: '《最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》',
    article: '第五条',
    issuer: SPC_SPP,
    docNumber: '法释〔2024〕13号',
    force: 'judicial-interpretation',
    confidence: 'A',
    effectiveFrom: d('2024-12-01'),
    textFile: '最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释(2024-10-30).md',
  },
  {
    // Art.6: hiding or moving assets after the suit began, then refusing, counts as refusal with ability.
    id: 'criminal-refusal-interp-2024-art6',
    instrument: '《最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》',
    article: '第六条',
    issuer: SPC_SPP,
    docNumber: '法释〔2024〕13号',
    force: 'judicial-interpretation',
    confidence: 'A',
    effectiveFrom: d('2024-12-01'),
    textFile: '最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释(2024-10-30).md',
  },
  {
    id: 'criminal-refusal-interp-2024-art3',
    instrument: '《最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释》',
    article: '第三条',
    issuer: SPC_SPP,
    docNumber: '法释〔2024〕13号',
    force: 'judicial-interpretation',
    confidence: 'A',
    effectiveFrom: d('2024-12-01'),
    textFile: '最高人民法院、最高人民检察院关于办理拒不执行判决、裁定刑事案件适用法律若干问题的解释(2024-10-30).md',
  },
];
