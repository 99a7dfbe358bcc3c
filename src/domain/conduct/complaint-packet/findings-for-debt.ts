import type { ConductFinding } from '../rule-types';

/**
 * Limit findings to one creditor (debt): occurrences, entries and bases of other debts are
 * dropped, and findings left with nothing are removed.
 */
export function findingsForDebt(findings: readonly ConductFinding[], debtId: string): ConductFinding[] {
  const out: ConductFinding[] = [];
  for (const f of findings) {
    const occurrences = f.occurrences.filter((o) => o.debtId === debtId);
    if (occurrences.length === 0) continue;
    const keep = new Set(occurrences.flatMap((o) => o.entryIds));
    const bases = f.bases
      .map((b) => ({ ...b, entryIds: b.entryIds.filter((id) => keep.has(id)) }))
      .filter((b) => b.entryIds.length > 0);
    if (bases.length === 0) continue;
    const strongest = bases[0];
    out.push({
      ...f,
      occurrences,
      entryIds: f.entryIds.filter((id) => keep.has(id)),
      bases,
      force: strongest.force,
      sourceIds: strongest.sourceIds,
      effectiveFrom: strongest.effectiveFrom,
      advisory: bases.every((b) => b.advisory),
    });
  }
  return out;
}
