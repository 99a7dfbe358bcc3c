/**
 * Case-type codes (类型代字) a debtor may meet, as versioned data with their sources. No official
 * code table was found: the list is from real case numbers and court developers' data
 * (court-case-type-codes-practice, [B−] in the fact sheet, shown as practice). An unknown code
 * is reported as unknown, never as fake.
 */
import type { IsoDate } from '../types';

export const CASE_TYPES_VERSION = 1;

export type CaseKind =
  | 'civil-first-instance'
  | 'civil-appeal'
  | 'civil-retrial'
  | 'special-procedure'
  | 'payment-order'
  | 'public-summons'
  | 'pre-suit-mediation'
  | 'pre-suit-confirmation'
  | 'pre-suit-mediation-document'
  | 'preservation'
  | 'enforcement'
  | 'enforcement-resumed'
  | 'enforcement-preservation'
  | 'enforcement-objection'
  | 'enforcement-review'
  | 'enforcement-supervision'
  | 'criminal';

export interface CaseType {
  code: string;
  kind: CaseKind;
  /** The first day the code is used, where it is newer than the 2016 rules. */
  since?: IsoDate;
  sourceIds: readonly string[];
}

const PRACTICE = ['court-case-type-codes-practice'] as const;
const PRE_SUIT_2022 = ['court-pre-suit-codes-2022-practice'] as const;

export const CASE_TYPES: readonly CaseType[] = [
  { code: '民初', kind: 'civil-first-instance', sourceIds: PRACTICE },
  { code: '民终', kind: 'civil-appeal', sourceIds: PRACTICE },
  { code: '民申', kind: 'civil-retrial', sourceIds: PRACTICE },
  { code: '民再', kind: 'civil-retrial', sourceIds: PRACTICE },
  { code: '民特', kind: 'special-procedure', sourceIds: PRACTICE },
  { code: '民督', kind: 'payment-order', sourceIds: PRACTICE },
  { code: '民催', kind: 'public-summons', sourceIds: PRACTICE },
  { code: '民诉前调', kind: 'pre-suit-mediation', sourceIds: PRACTICE },
  { code: '诉前调确', kind: 'pre-suit-confirmation', since: '2022-01-01' as IsoDate, sourceIds: PRE_SUIT_2022 },
  { code: '诉前调书', kind: 'pre-suit-mediation-document', since: '2022-01-01' as IsoDate, sourceIds: PRE_SUIT_2022 },
  { code: '财保', kind: 'preservation', sourceIds: PRACTICE },
  { code: '执', kind: 'enforcement', sourceIds: PRACTICE },
  { code: '执恢', kind: 'enforcement-resumed', sourceIds: PRACTICE },
  { code: '执保', kind: 'enforcement-preservation', sourceIds: PRACTICE },
  { code: '执异', kind: 'enforcement-objection', sourceIds: PRACTICE },
  { code: '执复', kind: 'enforcement-review', sourceIds: PRACTICE },
  { code: '执监', kind: 'enforcement-supervision', sourceIds: PRACTICE },
  { code: '刑初', kind: 'criminal', sourceIds: PRACTICE },
  { code: '刑终', kind: 'criminal', sourceIds: PRACTICE },
];

export function findCaseType(code: string): CaseType | undefined {
  return CASE_TYPES.find((t) => t.code === code);
}
