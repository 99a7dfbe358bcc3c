import { describe, expect, it } from 'vitest';
import { fenToYuanString, MAX_AMOUNT_FEN, parseYuan, toFen } from '../../src/domain/money';

describe('parseYuan', () => {
  it.each([
    ['0', 0],
    ['12345.67', 1_234_567],
    ['12,345.67', 1_234_567],
    ['0.29', 29],
    ['0.1', 10],
    ['  50000 ', 5_000_000],
    ['¥88', 8_800],
    ['１２３．４５', 12_345],
    ['007', 700],
    ['100000000', MAX_AMOUNT_FEN],
    ['100000000.00', MAX_AMOUNT_FEN],
  ])('%s yuan is %i fen', (input, fen) => {
    expect(parseYuan(input)).toEqual({ ok: true, fen });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['abc', 'not-number'],
    ['12.3.4', 'not-number'],
    ['1e5', 'not-number'],
    ['-5', 'negative'],
    ['-0.01', 'negative'],
    ['--5', 'not-number'],
    ['1.234', 'too-many-decimals'],
    ['100000000.01', 'too-large'],
    ['1000000000', 'too-large'],
    ['9'.repeat(400), 'too-large'],
  ])('%s is rejected as %s', (input, error) => {
    expect(parseYuan(input)).toEqual({ ok: false, error });
  });
});

describe('fenToYuanString', () => {
  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [1_234_567, '12345.67'],
    [MAX_AMOUNT_FEN, '100000000.00'],
  ])('%i fen is %s', (fen, s) => {
    expect(fenToYuanString(toFen(fen))).toBe(s);
  });

  it('round-trips through parseYuan', () => {
    for (const fen of [0, 1, 99, 100, 101, 4_999_999, 5_000_000]) {
      expect(parseYuan(fenToYuanString(toFen(fen)))).toEqual({ ok: true, fen });
    }
  });
});
