/** A fresh, uniquely named database per test, swapped in as the app's database. */
import { ShoreDb, useDatabase } from '../storage/db';

export async function freshDb(upTo?: number): Promise<ShoreDb> {
  const db = new ShoreDb(`t-${crypto.randomUUID()}`, upTo);
  await db.open();
  useDatabase(db);
  return db;
}
