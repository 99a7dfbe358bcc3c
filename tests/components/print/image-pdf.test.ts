import { describe, expect, it } from 'vitest';
import { imagesToPdf } from '../../../src/components/print/image-pdf';

describe('imagesToPdf', () => {
  const fakeJpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 0xff, 0xd9]);
  const pdf = imagesToPdf(
    [
      { jpeg: fakeJpeg, width: 1587, height: 2245 },
      { jpeg: fakeJpeg, width: 1587, height: 2245 },
    ],
    '个性化分期还款申请书',
  );
  const text = new TextDecoder('latin1').decode(pdf);

  it('is a PDF with one page per image on A4', () => {
    expect(text.startsWith('%PDF-1.4\n')).toBe(true);
    expect(text).toContain('/Type /Pages /Kids [4 0 R 7 0 R] /Count 2');
    expect(text.match(/\/MediaBox \[0 0 595.28 841.89\]/g)).toHaveLength(2);
    expect(text).toContain('/Filter /DCTDecode /Length 9');
    expect(text.trimEnd().endsWith('%%EOF')).toBe(true);
  });

  it('has a cross-reference table whose offsets point at each object', () => {
    const xrefAt = Number(/startxref\n(\d+)\n/.exec(text)![1]);
    expect(text.slice(xrefAt, xrefAt + 4)).toBe('xref');
    const entries = text
      .slice(xrefAt)
      .split('\n')
      .slice(3, 3 + 9);
    entries.forEach((line, i) => {
      const offset = Number(line.slice(0, 10));
      expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
    });
  });

  it('writes the title as UTF-16 so Chinese survives', () => {
    expect(text).toContain('/Title <FEFF4E2A602753165206671F8FD86B3E75338BF74E66>');
  });
});
