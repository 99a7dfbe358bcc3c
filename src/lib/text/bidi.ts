/**
 * Bidirectional-text controls in user text.
 *
 * An unterminated RIGHT-TO-LEFT OVERRIDE (U+202E) typed into a name does not stop at the end
 * of the name: wherever the name is placed inside a longer line (a complaint letter, "确定删除
 * "X"吗?"), everything after it on that line is drawn backwards. That is the classic "Trojan
 * Source" / filename-spoofing trick, and in a printed letter it garbles the sentence the bank
 * reads. Balanced controls (an override closed by U+202C, an isolate closed by U+2069) stay
 * inside the text that typed them and are kept; openers left unclosed are removed. Nothing
 * else changes, and the text never gets longer (so length limits still hold).
 */
const EMBEDDINGS = new Set([0x202a, 0x202b, 0x202d, 0x202e]); // LRE RLE LRO RLO
const ISOLATES = new Set([0x2066, 0x2067, 0x2068]); // LRI RLI FSI
const PDF = 0x202c;
const PDI = 0x2069;
const ANY_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

/** Remove bidi embedding/override/isolate openers that are never closed. */
export function dropUnclosedBidiControls(text: string): string {
  if (!ANY_CONTROL.test(text)) return text;
  // Positions of openers still open, innermost last (UAX #9: a PDI also closes embeddings
  // opened inside its isolate; a PDF only closes an embedding inside the current isolate).
  const open: { index: number; isolate: boolean }[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (EMBEDDINGS.has(c)) open.push({ index: i, isolate: false });
    else if (ISOLATES.has(c)) open.push({ index: i, isolate: true });
    else if (c === PDF) {
      if (open.length > 0 && !open[open.length - 1].isolate) open.pop();
    } else if (c === PDI) {
      const lastIsolate = open.map((o) => o.isolate).lastIndexOf(true);
      if (lastIsolate >= 0) open.length = lastIsolate;
    }
  }
  if (open.length === 0) return text;
  const drop = new Set(open.map((o) => o.index));
  let out = '';
  for (let i = 0; i < text.length; i++) if (!drop.has(i)) out += text[i];
  return out;
}

/** The same for every string inside a stored record (plain objects and arrays only). */
export function dropUnclosedBidiControlsDeep<T>(value: T): T {
  if (typeof value === 'string') return dropUnclosedBidiControls(value) as T;
  if (Array.isArray(value)) {
    let changed = false;
    const out = value.map((v: unknown) => {
      const next = dropUnclosedBidiControlsDeep(v);
      if (next !== v) changed = true;
      return next;
    });
    return (changed ? out : value) as T;
  }
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    let out: Record<string, unknown> | null = null;
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const next: unknown = dropUnclosedBidiControlsDeep(v);
      if (next !== v) {
        out ??= { ...(value as Record<string, unknown>) };
        Object.defineProperty(out, key, { value: next, enumerable: true, writable: true, configurable: true });
      }
    }
    return (out ?? value) as T;
  }
  return value;
}
