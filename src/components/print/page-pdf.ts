/**
 * The PDF bytes: per A4 page one image of the page (what the reader sees) and, over it, the
 * same text invisible (text render mode 3), so it can be searched, selected and copied.
 *
 * The invisible text names a standard Chinese font, STSong-Light, without embedding it: no
 * glyph is ever drawn, so nothing of it has to travel. Character codes are two bytes
 * (Identity-H), numbered per file, and a ToUnicode map gives each code its character, which
 * is what copy, search and pdftotext read. Each code is declared as wide as its character is
 * in the layout and placed where the browser put it, so a selection covers what it shows.
 * Offsets in the cross-reference table are byte offsets, so everything is assembled as bytes.
 */
import type { PageImage } from './page-painter';

/** A line of invisible text, in PDF points from the page's bottom-left. */
export interface PdfTextRun {
  x: number;
  /** baseline */
  y: number;
  size: number;
  chars: string[];
  /** each character's width in the layout */
  widths: number[];
  /** distance from each character's left edge to the next one's (chars.length - 1 values) */
  advances: number[];
}

export interface PdfPage {
  image: PageImage;
  text: PdfTextRun[];
}

export const A4_PT = { width: 595.28, height: 841.89 };

/** A string as UTF-16BE hex (a PDF text string without the brackets). */
function utf16Hex(s: string): string {
  let hex = '';
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, '0').toUpperCase();
  return hex;
}

const hex4 = (n: number) => n.toString(16).padStart(4, '0').toUpperCase();
const num = (n: number) => String(Math.round(n * 100) / 100);

/**
 * Two-byte codes, one per character and width: each code is declared exactly as wide as the
 * character is in the layout, so the characters of a line tile it with no gap or overlap,
 * which text extraction would read as a space or a new word.
 */
class Codes {
  readonly entries: { ch: string; width: number }[] = [];
  private readonly byKey = new Map<string, number>();
  code(ch: string, width: number): number {
    const key = `${width}:${ch}`;
    let c = this.byKey.get(key);
    if (c === undefined) {
      if (this.entries.length >= 0xfffe) throw new Error('too many characters');
      this.entries.push({ ch, width });
      c = this.entries.length; // code 0 stays unused
      this.byKey.set(key, c);
    }
    return c;
  }
}

/** Content-stream operators for a page's invisible text. */
function textLayer(runs: readonly PdfTextRun[], codes: Codes): string {
  const out: string[] = [];
  for (const run of runs) {
    if (run.chars.length === 0) continue;
    const parts: string[] = [];
    let hex = '';
    run.chars.forEach((ch, i) => {
      const width = Math.max(0, Math.round((run.widths[i] / run.size) * 1000));
      hex += hex4(codes.code(ch, width));
      if (i === run.chars.length - 1) return;
      // Where the next character is not where this one's width ends, move it there.
      const adjust = Math.round(width - (run.advances[i] / run.size) * 1000);
      if (adjust !== 0) {
        parts.push(`<${hex}>`, String(adjust));
        hex = '';
      }
    });
    if (hex !== '') parts.push(`<${hex}>`);
    out.push(`1 0 0 1 ${num(run.x)} ${num(run.y)} Tm /F1 ${num(run.size)} Tf [${parts.join(' ')}] TJ`);
  }
  return out.length === 0 ? '' : `BT 3 Tr\n${out.join('\n')}\nET`;
}

/** Widths of the codes 1..n, for the CIDFont's /W array. */
function widthArray(codes: Codes): string {
  return `[1 [${codes.entries.map((e) => e.width).join(' ')}]]`;
}

function toUnicodeCMap(codes: Codes): string {
  const blocks: string[] = [];
  for (let i = 0; i < codes.entries.length; i += 100) {
    const slice = codes.entries.slice(i, i + 100);
    blocks.push(
      `${slice.length} beginbfchar\n${slice.map((e, k) => `<${hex4(i + k + 1)}> <${utf16Hex(e.ch)}>`).join('\n')}\nendbfchar`,
    );
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}

/** A minimal PDF 1.4 with one image and one invisible text layer per A4 page. */
export function pagesToPdf(pages: readonly PdfPage[], title: string): Uint8Array {
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
  const stream = (n: number, dict: string, data: string | Uint8Array) => {
    const bytes = typeof data === 'string' ? enc.encode(data) : data;
    offsets[n] = length;
    put(`${n} 0 obj\n<< ${dict} /Length ${bytes.length} >>\nstream\n`);
    put(bytes);
    put('\nendstream\nendobj\n');
  };
  const { width: W, height: H } = A4_PT;
  const codes = new Codes();
  const contents = pages.map((p) => textLayer(p.text, codes));
  const hasText = codes.entries.length > 0;

  put('%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n');
  // 1 catalog, 2 page tree, 3 info, 4-7 the font; then per page: page, image, contents.
  const pageIds = pages.map((_, i) => 8 + i * 3);
  obj(1, '<< /Type /Catalog /Pages 2 0 R >>');
  obj(2, `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`);
  obj(3, `<< /Title <FEFF${utf16Hex(title)}> /Producer (Shore) >>`);
  obj(
    4,
    '<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [5 0 R] /ToUnicode 7 0 R >>',
  );
  obj(
    5,
    `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /FontDescriptor 6 0 R /DW 1000 /W ${widthArray(codes)} >>`,
  );
  obj(
    6,
    '<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>',
  );
  stream(7, '', toUnicodeCMap(codes));
  pages.forEach((p, i) => {
    const page = pageIds[i];
    const img = p.image;
    const font = hasText ? ' /Font << /F1 4 0 R >>' : '';
    obj(
      page,
      `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${W} ${H}] /Resources << /XObject << /Im0 ${page + 1} 0 R >>${font} >> /Contents ${page + 2} 0 R >>`,
    );
    const imageDict =
      img.kind === 'grey4'
        ? `/Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceGray /BitsPerComponent 4 /Filter /FlateDecode`
        : `/Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode`;
    stream(page + 1, imageDict, img.data);
    stream(page + 2, '', `q ${W} 0 0 ${H} 0 0 cm /Im0 Do Q\n${contents[i]}`);
  });
  const count = 8 + pages.length * 3;
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
