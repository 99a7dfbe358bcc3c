/**
 * Turn the engine's codes into text. Finding, reason and value codes are strings chosen by
 * the domain; a test checks every code the engine can produce has a message here.
 */
import type { Finding, FindingValue } from '../../domain/assess/types';
import type { MessageKey, MessageVars } from '../../i18n/catalogue';
import { sourceCatalogue } from '../../i18n/source-catalogue';
import type { I18n } from '../../i18n/i18n';

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(sourceCatalogue, key);
}

/** Translate a dynamic key; an unknown key shows as itself (a test keeps that from happening). */
export function tk(i18n: Pick<I18n, 't'>, key: string, vars?: MessageVars): string {
  return isMessageKey(key) ? i18n.t(key, vars) : key;
}

function formatValue(i18n: Pick<I18n, 't' | 'money' | 'date'>, name: string, value: FindingValue): string {
  if ('date' in value) return i18n.date(value.date);
  if ('fen' in value) return i18n.money(value.fen);
  if ('count' in value) return String(value.count);
  const key = `assess.value.${name}.${value.code}`;
  return isMessageKey(key) ? i18n.t(key) : value.code;
}

export function findingVars(
  i18n: Pick<I18n, 't' | 'money' | 'date'>,
  values: Finding['values'],
): MessageVars | undefined {
  if (!values) return undefined;
  const vars: MessageVars = {};
  for (const [name, value] of Object.entries(values)) vars[name] = formatValue(i18n, name, value);
  return vars;
}
