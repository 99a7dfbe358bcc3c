/**
 * Message keys built from domain codes. Rule-set description codes are data, so their keys are
 * checked by a test (every code has a message) rather than by the type system.
 */
import type { MessageKey } from '../../i18n/catalogue';

export function basisMessageKey(descriptionCode: string): MessageKey {
  return `conduct.basis.${descriptionCode}` as MessageKey;
}
