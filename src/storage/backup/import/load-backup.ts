/**
 * Import: four steps, and nothing is written until the last one.
 *
 * 1. `readBackupFile`: size check, then a look at the first 4 KB. A 50 MB file of junk is
 *    refused from its first bytes, without being read or parsed whole.
 * 2. `unlockBackup` (encrypted files only): the passphrase, or the old PIN for a recovery
 *    file, opens the envelope; a wrong one is refused.
 * 3. `prepareBackup`: strict zod check of the file, every table known at the file's schema
 *    version, every value decoded (Blobs included), every row brought to the latest schema
 *    through `migrateRows` (the same pure transforms the database upgrade runs), then every
 *    row checked with its table's record schema (ISO timestamps, none in the future), every
 *    table of the file's version present, primary keys checked for clashes; then
 *    `verifyAttachments` hashes every attachment again against the SHA-256 the file states.
 * 4. `applyImport`: after the user has seen `previewImport` and confirmed, everything is
 *    written in ONE read-write transaction over all tables, which first counts the device's
 *    records again and writes nothing if they changed since the preview. A failure anywhere
 *    (quota, a closed database) aborts it, and IndexedDB rolls every table back: all or nothing.
 *
 * Failures are typed (`BackupFailure`) and never carry record contents. Each step has its own
 * file beside this one: read-backup-file.ts (1, 2), prepare-backup.ts (3), preview-import.ts
 * and apply-import.ts (4).
 */
import { MAX_BACKUP_BYTES, type EncryptedBackup } from '../backup-format';
import type { Result } from './import-result';
import { prepareBackup, prepareBackupInSteps, type ImportProgress, type PreparedBackup } from './prepare-backup';
import { readBackupFile, unlockBackup } from './read-backup-file';
import { verifyAttachments } from './verify-attachments';

/** Step 3 and 3b on a plain file's parsed JSON; with `onProgress`, in steps that keep the page responsive. */
export async function checkBackup(
  json: unknown,
  now: Date = new Date(),
  onProgress?: (progress: ImportProgress) => void,
): Promise<Result<PreparedBackup>> {
  const prepared = onProgress ? await prepareBackupInSteps(json, now, onProgress) : prepareBackup(json, now);
  return prepared.ok ? verifyAttachments(prepared.value) : prepared;
}

/** Steps 1–3 for an unencrypted file, or up to the passphrase prompt for an encrypted one. */
export async function loadBackup(
  file: Blob,
  secret?: string,
  maxBytes = MAX_BACKUP_BYTES,
  onProgress?: (progress: ImportProgress) => void,
): Promise<Result<PreparedBackup> | { ok: 'needs-secret'; file: EncryptedBackup }> {
  const opened = await readBackupFile(file, maxBytes);
  if (!opened.ok) return opened;
  if (opened.value.kind === 'plain') return checkBackup(opened.value.json, new Date(), onProgress);
  if (secret === undefined) return { ok: 'needs-secret', file: opened.value.file };
  const inner = await unlockBackup(opened.value.file, secret);
  return inner.ok ? checkBackup(inner.value, new Date(), onProgress) : inner;
}
