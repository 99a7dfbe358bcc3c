import { describe, expect, it } from 'vitest';
import {
  assessIntegrity,
  readLocalMarker,
  writeLocalMarker,
  LOCAL_MARKER_KEY,
  type KeyValueStore,
} from '../../../src/storage/data-loss/marker';
import type { DataMarker } from '../../../src/storage/data-loss/marker';

const m = (datasetId: string, recordCount: number): DataMarker => ({
  datasetId,
  recordCount,
  lastWriteAt: '2026-11-01T10:00:00.000Z',
});

describe('assessIntegrity', () => {
  it.each<[string, DataMarker | undefined, DataMarker | undefined, number, string, number]>([
    ['first start, nothing anywhere', undefined, undefined, 0, 'fresh', 0],
    ['data from before markers existed', undefined, undefined, 5, 'ok', 5],
    ['both markers agree with the data', m('a', 3), m('a', 3), 3, 'ok', 3],
    ['more records than the marker (written, marker not yet caught up)', m('a', 3), m('a', 3), 4, 'ok', 3],
    ['IndexedDB deleted, localStorage kept', m('a', 12), undefined, 0, 'cleared', 12],
    ['database emptied but its marker survived', m('a', 12), m('a', 12), 0, 'cleared', 12],
    ['fewer records than remembered', m('a', 12), m('a', 12), 7, 'fewer', 12],
    ['local marker lags behind the database marker', m('a', 2), m('a', 9), 2, 'fewer', 9],
    ['localStorage cleared on its own, database intact', undefined, m('a', 4), 4, 'ok', 4],
    ['marker of an empty dataset', m('a', 0), undefined, 0, 'ok', 0],
    ['a different dataset in the database: the local witness decides', m('a', 8), m('b', 1), 1, 'fewer', 8],
  ])('%s', (_name, local, inDb, count, status, expected) => {
    const report = assessIntegrity({ localMarker: local, dbMarker: inDb, recordCount: count });
    expect(report.status).toBe(status);
    expect(report.expected).toBe(expected);
    expect(report.actual).toBe(count);
  });

  it('remembers when the missing data was last written', () => {
    expect(assessIntegrity({ localMarker: m('a', 2), dbMarker: undefined, recordCount: 0 }).lastWriteAt).toBe(
      '2026-11-01T10:00:00.000Z',
    );
  });
});

describe('local marker', () => {
  const memory = (): KeyValueStore & { data: Map<string, string> } => {
    const data = new Map<string, string>();
    return {
      data,
      getItem: (k) => data.get(k) ?? null,
      setItem: (k, v) => void data.set(k, v),
      removeItem: (k) => void data.delete(k),
    };
  };

  it('round-trips through storage', () => {
    const store = memory();
    expect(writeLocalMarker(store, m('x', 4))).toBe(true);
    expect(readLocalMarker(store)).toEqual(m('x', 4));
  });

  it.each([
    ['not JSON', '{oops'],
    ['wrong shape', '{"datasetId":1}'],
    ['negative count', '{"datasetId":"a","recordCount":-1,"lastWriteAt":"t"}'],
  ])('reads a damaged marker (%s) as absent', (_name, raw) => {
    const store = memory();
    store.data.set(LOCAL_MARKER_KEY, raw);
    expect(readLocalMarker(store)).toBeUndefined();
  });

  it('survives a storage that throws (private mode, full)', () => {
    const throwing: KeyValueStore = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new DOMException('full', 'QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    expect(writeLocalMarker(throwing, m('x', 1))).toBe(false);
    expect(readLocalMarker(throwing)).toBeUndefined();
    expect(readLocalMarker(null)).toBeUndefined();
  });
});
