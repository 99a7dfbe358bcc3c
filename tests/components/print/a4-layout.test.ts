import { describe, expect, it } from 'vitest';
import { wrapText } from '../../../src/components/print/a4-layout';

/** Every character one unit wide, so widths are character counts. */
const measure = (s: string) => [...s].length;

describe('wrapText', () => {
  it('breaks at the width and uses a narrower first line (for the indent)', () => {
    expect(wrapText(measure, '一二三四五六七八九十', 4, 2)).toEqual(['一二', '三四五六', '七八九十']);
  });

  it('never starts a line with closing punctuation: it hangs at the end of the line before', () => {
    expect(wrapText(measure, '一二三四，五六', 4)).toEqual(['一二三四，', '五六']);
    expect(wrapText(measure, '一二三四。', 4)).toEqual(['一二三四。']);
  });

  it('keeps an empty text as one empty line', () => {
    expect(wrapText(measure, '', 4)).toEqual(['']);
  });
});
