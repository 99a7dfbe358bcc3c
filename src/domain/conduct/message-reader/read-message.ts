/**
 * The message reader: `readCollectionMessage(text, context)` reads one or more pasted
 * messages (SMS, WeChat, app messages) and returns, for each, the behaviours it shows with
 * the exact span of the original text each came from, the sender's number and the time when
 * the paste carries them, the creditors and agencies named with the person's debts they
 * match, and whether it was addressed to the debtor or to someone else. Pure: the lexicon
 * and "today" are passed in. It suggests; the person confirms every tick.
 *
 * How a phrase is found: the text is normalised (normalise.ts) and each lexicon pattern is
 * searched in it. A hit is dropped when a negation of its behaviour overlaps it (不会上门)
 * or a negation cue stands earlier in its clause (谨防…个人账户), and legal terms (立案,
 * 传票) are dropped in a message that reads as a court's own notice. A message that reads as
 * a warning against collectors (the lexicon's `warningNotice`) shows no behaviour at all.
 */
import type { IsoDate } from '../../types';
import { CONTACT_PARTIES, type ContactFlag, type ContactParty, type LocalTime } from '../contact';
import { compileLexicon, type CompiledLexicon } from './compile-lexicon';
import { LEXICON_ZH_2026_12_V2 } from './lexicon-zh-2026-12-v2';
import { MESSAGE_BEHAVIOURS, type MessageBehaviour, type MessageLexicon } from './lexicon-types';
import { CLAUSE_END, normaliseForMatching, originalSpan, type NormalisedText } from './normalise';
import { splitMessages, type Span } from './split-messages';

export type { Span } from './split-messages';

/** The lexicon the app reads with today. */
export const CURRENT_MESSAGE_LEXICON: MessageLexicon = LEXICON_ZH_2026_12_V2;

export interface ReaderDebt {
  id: string;
  lender: string;
  nickname: string;
  last4: string;
}

export interface ReaderContext {
  /** For dates printed without a year, and 今天/昨天. */
  today: IsoDate;
  /** The person's debts, to propose the one a message is about. */
  debts: readonly ReaderDebt[];
}

export interface BehaviourHit extends Span {
  behaviour: MessageBehaviour;
  tick: ContactFlag;
  /** The original text of the span. */
  text: string;
  /** The lexicon pattern that matched (or `addressee` for a message sent to a third party). */
  pattern: string;
}

/** One behaviour of a message, with every span that shows it. */
export interface BehaviourSuggestion {
  behaviour: MessageBehaviour;
  ticks: ContactFlag[];
  hits: BehaviourHit[];
}

export interface NamedCreditor extends Span {
  name: string;
  kind: 'creditor' | 'agency';
}

export interface DebtMatch {
  debtId: string;
  score: number;
  /** Why: the name or last 4 digits found. */
  reasons: ('name' | 'last4')[];
}

export interface Addressee {
  to: 'debtor' | 'third-party';
  /** For a third party, who (from the words used); null when the text does not say. */
  party: ContactParty | null;
  span: Span | null;
}

export interface ReadMessage extends Span {
  /** The message verbatim (the original slice). */
  text: string;
  behaviours: BehaviourSuggestion[];
  sender: (Span & { value: string }) | null;
  date: IsoDate | null;
  time: LocalTime | null;
  named: NamedCreditor[];
  /** Debts the message names, best first. */
  debtMatches: DebtMatch[];
  /** The one debt to propose, only when a single debt matches best; never a default. */
  proposedDebtId: string | null;
  addressee: Addressee;
  /** Reads as a court's own notice (court name, case number, 12368 or the court's site). */
  courtNotice: boolean;
  /** Reads as a warning against collectors (a bank's or regulator's anti-fraud notice): nothing is read in it. */
  warningNotice: boolean;
}

export interface MessageReading {
  lexicon: { id: string; version: number };
  messages: ReadMessage[];
}

const CASE_NUMBER = /[（(〔[]\s*\d{4}\s*[）)〕\]]\s*[\u4e00-\u9fa5]{1,3}\d{0,4}\s*[\u4e00-\u9fa5]{1,5}\s*\d+\s*号/u;
const COURT_SIGNATURE = /【[^】]{0,20}(?:人民法院|12368)[^】]{0,6}】/u;
const COURT_CHANNEL = /12368|court\.gov\.cn|人民法院在线服务|人民法院诉讼服务/u;
const AGENCY =
  /[\u4e00-\u9fa5]{2,16}?(?:资产管理|信息咨询|商务咨询|信息服务|信息技术|科技服务|法律咨询|企业管理|律师事务所|调解中心)(?:有限责任公司|股份有限公司|有限公司|公司)?/gu;
const AGENCY_LEAD = /^(?:.*?(?:委托|授权|是|为|系|受|由|给|经|已|将|我司|本司|我们|本公司)的?)+/u;
const LAST4 = /(?:尾号|末四位|后四位|卡号[^\d\n]{0,6}?\*+|\*{2,})\s*(?:为|是)?\s*(\d{4})(?!\d)/gu;

function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

function matchesIn(regex: RegExp, text: string): Span[] {
  // exec on the compiled expression itself: matchAll would copy it on every call.
  const out: Span[] = [];
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m; m = regex.exec(text)) {
    if (m[0].length === 0) {
      regex.lastIndex += 1;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const HAN = /\p{Script=Han}/u;

function findHits(n: NormalisedText, original: string, offset: number, lex: CompiledLexicon, courtNotice: boolean) {
  const hits: (BehaviourHit & { norm: Span })[] = [];
  const cueSpans = lex.cues.flatMap((c) => matchesIn(c.regex, n.text));
  for (const b of lex.behaviours) {
    const negated = b.negations.flatMap((neg) => matchesIn(neg.regex, n.text));
    const mine: (BehaviourHit & { norm: Span })[] = [];
    for (const p of b.phrases) {
      if (courtNotice && p.legalTerm) continue;
      for (const m of matchesIn(p.regex, n.text)) {
        const piece = n.text.slice(m.start, m.end);
        // Pinyin alone (“fayuan” in a web address) is not a phrase.
        if (p.han && !HAN.test(piece)) continue;
        if (negated.some((s) => overlaps(s, m))) continue;
        const clauseStart = n.text.lastIndexOf(CLAUSE_END, m.start - 1) + 1;
        if (cueSpans.some((c) => c.start >= clauseStart && c.end <= m.start)) continue;
        if (mine.some((h) => overlaps(h.norm, m))) continue;
        const span = originalSpan(n, m.start, m.end);
        mine.push({
          behaviour: b.behaviour,
          tick: p.tick,
          pattern: p.pattern,
          start: offset + span.start,
          end: offset + span.end,
          text: original.slice(span.start, span.end),
          norm: m,
        });
      }
    }
    hits.push(...mine);
  }
  // A behaviour that supersedes another takes its overlapping hits.
  return hits.filter((h) => {
    return !lex.behaviours.some(
      (b) =>
        b.supersedes.includes(h.behaviour) && hits.some((o) => o.behaviour === b.behaviour && overlaps(o.norm, h.norm)),
    );
  });
}

function isWarningNotice(text: string, lex: CompiledLexicon): boolean {
  const notice = lex.warningNotice;
  if (!notice) return false;
  const found = (r: RegExp) => matchesIn(r, text).length > 0;
  return notice.marks.some(found) && notice.warns.some(found);
}

function findAddressee(n: NormalisedText, offset: number, lex: CompiledLexicon): Addressee {
  for (const a of lex.addressee) {
    const [m] = matchesIn(a.regex, n.text);
    if (!m) continue;
    const span = originalSpan(n, m.start, m.end);
    const party = CONTACT_PARTIES.includes(a.party) ? a.party : 'other';
    return { to: 'third-party', party, span: { start: offset + span.start, end: offset + span.end } };
  }
  return { to: 'debtor', party: null, span: null };
}

function normaliseName(s: string, lex: CompiledLexicon): string {
  return normaliseForMatching(s, lex.traditional).text.replaceAll(CLAUSE_END, '');
}

function findNamed(n: NormalisedText, original: string, offset: number, lex: CompiledLexicon): NamedCreditor[] {
  const named: NamedCreditor[] = [];
  const seen: Span[] = [];
  for (const c of lex.creditors) {
    for (const w of c.words) {
      let at = n.text.indexOf(w);
      while (at >= 0) {
        const next = n.text[at + w.length] ?? '';
        // 中国银行 inside 中国银行业协会 / 中国银行保险监督管理委员会 is not the bank.
        const regulator = w.endsWith('银行') && (next === '业' || next === '保');
        const m = { start: at, end: at + w.length };
        if (!regulator && !seen.some((x) => overlaps(x, m))) {
          seen.push(m);
          const span = originalSpan(n, m.start, m.end);
          named.push({ name: c.name, kind: 'creditor', start: offset + span.start, end: offset + span.end });
        }
        at = n.text.indexOf(w, at + w.length);
      }
    }
  }
  for (const m of original.matchAll(AGENCY)) {
    const lead = AGENCY_LEAD.exec(m[0])?.[0].length ?? 0;
    const name = m[0].slice(lead);
    if (name.length < 4) continue;
    named.push({ name, kind: 'agency', start: offset + m.index + lead, end: offset + m.index + m[0].length });
  }
  // Named creditors were found in normalised text; keep them in reading order.
  return named.sort((a, b) => a.start - b.start);
}

function matchDebts(
  original: string,
  named: readonly NamedCreditor[],
  n: NormalisedText,
  context: ReaderContext,
  lex: CompiledLexicon,
): DebtMatch[] {
  const last4s = new Set([...original.matchAll(LAST4)].map((m) => m[1]));
  const creditorNames = new Set(named.filter((x) => x.kind === 'creditor').map((x) => x.name));
  const matches: DebtMatch[] = [];
  for (const debt of context.debts) {
    const reasons: DebtMatch['reasons'] = [];
    const lender = normaliseName(debt.lender, lex);
    const nickname = normaliseName(debt.nickname, lex);
    const group = lex.creditors.find((c) =>
      c.words.some((x) => x.length >= 2 && lender.length >= 2 && (lender.includes(x) || x.includes(lender))),
    );
    if (
      (group && creditorNames.has(group.name)) ||
      (lender.length >= 2 && n.text.includes(lender)) ||
      (nickname.length >= 2 && n.text.includes(nickname))
    )
      reasons.push('name');
    if (debt.last4 && last4s.has(debt.last4)) reasons.push('last4');
    if (reasons.length === 0) continue;
    matches.push({
      debtId: debt.id,
      score: (reasons.includes('name') ? 2 : 0) + (reasons.includes('last4') ? 3 : 0),
      reasons,
    });
  }
  return matches.sort((a, b) => b.score - a.score);
}

function group(hits: readonly BehaviourHit[]): BehaviourSuggestion[] {
  return MESSAGE_BEHAVIOURS.flatMap((behaviour) => {
    const mine = hits.filter((h) => h.behaviour === behaviour).sort((a, b) => a.start - b.start);
    if (mine.length === 0) return [];
    return [{ behaviour, ticks: [...new Set(mine.map((h) => h.tick))], hits: mine }];
  });
}

export function readCollectionMessage(
  text: string,
  context: ReaderContext,
  lexicon: MessageLexicon = CURRENT_MESSAGE_LEXICON,
): MessageReading {
  const lex = compileLexicon(lexicon);
  const messages = splitMessages(text, context.today).map((m): ReadMessage => {
    const body = text.slice(m.bodyStart, m.end);
    const n = normaliseForMatching(body, lex.traditional);
    const whole = text.slice(m.start, m.end);
    const courtNotice =
      CASE_NUMBER.test(whole) &&
      (COURT_SIGNATURE.test(whole) || m.header.sender?.value === '12368') &&
      (COURT_CHANNEL.test(whole) || COURT_SIGNATURE.test(whole));
    const warningNotice = isWarningNotice(n.text, lex);
    const hits: BehaviourHit[] = warningNotice
      ? []
      : findHits(n, body, m.bodyStart, lex, courtNotice).map(({ norm: _norm, ...hit }) => hit);
    const addressee = findAddressee(n, m.bodyStart, lex);
    if (
      !warningNotice &&
      addressee.to === 'third-party' &&
      addressee.span &&
      !hits.some((h) => h.behaviour === 'disclosed-debt')
    ) {
      // Sent to someone else and about a debt: the message itself discloses it.
      const [debtWord] = matchesIn(lex.debtWords, n.text);
      if (debtWord) {
        const span = addressee.span;
        hits.push({
          behaviour: 'disclosed-debt',
          tick: 'told-someone-else',
          pattern: 'addressee',
          start: span.start,
          end: span.end,
          text: text.slice(span.start, span.end),
        });
      }
    }
    const named = findNamed(n, body, m.bodyStart, lex);
    const debtMatches = matchDebts(body, named, n, context, lex);
    const [best, second] = debtMatches;
    return {
      start: m.start,
      end: m.end,
      text: whole,
      behaviours: group(hits),
      sender: m.header.sender,
      date: m.header.date,
      time: m.header.time,
      named,
      debtMatches,
      proposedDebtId: best && (!second || second.score < best.score) ? best.debtId : null,
      addressee,
      courtNotice,
      warningNotice,
    };
  });
  return { lexicon: { id: lexicon.id, version: lexicon.version }, messages };
}
