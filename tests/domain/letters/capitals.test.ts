import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toChineseCapitals } from '../../../src/domain/letters/capitals';
import { toFen } from '../../../src/domain/money';

describe('toChineseCapitals (大写金额)', () => {
  it.each<[string, number, string]>([
    // the cases the issue names
    ['0', 0, '零元整'],
    ['0.05', 5, '伍分'],
    ['10', 1_000, '壹拾元整'],
    ['10.50', 1_050, '壹拾元伍角'],
    ['100,001', 10_000_100, '壹拾万零壹元整'],
    ['12,345.67', 1_234_567, '壹万贰仟叁佰肆拾伍元陆角柒分'],
    ['100,000,000', 10_000_000_000, '壹亿元整'],
    // worked examples from the PBOC rules for writing amounts (正确填写票据和结算凭证的基本规定)
    ['1,409.50: a zero inside is written 零', 140_950, '壹仟肆佰零玖元伍角'],
    ['6,007.14: several zeros, one 零', 600_714, '陆仟零柒元壹角肆分'],
    ['1,680.32: zero at 元 may be left out', 168_032, '壹仟陆佰捌拾元叁角贰分'],
    ['16,409.02: 角 is zero, 零 after 元', 1_640_902, '壹万陆仟肆佰零玖元零贰分'],
    ['325.04', 32_504, '叁佰贰拾伍元零肆分'],
    // more edges
    ['0.50', 50, '伍角'],
    ['20', 2_000, '贰拾元整'],
    ['110: 壹拾 keeps its 壹', 11_000, '壹佰壹拾元整'],
    ['100,000,000.01', 10_000_000_001, '壹亿元零壹分'],
    ['99,999,999.99', 9_999_999_999, '玖仟玖佰玖拾玖万玖仟玖佰玖拾玖元玖角玖分'],
  ])('%s', (_name, fen, expected) => {
    expect(toChineseCapitals(toFen(fen))).toBe(expected);
  });

  it('ends in 整 exactly when there are no 角 or 分, and in 分 exactly when 分 is not zero', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000_000_000 }), (fen) => {
        const s = toChineseCapitals(toFen(fen));
        return (
          s.endsWith('整') === (fen % 100 === 0) &&
          s.endsWith('分') === (fen % 10 !== 0) &&
          /^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/.test(s)
        );
      }),
      { numRuns: 2000 },
    );
  });

  it('refuses fractions of a fen and negatives', () => {
    expect(() => toChineseCapitals(1.5 as never)).toThrow();
    expect(() => toChineseCapitals(-1 as never)).toThrow();
  });
});
