import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ShoreDb } from '../../../src/storage/db';
import { makeDebtRowV1 } from '../../../src/testing/factories';
import { freshDb } from '../../../src/testing/test-db';

const row = (id: string) => makeDebtRowV1({ id });

let db: ShoreDb;
beforeEach(async () => {
  db = await freshDb();
});
afterEach(async () => {
  await db.delete();
});

describe('unclosed bidi controls', () => {
  it('are dropped from every string a record write stores, in any table', async () => {
    await db.table('debts').put({ ...row('a'), lender: '\u202E💳 gpj.exe', notes: 'ok \u202Eعربي\u202C' });
    const stored = await db.debts.get('a');
    expect(stored?.lender).toBe('💳 gpj.exe');
    expect(stored?.notes).toBe('ok \u202Eعربي\u202C');
  });
});
