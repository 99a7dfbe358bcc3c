import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkNewPin, lockoutMs, lockoutRemainingMs } from '../../../src/domain/app-lock/pin-policy';

describe('checkNewPin', () => {
  it.each<[string, string, string, string | null]>([
    ['a good 6-digit PIN', '285713', '285713', null],
    ['4 digits is the minimum', '2857', '2857', null],
    ['3 digits', '285', '285', 'too-short'],
    ['13 digits', '2857139462718', '2857139462718', 'too-long'],
    ['letters', '28a713', '28a713', 'not-digits'],
    ['full-width digits', '２８５７１３', '２８５７１３', 'not-digits'],
    ['all one digit', '000000', '000000', 'too-simple'],
    ['a straight run up', '123456', '123456', 'too-simple'],
    ['a straight run down', '9876', '9876', 'too-simple'],
    ['typed differently the second time', '285713', '285731', 'mismatch'],
    ['empty', '', '', 'too-short'],
  ])('%s', (_name, pin, repeat, issue) => {
    expect(checkNewPin(pin, repeat)).toBe(issue);
  });

  it('accepts or rejects any input without throwing (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
        const issue = checkNewPin(a, b);
        if (issue === null) expect(a).toMatch(/^\d{4,12}$/);
      }),
      { numRuns: 500 },
    );
  });
});

describe('lockout after wrong PINs', () => {
  it.each([
    [0, 0],
    [4, 0],
    [5, 30_000],
    [6, 60_000],
    [8, 240_000],
    [12, 900_000],
    [40, 900_000],
  ])('%i failures → wait %i ms', (failures, ms) => {
    expect(lockoutMs(failures)).toBe(ms);
  });

  it('counts down from the last failure', () => {
    expect(lockoutRemainingMs(5, 1_000, 11_000)).toBe(20_000);
    expect(lockoutRemainingMs(5, 1_000, 40_000)).toBe(0);
    expect(lockoutRemainingMs(5, null, 40_000)).toBe(0);
  });
});
