import { useEffect } from 'react';
import { showToast } from '../../components/ui/toast-store';
import { onDatabaseVersionChange } from '../../storage/db';
import { acknowledgeServiceWorkerMessage, applyUpdate, useServiceWorkerState } from './service-worker';

/**
 * Set once "可离线使用" has been shown, so it is shown once ever on this device. It says
 * nothing about the person or their debts: only that this notice was seen.
 */
export const OFFLINE_READY_SHOWN_KEY = 'shore.offlineReadyShown';

function offlineNoticeShown(): boolean {
  try {
    return window.localStorage.getItem(OFFLINE_READY_SHOWN_KEY) === '1';
  } catch {
    return false;
  }
}

function rememberOfflineNotice(): void {
  try {
    window.localStorage.setItem(OFFLINE_READY_SHOWN_KEY, '1');
  } catch {
    // storage unavailable: the notice may show again on a later first install
  }
}

/**
 * The service worker's and the database's messages, through the one toast: "新版本可用"
 * with 更新 / 稍后 (a question, it stays until answered), "已可离线使用" once ever (closes by
 * itself), and the other-tab notice (stays: the page must reload).
 */
export function UpdateToast() {
  const { updateReady, offlineReady } = useServiceWorkerState();
  useEffect(
    () =>
      onDatabaseVersionChange(() => {
        showToast({
          message: 'pwa.reloadNeeded',
          tone: 'error',
          action: { label: 'error.reload', run: () => window.location.reload() },
        });
      }),
    [],
  );
  useEffect(() => {
    if (!updateReady) return;
    showToast({
      message: 'pwa.updateAvailable',
      asks: true,
      action: { label: 'pwa.update', run: applyUpdate },
      closeLabel: 'pwa.later',
    });
    acknowledgeServiceWorkerMessage('updateReady');
  }, [updateReady]);
  useEffect(() => {
    if (!offlineReady) return;
    if (!offlineNoticeShown()) {
      rememberOfflineNotice();
      showToast({ message: 'pwa.offlineReady' });
    }
    acknowledgeServiceWorkerMessage('offlineReady');
  }, [offlineReady]);
  return null;
}
