/** A fresh, uniquely named database per test, swapped in as the app's database. */
import { ShoreDb, setDatabase } from '../storage/db';

export async function freshDb(upTo?: number): Promise<ShoreDb> {
  const db = new ShoreDb(`t-${crypto.randomUUID()}`, upTo);
  await db.open();
  setDatabase(db);
  return db;
}
