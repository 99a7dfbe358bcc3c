/**
 * Which UI language to use: the user's saved choice, else the browser's languages. Every
 * Chinese tag (zh, zh-CN, zh-Hans, zh-SG, zh-HK, zh-TW, ...) gets zh-CN, the only Chinese
 * catalogue; everything else gets English. Matching is on the primary subtag, so "zh-HK"
 * is never sent to English by a prefix list that forgot it.
 */
import type { Locale } from './catalogue';

export function isLocale(value: unknown): value is Locale {
  return value === 'zh-CN' || value === 'en';
}

export function detectLocale(saved: string | null | undefined, browserLanguages: readonly string[]): Locale {
  if (isLocale(saved)) return saved;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split(/[-_]/)[0];
    if (primary === 'zh') return 'zh-CN';
    if (primary) return 'en';
  }
  return 'zh-CN';
}
