/**
 * Base64 for bytes (backup files carry attachments and ciphertext as base64).
 *
 * Encoding uses the native `Uint8Array.prototype.toBase64` where the browser has it, else a
 * table-driven encoder: the usual `btoa(String.fromCharCode(...bytes))` builds a binary
 * string first and took 0.7 s for 6 MB here, the table takes a small fraction of that.
 */
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const PAIRS: string[] = [];
for (let i = 0; i < 4096; i++) PAIRS.push(ALPHABET[i >> 6] + ALPHABET[i & 63]);

type NativeBase64 = Uint8Array & { toBase64?: () => string };

export function bytesToBase64(bytes: Uint8Array): string {
  const candidate = bytes as NativeBase64;
  if (typeof candidate.toBase64 === 'function') return candidate.toBase64();
  const parts: string[] = [];
  const whole = bytes.length - (bytes.length % 3);
  let chunk = '';
  for (let i = 0; i < whole; i += 3) {
    const n = (bytes[i] << 16) | (bytes[i + 1] << 8) | bytes[i + 2];
    chunk += PAIRS[n >> 12] + PAIRS[n & 4095];
    if (chunk.length >= 16_384) {
      parts.push(chunk);
      chunk = '';
    }
  }
  const rest = bytes.length - whole;
  if (rest === 1) {
    const n = bytes[whole] << 16;
    chunk += PAIRS[n >> 12] + '==';
  } else if (rest === 2) {
    const n = (bytes[whole] << 16) | (bytes[whole + 1] << 8);
    chunk += PAIRS[n >> 12] + ALPHABET[(n >> 6) & 63] + '=';
  }
  parts.push(chunk);
  return parts.join('');
}

/** Throws on anything that is not base64 (callers turn that into a typed failure). */
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

export function randomBytes(length: number): Uint8Array<ArrayBuffer> {
  return crypto.getRandomValues(new Uint8Array(length));
}
