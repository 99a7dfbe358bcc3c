/**
 * What a paste must be before it is read: some text, not too long, text rather than a
 * file's bytes, and not a web page's markup (which is read as text, never rendered, and
 * refused so the person pastes the message itself).
 */
import { MAX_CONTACT_TEXT } from '../contact';

/** Longest paste read at once (about ten long messages with their headers). */
export const MAX_PASTE_CHARS = 20_000;
/** Longest single message: it is kept verbatim as the entry's quote. */
export const MAX_MESSAGE_CHARS = MAX_CONTACT_TEXT;

export type PasteIssue = 'empty' | 'too-long' | 'binary' | 'html' | 'message-too-long';

// Control characters other than tab and line breaks, the replacement character and non-characters:
// finding control characters is the point here.
// eslint-disable-next-line no-control-regex
const JUNK = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\uFFFD\uFFFE\uFFFF]/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/u;
const HTML_TAG =
  /<\s*\/?\s*(?:!doctype|html|head|body|div|span|p|br|a|img|script|style|table|tr|td|meta|link|iframe|font|b|i|strong|em|ul|ol|li|h[1-6]|section|article|svg)\b[^>]*>/iu;

export function checkPaste(text: string): PasteIssue | null {
  if (text.trim() === '') return 'empty';
  if (text.length > MAX_PASTE_CHARS) return 'too-long';
  const junk = text.match(JUNK)?.length ?? 0;
  if (text.includes('\u0000') || junk > Math.max(2, text.length / 100) || LONE_SURROGATE.test(text)) return 'binary';
  if (HTML_TAG.test(text)) return 'html';
  return null;
}

/** A read message too long to keep as a quote. */
export function messageTooLong(message: { start: number; end: number }): boolean {
  return message.end - message.start > MAX_MESSAGE_CHARS;
}
