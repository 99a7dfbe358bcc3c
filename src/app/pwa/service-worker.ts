/**
 * Service-worker registration and the update prompt, through workbox-window.
 *
 * The service worker is an optimisation: without it (blocked, unsupported, in-app browser)
 * the app still works online. A new version never activates by itself: the user taps
 * "更新", so a half-filled form is never reloaded away. Checks for updates hourly while
 * online.
 */
import { useSyncExternalStore } from 'react';
import type { Workbox } from 'workbox-window';

interface SwState {
  updateReady: boolean;
  offlineReady: boolean;
}

let state: SwState = { updateReady: false, offlineReady: false };
let workbox: Workbox | undefined;
const listeners = new Set<() => void>();
/** What the registration learnt (a version waiting, or the first install done). */
export function reportServiceWorker(patch: Partial<SwState>): void {
  state = { ...state, ...patch };
  listeners.forEach((l) => l());
}
const setState = reportServiceWorker;

export async function registerServiceWorker(): Promise<void> {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const { Workbox } = await import('workbox-window');
  const wb = new Workbox('/sw.js', { scope: '/' });
  workbox = wb;
  wb.addEventListener('waiting', () => setState({ updateReady: true }));
  wb.addEventListener('installed', (event) => {
    if (!event.isUpdate) setState({ offlineReady: true });
  });
  try {
    await wb.register();
  } catch {
    // Registration can fail (private mode, blocked by policy); the app works without it.
    return;
  }
  window.setInterval(
    () => {
      if (navigator.onLine) void wb.update().catch(() => undefined);
    },
    60 * 60 * 1000,
  );
}

/** Activate the waiting version, then reload once it controls the page (user's click only). */
export function applyUpdate(): void {
  const wb = workbox;
  if (!wb) return;
  wb.addEventListener('controlling', () => window.location.reload());
  wb.messageSkipWaiting();
}

/** The message was handed to the toast: clear its flag (the other one stays). */
export function acknowledgeServiceWorkerMessage(which: keyof SwState): void {
  setState({ [which]: false });
}

export function useServiceWorkerState(): SwState {
  return useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => state,
    () => state,
  );
}
