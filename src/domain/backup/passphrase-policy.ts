/**
 * Rules for the passphrase of an encrypted backup (see storage/backup/backup-crypto.ts). Pure.
 * Typed twice, at least 8 characters (counted as characters, not UTF-16 units).
 */
export type PassphraseIssue = 'too-short' | 'mismatch';
export const PASSPHRASE_MIN = 8;

export function checkNewPassphrase(passphrase: string, repeat: string): PassphraseIssue | null {
  if ([...passphrase].length < PASSPHRASE_MIN) return 'too-short';
  if (passphrase !== repeat) return 'mismatch';
  return null;
}
