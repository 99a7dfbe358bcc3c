/**
 * Evidence attached to a contact: photos, screenshots and recordings, kept on the device.
 * The SHA-256 of the bytes, taken when the file was added, goes into the complaint packet's
 * evidence list, so anyone can later check that a file handed over is the one recorded.
 */

/** Largest file we keep: 100 MB (a long call recording). Bigger files are refused. */
export const MAX_ATTACHMENT_BYTES = 100 * 1024 * 1024;
/** Most files one contact can carry. */
export const MAX_ATTACHMENTS_PER_ENTRY = 20;

export type AttachmentBatchProblem = { kind: 'too-large'; name: string } | { kind: 'too-many' };

/**
 * The one rule for files picked together, on a new entry and on an existing one: the batch is
 * taken whole or refused whole, so a person never believes a skipped file was kept. Refused
 * when any file is over the size limit (naming the first) or the entry would carry too many.
 */
export function checkAttachmentBatch(
  picked: readonly { name: string; size: number }[],
  alreadyAttached: number,
): AttachmentBatchProblem | null {
  const tooLarge = picked.find((f) => f.size > MAX_ATTACHMENT_BYTES);
  if (tooLarge) return { kind: 'too-large', name: tooLarge.name };
  if (alreadyAttached + picked.length > MAX_ATTACHMENTS_PER_ENTRY) return { kind: 'too-many' };
  return null;
}

export interface AttachmentMeta {
  id: string;
  /** The contact it belongs to. */
  entryId: string;
  /** File name as picked, e.g. 录音_0303.m4a */
  name: string;
  /** MIME type as reported by the browser; '' when unknown. */
  mimeType: string;
  size: number;
  /** Lower-case hex SHA-256 of the bytes. */
  sha256: string;
  /** ISO timestamp when it was added to the app. */
  addedAt: string;
}

/**
 * How an attachment is shown. An attachment is evidence the user picked from anywhere; opened
 * as a page it would run with the app's origin (an HTML file's `<meta refresh>` or script, an
 * SVG's script). So it never is: raster images are drawn in an `<img>` (which runs nothing),
 * text-like files (HTML, SVG and XML included) are shown as plain text, and anything else is
 * saved as a download.
 */
export type AttachmentView = 'image' | 'text' | 'download';

const INLINE_IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp', 'image/avif', 'image/bmp']);
const TEXT_TYPES = new Set([
  'image/svg+xml',
  'application/xhtml+xml',
  'application/xml',
  'application/json',
  'application/javascript',
]);

export function attachmentView(mimeType: string): AttachmentView {
  const type = mimeType.split(';')[0].trim().toLowerCase();
  if (INLINE_IMAGE_TYPES.has(type)) return 'image';
  if (type.startsWith('text/') || TEXT_TYPES.has(type)) return 'text';
  return 'download';
}

/** How much of a text attachment is shown on screen (the whole file stays stored). */
export const MAX_TEXT_VIEW_CHARS = 100_000;
