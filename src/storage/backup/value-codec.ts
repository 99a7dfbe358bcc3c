/**
 * Turning stored rows into plain JSON and back, losslessly and without knowing any table.
 *
 * IndexedDB stores structured-clone values; JSON does not know Blobs, bytes, Dates,
 * `undefined`, NaN or -0. Instead of hard-coding which table holds attachments, every value
 * is walked: a Blob (or File) becomes `{"$blob": {type, size, base64[, name, lastModified]}}`,
 * an ArrayBuffer `{"$bytes": base64}`, a typed array `{"$typed": {type, base64}}`, and the
 * other special values get their own one-key tag (`$date`, `$undefined`, `$number`). A
 * table added later that stores Blobs or bytes is backed up with no change here.
 *
 * So that a user's own data can never be mistaken for a tag, any object key that starts
 * with `$` is escaped on the way out by doubling the `$` and unescaped on the way in
 * (the same trick as MongoDB Extended JSON).
 */
import { base64ToBytes, bytesToBase64 } from '../../lib/crypto/base64';

export class UnsupportedValueError extends Error {
  constructor(readonly kind: string) {
    super(`backup: cannot encode a ${kind}`);
    this.name = 'UnsupportedValueError';
  }
}

/** A tagged value in a backup file was malformed (bad base64, size mismatch, unknown tag). */
export class MalformedValueError extends Error {
  constructor(readonly detail: string) {
    super(`backup: malformed value (${detail})`);
    this.name = 'MalformedValueError';
  }
}

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const TAGS = new Set(['$blob', '$bytes', '$typed', '$date', '$undefined', '$number']);

/** Typed-array kinds a backup can carry (BigInt arrays are left out: JSON has no bigint). */
const TYPED_ARRAYS = {
  Int8Array,
  Uint8Array,
  Uint8ClampedArray,
  Int16Array,
  Uint16Array,
  Int32Array,
  Uint32Array,
  Float32Array,
  Float64Array,
} as const;
type TypedArrayName = keyof typeof TYPED_ARRAYS;

function typedArrayName(value: object): TypedArrayName | null {
  for (const name of Object.keys(TYPED_ARRAYS) as TypedArrayName[]) {
    if (value instanceof TYPED_ARRAYS[name]) return name;
  }
  return null;
}

function isBlob(value: unknown): value is Blob {
  return typeof Blob !== 'undefined' && value instanceof Blob;
}

function isFile(value: Blob): value is File {
  return typeof File !== 'undefined' && value instanceof File;
}

function isPlainObject(value: object): boolean {
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

const escapeKey = (key: string) => (key.startsWith('$') ? `$${key}` : key);

/** Set an own data property, even for "__proto__" (plain assignment would set the prototype). */
function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Encode one stored value (any depth) as JSON-safe data. Async because Blobs are read. */
export async function encodeValue(value: unknown): Promise<Json> {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (value === undefined) return { $undefined: true };
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return { $number: 'NaN' };
    if (value === Infinity) return { $number: 'Infinity' };
    if (value === -Infinity) return { $number: '-Infinity' };
    if (Object.is(value, -0)) return { $number: '-0' };
    return value;
  }
  if (typeof value !== 'object') throw new UnsupportedValueError(typeof value);
  if (isBlob(value)) {
    const bytes = new Uint8Array(await value.arrayBuffer());
    const blob: { [key: string]: Json } = { type: value.type, size: value.size, base64: bytesToBase64(bytes) };
    if (isFile(value)) {
      blob.name = value.name;
      blob.lastModified = value.lastModified;
    }
    return { $blob: blob };
  }
  if (value instanceof ArrayBuffer) return { $bytes: bytesToBase64(new Uint8Array(value)) };
  if (ArrayBuffer.isView(value)) {
    const name = value instanceof DataView ? null : typedArrayName(value);
    if (name === null) throw new UnsupportedValueError(Object.prototype.toString.call(value));
    const view = value;
    return {
      $typed: { type: name, base64: bytesToBase64(new Uint8Array(view.buffer, view.byteOffset, view.byteLength)) },
    };
  }
  if (value instanceof Date) {
    const time = value.getTime();
    return { $date: Number.isNaN(time) ? 'invalid' : value.toISOString() };
  }
  if (Array.isArray(value)) {
    const out: Json[] = [];
    // Index loop (not map) so holes in sparse arrays become `undefined` tags, not nulls.
    for (let i = 0; i < value.length; i++) out.push(await encodeValue((value as unknown[])[i]));
    return out;
  }
  if (!isPlainObject(value)) throw new UnsupportedValueError(Object.prototype.toString.call(value));
  const out: { [key: string]: Json } = {};
  for (const [key, inner] of Object.entries(value)) setOwn(out, escapeKey(key), await encodeValue(inner));
  return out;
}

function decodeBlob(raw: Json): Blob {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new MalformedValueError('blob');
  const { type, size, base64, name, lastModified } = raw;
  if (typeof type !== 'string' || typeof size !== 'number' || typeof base64 !== 'string') {
    throw new MalformedValueError('blob fields');
  }
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = base64ToBytes(base64);
  } catch {
    throw new MalformedValueError('blob base64');
  }
  if (bytes.length !== size) throw new MalformedValueError('blob size');
  if (name !== undefined) {
    if (typeof name !== 'string' || typeof lastModified !== 'number') throw new MalformedValueError('file fields');
    return new File([bytes], name, { type, lastModified });
  }
  return new Blob([bytes], { type });
}

function decodeTag(tag: string, raw: Json): unknown {
  switch (tag) {
    case '$blob':
      return decodeBlob(raw);
    case '$bytes': {
      if (typeof raw !== 'string') throw new MalformedValueError('bytes');
      try {
        return base64ToBytes(raw).buffer;
      } catch {
        throw new MalformedValueError('bytes base64');
      }
    }
    case '$typed': {
      if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) throw new MalformedValueError('typed');
      const { type, base64 } = raw;
      if (typeof type !== 'string' || !Object.hasOwn(TYPED_ARRAYS, type) || typeof base64 !== 'string') {
        throw new MalformedValueError('typed fields');
      }
      let bytes: Uint8Array<ArrayBuffer>;
      try {
        bytes = base64ToBytes(base64);
      } catch {
        throw new MalformedValueError('typed base64');
      }
      const Ctor = TYPED_ARRAYS[type as TypedArrayName];
      if (bytes.byteLength % Ctor.BYTES_PER_ELEMENT !== 0) throw new MalformedValueError('typed length');
      return new Ctor(bytes.buffer);
    }
    case '$date':
      if (raw === 'invalid') return new Date(NaN);
      if (typeof raw !== 'string' || Number.isNaN(Date.parse(raw))) throw new MalformedValueError('date');
      return new Date(raw);
    case '$undefined':
      return undefined;
    case '$number':
      if (raw === 'NaN') return NaN;
      if (raw === 'Infinity') return Infinity;
      if (raw === '-Infinity') return -Infinity;
      if (raw === '-0') return -0;
      throw new MalformedValueError('number');
    default:
      throw new MalformedValueError('tag');
  }
}

/** Inverse of `encodeValue`. Throws `MalformedValueError` on anything it did not produce. */
export function decodeValue(value: Json): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decodeValue);
  const keys = Object.keys(value);
  if (keys.length === 1 && TAGS.has(keys[0])) return decodeTag(keys[0], value[keys[0]]);
  const out: Record<string, unknown> = {};
  for (const key of keys) {
    if (key.startsWith('$') && !key.startsWith('$$')) throw new MalformedValueError('unescaped $ key');
    // Own data property even for "__proto__", so a hostile file cannot touch prototypes.
    setOwn(out, key.startsWith('$') ? key.slice(1) : key, decodeValue(value[key]));
  }
  return out;
}
