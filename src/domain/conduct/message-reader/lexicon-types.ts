/**
 * The shape of a message-reader lexicon: phrases collectors write, grouped by the behaviour
 * they show, with the negations that cancel them. A lexicon is data with an id and a version,
 * like the conduct rule sets: a released one is never edited, a change is a new version.
 *
 * Pattern syntax (compiled by `compile-lexicon.ts`): regular-expression source over the
 * normalised text (see `normalise.ts`: simplified characters, lower-case half-width Latin,
 * spaces, symbols and emoji removed), plus `…` for a gap of up to 8 characters inside one
 * clause. Chinese characters listed in `pinyin` also match their pinyin (“fa院”, “jing察”).
 */
import type { ContactFlag } from '../contact';

/** The behaviours a message can show, in the order the screen lists them. */
export const MESSAGE_BEHAVIOURS = [
  'threat',
  'claimed-authority',
  'fake-legal-document',
  'exaggerated',
  'disclosed-debt',
  'third-party-threat',
  'home-visit-threat',
  'insult',
  'pushed-borrowing',
  'personal-account',
] as const;
export type MessageBehaviour = (typeof MESSAGE_BEHAVIOURS)[number];

export interface LexiconPhrase {
  /** The pattern (see the file comment). Also the phrase's key in tests. */
  pattern: string;
  /** The contact-log tick this phrase suggests, when not the behaviour's own. */
  tick?: ContactFlag;
  /**
   * A legal term a court's own notice also uses (立案, 传票, 法院): not read as a behaviour in
   * a message that reads as a court notice (a court name, a case number and 12368 or the
   * court's site), which the screen says to check instead.
   */
  legalTerm?: boolean;
}

export interface LexiconBehaviour {
  behaviour: MessageBehaviour;
  /** The tick every phrase of this behaviour suggests unless the phrase names its own. */
  tick: ContactFlag;
  phrases: readonly LexiconPhrase[];
  /** Patterns that cancel a phrase they overlap (不会上门, 不是威胁). */
  negations: readonly string[];
  /** Behaviours whose hits this one replaces where they overlap (“已通知你家人” is a disclosure, not a threat). */
  supersedes?: readonly MessageBehaviour[];
}

export type AddresseeParty = 'spouse' | 'family' | 'employer-colleague' | 'friend' | 'emergency-contact' | 'other';

export interface AddresseePattern {
  pattern: string;
  party: AddresseeParty;
}

export interface CreditorName {
  /** The name shown and matched against the person's debts (招商银行). */
  name: string;
  /** Other ways messages write it (招行, 招商信用卡). */
  aliases: readonly string[];
}

export interface MessageLexicon {
  id: string;
  version: number;
  behaviours: readonly LexiconBehaviour[];
  /**
   * Words that, earlier in the same clause, cancel any phrase after them (谨防, 不会, 请勿):
   * lawful reminders warn against what collectors do.
   */
  negationCues: readonly string[];
  /** A message addressed to someone other than the debtor, and who they are. */
  addressee: readonly AddresseePattern[];
  /** Words that say a message is about a debt (so one sent to a third party discloses it). */
  debtWords: readonly string[];
  /** Pinyin a character may be written as. */
  pinyin: Readonly<Record<string, readonly string[]>>;
  /** Traditional → simplified for the characters the lexicon uses: pairs, traditional first. */
  traditional: string;
  creditors: readonly CreditorName[];
  /**
   * A warning against collectors (an anti-fraud notice that quotes their words: “不法分子冒充
   * 银行……以上门催收等话术……谨防诈骗”): when one `marks` pattern and one `warns` pattern both
   * match a message, no phrase is read in it. Optional: lexicons before version 2 have none.
   */
  warningNotice?: { marks: readonly string[]; warns: readonly string[] };
}
