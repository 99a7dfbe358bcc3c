/**
 * Every letter template, every version ever shipped. Append-only: a saved letter names its
 * `templateId@version` and is built again with exactly that version.
 */
import { isBankCard, type CreditorType } from '../debt';
import type { LetterInput } from './letter-input';
import type { LetterBuild, LetterTemplate, LetterTemplateId } from './template';
import {
  civilAnswerV1,
  civilAnswerV2,
  dishonestListCorrectionV1,
  enforcementSettlementV1,
  mediationProposalV1,
  paymentOrderObjectionV1,
} from './templates/court-letters';
import { creditObjectionV1, creditStatementV1 } from './templates/credit-letters';
import {
  complaint12378V1,
  hardshipNoReplyV1,
  hardshipNoReplyV2,
  hardshipReconsiderV1,
  hardshipReconsiderV2,
} from './templates/hardship-follow-ups';
import { hardshipApplicationV1, hardshipApplicationV2 } from './templates/hardship-application';
import { loanNegotiationV1 } from './templates/loan-negotiation';
import { thirdPartyStopV1, thirdPartyStopV2 } from './templates/third-party-stop';

const ALL_TEMPLATES: readonly LetterTemplate[] = [
  hardshipApplicationV1,
  hardshipNoReplyV1,
  hardshipReconsiderV1,
  complaint12378V1,
  creditObjectionV1,
  creditStatementV1,
  thirdPartyStopV1,
  paymentOrderObjectionV1,
  civilAnswerV1,
  civilAnswerV2,
  mediationProposalV1,
  enforcementSettlementV1,
  dishonestListCorrectionV1,
  hardshipApplicationV2,
  loanNegotiationV1,
  hardshipNoReplyV2,
  hardshipReconsiderV2,
  thirdPartyStopV2,
];

/** The order the letters are offered in: the Art. 70 chain (or a loan's negotiation request) first. */
export const LETTER_TEMPLATE_IDS: readonly LetterTemplateId[] = [
  'hardship-application',
  'loan-negotiation',
  'hardship-no-reply',
  'hardship-reconsider',
  'complaint-12378',
  'credit-objection',
  'credit-statement',
  'third-party-stop',
  'payment-order-objection',
  'civil-answer',
  'mediation-proposal',
  'enforcement-settlement',
  'dishonest-list-correction',
];

/** The letters that go to a court, a mediator or an enforcement creditor (LetterInput.court). */
export type CourtLetterKind = 'objection' | 'answer' | 'mediation' | 'settlement' | 'correction';

/** The facts a letter asks for besides who writes to whom (LetterInput fields, typed by the user). */
export type LetterFactField =
  | 'applicationDate'
  | 'sentVia'
  | 'refusalDate'
  | 'refusalNote'
  | 'bankComplaintDate'
  | 'hardshipFacts'
  | 'recordDescription'
  | 'correction'
  | 'statementText'
  | 'thirdPartyFacts';

/** What the letter builder asks for each letter, the same for every version of it. */
export interface LetterTemplateForm {
  fields: readonly LetterFactField[];
  /**
   * The addressee until the user writes one: a fixed body, or the debt's lender as its type
   * suggests (a bank's 信用卡中心; a company's 客服中心, a neutral default the user edits).
   */
  defaultRecipient: (lender: string | null, creditorType?: CreditorType) => string;
  /** The Art. 70 chain: for a bank card the builder says that Art. 70 says the bank 可以 (may) agree. */
  art70Note: boolean;
  /** The negotiation chain: for a loan the builder says the letter is a request, with no rule behind it. */
  loanNote?: boolean;
  /** The user picks which enclosures go with the letter. */
  asksEnclosures: boolean;
  /** Court letters ask for the court, case number and parties instead (LetterInput.court). */
  court?: CourtLetterKind;
  /** False when the letter is addressed by its closing (此致 ××人民法院) rather than a 收信单位. */
  asksRecipient?: boolean;
}

/** A bank card's letters go to the bank's card centre; a loan's to the lender's customer service. */
const toLender = (lender: string | null, creditorType?: CreditorType) =>
  !lender ? '' : creditorType === undefined || isBankCard(creditorType) ? `${lender}信用卡中心` : `${lender}客服中心`;
const CREDIT_CENTRE = () => '中国人民银行征信中心';

const FORMS: Record<LetterTemplateId, LetterTemplateForm> = {
  'hardship-application': {
    fields: ['hardshipFacts'],
    defaultRecipient: toLender,
    art70Note: true,
    asksEnclosures: true,
  },
  'loan-negotiation': {
    fields: ['hardshipFacts'],
    defaultRecipient: toLender,
    art70Note: false,
    loanNote: true,
    asksEnclosures: true,
  },
  'hardship-no-reply': {
    fields: ['applicationDate', 'sentVia'],
    defaultRecipient: toLender,
    art70Note: true,
    loanNote: true,
    asksEnclosures: true,
  },
  'hardship-reconsider': {
    fields: ['applicationDate', 'refusalDate', 'refusalNote', 'hardshipFacts'],
    defaultRecipient: toLender,
    art70Note: true,
    loanNote: true,
    asksEnclosures: true,
  },
  'complaint-12378': {
    fields: ['applicationDate', 'sentVia', 'refusalDate', 'refusalNote', 'bankComplaintDate'],
    defaultRecipient: () => '国家金融监督管理总局',
    art70Note: true,
    asksEnclosures: true,
  },
  'credit-objection': {
    fields: ['recordDescription', 'correction'],
    defaultRecipient: CREDIT_CENTRE,
    art70Note: false,
    asksEnclosures: true,
  },
  'credit-statement': {
    fields: ['recordDescription', 'statementText'],
    defaultRecipient: CREDIT_CENTRE,
    art70Note: false,
    asksEnclosures: true,
  },
  'third-party-stop': {
    fields: ['thirdPartyFacts'],
    defaultRecipient: toLender,
    art70Note: false,
    asksEnclosures: false,
  },
  'payment-order-objection': {
    fields: [],
    defaultRecipient: () => '',
    art70Note: false,
    asksEnclosures: false,
    court: 'objection',
    asksRecipient: false,
  },
  'civil-answer': {
    fields: [],
    defaultRecipient: () => '',
    art70Note: false,
    asksEnclosures: false,
    court: 'answer',
    asksRecipient: false,
  },
  'mediation-proposal': {
    fields: [],
    defaultRecipient: () => '',
    art70Note: false,
    asksEnclosures: false,
    court: 'mediation',
  },
  'enforcement-settlement': {
    fields: [],
    defaultRecipient: (lender) => lender ?? '',
    art70Note: false,
    asksEnclosures: false,
    court: 'settlement',
  },
  'dishonest-list-correction': {
    fields: [],
    defaultRecipient: () => '',
    art70Note: false,
    asksEnclosures: false,
    court: 'correction',
    asksRecipient: false,
  },
};

export function templateForm(id: LetterTemplateId): LetterTemplateForm {
  return FORMS[id];
}

export function findTemplate(id: string, version: number): LetterTemplate | undefined {
  return ALL_TEMPLATES.find((t) => t.id === id && t.version === version);
}

/** The newest version of a template, used for new letters. */
export function latestTemplate(id: LetterTemplateId): LetterTemplate {
  const versions = ALL_TEMPLATES.filter((t) => t.id === id);
  if (versions.length === 0) throw new Error('unknown letter template');
  return versions.reduce((a, b) => (b.version > a.version ? b : a));
}

/** Whether the newest version of a letter is written for this kind of debt. */
export function servesCreditorType(id: LetterTemplateId, creditorType: CreditorType): boolean {
  return latestTemplate(id).creditorTypes.includes(creditorType);
}

/** The letters offered for a debt of this type, in the order they are offered. */
export function lettersFor(creditorType: CreditorType): LetterTemplateId[] {
  return LETTER_TEMPLATE_IDS.filter((id) => servesCreditorType(id, creditorType));
}

/**
 * The first letter of the negotiation chain for a debt: the Art. 70 application for a bank card,
 * the 协商还款请求函 for a consumer-finance company's or an online lender's loan.
 */
export function negotiationLetterFor(creditorType: CreditorType): LetterTemplateId {
  return isBankCard(creditorType) ? 'hardship-application' : 'loan-negotiation';
}

export function allTemplateVersions(): readonly LetterTemplate[] {
  return ALL_TEMPLATES;
}

export function isLetterTemplateId(value: string): value is LetterTemplateId {
  return (LETTER_TEMPLATE_IDS as readonly string[]).includes(value);
}

/** Build a letter with a given template version; undefined when that version does not exist. */
export function buildLetter(id: string, version: number, input: LetterInput): LetterBuild | undefined {
  return findTemplate(id, version)?.build(input);
}
