/**
 * The backup file: one JSON document, versioned, at the level of our own records.
 *
 * Why our own format and not dexie-export-import: that library dumps raw tables and
 * restores them into a database of the same version, in several transactions. We need
 * more than a dump: every record checked against our zod row schemas *before* anything is
 * written, older files brought forward through the very same pure row transforms the
 * database upgrades use (`migrateRows`), a preview of what will change, one all-or-nothing
 * transaction, an encrypted envelope, and device-only settings (PIN, markers) kept out of
 * the file. Dexie's format would have to be parsed, validated and migrated by us anyway;
 * the names here mirror its `formatName` / `formatVersion` / `databaseVersion` so the file
 * stays familiar, and the JSON stays readable and diffable.
 *
 * Plain file, keys in this order so the first bytes identify it:
 *   {"format":"shore-backup","formatVersion":1,"schemaVersion":N,"exportedAt":"…",
 *    "app":{"name":"shore","version":"…"},"data":{"debts":[…],"settings":[…],…}}
 * Encrypted file: the plain file's text, encrypted, inside
 *   {"format":"shore-backup","formatVersion":1,"encryption":{…},"ciphertext":"…"}
 */
import * as z from 'zod/mini';

export const BACKUP_FORMAT = 'shore-backup';
export const BACKUP_FORMAT_VERSION = 1;
/**
 * Files above this are refused before reading. Attachments (photos, recordings) make
 * backups large; the whole file is read into memory, so very large files may still fail
 * on an old phone. A 50 MB file of junk is refused from its first bytes either way.
 */
export const MAX_BACKUP_BYTES = 512 * 1024 * 1024;
/** Settings keys with this prefix belong to this device only and never enter a backup. */
export const DEVICE_SETTING_PREFIX = 'device.';

const base64 = z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/));
const iterations = z.int().check(z.minimum(100_000), z.maximum(10_000_000));

export const backupHeaderSchema = z.object({
  format: z.string(),
  formatVersion: z.int(),
});

export const plainBackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.int().check(z.minimum(1)),
  schemaVersion: z.int().check(z.minimum(1)),
  exportedAt: z.string().check(z.minLength(1), z.maxLength(40)),
  app: z.object({ name: z.string().check(z.maxLength(100)), version: z.string().check(z.maxLength(100)) }),
  data: z.record(z.string(), z.array(z.unknown())),
});
export type PlainBackup = z.infer<typeof plainBackupSchema>;

const passphraseEncryptionSchema = z.object({
  scheme: z.literal('passphrase'),
  kdf: z.literal('PBKDF2-SHA256'),
  iterations,
  salt: base64,
  cipher: z.literal('AES-GCM'),
  iv: base64,
});

const pinRecoveryEncryptionSchema = z.object({
  scheme: z.literal('pin-recovery'),
  cipher: z.literal('AES-GCM'),
  iv: base64,
  /** Raw P-256 public key of the one-off sender key (ECDH). */
  ephemeralPublicKey: base64,
  /** The device's recovery private key (PKCS#8), encrypted under a key derived from the PIN. */
  wrappedKey: z.object({
    kdf: z.literal('PBKDF2-SHA256'),
    iterations,
    salt: base64,
    iv: base64,
    ciphertext: base64,
  }),
});

export const encryptionSchema = z.discriminatedUnion('scheme', [
  passphraseEncryptionSchema,
  pinRecoveryEncryptionSchema,
]);
export type EncryptionInfo = z.infer<typeof encryptionSchema>;

export const encryptedBackupSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.int().check(z.minimum(1)),
  encryption: encryptionSchema,
  ciphertext: base64,
});
export type EncryptedBackup = z.infer<typeof encryptedBackupSchema>;

/** Why a file could not be imported. Each maps to one Chinese message (`backup.error.*`). */
export type BackupFailure =
  | { reason: 'too-large'; maxBytes: number }
  | { reason: 'unreadable' }
  | { reason: 'not-json' }
  | { reason: 'truncated' }
  | { reason: 'wrong-format' }
  | { reason: 'newer-version' }
  | { reason: 'wrong-passphrase' }
  | { reason: 'invalid-record'; table: string; index: number }
  /** The file leaves out a table its schema version has (a Replace would empty it on the device). */
  | { reason: 'missing-table'; table: string }
  /** A record dated later than now (beyond a small tolerance for clocks): it would win every later merge. */
  | { reason: 'future-date'; table: string; index: number }
  /** A record points at a debt or entry that is neither in the file nor (when merging) on the device. */
  | { reason: 'broken-reference'; table: string; index: number }
  /** An attachment's bytes do not have the SHA-256 the file states for them. */
  | { reason: 'hash-mismatch'; table: string; index: number };
