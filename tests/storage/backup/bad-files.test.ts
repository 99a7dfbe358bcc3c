// @vitest-environment node
/**
 * Every bad file is refused with its own reason, and the database afterwards is
 * byte-for-byte what it was before (a full dump, device settings and Blobs included).
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { exportBackup } from '../../../src/storage/backup/export-backup';
import { loadBackup } from '../../../src/storage/backup/import/load-backup';
import type { BackupFailure } from '../../../src/storage/backup/backup-format';
import type { ShoreDb } from '../../../src/storage/db';
import { DEVICE_KEYS } from '../../../src/storage/device-state';
import { LATEST_DB_VERSION } from '../../../src/storage/schema';
import { importFile, seedV1 } from '../../../src/testing/backup-helpers';
import { dumpDatabase } from '../../../src/testing/storage-dump';
import { freshDb } from '../../../src/testing/test-db';

const fixture = readFileSync(new URL('../../fixtures/backup-v1.json', import.meta.url), 'utf8');
const fixtureJson = () =>
  JSON.parse(fixture) as Record<string, unknown> & { data: Record<string, Record<string, unknown>[]> };
const blobOf = (text: string | Uint8Array<ArrayBuffer>) => new Blob([text]);

let db: ShoreDb;
let validEncrypted: string;
beforeEach(async () => {
  db = await freshDb();
  await seedV1(db, {
    debts: [
      {
        id: 'device-debt',
        lender: '手机上的银行',
        nickname: '🏦',
        last4: '9876',
        creditLimit: 1,
        principal: 2,
        interest: 3,
        fees: 4,
        firstMissedDue: '2026-01-31',
        minimumPayment: null,
        lastPaymentDate: null,
        lastPaymentAmount: null,
        status: 'sued',
        notes: 'x\u0000y',
        createdAt: '2026-01-01T00:00:00.000Z',
        updatedAt: '2026-01-01T00:00:00.000Z',
      },
    ],
    settings: [{ key: 'attachment-like', value: new Blob([new Uint8Array([1, 2, 3])], { type: 'image/png' }) }],
  });
  await db.settings.put({ key: DEVICE_KEYS.hideAmounts, value: true });
  validEncrypted ??= (await exportBackup(db, { kind: 'passphrase', passphrase: 'right one' })).text;
});
afterEach(async () => {
  await db.delete();
});

function withData(mutate: (file: ReturnType<typeof fixtureJson>) => void): string {
  const file = fixtureJson();
  mutate(file);
  return JSON.stringify(file);
}

const junk = (size: number) => {
  const bytes = new Uint8Array(size);
  for (let i = 0; i < size; i++) bytes[i] = (i * 7919 + 13) % 256;
  return bytes;
};

type Case = [name: string, file: () => Blob, expected: BackupFailure, options?: { secret?: string; maxBytes?: number }];

const cases: Case[] = [
  ['empty file', () => blobOf(''), { reason: 'not-json' }],
  ['binary junk', () => blobOf(junk(5000)), { reason: 'not-json' }],
  [
    'a photo renamed .json',
    () => blobOf(new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70])),
    { reason: 'not-json' },
  ],
  ['plain text', () => blobOf('这不是备份'), { reason: 'not-json' }],
  ['truncated download', () => blobOf(fixture.slice(0, Math.floor(fixture.length / 2))), { reason: 'truncated' }],
  [
    'truncated encrypted file',
    () => blobOf(validEncrypted.slice(0, validEncrypted.length - 40)),
    { reason: 'truncated' },
  ],
  [
    'another app’s JSON',
    () => blobOf('{"formatName":"dexie","formatVersion":1,"data":{}}'),
    { reason: 'wrong-format' },
  ],
  ['a JSON array', () => blobOf('[1,2,3]'), { reason: 'wrong-format' }],
  ['data is not a table map', () => blobOf(withData((f) => (f.data = [] as never))), { reason: 'wrong-format' }],
  ['unknown table', () => blobOf(withData((f) => (f.data.hackers = []))), { reason: 'wrong-format' }],
  ['newer format version', () => blobOf(withData((f) => (f.formatVersion = 2))), { reason: 'newer-version' }],
  [
    'newer schema version',
    () => blobOf(withData((f) => (f.schemaVersion = LATEST_DB_VERSION + 1))),
    { reason: 'newer-version' },
  ],
  ['wrong passphrase', () => blobOf(validEncrypted), { reason: 'wrong-passphrase' }, { secret: 'wrong one' }],
  ['empty passphrase', () => blobOf(validEncrypted), { reason: 'wrong-passphrase' }, { secret: '' }],
  [
    'a debt with a negative amount',
    () => blobOf(withData((f) => (f.data.debts[1].principal = -100))),
    { reason: 'invalid-record', table: 'debts', index: 1 },
  ],
  [
    'a debt without an id',
    () => blobOf(withData((f) => delete f.data.debts[0].id)),
    { reason: 'invalid-record', table: 'debts', index: 0 },
  ],
  [
    'two debts with the same id',
    () => blobOf(withData((f) => (f.data.debts[1].id = f.data.debts[0].id))),
    { reason: 'invalid-record', table: 'debts', index: 1 },
  ],
  [
    'a damaged attachment',
    () =>
      blobOf(
        withData((f) =>
          f.data.settings.push({ key: 'p', value: { $blob: { type: 'image/png', size: 99, base64: 'AAAA' } } }),
        ),
      ),
    { reason: 'invalid-record', table: 'settings', index: 2 },
  ],
  ['a file over the size limit', () => blobOf(fixture), { reason: 'too-large', maxBytes: 100 }, { maxBytes: 100 }],
];

describe('bad backup files', { timeout: 60_000 }, () => {
  it.each(cases)('%s: refused, database untouched', async (_name, file, expected, options = {}) => {
    const before = await dumpDatabase(db);
    const outcome = await importFile(db, file(), options);
    expect(outcome).toEqual({ ok: false, failure: expected });
    expect(await dumpDatabase(db)).toBe(before);
  });

  it('refuses a 50 MB file of junk from its first bytes, without reading it whole', async () => {
    const big = new Blob([junk(50 * 1024 * 1024)]);
    const readWhole = vi.spyOn(big, 'text');
    const before = await dumpDatabase(db);
    const started = performance.now();
    expect(await importFile(db, big)).toEqual({ ok: false, failure: { reason: 'not-json' } });
    const elapsed = performance.now() - started;
    expect(readWhole).not.toHaveBeenCalled();
    expect(await dumpDatabase(db)).toBe(before);
    // Reported, not asserted (no timed assertions): see the report for figures.
    expect(elapsed).toBeGreaterThan(0);
  });

  it('refuses a 50 MB JSON file of someone else’s without parsing it', async () => {
    const big = new Blob(['{"rows":[', '1,'.repeat(25 * 1024 * 1024), '1]}']);
    const readWhole = vi.spyOn(big, 'text');
    expect(await loadBackup(big)).toEqual({ ok: false, failure: { reason: 'wrong-format' } });
    expect(readWhole).not.toHaveBeenCalled();
  });
});
