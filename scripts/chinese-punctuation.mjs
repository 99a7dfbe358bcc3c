/**
 * Chinese text uses full-width punctuation (，。：；（）“”！？). This finds every string
 * literal in the source that contains Chinese and still carries a half-width mark outside a
 * number (1,000 and 22:00 keep theirs), and can rewrite them.
 *
 *   node scripts/chinese-punctuation.mjs          list offending strings (exit 1 if any)
 *   node scripts/chinese-punctuation.mjs --fix    rewrite them in place
 *   node scripts/chinese-punctuation.mjs --fix --skip-mixed tests
 *                                                 rewrite test files, leaving strings that mix in
 *                                                 English words or markup (test names, HTML)
 *
 * tests/i18n/chinese-punctuation.test.ts runs the check over src/.
 */
import { readdirSync, readFileSync, writeFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

const HAN = /\p{Script=Han}/u;

/**
 * Files whose strings are not Chinese text: the English catalogue, and the message reader's
 * lexicons, whose strings are patterns (regular-expression syntax) for messages as collectors
 * write them.
 */
export const EXCLUDED = [/^src\/i18n\/locales\/en\//, /^src\/domain\/conduct\/message-reader\/lexicon-[^/]*\.ts$/];

/** Half-width marks that are fine where they stand: inside numbers (1,000 / 22:00) and URLs. */
function allowedAt(text, i) {
  const c = text[i];
  const prev = text[i - 1] ?? '';
  const next = text[i + 1] ?? '';
  if ((c === ',' || c === ':') && /\d/.test(prev) && /\d/.test(next)) return true;
  if (c === ':' && text.slice(i + 1, i + 3) === '//') return true;
  return false;
}

const MARKS = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '!': '！', '?': '？' };

/** The offending marks in one piece of Chinese text: [{ index, mark }]. */
export function halfWidthMarks(text, chinese = HAN.test(text)) {
  if (!chinese) return [];
  const found = [];
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"' || (c in MARKS && !allowedAt(text, i))) found.push({ index: i, mark: c });
  }
  return found;
}

/** Rewrites one piece of Chinese text; `quotes` carries open/close state across template parts. */
export function toFullWidth(text, quotes = { open: false }, chinese = HAN.test(text)) {
  if (!chinese) return text;
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '"') {
      out += quotes.open ? '”' : '“';
      quotes.open = !quotes.open;
    } else if (c in MARKS && !allowedAt(text, i)) {
      out += MARKS[c];
      // A space after a half-width mark was spacing for the mark; full-width marks carry their own.
      if (c !== '(' && text[i + 1] === ' ') i += 1;
      if (c === '(' && out.endsWith(' （')) out = out.slice(0, -2) + '（';
    } else out += c;
  }
  return out;
}

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.d.ts')) yield path;
  }
}

/** A statute file's name (legal/texts/), which keeps the punctuation it was saved with. */
function isFileName(node) {
  return ts.isStringLiteral(node) && /\.(md|json)$/.test(node.text);
}

/** The string pieces of one file: literal text with its source range (inside the quotes). */
function stringPieces(fileName, source) {
  const sf = ts.createSourceFile(
    fileName,
    source,
    ts.ScriptTarget.Latest,
    true,
    fileName.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const pieces = [];
  const visit = (node) => {
    if (isFileName(node)) return;
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      pieces.push({ start: node.getStart(sf) + 1, end: node.getEnd() - 1, group: node.getStart(sf) });
    } else if (ts.isTemplateExpression(node)) {
      const group = node.getStart(sf);
      const head = node.head;
      pieces.push({ start: head.getStart(sf) + 1, end: head.getEnd() - 2, group });
      for (const span of node.templateSpans) {
        const lit = span.literal;
        const tail = ts.isTemplateTail(lit);
        pieces.push({ start: lit.getStart(sf) + 1, end: lit.getEnd() - (tail ? 1 : 2), group });
      }
    } else if (ts.isJsxText(node)) {
      pieces.push({ start: node.getStart(sf), end: node.getEnd(), group: node.getStart(sf) });
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return pieces.sort((a, b) => a.start - b.start);
}

/** The literals (template parts together) that contain Chinese. */
function chineseGroups(source, pieces) {
  const groups = new Set();
  for (const p of pieces) if (HAN.test(source.slice(p.start, p.end))) groups.add(p.group);
  return groups;
}

/** Every offending string under `roots`: [{ file, line, text }]. */
export function findHalfWidth(repo, roots = ['src']) {
  const problems = [];
  for (const root of roots) {
    for (const path of sourceFiles(join(repo, root))) {
      const rel = relative(repo, path).split('\\').join('/');
      if (EXCLUDED.some((re) => re.test(rel))) continue;
      const source = readFileSync(path, 'utf8');
      const pieces = stringPieces(rel, source);
      const chinese = chineseGroups(source, pieces);
      for (const p of pieces) {
        const text = source.slice(p.start, p.end);
        if (halfWidthMarks(text, chinese.has(p.group)).length > 0) {
          const line = source.slice(0, p.start).split('\n').length;
          problems.push({ file: rel, line, text });
        }
      }
    }
  }
  return problems;
}

const MIXED = /[A-Za-z]{3,}|</;

function fixFile(path, rel, skipMixed) {
  const source = readFileSync(path, 'utf8');
  const pieces = stringPieces(rel, source);
  const chinese = chineseGroups(source, pieces);
  if (skipMixed) for (const p of pieces) if (MIXED.test(source.slice(p.start, p.end))) chinese.delete(p.group);
  let out = '';
  let at = 0;
  const quoteState = new Map();
  for (const p of pieces) {
    out += source.slice(at, p.start);
    const text = source.slice(p.start, p.end);
    const state = quoteState.get(p.group) ?? { open: false };
    quoteState.set(p.group, state);
    // Quote parity is shared by the parts of one template literal.
    out += toFullWidth(text, state, chinese.has(p.group));
    at = p.end;
  }
  out += source.slice(at);
  if (out !== source) writeFileSync(path, out);
  return out !== source;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const repo = process.cwd();
  const fix = process.argv.includes('--fix');
  const roots = process.argv.slice(2).filter((a) => !a.startsWith('--'));
  if (fix) {
    let n = 0;
    for (const root of roots.length ? roots : ['src']) {
      for (const path of statSync(root).isDirectory() ? sourceFiles(join(repo, root)) : [join(repo, root)]) {
        const rel = relative(repo, path).split('\\').join('/');
        if (EXCLUDED.some((re) => re.test(rel))) continue;
        if (fixFile(path, rel, process.argv.includes('--skip-mixed'))) n += 1;
      }
    }
    console.log(`rewrote ${n} files`);
  } else {
    const problems = findHalfWidth(repo, roots.length ? roots : ['src']);
    for (const p of problems) console.log(`${p.file}:${p.line}: ${p.text.slice(0, 80)}`);
    console.log(`${problems.length} strings with half-width punctuation in Chinese text`);
    process.exit(problems.length ? 1 : 0);
  }
}
