/**
 * The app's safety state in one small store: where we run (browser environment), whether
 * storage works (canary), whether data went missing (integrity), the app lock, "hide
 * amounts", and the backup reminder. It lives in the app shell because the features it
 * serves (app-lock, browser-risk, data-loss, backup-reminder, wipe, settings, backup) may
 * not import each other: the shell reads it with `useSafety()` and passes each feature what
 * it needs as props.
 *
 * The first client snapshot is computed synchronously (user agent, and localStorage hints
 * that a lock is set and that amounts are hidden), so a locked app, hidden amounts or the
 * in-app-browser guide are in place from the very first client render, before any record
 * is read. The server snapshot (prerendered HTML) is the neutral state: the prerendered
 * page contains no records either way. The checks that read the database live in
 * safety-start.ts, loaded right after the first render, to keep this file small.
 */
import { useSyncExternalStore } from 'react';
import type { Reminder } from '../../domain/backup-reminder/backup-reminder';
import { detectBrowserEnvironment, type BrowserEnvironment } from '../../domain/browser-risk/browser-env';
import { readBrowserHints } from '../../lib/browser-hints';
import type { LockOptions } from '../../storage/app-lock/app-lock';
import type { CanaryResult } from '../../storage/data-loss/canary';
import type { BackupState } from '../../storage/backup-reminder/backup-state';
import type { IntegrityReport, KeyValueStore } from '../../storage/data-loss/marker';

export const LOCK_HINT_KEY = 'shore.lock';
export const HIDE_AMOUNTS_HINT_KEY = 'shore.hideAmounts';

export interface SafetyState {
  /** Start-up checks finished */
  ready: boolean;
  env: BrowserEnvironment | null;
  canary: CanaryResult | null;
  /** Set while data is missing and the user has not answered yet */
  integrity: IntegrityReport | null;
  lockEnabled: boolean;
  locked: boolean;
  lockOptions: LockOptions | null;
  hideAmounts: boolean;
  guideOpen: boolean;
  backupState: BackupState | null;
  recordCount: number;
  reminder: Reminder | null;
  reminderSnoozed: boolean;
}

const SERVER_STATE: SafetyState = {
  ready: false,
  env: null,
  canary: null,
  integrity: null,
  lockEnabled: false,
  locked: false,
  lockOptions: null,
  hideAmounts: false,
  guideOpen: false,
  backupState: null,
  recordCount: 0,
  reminder: null,
  reminderSnoozed: false,
};

export function safeLocalStorage(): KeyValueStore | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readHint(key: string): boolean {
  try {
    return safeLocalStorage()?.getItem(key) === '1';
  } catch {
    return false;
  }
}

/** Mirror a device setting into localStorage, for the synchronous first render. */
export function writeHint(key: string, on: boolean): void {
  try {
    if (on) safeLocalStorage()?.setItem(key, '1');
    else safeLocalStorage()?.removeItem(key);
  } catch {
    // no storage: the setting still applies, just a moment later on start-up
  }
}

/** The live environment: this browser's hints, judged by the domain's pure rules. */
export function currentBrowserEnvironment(): BrowserEnvironment {
  const hints = readBrowserHints();
  return detectBrowserEnvironment(hints.userAgent, hints);
}

function initialClientState(): SafetyState {
  const env = currentBrowserEnvironment();
  const locked = readHint(LOCK_HINT_KEY);
  return {
    ...SERVER_STATE,
    env,
    guideOpen: env.inApp !== null,
    lockEnabled: locked,
    locked,
    hideAmounts: readHint(HIDE_AMOUNTS_HINT_KEY),
  };
}

let state: SafetyState | undefined;
const listeners = new Set<() => void>();
/** Bumped by a reset, so async work begun before it cannot write into the new state. */
let generation = 0;
const resetHooks = new Set<() => void>();

export function currentSafety(): SafetyState {
  state ??= typeof window === 'undefined' ? SERVER_STATE : initialClientState();
  return state;
}

export function safetyGeneration(): number {
  return generation;
}

export function patchSafety(patch: Partial<SafetyState>): void {
  state = { ...currentSafety(), ...patch };
  for (const l of listeners) l();
}

export function useSafety(): SafetyState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    currentSafety,
    () => SERVER_STATE,
  );
}

/** The backup reminder is due and not snoozed (and nothing more urgent is showing). */
export function reminderShown(s: SafetyState): boolean {
  return s.reminder !== null && s.reminder.level !== 'none' && !s.reminderSnoozed && !s.integrity && !s.env?.inApp;
}

/** Is any safety notice due? (The notices themselves load only then.) */
export function anyNoticeDue(s: SafetyState): boolean {
  const env = s.env;
  return (
    s.integrity !== null ||
    (s.canary !== null && !s.canary.indexedDb) ||
    (env !== null && ((env.inApp !== null && !s.guideOpen) || env.iosTab || env.risky !== null)) ||
    reminderShown(s)
  );
}

/**
 * Before the first client render (main.tsx): the lock as the database says. The localStorage
 * hint (initialClientState) can be lost on its own; without this, records were drawn for a
 * few frames before the lock screen. Waits at most `timeoutMs`: a database that does not
 * answer cannot hand out records either.
 */
export async function primeLock(lockEnabled: Promise<boolean>, timeoutMs = 3000): Promise<void> {
  const known = await Promise.race([
    lockEnabled.catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), timeoutMs)),
  ]);
  if (known === true) patchSafety({ lockEnabled: true, locked: true });
}

/** Every open tab of the app locks together: one that locks tells the others. */
const LOCK_CHANNEL = 'shore-lock';
let lockChannel: BroadcastChannel | null = null;

export function listenForLocks(): void {
  if (lockChannel !== null || typeof BroadcastChannel === 'undefined') return;
  lockChannel = new BroadcastChannel(LOCK_CHANNEL);
  lockChannel.onmessage = (event: MessageEvent) => {
    if (event.data === 'lock' && currentSafety().lockEnabled) patchSafety({ locked: true });
  };
}

export function lockNow(): void {
  if (!currentSafety().lockEnabled) return;
  patchSafety({ locked: true });
  lockChannel?.postMessage('lock');
}

/** The right PIN was entered (the lock screen's `onUnlocked`, features/app-lock). */
export function markUnlocked(): void {
  patchSafety({ locked: false });
}

export function openGuide(): void {
  patchSafety({ guideOpen: true });
}

export function closeGuide(): void {
  patchSafety({ guideOpen: false });
}

export function snoozeReminder(): void {
  patchSafety({ reminderSnoozed: true });
}

/** safety-start.ts registers how to forget its own state. */
export function onSafetyReset(hook: () => void): void {
  resetHooks.add(hook);
}

/** Tests: forget everything (each test renders a fresh app). */
export function resetSafetyForTests(): void {
  generation += 1;
  for (const hook of resetHooks) hook();
  state = undefined;
}
