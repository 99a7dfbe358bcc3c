/**
 * How letters write amounts and dates. Letters are Chinese domain content (not UI strings),
 * so they are formatted here, the same on every device: 12,345.67元 and 2026年11月28日.
 */
import { toChineseCapitals } from './capitals';
import type { Fen, IsoDate } from '../types';

/** 12345678 fen → "123,456.78元"; −150 fen → "-1.50元" (the sign once, in front). */
export function yuanFigures(fen: Fen): string {
  const size = Math.abs(fen);
  const whole = Math.floor(size / 100)
    .toString()
    .replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${fen < 0 ? '-' : ''}${whole}.${String(size % 100).padStart(2, '0')}元`;
}

/** "12,345.67元（大写：壹万贰仟叁佰肆拾伍元陆角柒分）" */
export function yuanWithCapitals(fen: Fen): string {
  return `${yuanFigures(fen)}（大写：${toChineseCapitals(fen)}）`;
}

/** "2026-11-08" → "2026年11月8日" */
export function letterDate(date: IsoDate): string {
  const [y, m, d] = date.split('-');
  return `${y}年${Number(m)}月${Number(d)}日`;
}

/** Day of month of a date, as a number. */
export function dayOfMonth(date: IsoDate): number {
  return Number(date.slice(8, 10));
}
