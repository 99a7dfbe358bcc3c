/**
 * Everything a letter is filled from, as one plain snapshot.
 *
 * A saved letter keeps this snapshot with its template id and version, so it can be built
 * again exactly as it was, whatever the ledger, budget or plan say later. The snapshot holds
 * only what the user entered or what was computed from their own numbers: no template ever
 * adds a fact about the user's situation that is not here.
 */
import type { BudgetCategory } from '../budget/budget';
import type { CreditorType } from '../debt';
import type { HardshipPlanBasis } from '../hardship-plan/hardship-plan';
import type { Fen, IsoDate } from '../types';

export const CONTACT_KINDS = ['phone', 'post', 'email'] as const;
/** 电话 / 邮寄地址 / 电子邮箱 */
export type ContactKind = (typeof CONTACT_KINDS)[number];

export const ENCLOSURES = [
  'id-copy',
  'hardship-proof',
  'bank-statements',
  'budget',
  'credit-report',
  'correspondence',
] as const;
/** 身份证复印件 / 困难证明材料 / 银行流水 / 收支表 / 个人信用报告 / 往来函件及答复 */
export type Enclosure = (typeof ENCLOSURES)[number];

/** The choice the user makes when a letter would acknowledge a debt that may be time-barred. */
export const LIMITATION_CHOICES = ['undecided', 'proceed'] as const;
export type LimitationChoice = (typeof LIMITATION_CHOICES)[number];

export interface LetterDebt {
  lender: string;
  /** '' on a loan (the ledger keeps card digits for cards only). */
  last4: string;
  /**
   * What kind of credit the debt is (the ledger's creditor type). Absent in letters saved before
   * the loan letters; those were all written as bank-card letters.
   */
  creditorType?: CreditorType;
  /** A loan's 借款合同编号或借据号, '' when not given; absent in letters saved before. */
  loanNumber?: string;
  principal: Fen;
  interest: Fen;
  fees: Fen;
  /** The day these amounts were last recorded in the ledger. */
  recordedOn: IsoDate;
}

export interface LetterBudget {
  /** Monthly amounts of the lines the user entered (categories not entered are absent). */
  lines: { category: BudgetCategory; monthly: Fen; reason: string }[];
  incomeMonthly: Fen;
  spendingMonthly: Fen;
  /** May be negative (a shortfall). */
  surplusMonthly: number;
}

export interface LetterHardshipPlan {
  basis: HardshipPlanBasis;
  monthly: Fen;
  months: number;
  lastInstalment: Fen;
  firstDue: IsoDate | null;
  /** 'pro-rata' when the offer was split by what each creditor is owed; 'custom' when the user set it. */
  split: 'pro-rata' | 'custom';
  /** All open debts together, for the sentence about other creditors (count 1 = only this one). */
  creditorCount: number;
  totalOwedAll: Fen;
  /** The whole monthly offer across all creditors. */
  offerAll: Fen;
}

/**
 * What a 支付令 objection can say. The first four contest the debt itself; the last three only
 * plead inability to pay, ask for time or another way of paying, which does not stop a 支付令
 * (民诉法解释 Art.436), so an objection is never built on them alone and never prints them.
 */
export const OBJECTION_GROUNDS = [
  'amount',
  'charges',
  'limitation',
  'identity',
  'cannot-pay',
  'more-time',
  'other-method',
] as const;
export type ObjectionGround = (typeof OBJECTION_GROUNDS)[number];
export const DEBT_OBJECTION_GROUNDS: readonly ObjectionGround[] = ['amount', 'charges', 'limitation', 'identity'];

/** 答辩请求: reduce charges above the benchmark; limitation (only where the assessment supports it); instalments. */
export const ANSWER_REQUESTS = ['reduce-charges', 'limitation', 'instalments'] as const;
export type AnswerRequest = (typeof ANSWER_REQUESTS)[number];

/** 失信名单规定 (2017) Art.11: the three grounds for a correction. */
export const LISTING_GROUNDS = ['should-not-list', 'inaccurate', 'should-delete'] as const;
export type ListingGround = (typeof LISTING_GROUNDS)[number];

/** 信用卡纠纷 or 金融借款合同纠纷, from the debt's creditor type. */
export const CASE_CAUSES = ['card', 'loan'] as const;
export type CaseCause = (typeof CASE_CAUSES)[number];

/** What the letters to a court, a mediator or an enforcement creditor are filled from. */
export const PARTY_SEXES = ['male', 'female'] as const;
export type PartySex = (typeof PARTY_SEXES)[number];

/**
 * What an answer must state of the defendant besides name, address and contact (民诉法 Art.128:
 * 姓名、性别、年龄、民族、职业、工作单位、住所、联系方式). Empty until the user fills it in.
 */
export interface LetterPartyDetails {
  sex: PartySex | null;
  birthDate: IsoDate | null;
  /** 民族, as the user writes it (汉族). */
  ethnicity: string;
  /** 工作单位或职业, as the user writes it; 无业 is an answer too. */
  occupation: string;
}

export function emptyPartyDetails(): LetterPartyDetails {
  return { sex: null, birthDate: null, ethnicity: '', occupation: '' };
}

export interface LetterCourt {
  /** 受理法院 / 执行法院, e.g. 北京市朝阳区人民法院 */
  court: string;
  /** The case number as the user typed it from the paper. */
  caseNumber: string;
  /** The day the 支付令 or 起诉状 was received. */
  servedOn: IsoDate | null;
  /** 申请人 / 原告 / 申请执行人: the lender or whoever holds the debt now. */
  opposingParty: string;
  cause: CaseCause;
  objectionGrounds: ObjectionGround[];
  answerRequests: AnswerRequest[];
  listingGround: ListingGround | null;
  /** Sentences the user took over from the claim check (src/domain/court/claim-answer-sentences.ts). */
  claimSentences: string[];
  /** Facts and reasons in the user's own words. */
  reasons: string;
  /** One piece of evidence a line. */
  evidence: string;
  /** The answer's particulars (civil-answer@2 on); absent in letters saved before. */
  party?: LetterPartyDetails;
}

export function emptyLetterCourt(): LetterCourt {
  return {
    court: '',
    caseNumber: '',
    servedOn: null,
    opposingParty: '',
    cause: 'card',
    objectionGrounds: [],
    answerRequests: [],
    listingGround: null,
    claimSentences: [],
    reasons: '',
    evidence: '',
    party: emptyPartyDetails(),
  };
}

export interface LetterInput {
  /** The date written on the letter. */
  date: IsoDate;
  /** Who the letter is addressed to, e.g. 某某银行信用卡中心 */
  recipient: string;
  sender: { name: string; idNumber: string; address: string };
  /** The one channel the creditor should use. */
  contact: { kind: ContactKind; value: string } | null;
  debt: LetterDebt | null;
  budget: LetterBudget | null;
  plan: LetterHardshipPlan | null;
  /** The hardship in the user's own words (job loss, illness, business failure, income drop…). */
  hardshipFacts: string;
  enclosures: Enclosure[];
  /** Follow-ups: when and how the application was sent. */
  applicationDate: IsoDate | null;
  sentVia: string;
  /** Follow-ups: the bank's reply, in the user's own words, and when it came. */
  refusalDate: IsoDate | null;
  refusalNote: string;
  /** Complaint: when the user complained to the bank itself first (optional). */
  bankComplaintDate: IsoDate | null;
  /** 征信: the record in question and what is right, in the user's words. */
  recordDescription: string;
  correction: string;
  /** 征信 说明: the statement to add to the record. */
  statementText: string;
  /** Third parties: who was contacted, when, and what they were told. */
  thirdPartyFacts: string;
  /** From the legal assessment: the limitation period may have expired for this debt. */
  limitationMayHaveExpired: boolean;
  limitationChoice: LimitationChoice;
  /** Only the court letters have it; letters saved before them do not. */
  court?: LetterCourt;
}

export function emptyLetterInput(date: IsoDate): LetterInput {
  return {
    date,
    recipient: '',
    sender: { name: '', idNumber: '', address: '' },
    contact: null,
    debt: null,
    budget: null,
    plan: null,
    hardshipFacts: '',
    enclosures: ['id-copy', 'hardship-proof', 'bank-statements', 'budget'],
    applicationDate: null,
    sentVia: '',
    refusalDate: null,
    refusalNote: '',
    bankComplaintDate: null,
    recordDescription: '',
    correction: '',
    statementText: '',
    thirdPartyFacts: '',
    limitationMayHaveExpired: false,
    limitationChoice: 'undecided',
  };
}

/** A field a template needed and did not find; the UI names it and links to where it is filled. */
export type MissingField =
  | 'recipient'
  | 'sender.name'
  | 'sender.idNumber'
  | 'sender.address'
  | 'contact'
  | 'debt'
  | 'budget'
  | 'plan'
  | 'plan.firstDue'
  | 'hardshipFacts'
  | 'applicationDate'
  | 'refusalDate'
  | 'refusalNote'
  | 'recordDescription'
  | 'correction'
  | 'statementText'
  | 'thirdPartyFacts'
  | 'limitationChoice'
  | 'court.court'
  | 'court.caseNumber'
  | 'court.servedOn'
  | 'court.opposingParty'
  | 'court.objectionGrounds'
  | 'court.answerRequests'
  | 'court.listingGround'
  | 'court.reasons'
  | 'court.party.sex'
  | 'court.party.birthDate'
  | 'court.party.ethnicity'
  | 'court.party.occupation';

/** Things the user should know before sending; never block printing by themselves. */
export type LetterWarning =
  /** The assessment says the limitation period may have expired and this letter acknowledges the debt. */
  | 'limitation-may-have-expired'
  /** The plan needs more than 60 months, beyond what Art. 70 allows. */
  | 'plan-exceeds-max-term'
  /** Spending is larger than income: the offer is more than the budget leaves. */
  | 'budget-shortfall'
  /** The monthly amount offered to this creditor is more than the budget leaves. */
  | 'offer-above-surplus'
  /** Only inability to pay, time or another way of paying was chosen: no objection is built (解释 Art.436). */
  | 'objection-inability-only'
  /** The letter is dated after the 15 days from receipt of the 支付令 (解释 Art.431: late is none). */
  | 'objection-after-deadline'
  /** Limitation and instalments asked for together: asking to pay in instalments gives up limitation. */
  | 'limitation-with-instalments';
