/**
 * Live queries for the hardship plan and its agreements. Each returns `null` while loading and
 * `undefined` when a single record does not exist.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { AgreementRow, HardshipPlanSettings } from './hardship-plan-rows';
import { getAgreement, getHardshipPlanSettings, listAgreements } from './repos/hardship-plan-repo';

export function useHardshipPlanSettings(): HardshipPlanSettings | null {
  return useLiveQuery(() => getHardshipPlanSettings(), [], null);
}

export function useAgreements(): AgreementRow[] | null {
  return useLiveQuery(() => listAgreements(), [], null);
}

export function useAgreement(id: string): AgreementRow | undefined | null {
  return useLiveQuery(() => getAgreement(id), [id], null);
}
