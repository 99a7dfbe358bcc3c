import { describe, expect, it } from 'vitest';
import { checkNewPassphrase } from '../../../src/domain/backup/passphrase-policy';

describe('checkNewPassphrase', () => {
  it.each<[string, string, string, string | null]>([
    ['8 characters', 'abcdefgh', 'abcdefgh', null],
    ['7 characters', 'abcdefg', 'abcdefg', 'too-short'],
    ['Chinese counts per character', '我的备份密码是这个', '我的备份密码是这个', null],
    ['emoji count as one each', '🌊🌊🌊🌊🌊🌊🌊', '🌊🌊🌊🌊🌊🌊🌊', 'too-short'],
    ['typed differently', 'abcdefgh', 'abcdefgH', 'mismatch'],
  ])('%s', (_name, a, b, issue) => {
    expect(checkNewPassphrase(a, b)).toBe(issue);
  });
});
