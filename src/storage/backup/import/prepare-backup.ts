/**
 * Import step 3 (the whole import: load-backup.ts): strict zod check of the file, every table
 * known at the file's schema version, every value decoded (Blobs included), every row brought
 * to the latest schema through `migrateRows` (the same pure transforms the database upgrade
 * runs), then every row checked with its table's record schema (timestamps ISO 8601 and not in
 * the future), primary keys checked for clashes, and events and attachments whose debt or entry
 * the file lacks noted for the preview. Nothing is written.
 */
import { RECORD_SCHEMAS, TIMESTAMP_FIELDS } from '../../record-schemas';
import { LATEST_DB_VERSION, migrateRows } from '../../schema';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, backupHeaderSchema, plainBackupSchema } from '../backup-format';
import { countRecords, isDeviceSettingKey } from '../export-backup';
import { keyOf, primaryKeyPath, tablesAtVersion } from '../schema-info';
import { decodeValue, type Json } from '../value-codec';
import { fail, type Result } from './import-result';
import { openReferences, type OpenReference } from './references';

/**
 * How far ahead of this device's clock a record's time may be: phones set their clocks from
 * the network, so an hour covers a wrong time zone or summer-time setting on the exporting
 * phone, while a record dated days or years ahead (which would win every later merge) is refused.
 */
export const FUTURE_TOLERANCE_MS = 60 * 60 * 1000;

/** A backup that passed every check, with rows at the latest schema version. */
export interface PreparedBackup {
  /** Schema version the file was written at (before migration). */
  schemaVersion: number;
  exportedAt: string;
  appVersion: string;
  tables: Record<string, Record<string, unknown>[]>;
  /** Records per table, settings left out. */
  counts: Record<string, number>;
  /** Events and attachments whose debt or entry is not in the file: only a merge onto a device that has it can take them. */
  openReferences: OpenReference[];
}

function keyFingerprint(key: unknown): string {
  return `${typeof key}:${JSON.stringify(key)}`;
}

/**
 * The row a failed migration stumbled on: the table's rows are migrated together, so after a
 * failure each is run alone to name it (failures are rare; the success path stays one pass).
 * 0 when no row fails on its own.
 */
function failingRow(table: string, rows: readonly Record<string, unknown>[], fromVersion: number): number {
  const index = rows.findIndex((row) => {
    try {
      migrateRows(table, [row], fromVersion);
      return false;
    } catch {
      return true;
    }
  });
  return Math.max(index, 0);
}

/** How far a long import has got: rows checked or written, of all rows in the file. */
export interface ImportProgress {
  phase: 'check' | 'write';
  done: number;
  total: number;
}

/** Rows handled between two progress reports (and, in steps, between two pauses for the page). */
export const PROGRESS_EVERY = 1_000;

/** Step 3: validate, decode and migrate a plain backup. Pure apart from creating Blobs. */
export function prepareBackup(json: unknown, now: Date = new Date()): Result<PreparedBackup> {
  const steps = prepareSteps(json, now);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * Step 3 in steps: the same checks, pausing every PROGRESS_EVERY rows so the page stays
 * responsive and can show `onProgress`.
 */
export async function prepareBackupInSteps(
  json: unknown,
  now: Date,
  onProgress: (progress: ImportProgress) => void,
): Promise<Result<PreparedBackup>> {
  const steps = prepareSteps(json, now);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress(step.value);
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

function* prepareSteps(json: unknown, now: Date): Generator<ImportProgress, Result<PreparedBackup>> {
  const header = backupHeaderSchema.safeParse(json);
  if (!header.success || header.data.format !== BACKUP_FORMAT) return fail({ reason: 'wrong-format' });
  if (header.data.formatVersion > BACKUP_FORMAT_VERSION) return fail({ reason: 'newer-version' });
  const raw = json as { schemaVersion?: unknown };
  if (Number.isInteger(raw.schemaVersion) && (raw.schemaVersion as number) > LATEST_DB_VERSION)
    return fail({ reason: 'newer-version' });
  const parsed = plainBackupSchema.safeParse(json);
  if (!parsed.success) return fail({ reason: 'wrong-format' });
  const { schemaVersion, data, exportedAt, app } = parsed.data;

  const known = new Set(tablesAtVersion(schemaVersion));
  for (const table of Object.keys(data)) if (!known.has(table)) return fail({ reason: 'wrong-format' });
  // Every export writes every table, empty or not. A file without one of its version's tables
  // has been cut or edited, and a Replace would silently empty that table on the device.
  for (const table of known) if (!Object.hasOwn(data, table)) return fail({ reason: 'missing-table', table });
  const latestAllowed = now.getTime() + FUTURE_TOLERANCE_MS;
  // Each row is passed twice (decoded, then migrated and checked): progress counts half a row a pass.
  const total = [...known].reduce((sum, table) => sum + (data[table]?.length ?? 0), 0);
  let passes = 0;
  const tick = (): ImportProgress | null => {
    passes += 1;
    return passes % PROGRESS_EVERY === 0 ? { phase: 'check', done: Math.floor(passes / 2), total } : null;
  };

  // Decode every value back to what IndexedDB stored (Blobs, Dates…) at the file's version.
  const decoded: Record<string, Record<string, unknown>[]> = {};
  for (const table of known) {
    const rows: Record<string, unknown>[] = [];
    const source = data[table] ?? [];
    for (let index = 0; index < source.length; index++) {
      const progress = tick();
      if (progress) yield progress;
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
    const rows = decoded[table] ?? [];
    let migrated: Record<string, unknown>[];
    try {
      migrated = migrateRows(table, rows, schemaVersion);
    } catch {
      return fail({ reason: 'invalid-record', table, index: failingRow(table, rows, schemaVersion) });
    }
    const path = primaryKeyPath(table);
    const seen = new Set<string>();
    const clean: Record<string, unknown>[] = [];
    for (let index = 0; index < migrated.length; index++) {
      const progress = tick();
      if (progress) yield progress;
      const result = schema.safeParse(migrated[index]);
      if (!result.success) return fail({ reason: 'invalid-record', table, index });
      const row = result.data as Record<string, unknown>;
      for (const field of TIMESTAMP_FIELDS) {
        const value = row[field];
        if (typeof value === 'string' && Date.parse(value) > latestAllowed)
          return fail({ reason: 'future-date', table, index });
      }
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
    value: {
      schemaVersion,
      exportedAt,
      appVersion: app.version,
      tables,
      counts: countRecords(tables),
      openReferences: openReferences(tables),
    },
  };
}
