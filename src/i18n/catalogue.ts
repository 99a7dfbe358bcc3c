/**
 * Types and lookup for the message catalogues. Keys are typed from the zh-CN source, so a
 * missing or misspelt key is a compile error, and a translation is a `Catalogue` object.
 */
import { zhCN } from './locales/zh-CN/index';

export type MessageKey = keyof typeof zhCN;
export type Catalogue = Record<MessageKey, string>;
export type Locale = 'zh-CN' | 'en';
export type MessageVars = Record<string, string | number>;

export const sourceCatalogue: Catalogue = zhCN;

/** Fill `{name}` placeholders. Values are inserted as text; nothing is ever parsed as HTML. */
export function interpolate(template: string, vars?: MessageVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translate(catalogue: Catalogue, key: MessageKey, vars?: MessageVars): string {
  return interpolate(catalogue[key] ?? sourceCatalogue[key], vars);
}
