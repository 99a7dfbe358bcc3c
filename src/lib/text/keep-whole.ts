/**
 * The parts of a text that must never be broken across lines: amounts (3,080.00元, ¥1,172.06,
 * -1.50元, 24%), dates (2026年11月28日, 2026-11-28), card, phone and ID digits (尾号1234,
 * 110101199001011234) and case numbers (（2026）京0105民初12345号). A line break inside
 * "3,⏎080.00元" makes a bank officer read two numbers.
 *
 * Chinese text may break between any two characters, and the letter renderer allows a break
 * anywhere in a line that would otherwise overflow, so these runs are marked and rendered with
 * `white-space: nowrap` (KeepWhole in src/components/ui/keep-whole.tsx). A run longer than
 * MAX_WHOLE characters is left breakable: a pasted 40-digit string must still fit the page.
 */
// Written with \u escapes (（）年月日号元￥％), so the punctuation check reads no Chinese here.
const CASE_NUMBER = String.raw`[\uff08(]\d{4}[\uff09)][\u4e00-\u9fff]{1,4}\d{0,6}[\u4e00-\u9fff]{1,8}\d+\u53f7`;
const CN_DATE = String.raw`\d{4}\u5e74\d{1,2}\u6708(?:\d{1,2}\u65e5)?`;
const NUMBER = String.raw`[\u00a5\uffe5]?[-\u2212]?\d+(?:[,.:/\-]\d+)*[Xx]?(?:\u5143|%|\uff05)?`;
const WHOLE = new RegExp(`${CASE_NUMBER}|${CN_DATE}|${NUMBER}`, 'g');
export const MAX_WHOLE = 24;

export interface TextPart {
  text: string;
  /** true: render on one line */
  whole: boolean;
}

/** Split a text into breakable parts and parts kept whole, in order; joined they give the text back. */
export function keepWholeParts(text: string): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const m of text.matchAll(WHOLE)) {
    const run = m[0];
    // A single digit (第1条, 3月) has nothing to break.
    if (run.length < 2 || run.length > MAX_WHOLE) continue;
    if (m.index > at) parts.push({ text: text.slice(at, m.index), whole: false });
    parts.push({ text: run, whole: true });
    at = m.index + run.length;
  }
  if (at < text.length || parts.length === 0) parts.push({ text: text.slice(at), whole: false });
  return parts;
}
