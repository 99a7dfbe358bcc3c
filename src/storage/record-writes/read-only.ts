/**
 * Read-only mode: record writes are refused inside WeChat and other in-app browsers, where
 * storage disappears when the user logs out (see domain/browser-risk/browser-env.ts).
 */
import { StorageError } from '../storage-error';
import { recordTablesMiddleware } from './record-tables';

let blocked = false;

/** While set, every record write fails with StorageError('read-only'). */
export function setRecordWritesBlocked(value: boolean): void {
  blocked = value;
}

export const readOnlyMiddleware = recordTablesMiddleware(
  'shore-read-only',
  (mutate) => (req) => (blocked ? Promise.reject(new StorageError('read-only')) : mutate(req)),
);
