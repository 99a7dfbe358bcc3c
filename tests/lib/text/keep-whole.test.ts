import { describe, expect, it } from 'vitest';
import { keepWholeParts, MAX_WHOLE } from '../../../src/lib/text/keep-whole';

const wholes = (text: string) =>
  keepWholeParts(text)
    .filter((p) => p.whole)
    .map((p) => p.text);

describe('keepWholeParts', () => {
  it('keeps amounts, dates, digits and case numbers whole', () => {
    expect(wholes('每期还款3,080.00元（大写：叁仟零捌拾元整），合计¥1,172.06。')).toEqual(['3,080.00元', '¥1,172.06']);
    expect(wholes('首期还款日为2027年1月10日，此后每月10日还款。')).toEqual(['2027年1月10日', '10']);
    expect(wholes('尾号1234，身份证号码：11010119900101123X，电话13800000000。')).toEqual([
      '1234',
      '11010119900101123X',
      '13800000000',
    ]);
    expect(wholes('（2026）京0105民初12345号民事判决书')).toEqual(['（2026）京0105民初12345号']);
    expect(wholes('收支相抵每月不足-1.50元，年利率24%，记录于2026-11-28。')).toEqual(['-1.50元', '24%', '2026-11-28']);
  });

  it('gives the text back when joined, and leaves single digits and over-long runs breakable', () => {
    const text = '第1条：本人于2026年3月失业，欠款48,000.00元。' + '9'.repeat(MAX_WHOLE + 1);
    expect(
      keepWholeParts(text)
        .map((p) => p.text)
        .join(''),
    ).toBe(text);
    expect(wholes(text)).toEqual(['2026年3月', '48,000.00元']);
    expect(keepWholeParts('')).toEqual([{ text: '', whole: false }]);
  });
});
