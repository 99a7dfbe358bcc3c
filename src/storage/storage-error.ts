/**
 * Storage failures as codes. The UI maps each code to a translated message; no message
 * ever contains record contents (debt data must not leak into error screens or logs).
 */
export type StorageErrorCode =
  | 'invalid-record'
  | 'not-found'
  | 'quota-exceeded'
  | 'version-changed'
  /** The records on the device changed between an import's preview and its confirmation. */
  | 'changed-since-preview'
  /** The record was saved elsewhere (another tab) after this form opened it: this save would undo that one. */
  | 'stale'
  /** Writes are switched off (in-app browsers such as WeChat: see src/lib/browser-env.ts) */
  | 'read-only'
  | 'unknown';

export class StorageError extends Error {
  constructor(readonly code: StorageErrorCode) {
    super(`storage: ${code}`);
    this.name = 'StorageError';
  }
}

/** Map anything thrown by Dexie/IndexedDB to a code without looking at record data. */
export function toStorageErrorCode(error: unknown): StorageErrorCode {
  if (error instanceof StorageError) return error.code;
  const name = error instanceof Error ? error.name : '';
  const inner = (error as { inner?: { name?: string } } | null)?.inner?.name ?? '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') return 'quota-exceeded';
  if (name === 'DatabaseClosedError' || name === 'VersionError' || inner === 'VersionError') return 'version-changed';
  return 'unknown';
}
