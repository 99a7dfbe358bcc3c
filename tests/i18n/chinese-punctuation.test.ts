// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { findHalfWidth, halfWidthMarks, toFullWidth } from '../../scripts/chinese-punctuation.mjs';

const repo = fileURLToPath(new URL('../..', import.meta.url));

describe('Chinese punctuation', () => {
  it('flags half-width marks in Chinese text', () => {
    expect(halfWidthMarks('条件一:满足').map((m) => m.mark)).toEqual([':']);
    expect(halfWidthMarks('备注名(可选)').map((m) => m.mark)).toEqual(['(', ')']);
    expect(halfWidthMarks('例如"工资卡",或者;')).toHaveLength(4);
    expect(halfWidthMarks('忘记 PIN?')).toHaveLength(1);
  });

  it('keeps ASCII inside numbers, times and addresses, and in text with no Chinese', () => {
    expect(halfWidthMarks('合计 1,000.00元，22:00 至次日 8:00')).toEqual([]);
    expect(halfWidthMarks('见 https://example.org 的说明')).toEqual([]);
    expect(halfWidthMarks('Principal (yuan): 1,000')).toEqual([]);
  });

  it('rewrites to full width, pairing quotes and dropping the space after a mark', () => {
    expect(toFullWidth('例如"工资卡", 或者(可选): 是')).toBe('例如“工资卡”，或者（可选）：是');
  });

  it('every Chinese string in src/ uses full-width punctuation', () => {
    const problems = findHalfWidth(repo, ['src']).map((p) => `${p.file}:${p.line}: ${p.text}`);
    expect(problems).toEqual([]);
  });
});
