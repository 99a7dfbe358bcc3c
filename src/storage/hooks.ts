/**
 * Live queries for screens. Each returns `null` while loading and `undefined` when a record
 * does not exist, so a screen can tell "still loading" from "not found".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Debt } from '../domain/debt';
import type { DebtEvent } from '../domain/debt-events';
import { getDebt, listAllDebtEvents, listDebtEvents, listDebts } from './debt-queries';

export function useDebts(): Debt[] | null {
  return useLiveQuery(() => listDebts(), [], null);
}

export function useDebt(id: string): Debt | undefined | null {
  return useLiveQuery(() => getDebt(id), [id], null);
}

/** One debt's events, oldest first. */
export function useDebtEvents(debtId: string): DebtEvent[] | null {
  return useLiveQuery(() => listDebtEvents(debtId), [debtId], null);
}

/** Every debt's events, oldest first (for the dashboard). */
export function useAllDebtEvents(): DebtEvent[] | null {
  return useLiveQuery(() => listAllDebtEvents(), [], null);
}
