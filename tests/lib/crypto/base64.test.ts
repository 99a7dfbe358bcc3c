// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { base64ToBytes, bytesToBase64 } from '../../../src/lib/crypto/base64';

describe('base64', () => {
  it.each<[number[], string]>([
    [[], ''],
    [[0], 'AA=='],
    [[0, 1], 'AAE='],
    [[0, 1, 2], 'AAEC'],
    [[0, 1, 2, 250, 255], 'AAEC+v8='],
    [[...new TextEncoder().encode('上岸')], '5LiK5bK4'],
  ])('%j → %s (RFC 4648 vectors)', (bytes, expected) => {
    expect(bytesToBase64(new Uint8Array(bytes))).toBe(expected);
    expect([...base64ToBytes(expected)]).toEqual(bytes);
  });

  it('agrees with Node’s Buffer on any bytes (property, 500 arrays)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 5000 }), (bytes) => {
        expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
        expect(base64ToBytes(bytesToBase64(bytes))).toEqual(new Uint8Array(bytes));
      }),
      { numRuns: 500 },
    );
  });
});
