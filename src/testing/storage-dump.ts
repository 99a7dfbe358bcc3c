/**
 * A full, byte-comparable dump of a database: every table, every row (device settings
 * included), encoded with the backup codec so Blobs are compared by content. Tests take a
 * dump before and after a failed import and require the two strings to be identical.
 */
import type { ShoreDb } from '../storage/db';
import { encodeValue } from '../storage/backup/value-codec';

export async function dumpDatabase(db: ShoreDb): Promise<string> {
  const tables = await db.transaction('r', db.tables, async () => {
    const out: Record<string, unknown[]> = {};
    for (const table of db.tables) out[table.name] = await table.toArray();
    return out;
  });
  return JSON.stringify(await encodeValue(tables));
}

/** Same data, keys sorted: for comparing records whose property order may legitimately differ. */
export async function canonicalJson(value: unknown): Promise<string> {
  const sort = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(sort);
    if (v !== null && typeof v === 'object') {
      return Object.fromEntries(
        Object.keys(v)
          .sort()
          .map((k) => [k, sort((v as Record<string, unknown>)[k])]),
      );
    }
    return v;
  };
  return JSON.stringify(sort(await encodeValue(value)));
}
