/** The outcome of each import step: a value, or a typed failure that never carries record contents. */
import type { BackupFailure } from '../backup-format';

export type Result<T> = { ok: true; value: T } | { ok: false; failure: BackupFailure };

export const fail = (failure: BackupFailure): { ok: false; failure: BackupFailure } => ({ ok: false, failure });
