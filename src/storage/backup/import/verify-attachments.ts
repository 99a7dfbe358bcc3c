/**
 * Import step 3b (the whole import: load-backup.ts): every attachment's bytes are hashed
 * again and must match the SHA-256 the file states. A file whose photo or recording was
 * swapped or damaged is refused, naming the row, instead of showing a hash nobody checked.
 */
import { sha256Hex } from '../../../lib/sha256';
import { fail, type Result } from './import-result';
import type { PreparedBackup } from './prepare-backup';

export async function verifyAttachments(prepared: PreparedBackup): Promise<Result<PreparedBackup>> {
  const rows = prepared.tables.attachments ?? [];
  for (let index = 0; index < rows.length; index++) {
    const { data, sha256 } = rows[index] as { data: ArrayBuffer; sha256: string };
    if ((await sha256Hex(data)) !== sha256) return fail({ reason: 'hash-mismatch', table: 'attachments', index });
  }
  return { ok: true, value: prepared };
}
