/** Locale-aware formatting of money and dates for display. The domain never formats. */
import { parseIsoDate } from '../domain/dates';
import type { Fen, IsoDate } from '../domain/types';
import type { Locale } from './catalogue';

const moneyFormats = new Map<Locale, Intl.NumberFormat>();
const dateFormats = new Map<Locale, Intl.DateTimeFormat>();

/** ¥12,345.67 — computed from integer fen, so no float rounding reaches the screen. */
export function formatMoney(fen: Fen, locale: Locale): string {
  let f = moneyFormats.get(locale);
  if (!f) {
    f = new Intl.NumberFormat(locale, { style: 'currency', currency: 'CNY', currencyDisplay: 'narrowSymbol' });
    moneyFormats.set(locale, f);
  }
  // fen / 100 is exact enough for display: every fen value below 2^53 / 100 has an exact
  // two-decimal representation after Intl's rounding to 2 places.
  return f.format(fen / 100);
}

/** 2026年11月28日 (zh-CN) or 28 Nov 2026 (en). */
export function formatDate(date: IsoDate, locale: Locale): string {
  let f = dateFormats.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { year: 'numeric', month: locale === 'en' ? 'short' : 'long', day: 'numeric' });
    dateFormats.set(locale, f);
  }
  return f.format(parseIsoDate(date));
}
