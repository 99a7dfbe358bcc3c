/** Build statements with the rule's sources attached. */
import type { Fen, IsoDate } from '../types';
import { RULES, type RuleId } from './rules';
import type { Finding, FindingValue } from './types';

export interface FindingOptions {
  values?: Record<string, FindingValue>;
  reasons?: readonly string[];
  /** A subset of the rule's sources when only some of them back this statement. */
  sourceIds?: readonly string[];
}

export function finding(code: string, ruleId: RuleId, options: FindingOptions = {}): Finding {
  const sourceIds: readonly string[] = options.sourceIds ?? RULES[ruleId].sourceIds;
  const out: Finding = { code, ruleId, sourceIds };
  if (options.values && Object.keys(options.values).length > 0) out.values = options.values;
  if (options.reasons && options.reasons.length > 0) out.reasons = options.reasons;
  return out;
}

export const dateValue = (date: IsoDate): FindingValue => ({ date });
export const fenValue = (fen: Fen): FindingValue => ({ fen });
export const countValue = (count: number): FindingValue => ({ count });
export const codeValue = (code: string): FindingValue => ({ code });
