/**
 * Types and lookup for the message catalogues. Keys are typed from the zh-CN source, so a
 * missing or misspelt key is a compile error, and a translation is a `Catalogue` object.
 */
import { zhCN, type LazyZhParts } from './locales/zh-CN/index';

export type MessageKey = keyof typeof zhCN | keyof LazyZhParts;
export type Catalogue = Record<MessageKey, string>;
export type Locale = 'zh-CN' | 'en';
export type MessageVars = Record<string, string | number>;

/**
 * zh-CN strings of screens that load on demand, registered by their feature module when it
 * loads, so they are not part of the first screen's download.
 */
const lazySource: Partial<Record<MessageKey, string>> = {};

export function registerMessages(part: Partial<Record<MessageKey, string>>): void {
  Object.assign(lazySource, part);
}

/**
 * The zh-CN source. Keys of lazy parts resolve through the registry, so it is a complete
 * `Catalogue` once their features have loaded (screens using them import those features).
 */
export const sourceCatalogue: Catalogue = new Proxy(zhCN as unknown as Catalogue, {
  get: (target, key: string) => (key in target ? target[key as MessageKey] : lazySource[key as MessageKey]),
});

/** Fill `{name}` placeholders. Values are inserted as text; nothing is ever parsed as HTML. */
export function interpolate(template: string, vars?: MessageVars): string {
  if (!vars) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
}

export function translate(catalogue: Catalogue, key: MessageKey, vars?: MessageVars): string {
  return interpolate(catalogue[key] ?? sourceCatalogue[key], vars);
}
