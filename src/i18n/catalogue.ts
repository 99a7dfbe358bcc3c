/**
 * Types and lookup for the message catalogues. Keys are typed from the zh-CN source, so a
 * missing or misspelt key is a compile error, and a translation is a `Catalogue` object.
 *
 * Only the first screen's messages ship with the first screen (locales/zh-CN/core.ts); the
 * rest of a catalogue is loaded with the first lazy screen (see catalogue-store.ts). The
 * import below is type-only, so it adds nothing to the bundle.
 */
import type { zhCN } from './locales/zh-CN/index';

export type MessageKey = keyof typeof zhCN;
export type Catalogue = Record<MessageKey, string>;
export type Locale = 'zh-CN' | 'en';
export type MessageVars = Record<string, string | number>;

const pluralRules = new Map<string, Intl.PluralRules>();

function pluralCategory(locale: Locale, n: number): Intl.LDMLPluralRule {
  let rules = pluralRules.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    pluralRules.set(locale, rules);
  }
  return rules.select(n);
}

/**
 * Expand `{count, plural, one {# day} other {# days}}` (an ICU subset: `=N`, the categories of
 * Intl.PluralRules for the locale, and `other`, which is required; `#` is the number). Options
 * may hold `{name}` placeholders, filled afterwards.
 */
function expandPlurals(template: string, vars: MessageVars, locale: Locale): string {
  const head = /\{(\w+), plural,/g;
  let out = '';
  let from = 0;
  for (let m = head.exec(template); m !== null; m = head.exec(template)) {
    const options = new Map<string, string>();
    let i = m.index + m[0].length;
    for (;;) {
      while (template[i] === ' ') i += 1;
      if (template[i] === '}' || i >= template.length) break;
      const open = template.indexOf('{', i);
      if (open < 0) break;
      const selector = template.slice(i, open).trim();
      let depth = 1;
      let j = open + 1;
      while (j < template.length && depth > 0) {
        if (template[j] === '{') depth += 1;
        else if (template[j] === '}') depth -= 1;
        j += 1;
      }
      options.set(selector, template.slice(open + 1, j - 1));
      i = j;
    }
    const value = Number(vars[m[1]]);
    const chosen =
      options.get(`=${value}`) ?? options.get(Number.isFinite(value) ? pluralCategory(locale, value) : 'other');
    out += template.slice(from, m.index) + (chosen ?? options.get('other') ?? '').replace(/#/g, String(vars[m[1]]));
    from = i + 1;
    head.lastIndex = from;
  }
  return out + template.slice(from);
}

/**
 * Fill `{name}` placeholders, after choosing plural forms (`{n, plural, one {…} other {…}}`)
 * by Intl.PluralRules for `locale`. Values are inserted as text; nothing is ever parsed as HTML.
 */
export function interpolate(template: string, vars?: MessageVars, locale: Locale = 'zh-CN'): string {
  if (!vars) return template;
  const expanded = template.includes(', plural,') ? expandPlurals(template, vars, locale) : template;
  return expanded.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * Keys asked for before their catalogue was loaded. Always empty in a correct build: a test
 * renders the first screens with only the first-screen catalogue and checks this stays empty.
 */
export const missingMessageKeys = new Set<string>();

/** A key that is not loaded yet renders as nothing rather than as a raw key. */
export function translate(
  catalogue: Partial<Catalogue>,
  key: MessageKey,
  vars?: MessageVars,
  locale: Locale = 'zh-CN',
): string {
  const template = catalogue[key];
  if (template === undefined) {
    missingMessageKeys.add(key);
    return '';
  }
  return interpolate(template, vars, locale);
}
