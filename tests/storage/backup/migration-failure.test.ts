// @vitest-environment node
/**
 * A backup whose migration fails for one row is refused naming that row. No shipped transform
 * throws on rows the file's JSON can hold, so the schema module is wrapped: its migrateRows
 * behaves as the real one (each row through the transform) and throws for a row whose notes
 * are the marker below, as a transform meeting a row it cannot handle would.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it, vi } from 'vitest';
import { prepareBackup } from '../../../src/storage/backup/import/prepare-backup';
import type * as Schema from '../../../src/storage/schema';

const MARKER = 'a transform cannot handle this row';

vi.mock('../../../src/storage/schema', async (importOriginal) => {
  const real = await importOriginal<typeof Schema>();
  return {
    ...real,
    migrateRows: (table: string, rows: readonly Record<string, unknown>[], from: number, to?: number) => {
      if (rows.some((r) => r.notes === MARKER)) throw new TypeError('transform failed');
      return real.migrateRows(table, rows, from, to);
    },
  };
});

const fixture = () =>
  JSON.parse(readFileSync(new URL('../../fixtures/backup-v1.json', import.meta.url), 'utf8')) as {
    data: { debts: Record<string, unknown>[] };
  };

describe('a backup whose migration fails', () => {
  it('names the row that failed, not the first row of the table', () => {
    const file = fixture();
    expect(file.data.debts.length).toBeGreaterThanOrEqual(2);
    file.data.debts[1].notes = MARKER;
    expect(prepareBackup(file)).toEqual({ ok: false, failure: { reason: 'invalid-record', table: 'debts', index: 1 } });
  });

  it('names the first row when that is the one that failed', () => {
    const file = fixture();
    file.data.debts[0].notes = MARKER;
    expect(prepareBackup(file)).toEqual({ ok: false, failure: { reason: 'invalid-record', table: 'debts', index: 0 } });
  });

  it('still prepares the file when no row fails', () => {
    expect(prepareBackup(fixture()).ok).toBe(true);
  });
});
