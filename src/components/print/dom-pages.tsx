/**
 * The A4 pages of a printable document as the browser's own print would lay them out, read
 * back from the DOM: where every character, border and list number sits on which page.
 *
 * The document is rendered with the one letter renderer (PrintableDocumentView and print.css)
 * into a hidden box the size of the A4 content area (210 × 297 mm less the @page margins
 * 22/20/20/22 mm), split into columns of exactly that height. Column layout and printing
 * share the browser's fragmentation rules (break-inside: avoid for the signature block and
 * table rows, break-after: avoid for headings, orphans and widows, margins dropped at a
 * break), so each column is the printed page; a forced page break becomes a column break
 * (print.css). Positions come from Range.getClientRects per character, in CSS px from each
 * page's top-left corner.
 */
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import type { PrintableDocument } from '../../domain/document';
import { PrintableDocumentView } from './printable-document-view';

const MM = 96 / 25.4;
/** A4 in CSS px, and the @page margins of print.css. */
export const PAGE = { width: 210 * MM, height: 297 * MM };
const MARGIN = { top: 22 * MM, right: 20 * MM, bottom: 20 * MM, left: 22 * MM };
const CONTENT = {
  width: PAGE.width - MARGIN.left - MARGIN.right,
  height: PAGE.height - MARGIN.top - MARGIN.bottom,
};

export interface Glyph {
  /** One code point */
  ch: string;
  /** Left edge and baseline, CSS px from the page's top-left */
  x: number;
  y: number;
  /** Advance in the layout (narrower than the glyph for trimmed punctuation) */
  w: number;
}

/** Consecutive characters of one text on one line, in one font. */
export interface TextRun {
  /** CSS font shorthand, for the canvas */
  font: string;
  /** Font size in CSS px */
  size: number;
  glyphs: Glyph[];
}

/** A filled rectangle (a border side), CSS px. */
export interface Bar {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LaidOutPage {
  runs: TextRun[];
  bars: Bar[];
}

const measureCtx = (() => {
  let ctx: CanvasRenderingContext2D | null = null;
  return () => (ctx ??= document.createElement('canvas').getContext('2d'));
})();

/**
 * Distance from the top of a character's box to its baseline, in a CSS font, as the browser
 * lays it out (it rounds the font's ascent): measured with an empty inline-block, whose
 * bottom sits on the baseline.
 */
function ascentOf(font: string, cache: Map<string, number>): number {
  const known = cache.get(font);
  if (known !== undefined) return known;
  const probe = document.createElement('div');
  Object.assign(probe.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    visibility: 'hidden',
    whiteSpace: 'nowrap',
    font,
    lineHeight: 'normal',
  } satisfies Partial<CSSStyleDeclaration>);
  const text = document.createTextNode('中');
  const mark = document.createElement('span');
  Object.assign(mark.style, { display: 'inline-block', width: '0', height: '0' });
  probe.append(text, mark);
  document.body.appendChild(probe);
  const range = document.createRange();
  range.selectNodeContents(text);
  const box = range.getClientRects()[0];
  const ascent = box ? mark.getBoundingClientRect().bottom - box.top : parseFloat(probe.style.fontSize) * 0.9;
  probe.remove();
  cache.set(font, ascent);
  return ascent;
}

function fontOf(style: CSSStyleDeclaration): string {
  return `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
}

class PageMap {
  readonly pages: LaidOutPage[] = [];
  constructor(private readonly origin: DOMRect) {}

  /** The page a box belongs to (by its horizontal centre), and its offset on that page. */
  locate(rect: { left: number; top: number; width: number }): { page: LaidOutPage; dx: number; dy: number } {
    const pitch = CONTENT.width + MARGIN.left + MARGIN.right;
    const index = Math.max(0, Math.floor((rect.left + rect.width / 2 - this.origin.left + MARGIN.left) / pitch));
    while (this.pages.length <= index) this.pages.push({ runs: [], bars: [] });
    return {
      page: this.pages[index],
      dx: MARGIN.left - this.origin.left - index * pitch,
      dy: MARGIN.top - this.origin.top,
    };
  }
}

function collectText(root: HTMLElement, map: PageMap, ascents: Map<string, number>): void {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.nodeValue ?? '';
    const parent = node.parentElement;
    if (!parent || text === '') continue;
    const style = getComputedStyle(parent);
    const font = fontOf(style);
    const size = parseFloat(style.fontSize);
    let run: TextRun | null = null;
    let runTop = 0;
    let runPage: LaidOutPage | null = null;
    let i = 0;
    for (const ch of text) {
      const at = i;
      i += ch.length;
      if (ch === '\n' || ch === '\r' || ch === '\t') continue;
      range.setStart(node, at);
      range.setEnd(node, at + ch.length);
      const rect = [...range.getClientRects()].find((r) => r.width > 0 || r.height > 0);
      if (!rect) continue;
      const { page, dx, dy } = map.locate(rect);
      if (!run || page !== runPage || Math.abs(rect.top - runTop) > size * 0.3) {
        if (ch === ' ') continue; // a space opening a line is not drawn or copied
        run = { font, size, glyphs: [] };
        runTop = rect.top;
        runPage = page;
        page.runs.push(run);
      }
      const ascent = ascentOf(font, ascents);
      run.glyphs.push({ ch, x: rect.left + dx, y: rect.top + ascent + dy, w: rect.width });
    }
  }
  range.detach();
}

/** List numbers are ::marker boxes, outside the text; placed as the browser does, before the first line. */
function collectMarkers(root: HTMLElement, map: PageMap, ascents: Map<string, number>): void {
  const ctx = measureCtx();
  for (const list of root.querySelectorAll<HTMLOListElement | HTMLUListElement>('ol, ul')) {
    const ordered = list instanceof HTMLOListElement;
    const start = ordered ? list.start : 1;
    [...list.children].forEach((li, i) => {
      if (!(li instanceof HTMLLIElement)) return;
      const range = document.createRange();
      range.selectNodeContents(li);
      const first = [...range.getClientRects()].find((r) => r.width > 0);
      const box = li.getBoundingClientRect();
      if (!first) return;
      const style = getComputedStyle(li);
      const font = fontOf(style);
      const size = parseFloat(style.fontSize);
      const label = ordered ? `${start + i}.` : '•';
      let width = size * label.length * 0.5;
      let space = size * 0.25;
      if (ctx) {
        ctx.font = font;
        width = ctx.measureText(label).width;
        space = ctx.measureText(' ').width;
      }
      const left = box.left - space - width;
      const { page, dx, dy } = map.locate({ left: box.left, top: first.top, width: 1 });
      const y = first.top + ascentOf(font, ascents) + dy;
      let x = left + dx;
      const glyphs: Glyph[] = [];
      for (const ch of label) {
        const w = ctx ? ctx.measureText(ch).width : size * 0.5;
        glyphs.push({ ch, x, y, w });
        x += w;
      }
      page.runs.push({ font, size, glyphs });
    });
  }
}

const SIDES = ['Top', 'Right', 'Bottom', 'Left'] as const;

/** Border sides (table rules, the signature lines) as filled bars. */
function collectBorders(root: HTMLElement, map: PageMap): void {
  for (const el of [root, ...root.querySelectorAll<HTMLElement>('*')]) {
    const style = getComputedStyle(el);
    const widths = SIDES.map((s) =>
      style.getPropertyValue(`border-${s.toLowerCase()}-style`) === 'none' ||
      style.getPropertyValue(`border-${s.toLowerCase()}-style`) === 'hidden'
        ? 0
        : parseFloat(style.getPropertyValue(`border-${s.toLowerCase()}-width`)) || 0,
    );
    if (widths.every((w) => w === 0)) continue;
    // In a collapsed table a cell's rule is centred on the edge of its box.
    const collapsed =
      (el.tagName === 'TD' || el.tagName === 'TH') &&
      getComputedStyle(el.closest('table')!).borderCollapse === 'collapse';
    for (const r of el.getClientRects()) {
      const { page, dx, dy } = map.locate(r);
      const [top, right, bottom, left] = widths;
      const x = r.left + dx;
      const y = r.top + dy;
      const half = (w: number) => (collapsed ? w / 2 : 0);
      if (top) page.bars.push({ x: x - half(left), y: y - half(top), w: r.width + half(left) + half(right), h: top });
      if (bottom)
        page.bars.push({
          x: x - half(left),
          y: y + r.height - bottom + half(bottom),
          w: r.width + half(left) + half(right),
          h: bottom,
        });
      if (left)
        page.bars.push({ x: x - half(left), y: y - half(top), w: left, h: r.height + half(top) + half(bottom) });
      if (right)
        page.bars.push({
          x: x + r.width - right + half(right),
          y: y - half(top),
          w: right,
          h: r.height + half(top) + half(bottom),
        });
    }
  }
}

/** Lay the document out on A4 pages as print would, and read every page back. */
export async function layOutPages(doc: PrintableDocument): Promise<LaidOutPage[]> {
  const host = document.createElement('div');
  host.className = 'pdf-pages';
  host.setAttribute('aria-hidden', 'true');
  Object.assign(host.style, {
    position: 'fixed',
    left: '0',
    top: '0',
    width: `${CONTENT.width}px`,
    height: `${CONTENT.height}px`,
    columnCount: '1',
    columnGap: `${MARGIN.left + MARGIN.right}px`,
    columnFill: 'auto',
    visibility: 'hidden',
    pointerEvents: 'none',
    zIndex: '-1',
    background: '#fff',
  } satisfies Partial<CSSStyleDeclaration>);
  document.body.appendChild(host);
  const root = createRoot(host);
  try {
    flushSync(() => root.render(<PrintableDocumentView document={doc} />));
    await document.fonts?.ready;
    const article = host.querySelector<HTMLElement>('.print-doc');
    if (!article) throw new Error('no document');
    const map = new PageMap(host.getBoundingClientRect());
    map.locate({ left: host.getBoundingClientRect().left, top: 0, width: 1 }); // page 1 even when empty
    const ascents = new Map<string, number>();
    collectText(article, map, ascents);
    collectMarkers(article, map, ascents);
    collectBorders(article, map);
    return map.pages;
  } finally {
    root.unmount();
    host.remove();
  }
}
