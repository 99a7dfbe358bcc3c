/**
 * Message keys built from domain data. Enforcement statement ids are data, so their keys are
 * checked by a test (every statement has a message in both catalogues) rather than by the type
 * system.
 */
import type { EnforcementStatement } from '../../domain/court/enforcement-guide';
import type { MessageKey } from '../../i18n/catalogue';

export function enforcementStatementKey(s: Pick<EnforcementStatement, 'topic' | 'id'>): MessageKey {
  return `court.enforcement.${s.topic}.${s.id}` as MessageKey;
}
