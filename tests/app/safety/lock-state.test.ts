/**
 * The lock is known from the database before the app mounts, whatever localStorage says, and
 * locking one tab locks the others (a BroadcastChannel stands in for the second tab).
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  currentSafety,
  listenForLocks,
  lockNow,
  LOCK_HINT_KEY,
  patchSafety,
  primeLock,
  resetSafetyForTests,
} from '../../../src/app/safety/safety-store';

beforeEach(() => {
  localStorage.removeItem(LOCK_HINT_KEY);
  resetSafetyForTests();
});
afterEach(() => {
  resetSafetyForTests();
});

const until = async (condition: () => boolean) => {
  for (let i = 0; i < 100 && !condition(); i++) await new Promise((r) => setTimeout(r, 10));
};

describe('the lock before the first render', () => {
  it('locks when the database has a lock though the localStorage hint is gone', async () => {
    expect(currentSafety().locked).toBe(false);
    await primeLock(Promise.resolve(true));
    expect(currentSafety()).toMatchObject({ lockEnabled: true, locked: true });
  });

  it('stays open when the database has no lock', async () => {
    await primeLock(Promise.resolve(false));
    expect(currentSafety()).toMatchObject({ lockEnabled: false, locked: false });
  });

  it('keeps the hint when the database does not answer in time', async () => {
    localStorage.setItem(LOCK_HINT_KEY, '1');
    resetSafetyForTests();
    await primeLock(new Promise<boolean>(() => undefined), 20);
    expect(currentSafety().locked).toBe(true);
  });
});

describe('every tab locks together', () => {
  it('a lock in this tab is announced, and one announced by another tab locks this one', async () => {
    listenForLocks();
    const otherTab = new BroadcastChannel('shore-lock');
    const heard: unknown[] = [];
    otherTab.onmessage = (event: MessageEvent) => heard.push(event.data);
    try {
      patchSafety({ lockEnabled: true, locked: false });
      lockNow();
      await until(() => heard.length > 0);
      expect(heard).toEqual(['lock']);

      patchSafety({ locked: false });
      otherTab.postMessage('lock');
      await until(() => currentSafety().locked);
      expect(currentSafety().locked).toBe(true);
    } finally {
      otherTab.close();
    }
  });

  it('a lock message does nothing where no PIN is set', async () => {
    listenForLocks();
    const otherTab = new BroadcastChannel('shore-lock');
    try {
      otherTab.postMessage('lock');
      await new Promise((r) => setTimeout(r, 50));
      expect(currentSafety().locked).toBe(false);
    } finally {
      otherTab.close();
    }
  });
});
