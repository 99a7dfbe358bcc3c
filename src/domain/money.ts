/**
 * Money helpers. All amounts are integer fen; yuan strings exist only at the edges
 * (user input, letters). Parsing works on the decimal string itself, never on a float,
 * so "0.29" is 29 fen and not 28.999….
 */
import type { Fen } from './types';

/** Largest amount we accept anywhere: 100,000,000 yuan. Above that is a typo, not a debt. */
export const MAX_AMOUNT_FEN = 100_000_000 * 100;

export type MoneyInputError = 'empty' | 'not-number' | 'negative' | 'too-many-decimals' | 'too-large';

export type ParsedMoney = { ok: true; fen: Fen } | { ok: false; error: MoneyInputError };

/** Treat a number as fen after checking it is a safe non-negative integer. */
export function toFen(n: number): Fen {
  if (!Number.isSafeInteger(n)) throw new Error('fen must be a safe integer');
  return n as Fen;
}

/**
 * Parse what a person types for an amount in yuan ("12,345.67", "１２３", " 50000 ") into fen.
 *
 * Full-width digits and thousands separators are accepted because Chinese phone
 * keyboards produce them; anything else that is not a plain decimal is rejected.
 */
export function parseYuan(input: string): ParsedMoney {
  const normalised = input
    .trim()
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[．。]/g, '.')
    .replace(/[,，\s]/g, '')
    .replace(/^[¥￥]/, '');
  if (normalised === '') return { ok: false, error: 'empty' };
  if (/^-/.test(normalised)) {
    return /^-\d+(\.\d+)?$/.test(normalised) ? { ok: false, error: 'negative' } : { ok: false, error: 'not-number' };
  }
  const match = /^(\d+)(?:\.(\d+))?$/.exec(normalised);
  if (!match) return { ok: false, error: 'not-number' };
  const [, whole, fraction = ''] = match;
  if (fraction.length > 2) return { ok: false, error: 'too-many-decimals' };
  // Compare lengths before converting so a 400-digit string never becomes Infinity.
  const wholeDigits = whole.replace(/^0+(?=\d)/, '');
  if (wholeDigits.length > 9) return { ok: false, error: 'too-large' };
  const fen = Number(wholeDigits) * 100 + Number(fraction.padEnd(2, '0'));
  if (fen > MAX_AMOUNT_FEN) return { ok: false, error: 'too-large' };
  return { ok: true, fen: fen as Fen };
}

/** Fen as a plain yuan string with two decimals ("12345.67"), for form fields. */
export function fenToYuanString(fen: Fen): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}
