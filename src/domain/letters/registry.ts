/**
 * Every letter template, every version ever shipped. Append-only: a saved letter names its
 * `templateId@version` and is built again with exactly that version.
 */
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
import { complaint12378V1, hardshipNoReplyV1, hardshipReconsiderV1 } from './templates/hardship-follow-ups';
import { hardshipApplicationV1 } from './templates/hardship-application';
import { thirdPartyStopV1 } from './templates/third-party-stop';

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
];

/** The order the letters are offered in: the Art. 70 chain first. */
export const LETTER_TEMPLATE_IDS: readonly LetterTemplateId[] = [
  'hardship-application',
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
  /** The addressee until the user writes one: a fixed body, or the card centre of the debt's lender. */
  defaultRecipient: (lender: string | null) => string;
  /** The Art. 70 chain: the builder says that Art. 70 says the bank 可以 (may) agree. */
  art70Note: boolean;
  /** The user picks which enclosures go with the letter. */
  asksEnclosures: boolean;
  /** Court letters ask for the court, case number and parties instead (LetterInput.court). */
  court?: CourtLetterKind;
  /** False when the letter is addressed by its closing (此致 ××人民法院) rather than a 收信单位. */
  asksRecipient?: boolean;
}

const toLender = (lender: string | null) => (lender ? `${lender}信用卡中心` : '');
const CREDIT_CENTRE = () => '中国人民银行征信中心';

const FORMS: Record<LetterTemplateId, LetterTemplateForm> = {
  'hardship-application': {
    fields: ['hardshipFacts'],
    defaultRecipient: toLender,
    art70Note: true,
    asksEnclosures: true,
  },
  'hardship-no-reply': {
    fields: ['applicationDate', 'sentVia'],
    defaultRecipient: toLender,
    art70Note: true,
    asksEnclosures: true,
  },
  'hardship-reconsider': {
    fields: ['applicationDate', 'refusalDate', 'refusalNote', 'hardshipFacts'],
    defaultRecipient: toLender,
    art70Note: true,
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
