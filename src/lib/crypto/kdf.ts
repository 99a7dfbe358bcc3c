/**
 * Passphrase and PIN stretching with PBKDF2-HMAC-SHA256 through WebCrypto.
 *
 * Why PBKDF2: it is the only password KDF every browser's WebCrypto offers (Argon2 and
 * scrypt would need a WASM or JS library on the first screen). We compensate with a high
 * iteration count: 600,000, OWASP's 2023 figure for PBKDF2-HMAC-SHA256. Measured here:
 * about 0.2 s in Node 20 and in Chromium on a desktop-class core; expect 1–2 s on an old
 * phone. The count is stored next to every salt, so it can be raised later without
 * breaking old backups or PINs.
 */
import { randomBytes } from './base64';

export const PBKDF2_ITERATIONS = 600_000;
export const SALT_BYTES = 16;

export function newSalt(): Uint8Array<ArrayBuffer> {
  return randomBytes(SALT_BYTES);
}

async function passwordKey(secret: string): Promise<CryptoKey> {
  return crypto.subtle.importKey('raw', new TextEncoder().encode(secret.normalize('NFC')), 'PBKDF2', false, [
    'deriveBits',
    'deriveKey',
  ]);
}

/** 256 derived bits, for storing a PIN verifier. */
export async function deriveBits(
  secret: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<Uint8Array> {
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    await passwordKey(secret),
    256,
  );
  return new Uint8Array(bits);
}

/** An AES-GCM-256 key from a passphrase. */
export async function deriveAesKey(
  secret: string,
  salt: Uint8Array<ArrayBuffer>,
  iterations: number,
): Promise<CryptoKey> {
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    await passwordKey(secret),
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

/** Compare two byte strings without an early exit (no timing hint about the PIN). */
export function constantTimeEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}
