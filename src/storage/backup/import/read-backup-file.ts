/**
 * Import steps 1 and 2 (the whole import: load-backup.ts).
 *
 * 1. `readBackupFile`: size check, then a look at the first 4 KB. A 50 MB file of junk is
 *    refused from its first bytes, without being read or parsed whole.
 * 2. `unlockBackup` (encrypted files only): the passphrase, or the old PIN for a recovery
 *    file, opens the envelope; a wrong one is refused.
 */
import { decryptBackup, WrongSecretError } from '../backup-crypto';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupHeaderSchema,
  encryptedBackupSchema,
  MAX_BACKUP_BYTES,
  type EncryptedBackup,
} from '../backup-format';
import { fail, type Result } from './import-result';

const HEAD_BYTES = 4096;
/** Below this size a file that does not announce itself is parsed anyway, for a precise message. */
const PARSE_UNKNOWN_BELOW = 1024 * 1024;
const OUR_MARKER = new RegExp(`"format"\\s*:\\s*"${BACKUP_FORMAT}"`);

/** A file after step 1: either a plain backup (still unchecked) or an encrypted envelope. */
export type OpenedFile = { kind: 'plain'; json: unknown } | { kind: 'encrypted'; file: EncryptedBackup };

/** Step 1: read and parse a file chosen by the user. */
export async function readBackupFile(file: Blob, maxBytes = MAX_BACKUP_BYTES): Promise<Result<OpenedFile>> {
  if (file.size > maxBytes) return fail({ reason: 'too-large', maxBytes });
  let head: string;
  try {
    head = (await file.slice(0, HEAD_BYTES).text()).replace(/^\uFEFF/, '').trimStart();
  } catch {
    return fail({ reason: 'unreadable' });
  }
  const announcesItself = OUR_MARKER.test(head);
  if (!announcesItself) {
    const jsonish = head.startsWith('{') || head.startsWith('[');
    if (!jsonish) return fail({ reason: 'not-json' });
    if (file.size >= PARSE_UNKNOWN_BELOW) return fail({ reason: 'wrong-format' });
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return fail({ reason: 'unreadable' });
  }
  return parseBackupText(text, announcesItself);
}

/** Parse the text of a backup (also used for the inner text of an encrypted file). */
export function parseBackupText(
  text: string,
  announcesItself = OUR_MARKER.test(text.slice(0, HEAD_BYTES)),
): Result<OpenedFile> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    // It started like one of ours but does not parse to the end: an interrupted download
    // or copy, most likely.
    return fail({ reason: announcesItself ? 'truncated' : 'not-json' });
  }
  const header = backupHeaderSchema.safeParse(json);
  if (!header.success || header.data.format !== BACKUP_FORMAT) return fail({ reason: 'wrong-format' });
  if (header.data.formatVersion > BACKUP_FORMAT_VERSION) return fail({ reason: 'newer-version' });
  if (json !== null && typeof json === 'object' && 'encryption' in json) {
    const envelope = encryptedBackupSchema.safeParse(json);
    return envelope.success
      ? { ok: true, value: { kind: 'encrypted', file: envelope.data } }
      : fail({ reason: 'wrong-format' });
  }
  return { ok: true, value: { kind: 'plain', json } };
}

/** Step 2: open an encrypted file. The inner text must itself be a plain backup. */
export async function unlockBackup(file: EncryptedBackup, secret: string): Promise<Result<unknown>> {
  let inner: string;
  try {
    inner = await decryptBackup(file, secret);
  } catch (error) {
    if (error instanceof WrongSecretError) return fail({ reason: 'wrong-passphrase' });
    return fail({ reason: 'wrong-format' });
  }
  const parsed = parseBackupText(inner, true);
  if (!parsed.ok) return parsed;
  if (parsed.value.kind !== 'plain') return fail({ reason: 'wrong-format' });
  return { ok: true, value: parsed.value.json };
}
