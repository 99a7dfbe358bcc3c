/**
 * The rule check over the whole log, as the screens need it: every debt gets a context (its
 * saved one, else the default for its kind of credit), and each entry's rule ids are indexed
 * for the badges in the list. Pure, so it runs the same in a worker, on the main thread and
 * in tests.
 */
import type { CreditorType as DebtCreditorType } from '../debt';
import { checkCollectorConduct } from './check-collector-conduct';
import { contextForDebt, type ConductContext, type ContactEntry } from './contact';
import type { ConductFinding, ConductRuleId } from './rule-types';

export interface LogCheck {
  /** Saved contexts, plus a default for every debt without one. */
  contexts: ConductContext[];
  findings: ConductFinding[];
  /** Rule ids per entry id. */
  rulesByEntry: Map<string, ConductRuleId[]>;
  /** Debts (by id; '' for "not linked to a debt") that have at least one entry. */
  debtIdsWithEntries: Set<string>;
}

export function checkLog(
  entries: readonly ContactEntry[],
  savedContexts: readonly ConductContext[],
  debts: readonly { id: string; creditorType: DebtCreditorType }[],
): LogCheck {
  const saved = new Set(savedContexts.map((c) => c.debtId));
  const debtById = new Map(debts.map((d) => [d.id, d]));
  const contexts: ConductContext[] = [
    // A saved context is read with its debt's kind of credit (contextForDebt).
    ...savedContexts.map((c) => ({ ...c, ...contextForDebt(debtById.get(c.debtId), c) })),
    ...debts
      .filter((d) => !saved.has(d.id))
      .map((d) => ({ ...contextForDebt(d, undefined), debtId: d.id, updatedAt: '' })),
  ];
  const findings = checkCollectorConduct(entries, contexts);
  const rulesByEntry = new Map<string, ConductRuleId[]>();
  for (const f of findings) {
    for (const id of f.entryIds) {
      const list = rulesByEntry.get(id);
      if (list) list.push(f.ruleId);
      else rulesByEntry.set(id, [f.ruleId]);
    }
  }
  return { contexts, findings, rulesByEntry, debtIdsWithEntries: new Set(entries.map((e) => e.debtId)) };
}
