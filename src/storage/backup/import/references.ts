/**
 * Records that cannot exist without another: a debt's events are deleted with the debt
 * (debts-repo.ts) and an entry's attachments with the entry (contacts-repo.ts), so an event
 * without its debt or a file without its entry can only come from a damaged or hand-edited
 * backup; stored, it would never be shown and never be deleted. Other links (a contact's,
 * letter's or agreement's debt) may outlive their debt on purpose: evidence stays when a debt
 * is deleted, so those are not checked.
 */
export interface Reference {
  table: string;
  field: string;
  target: string;
}

export const REQUIRED_REFERENCES: readonly Reference[] = [
  { table: 'debtEvents', field: 'debtId', target: 'debts' },
  { table: 'attachments', field: 'entryId', target: 'contacts' },
];

/** A reference the file itself does not resolve: it must be found on the device (merge only). */
export interface OpenReference {
  table: string;
  index: number;
  target: string;
  id: string;
}

/** The references in `tables` whose target row is not in `tables` (target primary key `id`). */
export function openReferences(tables: Record<string, readonly Record<string, unknown>[]>): OpenReference[] {
  const open: OpenReference[] = [];
  for (const { table, field, target } of REQUIRED_REFERENCES) {
    const ids = new Set((tables[target] ?? []).map((row) => row.id));
    (tables[table] ?? []).forEach((row, index) => {
      const id = row[field];
      if (typeof id === 'string' && !ids.has(id)) open.push({ table, index, target, id });
    });
  }
  return open;
}
