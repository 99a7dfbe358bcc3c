/**
 * The whole log, every context and the findings, live. The check runs in memory on each
 * change (10,000 entries take well under a second; see tests/bench/conduct.bench.ts).
 */
import { useMemo } from 'react';
import { checkCollectorConduct } from '../../domain/conduct/check-collector-conduct';
import { contextForDebt, type ConductContext, type ContactEntry } from '../../domain/conduct/contact';
import type { ConductFinding } from '../../domain/conduct/rule-types';
import { useConductData } from '../../storage/conduct-hooks';
import { useDebts } from '../../storage/hooks';

export interface ConductCheck {
  entries: ContactEntry[];
  /** Saved contexts, plus a default for every debt without one (from its kind of credit). */
  contexts: ConductContext[];
  findings: ConductFinding[];
  /** Rule ids per entry id, for badges in the list. */
  rulesByEntry: Map<string, string[]>;
}

export function useConductCheck(): ConductCheck | null {
  const data = useConductData();
  const debts = useDebts();
  return useMemo(() => {
    if (!data || !debts) return null;
    const saved = new Map(data.contexts.map((c) => [c.debtId, c]));
    const contexts: ConductContext[] = [
      ...data.contexts,
      ...debts
        .filter((d) => !saved.has(d.id))
        .map((d) => ({ ...contextForDebt(d, undefined), debtId: d.id, updatedAt: '' })),
    ];
    const findings = checkCollectorConduct(data.entries, contexts);
    const rulesByEntry = new Map<string, string[]>();
    for (const f of findings) {
      for (const id of f.entryIds) {
        const list = rulesByEntry.get(id);
        if (list) list.push(f.ruleId);
        else rulesByEntry.set(id, [f.ruleId]);
      }
    }
    return { entries: data.entries, contexts, findings, rulesByEntry };
  }, [data, debts]);
}
