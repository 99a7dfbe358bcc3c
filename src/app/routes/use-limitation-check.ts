/**
 * The legal assessment's flag for one debt: may its limitation period have expired? Screens
 * that write something the creditor may read as agreeing to pay (letters, the complaint packet)
 * show the 诉讼时效规定 Art. 19 warning first when it may have.
 */
import { useCallback } from 'react';
import { assessmentInputFrom } from '../../domain/assess/from-debt';
import { assessLimitation } from '../../domain/assess/limitation';
import { useToday } from '../../components/use-today';
import { useAllDebtEvents, useDebts } from '../../storage/hooks';

/** null while the ledger loads; then a check by debt id (false for an unknown debt). */
export function useLimitationCheck(): ((debtId: string) => boolean) | null {
  const today = useToday();
  const debts = useDebts();
  const events = useAllDebtEvents();
  const check = useCallback(
    (id: string) => {
      const debt = debts?.find((d) => d.id === id);
      if (!debt || !events) return false;
      const input = assessmentInputFrom(
        debt,
        events.filter((e) => e.debtId === id),
      );
      return assessLimitation(input, today).limitationMayHaveExpired;
    },
    [debts, events, today],
  );
  return debts === null || events === null ? null : check;
}
