import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShoreDb } from '../../../src/storage/db';
import { setRecordWritesBlocked } from '../../../src/storage/record-writes/read-only';
import { onRecordWrite, type RecordWrite } from '../../../src/storage/record-writes/record-changes';
import { makeDebtRowV1 } from '../../../src/testing/factories';
import { freshDb } from '../../../src/testing/test-db';

const row = (id: string) => makeDebtRowV1({ id });

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  setRecordWritesBlocked(false);
  await db.delete();
});

describe('read-only mode', () => {
  it('refuses record writes but still lets settings through', async () => {
    const writes: RecordWrite[] = [];
    const unsubscribe = onRecordWrite((w) => writes.push(w));
    setRecordWritesBlocked(true);
    await expect(db.table('debts').put(row('a'))).rejects.toMatchObject({ code: 'read-only' });
    await db.settings.put({ key: 'language', value: 'zh-CN' });
    setRecordWritesBlocked(false);
    expect(await db.debts.count()).toBe(0);
    expect(writes).toEqual([]);
    expect(await db.settings.get('language')).toBeDefined();
    unsubscribe();
  });
});
