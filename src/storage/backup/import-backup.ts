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
 *    row checked with its table's record schema and primary keys checked for clashes.
 * 4. `applyImport`: after the user has seen `previewImport` and confirmed, everything is
 *    written in ONE read-write transaction over all tables. A failure anywhere (quota, a
 *    closed database) aborts it, and IndexedDB rolls every table back: all or nothing.
 *
 * Failures are typed (`BackupFailure`) and never carry record contents.
 */
import { RECORD_SCHEMAS } from '../record-schemas';
import { LATEST_DB_VERSION, migrateRows } from '../schema';
import type { ShoreDb } from '../db';
import { StorageError, toStorageErrorCode } from '../storage-error';
import { decryptBackup, WrongSecretError } from './backup-crypto';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  backupHeaderSchema,
  encryptedBackupSchema,
  MAX_BACKUP_BYTES,
  plainBackupSchema,
  type BackupFailure,
  type EncryptedBackup,
} from './backup-format';
import { countRecords, isDeviceSettingKey } from './export-backup';
import { keyOf, primaryKeyPath, tablesAtVersion } from './schema-info';
import { decodeValue, type Json } from './value-codec';
import { writeBackupState } from '../backup-reminder/backup-state';
import { withoutChangeCounting } from '../record-writes/record-changes';

export type Result<T> = { ok: true; value: T } | { ok: false; failure: BackupFailure };

const fail = (failure: BackupFailure): { ok: false; failure: BackupFailure } => ({ ok: false, failure });

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

/** A backup that passed every check, with rows at the latest schema version. */
export interface PreparedBackup {
  /** Schema version the file was written at (before migration). */
  schemaVersion: number;
  exportedAt: string;
  appVersion: string;
  tables: Record<string, Record<string, unknown>[]>;
  /** Records per table, settings left out. */
  counts: Record<string, number>;
}

function keyFingerprint(key: unknown): string {
  return `${typeof key}:${JSON.stringify(key)}`;
}

/** Step 3: validate, decode and migrate a plain backup. Pure apart from creating Blobs. */
export function prepareBackup(json: unknown): Result<PreparedBackup> {
  const header = backupHeaderSchema.safeParse(json);
  if (!header.success || header.data.format !== BACKUP_FORMAT) return fail({ reason: 'wrong-format' });
  if (header.data.formatVersion > BACKUP_FORMAT_VERSION) return fail({ reason: 'newer-version' });
  const raw = json as { schemaVersion?: unknown };
  if (typeof raw.schemaVersion === 'number' && raw.schemaVersion > LATEST_DB_VERSION)
    return fail({ reason: 'newer-version' });
  const parsed = plainBackupSchema.safeParse(json);
  if (!parsed.success) return fail({ reason: 'wrong-format' });
  const { schemaVersion, data, exportedAt, app } = parsed.data;

  const known = new Set(tablesAtVersion(schemaVersion));
  for (const table of Object.keys(data)) if (!known.has(table)) return fail({ reason: 'wrong-format' });

  // Decode every value back to what IndexedDB stored (Blobs, Dates…) at the file's version.
  const decoded: Record<string, Record<string, unknown>[]> = {};
  for (const table of known) {
    const rows: Record<string, unknown>[] = [];
    const source = data[table] ?? [];
    for (let index = 0; index < source.length; index++) {
      let row: unknown;
      try {
        row = decodeValue(source[index] as Json);
      } catch {
        return fail({ reason: 'invalid-record', table, index });
      }
      if (row === null || typeof row !== 'object' || Array.isArray(row))
        return fail({ reason: 'invalid-record', table, index });
      const record = row as Record<string, unknown>;
      if (table === 'settings' && isDeviceSettingKey(record.key)) continue;
      rows.push(record);
    }
    decoded[table] = rows;
  }

  // Bring every table to the latest version and check each row as a repository would.
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const [table, schema] of Object.entries(RECORD_SCHEMAS)) {
    let migrated: Record<string, unknown>[];
    try {
      migrated = migrateRows(table, decoded[table] ?? [], schemaVersion);
    } catch {
      return fail({ reason: 'invalid-record', table, index: 0 });
    }
    const path = primaryKeyPath(table);
    const seen = new Set<string>();
    const clean: Record<string, unknown>[] = [];
    for (let index = 0; index < migrated.length; index++) {
      const result = schema.safeParse(migrated[index]);
      if (!result.success) return fail({ reason: 'invalid-record', table, index });
      const row = result.data as Record<string, unknown>;
      if (path !== null) {
        const key = keyOf(row, path);
        const print = keyFingerprint(key);
        if (key === undefined || seen.has(print)) return fail({ reason: 'invalid-record', table, index });
        seen.add(print);
      }
      clean.push(row);
    }
    tables[table] = clean;
  }
  return {
    ok: true,
    value: { schemaVersion, exportedAt, appVersion: app.version, tables, counts: countRecords(tables) },
  };
}

export type ImportMode = 'replace' | 'merge';

export interface TablePreview {
  table: string;
  /** Records of this table in the file */
  incoming: number;
  /** Records of this table on the device now */
  onDevice: number;
  /** Records in the file whose id already exists on the device */
  overlapping: number;
}

export interface ImportPreview {
  mode: ImportMode;
  tables: TablePreview[];
  incomingTotal: number;
  onDeviceTotal: number;
}

/** What an import would do, read from the database without changing it. */
export async function previewImport(db: ShoreDb, prepared: PreparedBackup, mode: ImportMode): Promise<ImportPreview> {
  return db.transaction('r', db.tables, async () => {
    const tables: TablePreview[] = [];
    for (const table of db.tables) {
      if (table.name === 'settings') continue;
      const rows = prepared.tables[table.name] ?? [];
      const path = primaryKeyPath(table.name);
      let overlapping = 0;
      if (path !== null && rows.length > 0) {
        const existing = await table.bulkGet(rows.map((r) => keyOf(r, path)) as never[]);
        overlapping = existing.filter((e) => e !== undefined).length;
      }
      tables.push({ table: table.name, incoming: rows.length, onDevice: await table.count(), overlapping });
    }
    return {
      mode,
      tables,
      incomingTotal: tables.reduce((s, t) => s + t.incoming, 0),
      onDeviceTotal: tables.reduce((s, t) => s + t.onDevice, 0),
    };
  });
}

/** In a merge, the newer of two versions of the same record wins (by `updatedAt` when both have one). */
function mergeWinner(device: Record<string, unknown>, incoming: Record<string, unknown>): Record<string, unknown> {
  const a = device.updatedAt;
  const b = incoming.updatedAt;
  if (typeof a === 'string' && typeof b === 'string' && b > a) return incoming;
  return device;
}

/**
 * Step 4: write everything in one transaction. `replace` clears every table first (device
 * settings kept); `merge` adds new records and keeps the newer copy of records on both sides.
 * Throws a `StorageError` (e.g. `quota-exceeded`) after a full rollback.
 */
export async function applyImport(
  db: ShoreDb,
  prepared: PreparedBackup,
  mode: ImportMode,
  now = new Date(),
): Promise<void> {
  try {
    // One transaction over every table; its writes are not "changes since the last backup".
    await withoutChangeCounting(() =>
      db.transaction('rw', db.tables, async () => {
        for (const table of db.tables) {
          const rows = prepared.tables[table.name] ?? [];
          const path = primaryKeyPath(table.name);
          if (mode === 'replace') {
            if (table.name === 'settings') {
              const keys = await table.toCollection().primaryKeys();
              await table.bulkDelete(keys.filter((k) => !isDeviceSettingKey(k)));
            } else {
              await table.clear();
            }
            await table.bulkPut(rows);
            continue;
          }
          if (path === null || rows.length === 0) {
            await table.bulkPut(rows);
            continue;
          }
          const existing = (await table.bulkGet(rows.map((r) => keyOf(r, path)) as never[])) as (
            Record<string, unknown> | undefined
          )[];
          const chosen = rows.flatMap((row, i) => {
            const current = existing[i];
            if (current === undefined) return [row];
            // Settings already on this device stay as they are in a merge.
            if (table.name === 'settings') return [];
            const winner = mergeWinner(current, row);
            return winner === current ? [] : [winner];
          });
          await table.bulkPut(chosen);
        }
        if (mode === 'replace') {
          // The device now holds exactly what the file holds: that file is a current backup.
          await writeBackupState(db, { lastBackupAt: now.toISOString(), changesSince: 0, firstChangeAt: null });
        }
      }),
    );
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(importErrorCode(error));
  }
}

/** Dexie wraps per-row failures of `bulkPut` in a BulkError; look inside for the real cause. */
function importErrorCode(error: unknown) {
  const failures = (error as { failures?: unknown[] } | null)?.failures;
  if (Array.isArray(failures) && failures.length > 0) return toStorageErrorCode(failures[0]);
  return toStorageErrorCode(error);
}

/** Steps 1–3 for an unencrypted file, or up to the passphrase prompt for an encrypted one. */
export async function loadBackup(
  file: Blob,
  secret?: string,
  maxBytes = MAX_BACKUP_BYTES,
): Promise<Result<PreparedBackup> | { ok: 'needs-secret'; file: EncryptedBackup }> {
  const opened = await readBackupFile(file, maxBytes);
  if (!opened.ok) return opened;
  if (opened.value.kind === 'plain') return prepareBackup(opened.value.json);
  if (secret === undefined) return { ok: 'needs-secret', file: opened.value.file };
  const inner = await unlockBackup(opened.value.file, secret);
  return inner.ok ? prepareBackup(inner.value) : inner;
}
