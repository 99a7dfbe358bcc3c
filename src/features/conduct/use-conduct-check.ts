/**
 * The whole log, every context and the findings, live. The check runs in memory on each
 * change (10,000 entries take well under a second; see tests/bench/conduct.bench.ts).
 */
import { useMemo } from 'react';
import { checkCollectorConduct } from '../../domain/conduct/check-collector-conduct';
import type { ConductContext, ContactEntry } from '../../domain/conduct/contact';
import type { ConductFinding } from '../../domain/conduct/rule-types';
import { useConductData } from '../../storage/conduct-hooks';

export interface ConductCheck {
  entries: ContactEntry[];
  contexts: ConductContext[];
  findings: ConductFinding[];
  /** Rule ids per entry id, for badges in the list. */
  rulesByEntry: Map<string, string[]>;
}

export function useConductCheck(): ConductCheck | null {
  const data = useConductData();
  return useMemo(() => {
    if (!data) return null;
    const findings = checkCollectorConduct(data.entries, data.contexts);
    const rulesByEntry = new Map<string, string[]>();
    for (const f of findings) {
      for (const id of f.entryIds) {
        const list = rulesByEntry.get(id);
        if (list) list.push(f.ruleId);
        else rulesByEntry.set(id, [f.ruleId]);
      }
    }
    return { ...data, findings, rulesByEntry };
  }, [data]);
}
