/**
 * What the schema history says about tables, read from DB_VERSIONS alone (no database
 * needed): which tables existed at a given version and what each table's primary key is.
 * Backup import uses this to check an older file table by table.
 */
import { DB_VERSIONS, LATEST_DB_VERSION } from '../schema';

/** Store strings of every table that exists at `version` (a `null` entry deletes a table). */
export function storesAtVersion(version: number): Map<string, string> {
  const stores = new Map<string, string>();
  for (const v of DB_VERSIONS) {
    if (v.version > version) break;
    for (const [table, spec] of Object.entries(v.stores)) {
      if (spec === null) stores.delete(table);
      else stores.set(table, spec);
    }
  }
  return stores;
}

export function tablesAtVersion(version: number): string[] {
  return [...storesAtVersion(version).keys()];
}

/**
 * The primary key path of a table at the latest version: the first entry of its store
 * string without Dexie's `++` / `&` markers. Compound keys (`[a+b]`) come back as a list.
 */
export function primaryKeyPath(table: string, version = LATEST_DB_VERSION): string | string[] | null {
  const spec = storesAtVersion(version).get(table);
  if (spec === undefined) return null;
  const first = spec
    .split(',')[0]
    .trim()
    .replace(/^(\+\+|&)/, '');
  if (first === '') return null;
  if (first.startsWith('[') && first.endsWith(']')) return first.slice(1, -1).split('+');
  return first;
}

/** The key of a row under a key path, or undefined when a part is missing. */
export function keyOf(row: Record<string, unknown>, path: string | string[]): unknown {
  if (Array.isArray(path)) {
    const parts = path.map((p) => keyOf(row, p));
    return parts.some((p) => p === undefined) ? undefined : parts;
  }
  let cur: unknown = row;
  for (const part of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}
