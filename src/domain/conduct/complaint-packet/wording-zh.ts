/**
 * Chinese wording the packet's documents share: what each rule, channel, party, tick and legal
 * force is called, and how dates and blanks are printed. Letters are Chinese domain content
 * (formal 您 / 贵行), not UI strings, so they live here and not in src/i18n.
 */
import type { LegalForce } from '../../legal/source-types';
import type { IsoDate } from '../../types';
import type { ContactChannel, ContactFlag, ContactParty } from '../contact';
import type { ConductRuleId } from '../rule-types';

export const RULE_TITLES_ZH: Record<ConductRuleId, string> = {
  'night-contact': '在 22:00 至次日 8:00 之间催收',
  'unanswered-attempts-per-day': '同一号码一天内未接通仍反复拨打超过 6 次',
  'connected-calls-per-day': '一天内接通的催收电话超过 3 次',
  'third-party-collection': '向与债务无关的第三人催收',
  'third-party-disclosure': '向他人透露本人的债务信息',
  'third-party-contact-while-reachable': '本人可以联系时仍联系第三人',
  'contact-after-refusal': '第三人明确拒绝后仍继续联系',
  threat: '威胁、恐吓',
  insult: '辱骂、侮辱',
  violence: '暴力或限制人身自由',
  harassment: '滋扰、纠缠、跟踪',
  'impersonating-authority': '冒充公安、法院或政府等机关工作人员',
  'fake-legal-document': '以机关名义发送文书或使用虚假文书',
  'public-notice': '公开本人的债务信息',
  'no-identification': '未表明身份和所属机构',
  'outsourcing-not-notified': '委托外部机构催收前未告知本人',
  'personal-account-demand': '要求把钱转入个人账户',
  'extra-fees': '以催收名义收取额外费用',
  'induce-new-borrowing': '诱导或逼迫借新还旧',
  'home-visit-rules': '上门催收不足两人或未出示证件',
  'home-intrusion': '未经同意进入住宅或办公区域',
  'private-phone-or-social-app': '外部催收机构使用私人手机或社交软件联系',
  'collection-during-agreement': '个性化分期还款协议履行期间仍在催收',
  'exaggerated-consequences': '虚构或夸大事实、后果',
};

export const CHANNEL_ZH: Record<ContactChannel, string> = {
  'call-answered': '电话（已接通）',
  'call-unanswered': '电话（未接通）',
  sms: '短信',
  'app-message': 'App 或微信消息',
  letter: '信件',
  'home-visit': '上门（住所）',
  'workplace-visit': '上门（单位）',
  other: '其他方式',
};

export const PARTY_ZH: Record<ContactParty, string> = {
  debtor: '本人',
  guarantor: '担保人',
  spouse: '配偶',
  family: '家人',
  'employer-colleague': '单位或同事',
  friend: '朋友',
  'emergency-contact': '紧急联系人',
  other: '其他人',
};

export const FLAG_ZH: Record<ContactFlag, string> = {
  threatened: '威胁、恐吓',
  insulted: '辱骂、侮辱',
  violence: '动手、扣留或不让离开',
  pestered: '跟踪、纠缠、堵门或反复发送骚扰信息',
  'claimed-authority': '自称公安、法院或政府工作人员',
  'court-document': '发来以法院、公安等机关名义的文书',
  'lawyer-letter': '发来“律师函”',
  'document-not-genuine': '经核实文书不真实',
  'told-someone-else': '把本人的欠款告诉了他人',
  'asked-to-pay': '要求第三人代为还款',
  'asked-not-to-contact': '第三人明确表示不要再联系',
  'public-notice': '张贴、群发或公开本人欠款',
  'personal-account': '要求转入个人账户',
  'added-fees': '额外收费',
  'pushed-borrowing': '诱导或逼迫借新还旧',
  exaggerated: '夸大金额或后果',
  'visit-rules': '上门不足两人或未出示证件',
  'entered-without-consent': '未经同意进入住宅或办公区域',
  'personal-phone': '使用私人手机或社交软件联系',
  'no-identification': '未说明身份和所属机构',
};

export const FORCE_ZH: Record<LegalForce, string> = {
  law: '法律',
  'judicial-interpretation': '司法解释',
  'administrative-regulation': '行政法规',
  regulation: '监管规定',
  'national-standard': '推荐性国家标准',
  'industry-self-regulation': '行业自律规范',
  'judicial-policy': '司法政策文件',
  practice: '行业惯例',
};

/** 2026年3月3日 */
export function formatZhDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** The trimmed value, or a line of underscores to fill in by hand. */
export const blank = (value: string, width = 12) => (value.trim() === '' ? '_'.repeat(width) : value.trim());
