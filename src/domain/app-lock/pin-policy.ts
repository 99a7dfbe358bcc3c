/**
 * Rules for an app-lock PIN, and the back-off after wrong guesses. Pure.
 *
 * A PIN is digits only (the phone shows the number pad), 4 to 12 of them; 6 or more is
 * suggested. Obvious ones (all one digit, a straight run like 123456) are refused: they
 * are the first a family member would try.
 */
export type PinIssue = 'too-short' | 'too-long' | 'not-digits' | 'too-simple' | 'mismatch';

export const PIN_MIN = 4;
export const PIN_MAX = 12;

function isStraightRun(pin: string): boolean {
  const digits = [...pin].map(Number);
  const step = digits[1] - digits[0];
  return (step === 1 || step === -1) && digits.every((d, i) => i === 0 || d - digits[i - 1] === step);
}

export function checkNewPin(pin: string, repeat: string): PinIssue | null {
  if (!/^\d*$/.test(pin)) return 'not-digits';
  if (pin.length < PIN_MIN) return 'too-short';
  if (pin.length > PIN_MAX) return 'too-long';
  if (/^(\d)\1*$/.test(pin) || isStraightRun(pin)) return 'too-simple';
  if (pin !== repeat) return 'mismatch';
  return null;
}

/** Free guesses before waiting starts; then 30 s, doubling, at most 15 minutes. */
export const FREE_ATTEMPTS = 5;

export function lockoutMs(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(30_000 * 2 ** (failures - FREE_ATTEMPTS), 15 * 60_000);
}

/** Milliseconds until the next guess is allowed (0: now). */
export function lockoutRemainingMs(failures: number, lastFailureMs: number | null, nowMs: number): number {
  if (lastFailureMs === null) return 0;
  return Math.max(0, lastFailureMs + lockoutMs(failures) - nowMs);
}
