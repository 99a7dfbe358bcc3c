/** The PDF bytes: one JPEG image per A4 page, nothing else (why: document-pdf-file.ts). */
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
