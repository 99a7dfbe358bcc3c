/**
 * A Dexie middleware that wraps `mutate` on every record table, whatever repository the
 * write came from, so what hangs off record writes works for tables added later without
 * touching them. The `settings` table is left alone: it holds preferences and device facts
 * (device-state.ts), not records; so is `deletions`, which only remembers what was deleted
 * (deletions.ts) in the same transaction as the record's own delete.
 */
import type { DBCore, DBCoreMutateRequest, DBCoreMutateResponse, Middleware } from 'dexie';
import { DELETIONS_TABLE } from './deletions';

export type Mutate = (req: DBCoreMutateRequest) => Promise<DBCoreMutateResponse>;

export function recordTablesMiddleware(
  name: string,
  wrap: (down: Mutate, table: string) => Mutate,
): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name,
    create(down) {
      return {
        ...down,
        table(tableName) {
          const table = down.table(tableName);
          if (tableName === 'settings' || tableName === DELETIONS_TABLE) return table;
          return { ...table, mutate: wrap((req) => table.mutate(req), tableName) };
        },
      };
    },
  };
}
