/**
 * Live queries for screens. Each returns `null` while loading and `undefined` when a record
 * does not exist, so a screen can tell "still loading" from "not found".
 */
import { useLiveQuery } from 'dexie-react-hooks';
import type { Debt } from '../domain/debt';
import { getDebt, listDebts } from './repos/debts-repo';

export function useDebts(): Debt[] | null {
  return useLiveQuery(() => listDebts(), [], null);
}

export function useDebt(id: string): Debt | undefined | null {
  return useLiveQuery(() => getDebt(id), [id], null);
}
