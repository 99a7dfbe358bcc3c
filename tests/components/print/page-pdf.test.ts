import { describe, expect, it } from 'vitest';
import { pagesToPdf, type PdfPage } from '../../../src/components/print/page-pdf';

const grey: PdfPage['image'] = {
  data: new Uint8Array([0x78, 0x9c, 1, 2, 3]),
  width: 1588,
  height: 2245,
  kind: 'grey4',
};
const jpeg: PdfPage['image'] = {
  data: new Uint8Array([0xff, 0xd8, 1, 2, 3, 0xff, 0xd9]),
  width: 1191,
  height: 1684,
  kind: 'jpeg',
};

describe('pagesToPdf', () => {
  const pdf = pagesToPdf(
    [
      {
        image: grey,
        text: [
          // 还款3,080.00元: CJK 12 pt wide, digits 6 pt, one run
          {
            x: 62.36,
            y: 700,
            size: 12,
            chars: [...'还款3,080.00元'],
            widths: [12, 12, 6, 3, 6, 6, 6, 3, 6, 6, 12],
            advances: [12, 12.5, 6, 3, 6, 6, 6, 3, 6, 6],
          },
        ],
      },
      { image: jpeg, text: [] },
    ],
    '个性化分期还款申请书',
  );
  const text = new TextDecoder('latin1').decode(pdf);

  it('is a PDF with one A4 page per image, grey-deflated or JPEG', () => {
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text).toContain('/Type /Pages /Kids [8 0 R 11 0 R] /Count 2');
    expect(text.match(/\/MediaBox \[0 0 595.28 841.89\]/g)).toHaveLength(2);
    expect(text).toContain('/ColorSpace /DeviceGray /BitsPerComponent 4 /Filter /FlateDecode /Length 5');
    expect(text).toContain('/ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length 7');
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('has a cross-reference table whose offsets point at each object', () => {
    const xrefAt = Number(/startxref\n(\d+)\n/.exec(text)![1]);
    expect(text.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const entries = text
      .slice(xrefAt)
      .split('\n')
      .slice(3, 3 + 13);
    entries.forEach((line, i) => {
      const offset = Number(line.slice(0, 10));
      expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
    });
  });

  it('writes the title as UTF-16 so Chinese survives', () => {
    expect(text).toContain('/Title <FEFF4E2A602753165206671F8FD86B3E75338BF74E66>');
  });

  it('lays invisible text over the image, in a standard CJK font that is not embedded', () => {
    expect(text).toContain('/Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H');
    expect(text).not.toContain('/FontFile');
    expect(text).toContain('q 595.28 0 0 841.89 0 0 cm /Im0 Do Q\nBT 3 Tr\n');
    // Each code as wide as its character; only the gap after 款 (half a point) is an adjustment.
    expect(text).toContain('1 0 0 1 62.36 700 Tm /F1 12 Tf [<00010002> -42 <000300040005000600050007000500050008>] TJ');
    expect(text).toContain('/DW 1000 /W [1 [1000 1000 500 250 500 500 250 1000]]');
    // Only the first page has text; the second has the image alone.
    expect(text.match(/ Tr\n/g)).toHaveLength(1);
  });

  it('maps every code to its character for copy and search (ToUnicode)', () => {
    const cmap = /beginbfchar\n([\s\S]*?)\nendbfchar/.exec(text)![1];
    expect(cmap.split('\n')).toEqual([
      '<0001> <8FD8>',
      '<0002> <6B3E>',
      '<0003> <0033>',
      '<0004> <002C>',
      '<0005> <0030>',
      '<0006> <0038>',
      '<0007> <002E>',
      '<0008> <5143>',
    ]);
  });
});
