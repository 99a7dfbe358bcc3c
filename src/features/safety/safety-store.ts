/**
 * The app's safety state in one small store: where we run (browser environment), whether
 * storage works (canary), whether data went missing (integrity), the app lock, "hide
 * amounts", and the backup reminder. Screens read it with `useSafety()`; `src/app` passes
 * what other features need to them as props.
 *
 * The first client snapshot is computed synchronously (user agent, and a localStorage hint
 * that a lock is set), so a locked app or the in-app-browser guide is in place from the
 * very first client render, before any record is read. The server snapshot (prerendered
 * HTML) is the neutral state: the prerendered page contains no records either way.
 * Everything else is read by `startSafety()` after mount.
 */
import { useSyncExternalStore } from 'react';
import { backupReminder, type Reminder } from '../../lib/safety/backup-reminder';
import { currentBrowserEnvironment, type BrowserEnvironment } from '../../lib/safety/browser-env';
import { applyInstallIdentity } from '../../lib/install-identity';
import { getDb } from '../../storage/db';
import { readHideAmounts, readLock, writeHideAmounts, type LockOptions } from '../../storage/safety/app-lock';
import { runCanary, type CanaryResult } from '../../storage/safety/canary';
import { readBackupState, type BackupState } from '../../storage/safety/device-state';
import {
  assessIntegrity,
  countAllRecords,
  readDbMarker,
  readLocalMarker,
  type IntegrityReport,
  type KeyValueStore,
} from '../../storage/safety/marker';
import { storageApi } from '../../storage/safety/persistence';
import { startSafetyTracker, type SafetyTracker } from '../../storage/safety/safety-tracker';
import { setRecordWritesBlocked } from '../../storage/safety/write-watch';

export const LOCK_HINT_KEY = 'shore.lock';

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

function lockHint(): boolean {
  try {
    return safeLocalStorage()?.getItem(LOCK_HINT_KEY) === '1';
  } catch {
    return false;
  }
}

function setLockHint(on: boolean): void {
  try {
    if (on) safeLocalStorage()?.setItem(LOCK_HINT_KEY, '1');
    else safeLocalStorage()?.removeItem(LOCK_HINT_KEY);
  } catch {
    // no storage: the lock still works, it just shows a moment later on start-up
  }
}

function initialClientState(): SafetyState {
  const env = currentBrowserEnvironment();
  const hinted = lockHint();
  return { ...SERVER_STATE, env, guideOpen: env.inApp !== null, lockEnabled: hinted, locked: hinted };
}

let state: SafetyState | undefined;
const listeners = new Set<() => void>();
let tracker: SafetyTracker | undefined;
let started = false;
/** Bumped by a reset, so async work begun before it cannot write into the new state. */
let generation = 0;

function current(): SafetyState {
  state ??= typeof window === 'undefined' ? SERVER_STATE : initialClientState();
  return state;
}

function update(patch: Partial<SafetyState>): void {
  state = { ...current(), ...patch };
  for (const l of listeners) l();
}

export function useSafety(): SafetyState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    current,
    () => SERVER_STATE,
  );
}

function reminderFor(backupState: BackupState, recordCount: number, env: BrowserEnvironment | null): Reminder {
  return backupReminder({
    nowMs: Date.now(),
    lastBackupAt: backupState.lastBackupAt,
    firstChangeAt: backupState.firstChangeAt,
    changesSince: backupState.changesSince,
    recordCount,
    storageAtRisk: env?.storageAtRisk ?? false,
  });
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

/** Re-read what can change under us: lock, hide amounts, backup state, record count. */
export async function refreshSafety(): Promise<void> {
  const db = getDb();
  const run = generation;
  try {
    const [lock, hideAmounts, backupState, recordCount] = await Promise.all([
      readLock(db),
      readHideAmounts(db),
      readBackupState(db),
      countAllRecords(db),
    ]);
    // A reset or a database swap (tests) since we started: this answer is about the past.
    if (run !== generation || db !== getDb()) return;
    setLockHint(lock !== undefined);
    update({
      lockEnabled: lock !== undefined,
      lockOptions: lock?.options ?? null,
      // At start-up a lock always locks (even if the localStorage hint was lost); a lock the
      // user has just set does not lock them out at once; a removed lock unlocks.
      locked: lock !== undefined && (current().locked || !current().ready),
      hideAmounts,
      backupState,
      recordCount,
      reminder: reminderFor(backupState, recordCount, current().env),
    });
  } catch {
    // Database closed (another tab upgraded, or a wipe is under way): nothing to refresh.
  }
}

/** Start-up: canary, integrity check, lock, marker tracking. Runs once per page. */
export async function startSafety(): Promise<void> {
  if (started) return;
  started = true;
  const run = generation;
  const env = current().env ?? currentBrowserEnvironment();
  applyInstallIdentity();
  // In WeChat and other in-app browsers, storage vanishes on logout: no record writes at all.
  setRecordWritesBlocked(env.inApp !== null);
  const db = getDb();
  const store = safeLocalStorage();
  tracker = startSafetyTracker({
    db,
    store,
    storage: storageApi(),
    onFlushed: () => {
      if (run === generation) void refreshSafety();
    },
  });
  const canary = await runCanary(db, store);
  let integrity: IntegrityReport | null = null;
  try {
    const [dbMarker, recordCount] = await Promise.all([readDbMarker(db), countAllRecords(db)]);
    const report = assessIntegrity({ localMarker: readLocalMarker(store), dbMarker, recordCount });
    if (report.status === 'cleared' || report.status === 'fewer') integrity = report;
  } catch {
    integrity = null;
  }
  if (run !== generation) return;
  // Keep the evidence while the user has not answered; otherwise bring the markers up to date.
  tracker.holdMarker(integrity !== null);
  if (integrity === null) await tracker.flush();
  update({ env, canary, integrity });
  await refreshSafety();
  if (run === generation) update({ ready: true });
}

/** The user answered the "data is missing" notice (restored, or accepted the loss). */
export async function resolveIntegrity(): Promise<void> {
  update({ integrity: null });
  tracker?.holdMarker(false);
  await tracker?.flush();
  await refreshSafety();
}

export function lockNow(): void {
  if (current().lockEnabled) update({ locked: true });
}

/** The right PIN was entered (see unlock.ts, loaded with the lock screen). */
export function markUnlocked(): void {
  update({ locked: false });
}

export async function setHideAmounts(hidden: boolean): Promise<void> {
  await writeHideAmounts(getDb(), hidden);
  update({ hideAmounts: hidden });
}

export function openGuide(): void {
  update({ guideOpen: true });
}

export function closeGuide(): void {
  update({ guideOpen: false });
}

export function snoozeReminder(): void {
  update({ reminderSnoozed: true });
}

/** Tests: forget everything (each test renders a fresh app). */
export function resetSafetyForTests(): void {
  generation += 1;
  tracker?.stop();
  tracker = undefined;
  started = false;
  state = undefined;
  setRecordWritesBlocked(false);
}
