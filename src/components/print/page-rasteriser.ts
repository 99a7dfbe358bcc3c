/**
 * Draws a printable document on A4 canvases, one per page, with the phone's own Chinese fonts
 * (why images: document-pdf-file.ts; the page: a4-layout.ts).
 */
import type { DocumentBlock, PrintableDocument } from '../../domain/document';
import { assertNever } from '../../lib/assert-never';
import { BODY, CONTENT_W, DPI, font, LINE, MARGIN, mm, PAGE_H, PAGE_W, pt, wrapText } from './a4-layout';

class Pages {
  readonly canvases: HTMLCanvasElement[] = [];
  ctx!: CanvasRenderingContext2D;
  y = 0;

  constructor() {
    this.newPage();
  }

  newPage(): void {
    const canvas = document.createElement('canvas');
    canvas.width = PAGE_W;
    canvas.height = PAGE_H;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no canvas');
    ctx.fillStyle = '#fff';
    ctx.fillRect(0, 0, PAGE_W, PAGE_H);
    ctx.fillStyle = '#000';
    ctx.strokeStyle = '#000';
    ctx.textBaseline = 'alphabetic';
    this.canvases.push(canvas);
    this.ctx = ctx;
    this.y = MARGIN.top;
  }

  /** Make room for `height`; start a new page when it does not fit (unless the page is empty). */
  ensure(height: number): void {
    if (this.y + height > PAGE_H - MARGIN.bottom && this.y > MARGIN.top) this.newPage();
  }

  textLines(lines: string[], x: number, firstX: number, size: number, lineHeight: number, bold = false): void {
    this.ctx.font = font(size, bold);
    lines.forEach((l, i) => {
      this.ensure(lineHeight);
      this.ctx.fillText(l, i === 0 ? firstX : x, this.y + lineHeight * 0.72);
      this.y += lineHeight;
    });
  }
}

function measureWith(ctx: CanvasRenderingContext2D, size: number, bold = false) {
  ctx.font = font(size, bold);
  return (s: string) => ctx.measureText(s).width;
}

function drawTable(p: Pages, block: Extract<DocumentBlock, { kind: 'table' }>): void {
  const pad = mm(1.5);
  const measure = measureWith(p.ctx, BODY);
  const cols = block.columns.length;
  const rows = [block.columns, ...block.rows];
  // Column widths in proportion to their longest cell, each at least a fifth of an even share.
  const longest = block.columns.map((_, c) => Math.max(...rows.map((r) => measure(r[c] ?? '')), 1));
  const total = longest.reduce((a, b) => a + b, 0);
  const widths = longest.map((w) => Math.max(CONTENT_W / cols / 5, (CONTENT_W * w) / total));
  const scale = CONTENT_W / widths.reduce((a, b) => a + b, 0);
  const colW = widths.map((w) => w * scale);
  const lineH = BODY * 1.5;
  p.y += LINE * 0.2;
  rows.forEach((row, r) => {
    const cells = colW.map((w, c) => wrapText(measure, row[c] ?? '', w - 2 * pad));
    const h = Math.max(...cells.map((l) => l.length)) * lineH + 2 * pad;
    p.ensure(h);
    let x = MARGIN.left;
    p.ctx.lineWidth = Math.max(1, DPI / 96);
    colW.forEach((w, c) => {
      p.ctx.strokeRect(x, p.y, w, h);
      p.ctx.font = font(BODY, r === 0);
      cells[c].forEach((l, i) => p.ctx.fillText(l, x + pad, p.y + pad + lineH * i + lineH * 0.72));
      x += w;
    });
    p.y += h;
  });
  p.y += LINE * 0.5;
}

function drawBlock(p: Pages, block: DocumentBlock): void {
  const measure = measureWith(p.ctx, BODY);
  switch (block.kind) {
    case 'addressee':
      p.textLines(wrapText(measure, block.text, CONTENT_W), MARGIN.left, MARGIN.left, BODY, LINE);
      p.y += LINE * 0.3;
      return;
    case 'heading': {
      const size = pt(13);
      p.y += LINE * 0.5;
      p.ensure(size * 1.6 + LINE * 2); // keep a heading with the next lines
      p.textLines(
        wrapText(measureWith(p.ctx, size, true), block.text, CONTENT_W),
        MARGIN.left,
        MARGIN.left,
        size,
        size * 1.6,
        true,
      );
      return;
    }
    case 'paragraph': {
      const indent = BODY * 2;
      p.textLines(
        wrapText(measure, block.text, CONTENT_W, CONTENT_W - indent),
        MARGIN.left,
        MARGIN.left + indent,
        BODY,
        LINE,
      );
      p.y += LINE * 0.15;
      return;
    }
    case 'list': {
      const hang = BODY * 2;
      block.items.forEach((item, i) => {
        const marker = block.ordered ? `${i + 1}.` : '•';
        const lines = wrapText(measure, item, CONTENT_W - hang);
        p.ensure(LINE);
        p.ctx.font = font(BODY);
        p.ctx.fillText(marker, MARGIN.left + hang * 0.25, p.y + LINE * 0.72);
        p.textLines(lines, MARGIN.left + hang, MARGIN.left + hang, BODY, LINE);
      });
      p.y += LINE * 0.3;
      return;
    }
    case 'table':
      drawTable(p, block);
      return;
    case 'signature': {
      const x = MARGIN.left + CONTENT_W * 0.45;
      const closing = block.closing ?? [];
      const height = closing.length * LINE + block.lines.length * LINE * 1.4 + LINE * 1.5;
      p.y += LINE * 0.3;
      p.ensure(height);
      closing.forEach((c, i) => {
        p.ctx.font = font(BODY);
        p.ctx.fillText(c, MARGIN.left + (i === 0 ? BODY * 2 : 0), p.y + LINE * 0.72);
        p.y += LINE;
      });
      p.y += LINE * 0.7;
      p.ctx.font = font(BODY);
      p.ctx.lineWidth = Math.max(1, DPI / 96);
      for (const line of block.lines) {
        const label = line.label;
        const lw = p.ctx.measureText(label).width;
        const baseline = p.y + LINE * 0.72;
        p.ctx.fillText(label, x, baseline);
        p.ctx.fillText(line.value, x + lw + BODY * 0.3, baseline);
        const end = Math.max(x + lw + BODY * 9, x + lw + p.ctx.measureText(line.value).width + BODY * 0.6);
        p.ctx.beginPath();
        p.ctx.moveTo(x + lw, baseline + BODY * 0.25);
        p.ctx.lineTo(Math.min(end, PAGE_W - MARGIN.right), baseline + BODY * 0.25);
        p.ctx.stroke();
        p.y += LINE * 1.4;
      }
      return;
    }
    case 'page-break':
      p.newPage();
      return;
    default:
      assertNever(block, 'unknown document block');
  }
}

/** Draw the document on A4 canvases, one per page. */
export async function renderPages(doc: PrintableDocument): Promise<HTMLCanvasElement[]> {
  await document.fonts?.load(font(BODY), '中文').catch(() => undefined);
  const p = new Pages();
  const titleSize = pt(18);
  p.ctx.font = font(titleSize, true);
  const titleLines = wrapText((s) => p.ctx.measureText(s).width, doc.title, CONTENT_W);
  for (const l of titleLines) {
    p.ctx.font = font(titleSize, true);
    const w = p.ctx.measureText(l).width;
    p.ctx.fillText(l, MARGIN.left + (CONTENT_W - w) / 2, p.y + titleSize * 1.2);
    p.y += titleSize * 1.6;
  }
  p.y += LINE * 0.5;
  for (const block of doc.blocks) drawBlock(p, block);
  return p.canvases;
}
