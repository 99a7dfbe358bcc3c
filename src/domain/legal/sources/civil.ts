/**
 * Legal sources for the civil area: the limitation period (诉讼时效), the lawsuit and
 * 支付令 path, enforcement (执行, 限制消费, 失信名单), and the court's power to reduce
 * excessive charges. Append-only: never change the meaning of a shipped id.
 *
 * Each id is explained in legal/basis.md; texts are in legal/texts/.
 * Day counting (民法典 201/202, 民事诉讼法 85) is read from the [A] texts to compute the
 * deadline dates; the periods come from their own articles, these say which day is the last.
 */
import type { IsoDate } from '../../types';
import type { LegalForce, LegalSource } from '../source-types';
import { CONSUMER_FINANCE_MEASURES_2024 } from './instruments';
import { PRACTICE_SINCE } from './stage';

const d = (s: string) => s as IsoDate;

export interface Instrument {
  instrument: string;
  issuer: string;
  force: LegalForce;
  effectiveFrom: IsoDate;
  textFile: string;
  docNumber?: string;
  effectiveTo?: IsoDate;
  datedByPublication?: true;
}

const CIVIL_CODE_GENERAL: Instrument = {
  instrument: '《中华人民共和国民法典》',
  issuer: '全国人民代表大会',
  force: 'law',
  effectiveFrom: d('2021-01-01'),
  textFile: '总则.md',
};
const CIVIL_CODE_CONTRACTS: Instrument = { ...CIVIL_CODE_GENERAL, textFile: '合同编.md' };
const LIMITATION_RULES: Instrument = {
  instrument: '《最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定》',
  issuer: '最高人民法院',
  force: 'judicial-interpretation',
  effectiveFrom: d('2021-01-01'),
  textFile: '最高人民法院关于审理民事案件适用诉讼时效制度若干问题的规定(2020-12-29).md',
};
const BANK_CARD_RULES: Instrument = {
  instrument: '《最高人民法院关于审理银行卡民事纠纷案件若干问题的规定》',
  issuer: '最高人民法院',
  force: 'judicial-interpretation',
  effectiveFrom: d('2021-05-25'),
  textFile: '最高人民法院关于审理银行卡民事纠纷案件若干问题的规定(2021-05-24).md',
};
const CONTRACT_INTERP: Instrument = {
  instrument: '《最高人民法院关于适用〈中华人民共和国民法典〉合同编通则若干问题的解释》',
  issuer: '最高人民法院',
  force: 'judicial-interpretation',
  effectiveFrom: d('2023-12-05'),
  textFile: '最高人民法院关于适用《民法典》合同编通则若干问题的解释(2023-12-04).md',
};
// The 2023 (fifth) amendment; its article numbers are the ones used here. Effective date
// 2024-01-01 is unverified [C]; the rules cited existed before under other numbers.
export const CIVIL_PROCEDURE: Instrument = {
  instrument: '《中华人民共和国民事诉讼法》',
  issuer: '全国人民代表大会',
  force: 'law',
  effectiveFrom: d('2024-01-01'),
  textFile: '民事诉讼法(2023-09-01).md',
};
// The 2010 text applied until the 2015 amendment took effect on 2015-07-22.
const CONSUMPTION_BAN: Instrument = {
  instrument: '《最高人民法院关于限制被执行人高消费的若干规定》',
  issuer: '最高人民法院',
  force: 'judicial-interpretation',
  effectiveFrom: d('2010-10-01'),
  effectiveTo: d('2015-07-21'),
  textFile: '最高人民法院关于限制被执行人高消费的若干规定(2010-07-01).md',
};
// The 2015 amendment (text [A], effective date [B]; its document number was not found).
const CONSUMPTION_BAN_2015: Instrument = {
  instrument: '《最高人民法院关于限制被执行人高消费及有关消费的若干规定》',
  issuer: '最高人民法院',
  force: 'judicial-interpretation',
  effectiveFrom: d('2015-07-22'),
  textFile: '最高人民法院关于限制被执行人高消费及有关消费的若干规定(2015-07-20).md',
};
// The 2013 text required ability to pay for every ground; it applied until 2017-04-30.
const DISHONEST_LIST: Instrument = {
  instrument: '《最高人民法院关于公布失信被执行人名单信息的若干规定》',
  issuer: '最高人民法院',
  force: 'judicial-interpretation',
  effectiveFrom: d('2013-10-01'),
  effectiveTo: d('2017-04-30'),
  textFile: '最高人民法院关于公布失信被执行人名单信息的若干规定(2013-07-16).md',
};
// The 2017 amendment (text [A]; number and effective date [B]): only ground (一) turns on
// ability to pay, and the 2-year term covers grounds (二)–(六) only.
const DISHONEST_LIST_2017: Instrument = {
  instrument: '《最高人民法院关于公布失信被执行人名单信息的若干规定》（2017年修正）',
  issuer: '最高人民法院',
  force: 'judicial-interpretation',
  effectiveFrom: d('2017-05-01'),
  docNumber: '法释〔2017〕7号',
  textFile: '最高人民法院关于公布失信被执行人名单信息的若干规定(2017-02-28).md',
};
// The 2022 revision; Art.436: an objection that only pleads inability to pay, asks for time
// or another way of paying does not stop a 支付令, and an oral objection is void.
export const PROCEDURE_INTERP: Instrument = {
  instrument: '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》',
  issuer: '最高人民法院',
  force: 'judicial-interpretation',
  effectiveFrom: d('2022-04-10'),
  textFile: '最高人民法院关于适用《民事诉讼法》的解释(2022-04-02).md',
};

// The 2020 private-lending rules. Art.1 para.2: lenders licensed by the financial regulators
// (banks, consumer-finance companies) are outside them, so the 4×LPR caps of Arts.25, 28 and
// 29 do not bind those lenders. Only the publication of this revision is dated in the text.
const PRIVATE_LENDING_RULES: Instrument = {
  instrument: '《最高人民法院关于审理民间借贷案件适用法律若干问题的规定》（2020年第二次修正）',
  issuer: '最高人民法院',
  force: 'judicial-interpretation',
  effectiveFrom: d('2020-12-29'),
  datedByPublication: true,
  textFile: '最高人民法院关于审理民间借贷案件适用法律若干问题的规定(2020-12-29).md',
};
// The 2020 reply: 小额贷款公司 and six other kinds of local financial organisations are
// licensed lenders too, so the new private-lending rules do not apply to their lending.
const PRIVATE_LENDING_REPLY: Instrument = {
  instrument: '《最高人民法院关于新民间借贷司法解释适用范围问题的批复》',
  issuer: '最高人民法院',
  force: 'judicial-interpretation',
  docNumber: '法释〔2020〕27号',
  effectiveFrom: d('2021-01-01'),
  textFile: '最高人民法院关于新民间借贷司法解释适用范围问题的批复(2020-12-29).md',
};

function article(id: string, from: Instrument, text: string): LegalSource {
  return { id, article: text, confidence: 'A', ...from };
}

export const civilSources: readonly LegalSource[] = [
  article('civil-code-art188', CIVIL_CODE_GENERAL, '第一百八十八条'),
  article('civil-code-art189', CIVIL_CODE_GENERAL, '第一百八十九条'),
  article('civil-code-art192', CIVIL_CODE_GENERAL, '第一百九十二条'),
  article('civil-code-art193', CIVIL_CODE_GENERAL, '第一百九十三条'),
  article('civil-code-art195', CIVIL_CODE_GENERAL, '第一百九十五条'),
  article('civil-code-art201', CIVIL_CODE_GENERAL, '第二百零一条'),
  article('civil-code-art202', CIVIL_CODE_GENERAL, '第二百零二条'),
  article('civil-code-art546', CIVIL_CODE_CONTRACTS, '第五百四十六条'),
  article('civil-code-art548', CIVIL_CODE_CONTRACTS, '第五百四十八条'),
  article('civil-code-art585', CIVIL_CODE_CONTRACTS, '第五百八十五条'),
  article('civil-code-art676', CIVIL_CODE_CONTRACTS, '第六百七十六条'),
  article('civil-private-lending-rules-art1', PRIVATE_LENDING_RULES, '第一条'),
  article('civil-private-lending-rules-art25', PRIVATE_LENDING_RULES, '第二十五条'),
  article('civil-private-lending-rules-art28', PRIVATE_LENDING_RULES, '第二十八条'),
  article('civil-private-lending-rules-art29', PRIVATE_LENDING_RULES, '第二十九条'),
  article('civil-private-lending-reply-2020', PRIVATE_LENDING_REPLY, '一、关于适用范围问题'),
  article('civil-consumer-finance-measures-2024-art2', CONSUMER_FINANCE_MEASURES_2024, '第二条'),
  article('civil-consumer-finance-measures-2024-art53', CONSUMER_FINANCE_MEASURES_2024, '第五十三条'),
  article('civil-limitation-rules-art8', LIMITATION_RULES, '第八条'),
  article('civil-limitation-rules-art10', LIMITATION_RULES, '第十条'),
  article('civil-limitation-rules-art11', LIMITATION_RULES, '第十一条'),
  article('civil-limitation-rules-art13', LIMITATION_RULES, '第十三条'),
  article('civil-limitation-rules-art14', LIMITATION_RULES, '第十四条'),
  article('civil-limitation-rules-art19', LIMITATION_RULES, '第十九条'),
  article('civil-bank-card-rules-art2', BANK_CARD_RULES, '第二条'),
  article('civil-bank-card-rules-art3', BANK_CARD_RULES, '第三条'),
  article('civil-contract-interp-art65', CONTRACT_INTERP, '第六十五条'),
  article('civil-procedure-art85', CIVIL_PROCEDURE, '第八十五条'),
  article('civil-procedure-art165', CIVIL_PROCEDURE, '第一百六十五条'),
  article('civil-procedure-art171', CIVIL_PROCEDURE, '第一百七十一条'),
  article('civil-procedure-art225-228', CIVIL_PROCEDURE, '第二百二十五条至第二百二十八条'),
  article('civil-procedure-art250', CIVIL_PROCEDURE, '第二百五十条'),
  article('civil-procedure-art254', CIVIL_PROCEDURE, '第二百五十四条'),
  article('civil-procedure-art264', CIVIL_PROCEDURE, '第二百六十四条'),
  article('civil-consumption-ban-art1', CONSUMPTION_BAN, '第一条'),
  article('civil-consumption-ban-art3', CONSUMPTION_BAN, '第三条'),
  article('civil-dishonest-list-art1', DISHONEST_LIST, '第一条'),
  article('civil-dishonest-list-art3', DISHONEST_LIST, '第三条'),
  article('civil-consumption-ban-2015-art1', CONSUMPTION_BAN_2015, '第一条'),
  article('civil-consumption-ban-2015-art3', CONSUMPTION_BAN_2015, '第三条'),
  article('civil-consumption-ban-2015-art8', CONSUMPTION_BAN_2015, '第八条'),
  article('civil-consumption-ban-2015-art9', CONSUMPTION_BAN_2015, '第九条'),
  article('civil-dishonest-list-2017-art1', DISHONEST_LIST_2017, '第一条'),
  article('civil-dishonest-list-2017-art2', DISHONEST_LIST_2017, '第二条'),
  article('civil-dishonest-list-2017-art3', DISHONEST_LIST_2017, '第三条'),
  article('civil-dishonest-list-2017-art10', DISHONEST_LIST_2017, '第十条'),
  article('civil-dishonest-list-2017-art11-12', DISHONEST_LIST_2017, '第十一条至第十二条'),
  article('civil-procedure-interp-art436', PROCEDURE_INTERP, '第四百三十六条'),
  // Court deadlines and enforcement (the home screen's court dates, the enforcement screen).
  article('civil-procedure-art118', CIVIL_PROCEDURE, '第一百一十八条'),
  article('civil-procedure-art128', CIVIL_PROCEDURE, '第一百二十八条'),
  article('civil-procedure-art130', CIVIL_PROCEDURE, '第一百三十条'),
  article('civil-procedure-art157', CIVIL_PROCEDURE, '第一百五十七条'),
  article('civil-procedure-art241', CIVIL_PROCEDURE, '第二百四十一条'),
  article('civil-procedure-art247', CIVIL_PROCEDURE, '第二百四十七条'),
  article('civil-procedure-art251', CIVIL_PROCEDURE, '第二百五十一条'),
  article('civil-procedure-art252', CIVIL_PROCEDURE, '第二百五十二条'),
  article('civil-procedure-art253', CIVIL_PROCEDURE, '第二百五十三条'),
  article('civil-procedure-art255', CIVIL_PROCEDURE, '第二百五十五条'),
  article('civil-procedure-art265', CIVIL_PROCEDURE, '第二百六十五条'),
  article('civil-procedure-art266', CIVIL_PROCEDURE, '第二百六十六条'),
  article('civil-procedure-art268', CIVIL_PROCEDURE, '第二百六十八条'),
  article('civil-procedure-interp-art266', PROCEDURE_INTERP, '第二百六十六条'),
  article('civil-procedure-interp-art275', PROCEDURE_INTERP, '第二百七十五条'),
  article('civil-procedure-interp-art481', PROCEDURE_INTERP, '第四百八十一条'),
  article('civil-procedure-interp-art517', PROCEDURE_INTERP, '第五百一十七条'),
  article('civil-consumption-ban-2015-art4', CONSUMPTION_BAN_2015, '第四条'),
  article('civil-consumption-ban-2015-art11', CONSUMPTION_BAN_2015, '第十一条'),
  article('civil-dishonest-list-2017-art4', DISHONEST_LIST_2017, '第四条'),
  article('civil-dishonest-list-2017-art5', DISHONEST_LIST_2017, '第五条'),
  article('civil-dishonest-list-2017-art7-8', DISHONEST_LIST_2017, '第七条至第八条'),
  {
    // [C] when the 3 years start for a card or a loan paid in instalments is not settled (the
    // unpaid statement's or instalment's due date, or when the creditor declared the whole
    // balance due); court practice varies. Shown as "常见做法,未核实".
    id: 'civil-limitation-start-practice',
    instrument: '欠款诉讼时效起算点的司法实践（各地不一，未核实）',
    article: '',
    issuer: '司法实践',
    force: 'practice',
    confidence: 'C',
    effectiveFrom: PRACTICE_SINCE,
  },
  {
    // [B] The 民法通则 (1987) set 2 years (Art.135). The 民法总则 set 3 years from
    // 2017-10-01; a 2-year period that had already run out by then was not revived. The full
    // text is not in legal/texts/: cited from agreeing secondary quotations.
    id: 'civil-general-principles-art135',
    instrument: '《中华人民共和国民法通则》',
    article: '第一百三十五条',
    issuer: '全国人民代表大会',
    force: 'law',
    confidence: 'B',
    effectiveFrom: d('1987-01-01'),
    effectiveTo: d('2017-09-30'),
  },
  {
    // [C] Art.19 says a voluntary payment after expiry loses the defence; whether a small
    // payment loses it for the whole balance or only for what was paid is decided
    // differently by courts.
    id: 'civil-limitation-partial-payment-practice',
    instrument: '时效届满后部分还款是否放弃全部债务时效抗辩的司法实践（各地不一，未核实）',
    article: '',
    issuer: '司法实践',
    force: 'practice',
    confidence: 'C',
    effectiveFrom: PRACTICE_SINCE,
  },
  {
    // [B] "息费总额不得超过本金" was in the 2021-12
    // draft only; the final notice's official summary does not mention it. Cited on the
    // myths page to say exactly that, never as a rule that caps charges.
    id: 'civil-card-notice-2022',
    instrument: '《关于进一步促进信用卡业务规范健康发展的通知》',
    article: '',
    issuer: '中国银行保险监督管理委员会、中国人民银行',
    docNumber: '银保监规〔2022〕13号',
    force: 'regulation',
    confidence: 'B',
    effectiveFrom: d('2022-07-07'),
  },
];
