/**
 * A printable document as a PDF file made on the device, for the share sheet (WeChat) or a
 * download: each A4 page is drawn on a canvas with the phone's own Chinese fonts and stored
 * in the PDF as one JPEG image per page.
 *
 * Why images and not a PDF with an embedded font subset: a Chinese font must travel with the
 * app to be embedded, and the smallest usable CJK serif is megabytes (Noto Serif CJK SC
 * Regular alone is ~24 MB on this machine), against a few kB of code here. The image PDF
 * opens the same everywhere, prints the same at any print shop, and needs no fonts on the
 * receiving side; its cost is that the text is not selectable ("copy the letter text" covers
 * that). This module is imported only when the user asks for a file.
 *
 * Layout follows print.css: A4, margins 22/20/20/22 mm, 12 pt serif, line height 1.6,
 * first-line indent of two characters, headings 13 pt, title 18 pt, signature block kept
 * whole on one page and set at 45 % of the width.
 */
import type { DocumentBlock, PrintableDocument } from '../../domain/document';
import { assertNever } from '../../lib/assert-never';

const DPI = 192;
const mm = (v: number) => Math.round((v * DPI) / 25.4);
const pt = (v: number) => (v * DPI) / 72;
const PAGE_W = mm(210);
const PAGE_H = mm(297);
const MARGIN = { top: mm(22), right: mm(20), bottom: mm(20), left: mm(22) };
const CONTENT_W = PAGE_W - MARGIN.left - MARGIN.right;
const BODY = pt(12);
const LINE = BODY * 1.6;
const SERIF =
  '"Noto Serif CJK SC", "Source Han Serif SC", "Songti SC", STSong, SimSun, "Noto Serif SC", "Noto Sans CJK SC", serif';
const font = (size: number, bold = false) => `${bold ? '700 ' : ''}${size}px ${SERIF}`;
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

function jpegBytes(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => {
        if (!blob) return reject(new Error('no image'));
        blob.arrayBuffer().then((b) => resolve(new Uint8Array(b)), reject);
      },
      'image/jpeg',
      0.85,
    ),
  );
}

/** Title as a PDF text string: UTF-16BE with a byte-order mark, in hex. */
function pdfTextString(s: string): string {
  let hex = 'FEFF';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return `<${hex}>`;
}

/**
 * A minimal PDF 1.4: catalog, page tree, and per page an image XObject (the JPEG as is,
 * /DCTDecode) drawn over the whole A4 media box. Offsets in the cross-reference table are
 * byte offsets, so everything is assembled as bytes.
 */
export function imagesToPdf(
  images: readonly { jpeg: Uint8Array; width: number; height: number }[],
  title: string,
): Uint8Array {
  const enc = new TextEncoder();
  const chunks: Uint8Array[] = [];
  const offsets: number[] = [];
  let length = 0;
  const put = (part: string | Uint8Array) => {
    const bytes = typeof part === 'string' ? enc.encode(part) : part;
    chunks.push(bytes);
    length += bytes.length;
  };
  const obj = (n: number, body: string) => {
    offsets[n] = length;
    put(`${n} 0 obj\n${body}\nendobj\n`);
  };
  const W = 595.28;
  const H = 841.89;
  put('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n');
  const pageIds = images.map((_, i) => 4 + i * 3);
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${images.length} >>`);
  obj(3, `<< /Title ${pdfTextString(title)} /Producer (Shore) >>`);
  images.forEach((img, i) => {
    const page = pageIds[i];
    const content = `q ${W} 0 0 ${H} 0 0 cm /Im0 Do Q`;
    obj(
      page,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${W} ${H}] /Resources << /XObject << /Im0 ${page + 1} 0 R >> >> /Contents ${page + 2} 0 R >>`,
    );
    offsets[page + 1] = length;
    put(
      `${page + 1} 0 obj\n<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${img.jpeg.length} >>\nstream\n`,
    );
    put(img.jpeg);
    put('\nendstream\nendobj\n');
    obj(page + 2, `<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  });
  const count = 4 + images.length * 3;
  const xref = length;
  put(`xref\n0 ${count}\n0000000000 65535 f \n`);
  for (let n = 1; n < count; n++) put(`${String(offsets[n]).padStart(10, '0')} 00000 n \n`);
  put(`trailer\n<< /Size ${count} /Root 1 0 R /Info 3 0 R >>\nstartxref\n${xref}\n%%EOF\n`);
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

export async function documentToPdfFile(doc: PrintableDocument, name: string): Promise<File> {
  const canvases = await renderPages(doc);
  const images = await Promise.all(
    canvases.map(async (c) => ({ jpeg: await jpegBytes(c), width: c.width, height: c.height })),
  );
  const pdf = imagesToPdf(images, doc.title);
  return new File([pdf.buffer as ArrayBuffer], name, { type: 'application/pdf' });
}

/** Hand the file to the share sheet where the browser can share files, else download it. */
export async function shareOrDownload(file: File): Promise<'shared' | 'downloaded'> {
  if (typeof navigator.canShare === 'function' && navigator.canShare({ files: [file] })) {
    try {
      await navigator.share({ files: [file], title: file.name });
      return 'shared';
    } catch (err) {
      if (err instanceof DOMException && err.name === 'AbortError') return 'shared';
    }
  }
  const url = URL.createObjectURL(file);
  const a = document.createElement('a');
  a.href = url;
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return 'downloaded';
}
