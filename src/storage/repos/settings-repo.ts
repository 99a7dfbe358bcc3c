/**
 * Settings: small key/value pairs in the `settings` table (language choice, last backup
 * date and the like). Values are JSON-compatible and validated by their callers.
 */
import { getDb } from '../db';

export async function getSetting<T>(key: string): Promise<T | undefined> {
  const row = await getDb().settings.get(key);
  return row?.value as T | undefined;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await getDb().settings.put({ key, value });
}
