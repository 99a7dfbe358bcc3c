/**
 * Normalises pasted text for phrase matching, keeping where every character came from, so a
 * phrase found in the normalised text is highlighted in the original exactly.
 *
 * - Full-width Latin, digits and punctuation become half-width, Latin becomes lower case.
 * - Traditional characters the lexicon uses become simplified.
 * - Spaces, symbols, emoji and zero-width characters are dropped: collectors insert them to
 *   get past filters (“起 诉”, “法*院”, “坐🙂牢”).
 * - Clause ends (，。！？； and line breaks) are kept as `,`: a gap in a pattern never
 *   crosses one, and a negation only reaches to the start of its clause.
 */

export interface NormalisedText {
  text: string;
  /** For each UTF-16 unit of `text`, the index in the original of the character it came from. */
  start: number[];
  /** …and the index just after that original character. */
  end: number[];
}

/** The clause boundary in normalised text. */
export const CLAUSE_END = ',';

// Not `.` or `、`: a dot is a common filler (“老.赖”), and 、 lists things one clause speaks of.
const CLAUSE_ENDS = new Set([',', '!', '?', ';', '。', '\n', '\r', '…']);
// Letters, digits and CJK survive; everything else is filler unless it ends a clause.
const KEEP = /[\p{L}\p{N}]/u;

export function normaliseForMatching(original: string, traditional: ReadonlyMap<string, string>): NormalisedText {
  let text = '';
  const start: number[] = [];
  const end: number[] = [];
  let i = 0;
  for (const ch of original) {
    const from = i;
    i += ch.length;
    let c = ch;
    const cp = c.codePointAt(0) ?? 0;
    if (cp >= 0xff01 && cp <= 0xff5e) c = String.fromCodePoint(cp - 0xfee0);
    else if (cp === 0x3000) c = ' ';
    c = traditional.get(c) ?? c.toLowerCase();
    let out: string;
    if (CLAUSE_ENDS.has(c)) {
      // One boundary for a run of them.
      if (text.endsWith(CLAUSE_END)) {
        end[end.length - 1] = i;
        continue;
      }
      out = CLAUSE_END;
    } else if (KEEP.test(c)) out = c;
    else continue;
    for (let k = 0; k < out.length; k++) {
      start.push(from);
      end.push(i);
    }
    text += out;
  }
  return { text, start, end };
}

/** The original span [start, end) of normalised [from, to). */
export function originalSpan(n: NormalisedText, from: number, to: number): { start: number; end: number } {
  return { start: n.start[from] ?? 0, end: n.end[to - 1] ?? 0 };
}
