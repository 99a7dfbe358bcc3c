import { describe, expect, it } from 'vitest';
import { yuanFigures } from '../../../src/domain/letters/letter-format';
import { toFen } from '../../../src/domain/money';

describe('yuanFigures', () => {
  it('writes yuan with thousands separators and two decimals', () => {
    expect(yuanFigures(toFen(12_345_678))).toBe('123,456.78元');
    expect(yuanFigures(toFen(5))).toBe('0.05元');
    expect(yuanFigures(toFen(0))).toBe('0.00元');
  });

  it('writes a negative amount with one minus sign in front, not inside the figures', () => {
    expect(yuanFigures(toFen(-150))).toBe('-1.50元');
    expect(yuanFigures(toFen(-5))).toBe('-0.05元');
    expect(yuanFigures(toFen(-12_345_678))).toBe('-123,456.78元');
  });
});
