/**
 * Every schema version stays registered so the database can be opened as it was at version N,
 * seeded, then reopened at the latest. Later versions add their cases here.
 */
import { describe, expect, it } from 'vitest';
import { DB_VERSIONS, LATEST_DB_VERSION } from '../../src/storage/schema';
import { ShoreDb } from '../../src/storage/db';

describe('schema versions', () => {
  it('are strictly increasing and end at LATEST_DB_VERSION', () => {
    const versions = DB_VERSIONS.map((v) => v.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.at(-1)).toBe(LATEST_DB_VERSION);
  });

  it('opens an empty database at the latest version', async () => {
    const db = new ShoreDb(`t-${crypto.randomUUID()}`);
    await db.open();
    expect(db.verno).toBe(LATEST_DB_VERSION);
    expect(db.tables.map((t) => t.name)).toEqual(expect.arrayContaining(['debts', 'settings']));
    await db.delete();
  });
});

describe('record schemas', () => {
  it('cover every table of the latest version', async () => {
    const { RECORD_SCHEMAS } = await import('../../src/storage/record-schemas');
    const db = new ShoreDb(`t-${crypto.randomUUID()}`);
    await db.open();
    expect(Object.keys(RECORD_SCHEMAS).sort()).toEqual(db.tables.map((t) => t.name).sort());
    await db.delete();
  });
});
