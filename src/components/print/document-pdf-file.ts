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
 * The page layout is in a4-layout.ts, the drawing in page-rasteriser.ts and the PDF bytes in
 * image-pdf.ts; handing the file over is src/lib/deliver-file.ts.
 */
import type { PrintableDocument } from '../../domain/document';
import { imagesToPdf } from './image-pdf';
import { renderPages } from './page-rasteriser';

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

export async function documentToPdfFile(doc: PrintableDocument, name: string): Promise<File> {
  const canvases = await renderPages(doc);
  const images = await Promise.all(
    canvases.map(async (c) => ({ jpeg: await jpegBytes(c), width: c.width, height: c.height })),
  );
  const pdf = imagesToPdf(images, doc.title);
  return new File([pdf.buffer as ArrayBuffer], name, { type: 'application/pdf' });
}
