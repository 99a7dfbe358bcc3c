/**
 * Build src/domain/legal/article-texts.json: the text of every article the assessment cites,
 * keyed by source id, for the in-app article viewer.
 *
 * Reads the full statute texts in legal/texts/*.md (copied into the repository with their
 * provenance; see legal/texts/README.md) and the source registry files whose articles the
 * viewer shows (src/domain/legal/sources/{stage,criminal,civil,credit-record}.ts). Only sources with a
 * `textFile` get an entry. The JSON is committed; rerun this after adding a source:
 *
 *   node scripts/extract-articles.mjs
 *
 * The screens load the JSON lazily (dynamic import), so it is not on the first screen.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const TEXTS_DIR = resolve(ROOT, 'legal', 'texts');
export const OUTPUT = join(ROOT, 'src', 'domain', 'legal', 'article-texts.json');
// `instruments` holds shared instrument descriptions the area files import.
const SOURCE_FILES = ['instruments', 'stage', 'criminal', 'civil', 'credit-record'];

const NUM = '[零一二三四五六七八九十百千]+';
const ARTICLE_START = new RegExp(`^第(${NUM})条(?:之[一二三四五六七八九十]+)?[\\s\\u3000]`);
const DECISION_ITEM = /^[一二三四五六七八九十]+、/;

/** "第二百二十五条至第二百二十八条" → ['二百二十五', '二百二十八']; "第六条第二款" → ['六']. */
export function articleNumbers(article) {
  const range = new RegExp(`^第(${NUM})条至第(${NUM})条`).exec(article);
  if (range) return [range[1], range[2]];
  const single = new RegExp(`^第(${NUM})条`).exec(article);
  return single ? [single[1]] : [];
}

function tidy(lines) {
  return lines
    .map((l) => l.replace(/[\u200b\ufeff]/g, '').replace(/[\s\u3000]+$/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** Index of the line where article `num` starts, or -1. */
function articleLine(lines, num) {
  return lines.findIndex((l) => {
    const m = ARTICLE_START.exec(l);
    return m !== null && m[1] === num && !/^第[^条]+条之/.test(l);
  });
}

/** Lines from `start` up to (not including) the next article or heading. */
function articleBlock(lines, start) {
  let end = start + 1;
  while (end < lines.length && !ARTICLE_START.test(lines[end]) && !lines[end].startsWith('#')) end += 1;
  return lines.slice(start, end);
}

/**
 * An amending decision (the 2018 decision on the card-fraud interpretation) numbers its
 * items 一、二、…; the item that writes article N says "原第N条修改为" or "作为《解释》第N条".
 */
function decisionItem(lines, num) {
  const start = lines.findIndex(
    (l) => DECISION_ITEM.test(l) && (l.includes(`原第${num}条修改为`) || l.includes(`作为《解释》第${num}条`)),
  );
  if (start < 0) return undefined;
  let end = start + 1;
  while (end < lines.length && !DECISION_ITEM.test(lines[end])) end += 1;
  return lines.slice(start, end);
}

/** The text of `article` in a statute file's text, or undefined when it cannot be found. */
export function extractArticle(fileText, article) {
  const lines = fileText.replace(/\r\n/g, '\n').split('\n');
  // A 批复 numbers its items 一、二、… instead of articles: "一、关于适用范围问题" is item 一.
  const item = /^([一二三四五六七八九十]+)、/.exec(article);
  if (item) {
    const start = lines.findIndex((l) => l.startsWith(`${item[1]}、`));
    if (start < 0) return undefined;
    let end = start + 1;
    while (end < lines.length && !DECISION_ITEM.test(lines[end])) end += 1;
    return tidy(lines.slice(start, end));
  }
  const nums = articleNumbers(article);
  if (nums.length === 0) return undefined;
  const first = articleLine(lines, nums[0]);
  if (first < 0) {
    const item = nums.length === 1 ? decisionItem(lines, nums[0]) : undefined;
    return item ? tidy(item) : undefined;
  }
  if (nums.length === 1) return tidy(articleBlock(lines, first));
  const last = articleLine(lines, nums[1]);
  if (last < first) return undefined;
  const block = articleBlock(lines, last);
  return tidy(lines.slice(first, last + block.length));
}

/** Article texts for every source with a `textFile`; throws when one cannot be found. */
export function buildArticleTexts(sources, readText) {
  const out = {};
  for (const s of [...sources].sort((a, b) => a.id.localeCompare(b.id))) {
    if (!s.textFile) continue;
    const text = extractArticle(readText(s.textFile), s.article);
    if (!text) throw new Error(`article not found: ${s.id} (${s.textFile} ${s.article})`);
    out[s.id] = { file: s.textFile, article: s.article, text };
  }
  return out;
}

/** Load the owned source files by transpiling them with TypeScript (they only import types). */
async function loadSources() {
  const ts = (await import('typescript')).default;
  const dir = mkdtempSync(join(tmpdir(), 'shore-sources-'));
  try {
    for (const name of SOURCE_FILES) {
      const src = readFileSync(join(ROOT, 'src', 'domain', 'legal', 'sources', `${name}.ts`), 'utf8');
      const js = ts.transpileModule(src, {
        compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, verbatimModuleSyntax: true },
      }).outputText;
      writeFileSync(join(dir, `${name}.mjs`), js.replace(/from '\.\/([\w-]+)'/g, "from './$1.mjs'"));
    }
    const all = [];
    for (const name of SOURCE_FILES) {
      const mod = await import(pathToFileURL(join(dir, `${name}.mjs`)).href);
      for (const value of Object.values(mod)) if (Array.isArray(value)) all.push(...value);
    }
    return all;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const sources = await loadSources();
  const texts = buildArticleTexts(sources, (file) => readFileSync(join(TEXTS_DIR, file), 'utf8'));
  writeFileSync(OUTPUT, `${JSON.stringify(texts, null, 2)}\n`);
  console.log(`wrote ${Object.keys(texts).length} article texts to ${OUTPUT}`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
