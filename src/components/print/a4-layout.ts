/**
 * The A4 page of a PDF file made on the device (document-pdf-file.ts), in canvas pixels.
 * Layout follows print.css: A4, margins 22/20/20/22 mm, 12 pt serif, line height 1.6,
 * first-line indent of two characters, headings 13 pt, title 18 pt, signature block kept
 * whole on one page and set at 45 % of the width.
 */
export const DPI = 192;
export const mm = (v: number) => Math.round((v * DPI) / 25.4);
export const pt = (v: number) => (v * DPI) / 72;
export const PAGE_W = mm(210);
export const PAGE_H = mm(297);
export const MARGIN = { top: mm(22), right: mm(20), bottom: mm(20), left: mm(22) };
export const CONTENT_W = PAGE_W - MARGIN.left - MARGIN.right;
export const BODY = pt(12);
export const LINE = BODY * 1.6;
const SERIF =
  '"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", STSong, SimSun, "Noto Serif SC", "Noto Sans CJK SC", serif';
export const font = (size: number, bold = false) => `${bold ? '700 ' : ''}${size}px ${SERIF}`;
/** Punctuation that must not start a line (it hangs at the end of the previous one). */
const NO_LINE_START = new Set('，。、；：！？）》」』】,.;:!?)%');

/** Break text into lines no wider than `width` (the first line `firstWidth`). */
export function wrapText(measure: (s: string) => number, text: string, width: number, firstWidth = width): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    const limit = lines.length === 0 ? firstWidth : width;
    if (line !== '' && measure(line + ch) > limit && !NO_LINE_START.has(ch)) {
      lines.push(line);
      line = ch;
    } else {
      line += ch;
    }
  }
  lines.push(line);
  return lines;
}
