/**
 * Start-up safety checks, loaded right after the first render (safety-gate.tsx): the
 * write-read-delete canary, the data-marker integrity check, the lock record and "hide
 * amounts" from the database, the backup reminder, and the tracker that keeps markers and
 * the change count up to date. Also what screens call when these change.
 */
import { backupReminder, type Reminder } from '../../domain/backup-reminder/backup-reminder';
import type { BrowserEnvironment } from '../../domain/browser-risk/browser-env';
import { applyInstallIdentity } from '../../lib/install-identity';
import { getDb } from '../../storage/db';
import { readHideAmounts, writeHideAmounts } from '../../storage/app-lock/hide-amounts';
import { readLock } from '../../storage/app-lock/app-lock';
import { runCanary } from '../../storage/data-loss/canary';
import { readBackupState, type BackupState } from '../../storage/backup-reminder/backup-state';
import {
  assessIntegrity,
  countAllRecords,
  readDbMarker,
  readLocalMarker,
  type IntegrityReport,
} from '../../storage/data-loss/marker';
import { storageApi } from '../../storage/data-loss/persistence';
import { startChangeTracker, type ChangeTracker } from '../../storage/record-writes/change-tracker';
import { setRecordWritesBlocked } from '../../storage/record-writes/read-only';
import {
  currentBrowserEnvironment,
  currentSafety,
  HIDE_AMOUNTS_HINT_KEY,
  LOCK_HINT_KEY,
  onSafetyReset,
  patchSafety,
  safeLocalStorage,
  safetyGeneration,
  writeHint,
} from './safety-store';

let tracker: ChangeTracker | undefined;
let started = false;

onSafetyReset(() => {
  tracker?.stop();
  tracker = undefined;
  started = false;
  setRecordWritesBlocked(false);
});

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

/** Re-read what can change under us: lock, hide amounts, backup state, record count. */
export async function refreshSafety(): Promise<void> {
  const db = getDb();
  const run = safetyGeneration();
  try {
    const [lock, hideAmounts, backupState, recordCount] = await Promise.all([
      readLock(db),
      readHideAmounts(db),
      readBackupState(db),
      countAllRecords(db),
    ]);
    // A reset or a database swap (tests) since we started: this answer is about the past.
    if (run !== safetyGeneration() || db !== getDb()) return;
    writeHint(LOCK_HINT_KEY, lock !== undefined);
    writeHint(HIDE_AMOUNTS_HINT_KEY, hideAmounts);
    const now = currentSafety();
    patchSafety({
      lockEnabled: lock !== undefined,
      lockOptions: lock?.options ?? null,
      // At start-up a lock always locks (even if the localStorage hint was lost); a lock the
      // user has just set does not lock them out at once; a removed lock unlocks.
      locked: lock !== undefined && (now.locked || !now.ready),
      hideAmounts,
      backupState,
      recordCount,
      reminder: reminderFor(backupState, recordCount, now.env),
    });
  } catch {
    // Database closed (another tab upgraded, or a wipe is under way): nothing to refresh.
  }
}

/** Start-up: canary, integrity check, lock, marker tracking. Runs once per page. */
export async function startSafety(): Promise<void> {
  if (started) return;
  started = true;
  const run = safetyGeneration();
  const env = currentSafety().env ?? currentBrowserEnvironment();
  applyInstallIdentity();
  // In WeChat and other in-app browsers, storage vanishes on logout: no record writes at all.
  setRecordWritesBlocked(env.inApp !== null);
  const db = getDb();
  const store = safeLocalStorage();
  tracker = startChangeTracker({
    db,
    store,
    storage: storageApi(),
    onFlushed: () => {
      if (run === safetyGeneration()) void refreshSafety();
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
  if (run !== safetyGeneration()) return;
  // Keep the evidence while the user has not answered; otherwise bring the markers up to date.
  tracker.holdMarker(integrity !== null);
  if (integrity === null) await tracker.flush();
  patchSafety({ env, canary, integrity });
  await refreshSafety();
  if (run === safetyGeneration()) patchSafety({ ready: true });
}

/** The user answered the "data is missing" notice (restored, or accepted the loss). */
export async function resolveIntegrity(): Promise<void> {
  patchSafety({ integrity: null });
  tracker?.holdMarker(false);
  await tracker?.flush();
  await refreshSafety();
}

export async function setHideAmounts(hidden: boolean): Promise<void> {
  await writeHideAmounts(getDb(), hidden);
  writeHint(HIDE_AMOUNTS_HINT_KEY, hidden);
  patchSafety({ hideAmounts: hidden });
}
