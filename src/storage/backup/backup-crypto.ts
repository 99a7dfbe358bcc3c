/**
 * Encryption of backup files, all through WebCrypto (no library).
 *
 * Passphrase files: PBKDF2-HMAC-SHA256 (600,000 iterations, 16-byte random salt) → AES-GCM
 * 256 with a random 12-byte IV. GCM authenticates, so a wrong passphrase and a tampered
 * file both fail to decrypt; we cannot tell them apart and say so in the message. There is
 * no back door: a lost passphrase means the file cannot be opened by anyone.
 *
 * PIN-recovery files: when someone has forgotten the app-lock PIN, the only way forward is
 * to wipe. Before that we offer a backup, but it must not hand the data to whoever holds
 * the phone. So when a PIN is set we create a P-256 key pair: the public key is stored in
 * the clear, the private key only encrypted under the PIN. A recovery backup is encrypted
 * to the public key (ephemeral ECDH + HKDF-SHA256 → AES-GCM), which needs no PIN; opening
 * it needs the private key, which needs the PIN. Whoever remembers the PIN later gets
 * their data back; whoever does not, gets nothing.
 */
import { base64ToBytes, bytesToBase64, randomBytes } from '../../lib/crypto/base64';
import { assertNever } from '../../lib/assert-never';
import { deriveAesKey, newSalt, PBKDF2_ITERATIONS } from '../../lib/crypto/kdf';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type EncryptedBackup, type EncryptionInfo } from './backup-format';

/** Thrown when the secret does not open the file (wrong, or the file was altered). */
export class WrongSecretError extends Error {
  constructor() {
    super('backup: wrong passphrase or damaged file');
    this.name = 'WrongSecretError';
  }
}

/** The device's recovery keys, stored with the PIN record. */
export interface RecoveryKeys {
  publicKey: string;
  wrappedKey: { kdf: 'PBKDF2-SHA256'; iterations: number; salt: string; iv: string; ciphertext: string };
}

const IV_BYTES = 12;
const HKDF_INFO = new TextEncoder().encode('shore-backup pin-recovery v1');

function aad(scheme: EncryptionInfo['scheme']): Uint8Array<ArrayBuffer> {
  return new TextEncoder().encode(`${BACKUP_FORMAT}/${BACKUP_FORMAT_VERSION}/${scheme}`);
}

async function aesEncrypt(
  key: CryptoKey,
  iv: Uint8Array<ArrayBuffer>,
  data: Uint8Array<ArrayBuffer>,
  extra: Uint8Array<ArrayBuffer>,
) {
  return new Uint8Array(await crypto.subtle.encrypt({ name: 'AES-GCM', iv, additionalData: extra }, key, data));
}

async function aesDecrypt(
  key: CryptoKey,
  iv: string,
  data: string,
  extra: Uint8Array<ArrayBuffer>,
): Promise<ArrayBuffer> {
  try {
    return await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: base64ToBytes(iv), additionalData: extra },
      key,
      base64ToBytes(data),
    );
  } catch {
    throw new WrongSecretError();
  }
}

export async function encryptWithPassphrase(
  plaintext: string,
  passphrase: string,
  iterations = PBKDF2_ITERATIONS,
): Promise<EncryptedBackup> {
  const salt = newSalt();
  const iv = randomBytes(IV_BYTES);
  const key = await deriveAesKey(passphrase, salt, iterations);
  const ciphertext = await aesEncrypt(key, iv, new TextEncoder().encode(plaintext), aad('passphrase'));
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    encryption: {
      scheme: 'passphrase',
      kdf: 'PBKDF2-SHA256',
      iterations,
      salt: bytesToBase64(salt),
      cipher: 'AES-GCM',
      iv: bytesToBase64(iv),
    },
    ciphertext: bytesToBase64(ciphertext),
  };
}

async function hkdfAesKey(sharedBits: ArrayBuffer, salt: Uint8Array<ArrayBuffer>, usage: KeyUsage): Promise<CryptoKey> {
  const base = await crypto.subtle.importKey('raw', sharedBits, 'HKDF', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'HKDF', hash: 'SHA-256', salt, info: HKDF_INFO },
    base,
    { name: 'AES-GCM', length: 256 },
    false,
    [usage],
  );
}

/** A new recovery key pair for a PIN (called when the PIN is set or changed). */
export async function createRecoveryKeys(pin: string, iterations = PBKDF2_ITERATIONS): Promise<RecoveryKeys> {
  const pair = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const publicRaw = new Uint8Array(await crypto.subtle.exportKey('raw', pair.publicKey));
  const privatePkcs8 = new Uint8Array(await crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const salt = newSalt();
  const iv = randomBytes(IV_BYTES);
  const wrapKey = await deriveAesKey(pin, salt, iterations);
  const ciphertext = await aesEncrypt(wrapKey, iv, privatePkcs8, aad('pin-recovery'));
  return {
    publicKey: bytesToBase64(publicRaw),
    wrappedKey: {
      kdf: 'PBKDF2-SHA256',
      iterations,
      salt: bytesToBase64(salt),
      iv: bytesToBase64(iv),
      ciphertext: bytesToBase64(ciphertext),
    },
  };
}

/** Encrypt to the device's recovery public key: no PIN needed to write, only to read. */
export async function encryptForRecovery(plaintext: string, keys: RecoveryKeys): Promise<EncryptedBackup> {
  const recipient = await crypto.subtle.importKey(
    'raw',
    base64ToBytes(keys.publicKey),
    { name: 'ECDH', namedCurve: 'P-256' },
    false,
    [],
  );
  const ephemeral = await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, ['deriveBits']);
  const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: recipient }, ephemeral.privateKey, 256);
  const ephemeralRaw = new Uint8Array(await crypto.subtle.exportKey('raw', ephemeral.publicKey));
  const key = await hkdfAesKey(shared, ephemeralRaw, 'encrypt');
  const iv = randomBytes(IV_BYTES);
  const ciphertext = await aesEncrypt(key, iv, new TextEncoder().encode(plaintext), aad('pin-recovery'));
  return {
    format: BACKUP_FORMAT,
    formatVersion: BACKUP_FORMAT_VERSION,
    encryption: {
      scheme: 'pin-recovery',
      cipher: 'AES-GCM',
      iv: bytesToBase64(iv),
      ephemeralPublicKey: bytesToBase64(ephemeralRaw),
      wrappedKey: keys.wrappedKey,
    },
    ciphertext: bytesToBase64(ciphertext),
  };
}

/** Decrypt either kind of file with the passphrase (or, for recovery files, the old PIN). */
export async function decryptBackup(file: EncryptedBackup, secret: string): Promise<string> {
  const info = file.encryption;
  let key: CryptoKey;
  switch (info.scheme) {
    case 'passphrase':
      key = await deriveAesKey(secret, base64ToBytes(info.salt), info.iterations);
      break;
    case 'pin-recovery': {
      const w = info.wrappedKey;
      const wrapKey = await deriveAesKey(secret, base64ToBytes(w.salt), w.iterations);
      const pkcs8 = await aesDecrypt(wrapKey, w.iv, w.ciphertext, aad('pin-recovery'));
      let privateKey: CryptoKey;
      let ephemeral: CryptoKey;
      try {
        privateKey = await crypto.subtle.importKey('pkcs8', pkcs8, { name: 'ECDH', namedCurve: 'P-256' }, false, [
          'deriveBits',
        ]);
        ephemeral = await crypto.subtle.importKey(
          'raw',
          base64ToBytes(info.ephemeralPublicKey),
          { name: 'ECDH', namedCurve: 'P-256' },
          false,
          [],
        );
      } catch {
        throw new WrongSecretError();
      }
      const shared = await crypto.subtle.deriveBits({ name: 'ECDH', public: ephemeral }, privateKey, 256);
      key = await hkdfAesKey(shared, base64ToBytes(info.ephemeralPublicKey), 'decrypt');
      break;
    }
    default:
      return assertNever(info, 'unknown encryption scheme');
  }
  const plain = await aesDecrypt(key, info.iv, file.ciphertext, aad(info.scheme));
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(plain);
  } catch {
    throw new WrongSecretError();
  }
}
