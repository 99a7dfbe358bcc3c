// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  decodeValue,
  encodeValue,
  MalformedValueError,
  UnsupportedValueError,
  type Json,
} from '../../../src/storage/backup/value-codec';

async function roundTrip(value: unknown): Promise<unknown> {
  // Through real JSON text, as a backup file would go.
  return decodeValue(JSON.parse(JSON.stringify(await encodeValue(value))) as Json);
}

describe('backup value codec', () => {
  it.each<[string, unknown, Json]>([
    ['null', null, null],
    ['plain string', '上岸', '上岸'],
    ['undefined', undefined, { $undefined: true }],
    ['NaN', NaN, { $number: 'NaN' }],
    ['-Infinity', -Infinity, { $number: '-Infinity' }],
    ['negative zero', -0, { $number: '-0' }],
    ['date', new Date('2026-11-28T01:02:03.004Z'), { $date: '2026-11-28T01:02:03.004Z' }],
    ['key starting with $', { $blob: 'mine', $$x: 1 }, { $$blob: 'mine', $$$x: 1 }],
    ['sparse array hole', [1, , 3], [1, { $undefined: true }, 3]], // eslint-disable-line no-sparse-arrays
  ])('encodes %s', async (_name, value, expected) => {
    expect(await encodeValue(value)).toEqual(expected);
  });

  it('encodes a Blob with its type, size and base64 bytes, and decodes it back', async () => {
    const blob = new Blob([new Uint8Array([0, 1, 2, 250, 255])], { type: 'image/jpeg' });
    const encoded = await encodeValue({ photo: blob });
    expect(encoded).toEqual({ photo: { $blob: { type: 'image/jpeg', size: 5, base64: 'AAEC+v8=' } } });
    const back = decodeValue(encoded) as { photo: Blob };
    expect(back.photo).toBeInstanceOf(Blob);
    expect(back.photo.type).toBe('image/jpeg');
    expect([...new Uint8Array(await back.photo.arrayBuffer())]).toEqual([0, 1, 2, 250, 255]);
  });

  it('encodes bytes: an ArrayBuffer and typed arrays keep their kind and contents', async () => {
    const buffer = new Uint8Array([0, 1, 2, 250, 255]).buffer;
    expect(await encodeValue(buffer)).toEqual({ $bytes: 'AAEC+v8=' });
    const back = (await roundTrip({
      data: buffer,
      floats: new Float64Array([1.5, -0, NaN]),
      view: new Uint8Array(buffer, 1, 2),
    })) as {
      data: ArrayBuffer;
      floats: Float64Array;
      view: Uint8Array;
    };
    expect(back.data).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(back.data)]).toEqual([0, 1, 2, 250, 255]);
    expect(back.floats).toBeInstanceOf(Float64Array);
    expect(Object.is(back.floats[1], -0)).toBe(true);
    expect(Number.isNaN(back.floats[2])).toBe(true);
    // A view over part of a buffer keeps just its own bytes.
    expect(back.view).toEqual(new Uint8Array([1, 2]));
  });

  it('keeps a File name and date', async () => {
    const file = new File(['录音'], '通话.m4a', { type: 'audio/mp4', lastModified: 1_700_000_000_000 });
    const back = (await roundTrip(file)) as File;
    expect(back).toBeInstanceOf(File);
    expect(back.name).toBe('通话.m4a');
    expect(back.lastModified).toBe(1_700_000_000_000);
    expect(await back.text()).toBe('录音');
  });

  it('encodes a 1 MB Blob (far beyond the argument limit of one call) without overflowing the stack', async () => {
    const bytes = new Uint8Array(1024 * 1024);
    for (let i = 0; i < bytes.length; i++) bytes[i] = i % 251;
    const back = (await roundTrip(new Blob([bytes]))) as Blob;
    expect(new Uint8Array(await back.arrayBuffer())).toEqual(bytes);
  });

  it.each<[string, unknown]>([
    ['a Map', new Map()],
    ['a DataView', new DataView(new ArrayBuffer(2))],
    ['a function', () => 1],
    ['a bigint', 10n],
    ['a class instance', new (class Thing {})()],
  ])('refuses to encode %s', async (_name, value) => {
    await expect(encodeValue({ v: value })).rejects.toBeInstanceOf(UnsupportedValueError);
  });

  it.each<[string, Json]>([
    ['unknown tag', { $weird: 1 }],
    ['blob with bad base64', { $blob: { type: '', size: 1, base64: '!!' } }],
    ['blob whose size does not match', { $blob: { type: '', size: 9, base64: 'AAEC' } }],
    ['blob missing fields', { $blob: { size: 3 } }],
    ['bad date', { $date: 'yesterday' }],
    ['bad number tag', { $number: '12' }],
    ['bytes that are not base64', { $bytes: '%%%' }],
    ['an unknown typed array', { $typed: { type: 'BigInt64Array', base64: '' } }],
    ['a typed array of the wrong length', { $typed: { type: 'Float64Array', base64: 'AAEC' } }],
  ])('rejects a malformed %s', (_name, json) => {
    expect(() => decodeValue(json)).toThrow(MalformedValueError);
  });

  it('keeps an own "__proto__" key through a round trip (found by the property test)', async () => {
    const value = JSON.parse('{"":{"__proto__":[]}}') as unknown;
    expect(await roundTrip(value)).toStrictEqual(value);
  });

  it('never lets "__proto__" in a file reach a prototype', () => {
    const decoded = decodeValue(JSON.parse('{"__proto__":{"polluted":true},"a":1}') as Json) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf(decoded)).toBe(Object.prototype);
    expect(Object.keys(decoded)).toEqual(['__proto__', 'a']);
  });

  it('round-trips any JSON-like value, including $ keys, undefined, dates and odd numbers (property, 1000 values)', async () => {
    const leaf = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.constant(undefined),
      fc.date({ noInvalidDate: true }),
      fc.uint8Array({ maxLength: 40 }).map((b) => b.buffer),
      fc.float64Array({ maxLength: 8 }),
    );
    const value = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small' },
        leaf,
        fc.array(tie('node')),
        fc.dictionary(fc.string({ unit: 'binary' }), tie('node'), { noNullPrototype: true }),
      ),
    })).node;
    await fc.assert(
      fc.asyncProperty(value, async (v) => {
        expect(await roundTrip(v)).toStrictEqual(v);
      }),
      { numRuns: 1000 },
    );
  }, 60_000);
});
