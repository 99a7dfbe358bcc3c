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

/** Fill `{name}` placeholders. Values are inserted as text; nothing is ever parsed as HTML. */
export function interpolate(template: string, vars?: MessageVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

/**
 * Keys asked for before their catalogue was loaded. Always empty in a correct build: a test
 * renders the first screens with only the first-screen catalogue and checks this stays empty.
 */
export const missingMessageKeys = new Set<string>();

/** A key that is not loaded yet renders as nothing rather than as a raw key. */
export function translate(catalogue: Partial<Catalogue>, key: MessageKey, vars?: MessageVars): string {
  const template = catalogue[key];
  if (template === undefined) {
    missingMessageKeys.add(key);
    return '';
  }
  return interpolate(template, vars);
}
