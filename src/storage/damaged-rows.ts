import { RECORD_SCHEMAS } from './record-schemas';
import { openReferences } from './backup/import/references';

type TableName = keyof typeof RECORD_SCHEMAS;

/**
 * Which rows of a snapshot (table → rows) are damaged: they fail their table's schema, or
 * they are an event without its (sound) debt or an attachment without its (sound) entry
 * (references.ts).
 * A backup leaves them out, since an import would refuse the whole file over them.
 */
export function damagedRowsOf(snapshot: Record<string, readonly Record<string, unknown>[]>): Map<string, Set<number>> {
  const damaged = new Map<string, Set<number>>();
  const mark = (table: string, index: number) => {
    let set = damaged.get(table);
    if (!set) damaged.set(table, (set = new Set()));
    set.add(index);
  };
  for (const [table, rows] of Object.entries(snapshot)) {
    if (!Object.hasOwn(RECORD_SCHEMAS, table)) continue;
    const schema = RECORD_SCHEMAS[table as TableName];
    rows.forEach((row, index) => {
      if (!schema.safeParse(row).success) mark(table, index);
    });
  }
  // References are checked against the rows that stay: a damaged debt's events go with it.
  const kept: Record<string, Record<string, unknown>[]> = {};
  const keptIndex: Record<string, number[]> = {};
  for (const [table, rows] of Object.entries(snapshot)) {
    const skip = damaged.get(table);
    kept[table] = [];
    keptIndex[table] = [];
    rows.forEach((row, index) => {
      if (skip?.has(index)) return;
      kept[table].push(row);
      keptIndex[table].push(index);
    });
  }
  for (const open of openReferences(kept)) mark(open.table, keptIndex[open.table][open.index]);
  return damaged;
}
