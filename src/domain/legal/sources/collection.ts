/**
 * Legal sources for the collection area: what collectors may and may not do.
 * Append-only: never change the meaning of a shipped id.
 *
 * Each id is explained in legal/basis.md (the rule, its force, its confidence, where the
 * text was read):
 * - Laws (治安管理处罚法, 个人信息保护法, 民法典, 刑法) are [A]: their texts are in
 *   legal/texts/ (`textFile`).
 * - 2011 办法 Art.68 is [B+] (unofficial full-text repost, wording agreed by several copies).
 * - 银保消保办法 Art.41 is [B] only for the duty to tell the debtor before outsourcing; its
 *   list of prohibited acts is [C] and is therefore NOT registered here.
 * - GB/T 45251-2025 is a recommended national standard (not mandatory) for online personal
 *   consumer credit; whether it covers banks' credit cards is [C], so the rule set applies it
 *   to online lenders only.
 * - CBA 2026 and the two NIFA texts are industry self-regulation [B]. Their article numbers are
 *   unknown (CBA, NIFA 2024) and left empty.
 *
 * The 2012 治安管理处罚法 applies until 2025-12-31 and the 2025 text from 2026-01-01; both are
 * registered so a contact is judged by the text in force on its date.
 */
import type { IsoDate } from '../../types';
import type { LegalSource } from '../source-types';
import { CARD_MEASURES_2011, CONSUMER_FINANCE_MEASURES_2024 } from './instruments';

const d = (s: string) => s as IsoDate;

const PSL_2012 = {
  instrument: '《中华人民共和国治安管理处罚法》（2012年修正）',
  issuer: '全国人民代表大会常务委员会',
  force: 'law',
  confidence: 'A',
  // Art.119 of this text: 本法自2006年3月1日起施行.
  effectiveFrom: d('2006-03-01'),
  // Replaced by the 2025 revision from 2026-01-01 (2025 text Art.144).
  effectiveTo: d('2025-12-31'),
  textFile: '治安管理处罚法(2012-10-26).md',
} as const;

const PSL_2025 = {
  instrument: '《中华人民共和国治安管理处罚法》（2025年修订）',
  issuer: '全国人民代表大会常务委员会',
  force: 'law',
  confidence: 'A',
  effectiveFrom: d('2026-01-01'),
  textFile: '治安管理处罚法(2025-06-27).md',
} as const;

const PIPL = {
  instrument: '《中华人民共和国个人信息保护法》',
  issuer: '全国人民代表大会常务委员会',
  force: 'law',
  confidence: 'A',
  effectiveFrom: d('2021-11-01'),
  textFile: '个人信息保护法(2021-08-20).md',
} as const;

const CIVIL_CODE = {
  instrument: '《中华人民共和国民法典》',
  issuer: '全国人民代表大会',
  force: 'law',
  confidence: 'A',
  effectiveFrom: d('2021-01-01'),
  textFile: '人格权编.md',
} as const;

const CRIMINAL_LAW = {
  instrument: '《中华人民共和国刑法》',
  issuer: '全国人民代表大会',
  force: 'law',
  confidence: 'A',
  effectiveFrom: d('1997-10-01'),
  textFile: '刑法.md',
} as const;

const NIFA_CONVENTION_2018 = {
  instrument: '《互联网金融逾期债务催收自律公约（试行）》',
  issuer: '中国互联网金融协会',
  force: 'industry-self-regulation',
  confidence: 'B',
  effectiveFrom: d('2018-03-28'),
} as const;

export const collectionSources: readonly LegalSource[] = [
  // ── 治安管理处罚法, 2012 text (until 2025-12-31) ────────────────────────────────────────
  /** Art.40(三): 非法限制他人人身自由、非法侵入他人住宅或者非法搜查他人身体. */
  { id: 'psl-2012-art40-3', article: '第四十条第（三）项', ...PSL_2012 },
  /** Art.43: 殴打他人的，或者故意伤害他人身体的. */
  { id: 'psl-2012-art43', article: '第四十三条', ...PSL_2012 },
  /** Art.42(一): 写恐吓信或者以其他方法威胁他人人身安全. */
  { id: 'psl-2012-art42-1', article: '第四十二条第（一）项', ...PSL_2012 },
  /** Art.42(二): 公然侮辱他人或者捏造事实诽谤他人. */
  { id: 'psl-2012-art42-2', article: '第四十二条第（二）项', ...PSL_2012 },
  /** Art.42(五): 多次发送淫秽、侮辱、恐吓或者其他信息,干扰他人正常生活. */
  { id: 'psl-2012-art42-5', article: '第四十二条第（五）项', ...PSL_2012 },
  /** Art.42(六): 偷窥、偷拍、窃听、散布他人隐私. */
  { id: 'psl-2012-art42-6', article: '第四十二条第（六）项', ...PSL_2012 },
  /** Art.49: 盗窃、诈骗、哄抢、抢夺、敲诈勒索. */
  { id: 'psl-2012-art49', article: '第四十九条', ...PSL_2012 },
  /** Art.51: 冒充国家机关工作人员或者以其他虚假身份招摇撞骗; 冒充军警从重. */
  { id: 'psl-2012-art51', article: '第五十一条', ...PSL_2012 },
  /** Art.52(一)(二): 伪造、变造、买卖或者使用伪造的公文、证件、证明文件、印章. */
  { id: 'psl-2012-art52', article: '第五十二条', ...PSL_2012 },

  // ── 治安管理处罚法, 2025 text (from 2026-01-01) ─────────────────────────────────────────
  /** Art.47(三): same conduct as 2012 Art.40(三); 10–15日拘留 + 1000–2000元. */
  { id: 'psl-2025-art47-3', article: '第四十七条第（三）项', ...PSL_2025 },
  /** Art.51: 殴打他人的，或者故意伤害他人身体的. */
  { id: 'psl-2025-art51', article: '第五十一条', ...PSL_2025 },
  /** Art.50(一): threats to personal safety. */
  { id: 'psl-2025-art50-1', article: '第五十条第一款第（一）项', ...PSL_2025 },
  /** Art.50(二): public insult, defamation. */
  { id: 'psl-2025-art50-2', article: '第五十条第一款第（二）项', ...PSL_2025 },
  /** Art.50(五) and para.2: 多次发送…信息或者采取滋扰、纠缠、跟踪等方法; 禁止接触 order. */
  { id: 'psl-2025-art50-5', article: '第五十条第一款第（五）项、第二款', ...PSL_2025 },
  /** Art.50(六): 散布他人隐私. */
  { id: 'psl-2025-art50-6', article: '第五十条第一款第（六）项', ...PSL_2025 },
  /** Art.56: 向他人出售或者提供个人信息; 窃取或非法获取个人信息. */
  { id: 'psl-2025-art56', article: '第五十六条', ...PSL_2025 },
  /** Art.58: 盗窃、诈骗、哄抢、抢夺或者敲诈勒索. */
  { id: 'psl-2025-art58', article: '第五十八条', ...PSL_2025 },
  /** Art.62: para.1 冒充国家机关工作人员; para.3 盗用、冒用个人、组织的身份、名义或其他虚假身份. */
  { id: 'psl-2025-art62', article: '第六十二条', ...PSL_2025 },
  /** Art.63(一)(三): 伪造、变造、买卖或使用伪造的公文、证件、证明文件、印章. */
  { id: 'psl-2025-art63', article: '第六十三条', ...PSL_2025 },

  // ── 个人信息保护法 ─────────────────────────────────────────────────────────────────────
  /** Art.10: 不得非法…提供或者公开他人个人信息. */
  { id: 'pipl-art10', article: '第十条', ...PIPL },
  /** Art.23: providing personal information to another handler needs 单独同意. */
  { id: 'pipl-art23', article: '第二十三条', ...PIPL },
  /** Art.25: 不得公开其处理的个人信息,取得个人单独同意的除外. */
  { id: 'pipl-art25', article: '第二十五条', ...PIPL },

  // ── 民法典 (人格权编) ─────────────────────────────────────────────────────────────────
  /** Art.1032: privacy; no 刺探、侵扰、泄露、公开. */
  { id: 'civil-code-art1032', article: '第一千零三十二条', ...CIVIL_CODE },
  /** Art.1033: no 侵扰 by 电话、短信、即时通讯工具 (一); no entering a home (二); no processing private information (五). */
  { id: 'civil-code-art1033', article: '第一千零三十三条', ...CIVIL_CODE },
  /** Art.1034: 自然人的个人信息受法律保护. */
  { id: 'civil-code-art1034', article: '第一千零三十四条', ...CIVIL_CODE },
  /** Art.1038: 未经自然人同意，不得向他人非法提供其个人信息. */
  { id: 'civil-code-art1038', article: '第一千零三十八条', ...CIVIL_CODE },

  // ── 刑法 (only where the statute text fits collectors' conduct) ──────────────────────
  /** Art.238 para.3: 为索取债务非法扣押、拘禁他人的, punished as 非法拘禁. */
  { id: 'criminal-law-art238', article: '第二百三十八条', ...CRIMINAL_LAW },
  /** Art.245: 非法侵入他人住宅. */
  { id: 'criminal-law-art245', article: '第二百四十五条', ...CRIMINAL_LAW },
  /** Art.246: 侮辱、诽谤, 情节严重; generally 告诉的才处理 (needs a private complaint). */
  { id: 'criminal-law-art246', article: '第二百四十六条', ...CRIMINAL_LAW },
  /**
   * Art.253之一: 向他人出售或者提供公民个人信息,情节严重. Current wording from
   * 刑法修正案(九); that amendment's effective date (2015-11-01) is [C].
   */
  { id: 'criminal-law-art253-1', article: '第二百五十三条之一', ...CRIMINAL_LAW, effectiveFrom: d('2015-11-01') },
  /** Art.274: 敲诈勒索公私财物. */
  { id: 'criminal-law-art274', article: '第二百七十四条', ...CRIMINAL_LAW },
  /** Art.279: 冒充国家机关工作人员招摇撞骗; 冒充人民警察从重. */
  { id: 'criminal-law-art279', article: '第二百七十九条', ...CRIMINAL_LAW },
  /** Art.280: 伪造…国家机关的公文、证件、印章; para.2 forging company seals. */
  { id: 'criminal-law-art280', article: '第二百八十条', ...CRIMINAL_LAW },
  /**
   * Art.293 寻衅滋事. The 2013 两高 interpretation Art.1 para.3: conduct arising from a 债务纠纷
   * is generally NOT 寻衅滋事 unless it continues after the authorities stopped or punished it.
   */
  { id: 'criminal-law-art293', article: '第二百九十三条', ...CRIMINAL_LAW },
  /**
   * Art.293之一 催收非法债务罪 (from 2021-03-01). Registered only so the app can say it does
   * NOT apply to lawful bank-card debt: it covers debts from usury and other illegal lending.
   */
  { id: 'criminal-law-art293-1', article: '第二百九十三条之一', ...CRIMINAL_LAW, effectiveFrom: d('2021-03-01') },

  // ── Regulation ────────────────────────────────────────────────────────────────────────
  /**
   * 2011 办法 Art.68: collect from the debtor and guarantor only; not from unrelated third
   * parties; no 暴力、胁迫、恐吓或辱骂; record collection, keep recordings ≥2 years. [B+]
   */
  { id: 'card-measures-2011-art68', article: '第六十八条', confidence: 'A', ...CARD_MEASURES_2011 },
  // ── 《消费金融公司管理办法》 2024 (消费金融公司 only; from 2024-04-18) ─────────────────────
  /** Art.56: no violence, threats, intimidation or harassment; no collection from unrelated third parties. */
  {
    id: 'consumer-finance-measures-2024-art56',
    article: '第五十六条',
    confidence: 'A',
    ...CONSUMER_FINANCE_MEASURES_2024,
  },
  /** Art.57: the borrower is told, in a suitable way, about the cooperating collection agency. */
  {
    id: 'consumer-finance-measures-2024-art57',
    article: '第五十七条',
    confidence: 'A',
    ...CONSUMER_FINANCE_MEASURES_2024,
  },
  /** Art.58: collection is recorded truthfully and traceably; the data kept at least 5 years. */
  {
    id: 'consumer-finance-measures-2024-art58',
    article: '第五十八条',
    confidence: 'A',
    ...CONSUMER_FINANCE_MEASURES_2024,
  },
  /** 2011 办法 Art.69: what a collection letter must disclose; objections are annotated and verified. [B+] */
  { id: 'card-measures-2011-art69', article: '第六十九条', confidence: 'A', ...CARD_MEASURES_2011 },
  /**
   * 银保消保办法 Art.41, first paragraph: before outsourcing collection the institution must tell
   * the debtor in an appropriate way. [B for substance; exact wording C.] Applies to 银行保险机构.
   */
  {
    id: 'consumer-protection-2022-art41-outsourcing',
    instrument: '《银行保险机构消费者权益保护管理办法》',
    article: '第四十一条',
    issuer: '中国银行保险监督管理委员会',
    docNumber: '中国银保监会令2022年第9号',
    force: 'regulation',
    confidence: 'B',
    effectiveFrom: d('2023-03-01'),
  },

  // ── National recommended standard ─────────────────────────────────────────────────────
  /**
   * GB/T 45251—2025 (recommended, not mandatory), online personal consumer credit: collect only
   * from the debtor; contacts only when the debtor cannot be reached (or died / lacks capacity),
   * never told of the debt, and not again after they refuse; no collection 22:00–08:00 absent
   * agreement; ≤3 actively initiated effective voice calls per day with one debtor. [B]
   */
  {
    id: 'gbt-45251-2025',
    instrument: '《互联网金融 个人网络消费信贷 贷后催收风控指引》',
    article: '',
    issuer: '国家市场监督管理总局、国家标准化管理委员会',
    docNumber: 'GB/T 45251—2025',
    force: 'national-standard',
    confidence: 'B',
    effectiveFrom: d('2025-02-28'),
  },

  // ── Industry self-regulation ──────────────────────────────────────────────────────────
  /**
   * CBA 2026 guideline for members' credit cards and personal consumer loans: no collection
   * 22:00–08:00 without consent; unanswered dial attempts to one number 不宜超过6次 a day
   * (advisory); identify the institution; third parties only when the debtor is 失联, never told
   * the debt, stop when they refuse; field visits ≥2 people with ID, consent before entering;
   * prohibited: impersonating state organs, spreading privacy, threats, insults, violence,
   * exaggerating facts or consequences, extra fees, pushing new borrowing, public notices,
   * outside agencies using personal phones or social apps without consent. [B; article numbers C]
   */
  {
    id: 'cba-collection-guideline-2026',
    instrument: '《金融机构个人消费类贷款催收工作指引（试行）》',
    article: '',
    issuer: '中国银行业协会',
    force: 'industry-self-regulation',
    confidence: 'B',
    // Published 2026-01-30 (news reports); its own effective date was not found.
    effectiveFrom: d('2026-01-30'),
    datedByPublication: true,
  },
  /**
   * NIFA 2024 guideline: no collection 22:00–08:00 absent agreement; banks' non-online consumer
   * credit, credit cards included, "可适用" (may apply it). [B]
   */
  {
    id: 'nifa-collection-guideline-2024',
    instrument: '《互联网金融贷后催收业务指引》',
    article: '',
    issuer: '中国互联网金融协会',
    force: 'industry-self-regulation',
    confidence: 'B',
    effectiveFrom: d('2024-05-15'),
  },
  /** NIFA 2018 公约 Art.13: do not harass people unrelated to the debt. */
  { id: 'nifa-convention-2018-art13', article: '第十三条', ...NIFA_CONVENTION_2018 },
  /** Art.14: debtor unreachable → only the pre-agreed contact person, only to re-establish contact. */
  { id: 'nifa-convention-2018-art14', article: '第十四条', ...NIFA_CONVENTION_2018 },
  /** Art.15: state the agency's name; show credentials on field visits. */
  { id: 'nifa-convention-2018-art15', article: '第十五条', ...NIFA_CONVENTION_2018 },
  /** Art.16: civil language; no intimidation, threats or insults. */
  { id: 'nifa-convention-2018-art16', article: '第十六条', ...NIFA_CONVENTION_2018 },
  /** Art.17: 在恰当时间开展催收,不得频繁致电骚扰 (no clock hours). */
  { id: 'nifa-convention-2018-art17', article: '第十七条', ...NIFA_CONVENTION_2018 },
  /** Art.18: do not disclose the debt to anyone other than the debtor. */
  { id: 'nifa-convention-2018-art18', article: '第十八条', ...NIFA_CONVENTION_2018 },
  /** Art.19: no extra fees; repayment through designated channels only. */
  { id: 'nifa-convention-2018-art19', article: '第十九条', ...NIFA_CONVENTION_2018 },
];
