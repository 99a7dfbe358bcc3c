/** The order debts are offered in when a contact is logged: the most recently logged first. */
import type { ContactEntry } from '../../domain/conduct/contact';
import type { Debt } from '../../domain/debt';

/** How many of the newest entries decide the order (older ones rarely matter, and cost a read). */
export const RECENT_CONTACTS_FOR_ORDER = 200;

/**
 * Debts with a logged contact first, the one with the newest entry (date, then time) on top;
 * then the others in ledger order. `contacts` may be in any order.
 */
export function debtsByLastLogged(debts: readonly Debt[], contacts: readonly ContactEntry[]): Debt[] {
  const latest = new Map<string, string>();
  for (const c of contacts) {
    if (c.debtId === '') continue;
    const at = `${c.date} ${c.time}`;
    const seen = latest.get(c.debtId);
    if (seen === undefined || at > seen) latest.set(c.debtId, at);
  }
  const logged = debts.filter((d) => latest.has(d.id));
  logged.sort((a, b) => ((latest.get(b.id) ?? '') < (latest.get(a.id) ?? '') ? -1 : 1));
  return [...logged, ...debts.filter((d) => !latest.has(d.id))];
}
