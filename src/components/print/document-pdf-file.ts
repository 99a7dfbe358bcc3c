/**
 * A printable document as a PDF file made on the device, for the share sheet (WeChat) or a
 * download: the same A4 pages as the browser's print of it, page for page, each an image of
 * the page drawn with the phone's own Chinese fonts, with the text invisible over it so it
 * can be searched and copied.
 *
 * Why images and not a PDF with an embedded font: a Chinese font must travel with the app to
 * be embedded, and the smallest usable CJK serif is megabytes (Noto Serif CJK SC Regular alone
 * is ~24 MB), against a few kB of code here. The image shows the same everywhere and needs no
 * font on the receiving side; the invisible text names a standard Chinese font that readers
 * have or substitute, and is never drawn. This module is imported only when the user asks for
 * a file.
 *
 * The layout is read from the DOM in dom-pages.tsx, painted and encoded in page-painter.ts,
 * and written in page-pdf.ts; handing the file over is src/lib/deliver-file.ts.
 */
import type { PrintableDocument } from '../../domain/document';
import { layOutPages, type LaidOutPage } from './dom-pages';
import { encodePage, paintPage, SCALE } from './page-painter';
import { A4_PT, pagesToPdf, type PdfTextRun } from './page-pdf';

const PT = 72 / 96;

/** The page's text in PDF points, from the bottom-left corner. */
export function textRuns(page: LaidOutPage): PdfTextRun[] {
  return page.runs
    .filter((r) => r.glyphs.length > 0)
    .map((r) => ({
      x: r.glyphs[0].x * PT,
      y: A4_PT.height - r.glyphs[0].y * PT,
      size: r.size * PT,
      chars: r.glyphs.map((g) => g.ch),
      widths: r.glyphs.map((g) => g.w * PT),
      advances: r.glyphs.slice(1).map((g, i) => (g.x - r.glyphs[i].x) * PT),
    }));
}

export async function documentToPdfFile(doc: PrintableDocument, name: string): Promise<File> {
  const laidOut = await layOutPages(doc);
  // Without deflate the page is a JPEG, drawn smaller to stay near 150 KB a page.
  const scale = typeof CompressionStream === 'function' ? SCALE : 1.5;
  const pages = [];
  for (const page of laidOut) {
    const image = await encodePage(paintPage(page, scale));
    pages.push({ image, text: textRuns(page) });
  }
  const pdf = pagesToPdf(pages, doc.title);
  return new File([pdf.buffer as ArrayBuffer], name, { type: 'application/pdf' });
}
