/**
 * Turns a lexicon's patterns into regular expressions once per lexicon (see lexicon-types.ts
 * for the syntax). Pinyin alternatives are added to every listed character outside `[...]`.
 */
import { CLAUSE_END, normaliseForMatching } from './normalise';
import type { AddresseeParty, MessageBehaviour, MessageLexicon } from './lexicon-types';
import type { ContactFlag } from '../contact';

/** A gap: up to 8 characters inside one clause. */
const GAP = `[^${CLAUSE_END}]{0,8}`;

export interface CompiledPhrase {
  pattern: string;
  regex: RegExp;
  tick: ContactFlag;
  legalTerm: boolean;
  /** The pattern has Chinese characters, so a match of Latin letters only came through pinyin. */
  han: boolean;
}

export interface CompiledBehaviour {
  behaviour: MessageBehaviour;
  phrases: CompiledPhrase[];
  negations: { pattern: string; regex: RegExp }[];
  supersedes: readonly MessageBehaviour[];
}

export interface CompiledLexicon {
  source: MessageLexicon;
  traditional: Map<string, string>;
  behaviours: CompiledBehaviour[];
  cues: { cue: string; regex: RegExp }[];
  addressee: { pattern: string; regex: RegExp; party: AddresseeParty }[];
  debtWords: RegExp;
  /** Creditors with every name normalised as message text is. */
  creditors: { name: string; words: string[] }[];
  /** Both lists must match for a message to read as a warning notice; null when the lexicon has none. */
  warningNotice: { marks: RegExp[]; warns: RegExp[] } | null;
}

/** The lexicon's traditional → simplified pairs as a map. */
export function traditionalMap(pairs: string): Map<string, string> {
  const chars = [...pairs];
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < chars.length; i += 2) map.set(chars[i] ?? '', chars[i + 1] ?? '');
  return map;
}

export function patternSource(
  pattern: string,
  lexicon: Pick<MessageLexicon, 'pinyin'>,
  traditional: Map<string, string>,
): string {
  let out = '';
  let inClass = false;
  for (const raw of pattern) {
    const ch = traditional.get(raw) ?? raw;
    if (inClass) {
      out += ch;
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      inClass = true;
      out += ch;
    } else if (ch === '…') out += GAP;
    else if (lexicon.pinyin[ch]) out += `(?:${[ch, ...(lexicon.pinyin[ch] ?? [])].join('|')})`;
    else out += ch;
  }
  return out;
}

function compiler(lexicon: MessageLexicon, traditional: Map<string, string>) {
  return (pattern: string) => new RegExp(patternSource(pattern, lexicon, traditional), 'gu');
}

const cache = new WeakMap<MessageLexicon, CompiledLexicon>();

export function compileLexicon(lexicon: MessageLexicon): CompiledLexicon {
  const hit = cache.get(lexicon);
  if (hit) return hit;
  const traditional = traditionalMap(lexicon.traditional);
  const compile = compiler(lexicon, traditional);
  const compiled: CompiledLexicon = {
    source: lexicon,
    traditional,
    behaviours: lexicon.behaviours.map((b) => ({
      behaviour: b.behaviour,
      phrases: b.phrases.map((p) => ({
        pattern: p.pattern,
        regex: compile(p.pattern),
        tick: p.tick ?? b.tick,
        legalTerm: p.legalTerm ?? false,
        han: /\p{Script=Han}/u.test(p.pattern),
      })),
      negations: b.negations.map((pattern) => ({ pattern, regex: compile(pattern) })),
      supersedes: b.supersedes ?? [],
    })),
    cues: lexicon.negationCues.map((cue) => ({ cue, regex: compile(cue) })),
    addressee: lexicon.addressee.map((a) => ({ pattern: a.pattern, regex: compile(a.pattern), party: a.party })),
    debtWords: compile(`(?:${lexicon.debtWords.join('|')})`),
    creditors: lexicon.creditors.map((c) => ({
      name: c.name,
      words: [c.name, ...c.aliases].map((w) => normaliseForMatching(w, traditional).text),
    })),
    warningNotice: lexicon.warningNotice
      ? { marks: lexicon.warningNotice.marks.map(compile), warns: lexicon.warningNotice.warns.map(compile) }
      : null,
  };
  cache.set(lexicon, compiled);
  return compiled;
}
