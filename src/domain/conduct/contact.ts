/**
 * The contact log (催收记录): one entry per contact a collector started, as the person
 * recorded it right after it happened, plus the background facts per debt that some rules
 * depend on (conduct context).
 *
 * Why local date + time strings: the rules are about the clock on the person's wall
 * ("no collection 22:00–08:00", "per day"). An instant would make 23:30 in Beijing fall on
 * another UTC day and turn day and night rules into time-zone bugs. So an entry stores the
 * calendar date (`YYYY-MM-DD`) and the wall-clock time (`HH:mm`) exactly as seen on the
 * phone, and nothing in the rule check ever converts them.
 */
import { assertNever } from '../../lib/assert-never';
import type { CreditorType as DebtCreditorType } from '../debt';
import type { IsoDate } from '../types';

declare const localTimeBrand: unique symbol;
/** Wall-clock time `HH:mm` (24-hour, 00:00–23:59), no zone. */
export type LocalTime = string & { readonly [localTimeBrand]: true };

const LOCAL_TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

export function isLocalTime(value: unknown): value is LocalTime {
  return typeof value === 'string' && LOCAL_TIME.test(value);
}

/** Checked cast; throws on a malformed time (a bug, not user input). */
export function localTime(value: string): LocalTime {
  if (!isLocalTime(value)) throw new Error('not a HH:mm time');
  return value;
}

/**
 * How the contact happened. `call-answered` / `call-unanswered` are calls the collector
 * made (the person's own calls to the bank are not logged as contacts).
 */
export const CONTACT_CHANNELS = [
  'call-answered',
  'call-unanswered',
  'sms',
  'app-message',
  'letter',
  'home-visit',
  'workplace-visit',
  'other',
] as const;
export type ContactChannel = (typeof CONTACT_CHANNELS)[number];

/** Who the collector reached. Everyone except the debtor and a guarantor is a third party (第三人). */
export const CONTACT_PARTIES = [
  'debtor',
  'guarantor',
  'spouse',
  'family',
  'employer-colleague',
  'friend',
  'emergency-contact',
  'other',
] as const;
export type ContactParty = (typeof CONTACT_PARTIES)[number];

/**
 * What happened, ticked by the person. Counting rules (night, per-day numbers, reachability)
 * are never ticked: they are computed from dates, times and channels.
 */
export const CONTACT_FLAGS = [
  'threatened', // 威胁、恐吓
  'insulted', // 辱骂、侮辱
  'violence', // 动手、扣留或不让离开
  'pestered', // 跟踪、纠缠、堵门,或反复发送侮辱恐吓信息
  'claimed-authority', // 自称警察、法院或政府工作人员
  'court-document', // 发来以法院、公安等机关名义的文书
  'lawyer-letter', // 发来"律师函"
  'document-not-genuine', // 核实后,文书是假的
  'told-someone-else', // 把欠款告诉了别人
  'asked-to-pay', // 要第三人替你还钱
  'asked-not-to-contact', // 第三人明确表示不要再联系
  'public-notice', // 张贴、群发或公开你的欠款
  'personal-account', // 要求转到个人账户
  'added-fees', // 额外收费
  'pushed-borrowing', // 逼你借新还旧
  'exaggerated', // 夸大金额或后果(如"马上抓你")
  'visit-rules', // 上门不足两人或不出示证件
  'entered-without-consent', // 未经同意进入住宅或办公区域
  'personal-phone', // 用私人手机或微信等社交软件联系
  'no-identification', // 没说明自己是谁、哪家机构
] as const;
export type ContactFlag = (typeof CONTACT_FLAGS)[number];

/** Channels where the collector was physically present. */
export const VISIT_CHANNELS: readonly ContactChannel[] = ['home-visit', 'workplace-visit'];

/** The most missed calls one entry can stand for (a call log shows "(12)"). */
export const MAX_ATTEMPTS_PER_ENTRY = 99;
/** Longest quote / note we keep in one field. */
export const MAX_CONTACT_TEXT = 2_000;
/** Longest name, number or agency field. */
export const MAX_CONTACT_SHORT_TEXT = 100;

/** One contact, as the person recorded it. */
export interface ContactEntryFields {
  /** Calendar date on the person's phone. */
  date: IsoDate;
  /** Wall-clock time on the person's phone. */
  time: LocalTime;
  /** The debt (creditor) this is about; '' when not linked to a debt. */
  debtId: string;
  /** 催收机构 as the collector named it; '' when they said they were the bank itself or did not say. */
  agency: string;
  /** Collector's name or 工号 as given. */
  collectorName: string;
  channel: ContactChannel;
  /** The number (or account) it came from. */
  fromNumber: string;
  /** Which of the person's numbers it reached, or the third party's number. */
  toNumber: string;
  /**
   * For `call-unanswered`: how many missed calls this entry stands for (from the phone's call
   * log). 1 for every other channel.
   */
  attempts: number;
  party: ContactParty;
  /** Who exactly, for third parties, e.g. 妈妈 / 同事小王. Tells apart two friends. */
  partyName: string;
  flags: ContactFlag[];
  /** The key sentence, verbatim. */
  quote: string;
  notes: string;
}

export interface ContactEntry extends ContactEntryFields {
  id: string;
  /** ISO timestamps, set by storage. */
  createdAt: string;
  updatedAt: string;
}

export const CREDITOR_TYPES = ['bank', 'consumer-finance', 'online-lender', 'unknown'] as const;
/**
 * Which conduct rules can apply: `bank` = a bank's credit card or personal consumer loan;
 * `consumer-finance` = a 消费金融公司 (the laws and its own 2024 measures); `online-lender` =
 * internet consumer credit (网络消费信贷: online lending platforms, 网络小贷). With `unknown`,
 * only rules that apply to both banks and online lenders (the laws) are checked.
 */
export type CreditorType = (typeof CREDITOR_TYPES)[number];

export type TriState = 'yes' | 'no' | 'unknown';
export const TRI_STATES = ['yes', 'no', 'unknown'] as const;

/** A 个性化分期 (or other repayment) agreement signed with the creditor. */
export interface RepaymentAgreement {
  /** First day it was in force. */
  from: IsoDate;
  /** Last day it was in force; null while it still is. */
  to: IsoDate | null;
  /** The person is paying as agreed (if not, the creditor may resume collection). */
  keptUp: boolean;
}

/** Background facts per debt that some rules need. */
export interface ConductContextFields {
  creditorType: CreditorType;
  /** Did the bank tell the person, before an outside agency started, that it outsourced collection? */
  outsourcingNotice: TriState;
  agreement: RepaymentAgreement | null;
  /**
   * Could the collector reach the person directly (their number works, they answer or call
   * back)? `no` e.g. after changing number. The log can show reachability too: see the
   * rule check.
   */
  debtorReachable: TriState;
  /** The person agreed to be contacted between 22:00 and 08:00. */
  nightContactConsent: boolean;
  /** The debt funded shared household spending, so the spouse may be a debt-related person (债务相关第三人). */
  spouseDebtRelated: boolean;
}

export interface ConductContext extends ConductContextFields {
  /** The debt this context belongs to; '' for entries not linked to a debt. */
  debtId: string;
  updatedAt: string;
}

export const DEFAULT_CONDUCT_CONTEXT: ConductContextFields = {
  creditorType: 'bank',
  outsourcingNotice: 'unknown',
  agreement: null,
  debtorReachable: 'unknown',
  nightContactConsent: false,
  spouseDebtRelated: false,
};

/** True for parties other than the debtor and a guarantor. */
export function isThirdParty(party: ContactParty, context: Pick<ConductContextFields, 'spouseDebtRelated'>): boolean {
  switch (party) {
    case 'debtor':
    case 'guarantor':
      return false;
    case 'spouse':
      return !context.spouseDebtRelated;
    case 'family':
    case 'employer-colleague':
    case 'friend':
    case 'emergency-contact':
    case 'other':
      return true;
    default:
      return assertNever(party, 'unknown contact party');
  }
}

/** 22:00 ≤ t or t < 08:00 (21:59 is day, 22:00 night, 07:59 night, 08:00 day). */
export function isNightTime(time: LocalTime): boolean {
  return time >= '22:00' || time < '08:00';
}

/** Sort key: date then time, as plain strings (both are fixed-width). */
export function entryMoment(e: Pick<ContactEntryFields, 'date' | 'time'>): string {
  return `${e.date}T${e.time}`;
}

/**
 * The conduct rules' creditor type for a debt's kind of credit in the ledger: the same
 * distinction the ledger makes. Credit-card debts (overdraft, card instalments and cash loans)
 * are a bank's; a consumer-finance company's loan is checked against the laws and the
 * company's own 2024 measures; online lending platforms are online lenders.
 */
export function conductCreditorType(debtCreditorType: DebtCreditorType): CreditorType {
  switch (debtCreditorType) {
    case 'card-overdraft':
    case 'card-instalment-or-cash-loan':
      return 'bank';
    case 'online-lender':
      return 'online-lender';
    case 'consumer-finance':
      return 'consumer-finance';
    default:
      return assertNever(debtCreditorType, 'unknown debt creditor type');
  }
}

/**
 * The context a debt is checked with: the saved one, else the default. For a debt in the
 * ledger the creditor type always follows its kind of credit, so the rule check, the context
 * page and the ledger cannot disagree (a context saved before the debt's kind was changed
 * is read with the new kind). Only entries not linked to a debt keep a chosen creditor type.
 */
export function contextForDebt(
  debt: { id: string; creditorType: DebtCreditorType } | undefined,
  saved: ConductContextFields | undefined,
): ConductContextFields {
  const base = saved ?? DEFAULT_CONDUCT_CONTEXT;
  return debt ? { ...base, creditorType: conductCreditorType(debt.creditorType) } : base;
}
