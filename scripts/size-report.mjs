// Size report: gzip bytes of every built chunk, and of what the first screen loads before it
// renders (the entry script, its static imports / modulepreloads, and the CSS in index.html).
// Then every prerendered page (one per route): what a first visit to it loads before its own
// screen is live, in Chinese and in English: the page itself, every script it names
// (modulepreloads included) and their static imports, and the catalogue its boot script
// preloads for that language. Fails (exit 1) when the initial route exceeds the budget.
// Run after `npm run build`.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const DIST = 'dist';
const BUDGET = Number(process.env.SIZE_BUDGET ?? 150_000);
// The same stack with nothing of ours (react, react-dom, react-router, dexie, dexie-react-hooks, date-fns
// with zh-CN, workbox-window), split into chunks and measured the same way: every byte above it is ours.
const FLOOR = 123_186;

const gz = (file) => gzipSync(readFileSync(join(DIST, file)), { level: 9 }).length;
const html = readFileSync(join(DIST, 'index.html'), 'utf8');

/** The scripts and stylesheets a page loads before its screen is live, with their static imports. */
function initialFiles(page, extra = []) {
  const files = new Set(extra);
  for (const m of page.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)) files.add(m[1]);
  // Follow static imports of the initial scripts (dynamic import() chunks are not initial).
  const queue = [...files].filter((f) => f.endsWith('.js'));
  while (queue.length) {
    const file = queue.pop();
    const code = readFileSync(join(DIST, file), 'utf8');
    for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
      const dep = `assets/${m[1]}`;
      if (!files.has(dep)) {
        files.add(dep);
        queue.push(dep);
      }
    }
  }
  return files;
}

// Everything index.html references directly, and what that imports.
const initial = initialFiles(html);

const rows = readdirSync(join(DIST, 'assets'))
  .filter((f) => /\.(js|css)$/.test(f))
  .map((f) => ({ file: `assets/${f}`, raw: statSync(join(DIST, 'assets', f)).size, gzip: gz(`assets/${f}`) }))
  .sort((a, b) => b.gzip - a.gzip);

const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce((n, m) => n + gzipSync(m[1]).length, 0);
const htmlGzip = gzipSync(html, { level: 9 }).length;

console.log('chunk'.padEnd(52), 'raw'.padStart(10), 'gzip'.padStart(10), ' initial');
for (const r of rows) {
  console.log(
    r.file.padEnd(52),
    String(r.raw).padStart(10),
    String(r.gzip).padStart(10),
    initial.has(r.file) ? ' *' : '',
  );
}
const initialTotal = rows.filter((r) => initial.has(r.file)).reduce((n, r) => n + r.gzip, 0);
console.log('');
console.log(`index.html gzip: ${htmlGzip} bytes (inline CSS in it: ${inlineCss} bytes gzip)`);
console.log(
  `initial route JS+CSS gzip: ${initialTotal} bytes (budget ${BUDGET}; bare-stack floor ${FLOOR}; ${initialTotal - FLOOR >= 0 ? '+' : ''}${initialTotal - FLOOR} over the floor)`,
);
console.log(`all chunks gzip: ${rows.reduce((n, r) => n + r.gzip, 0)} bytes`);

// Every page: the route it is for, its gzip size, and what a first visit loads in each language.
const pages = [];
const walk = (dir) => {
  for (const name of readdirSync(join(DIST, dir))) {
    const rel = dir ? `${dir}/${name}` : name;
    if (statSync(join(DIST, rel)).isDirectory()) walk(rel);
    else if (name.endsWith('.html')) pages.push(rel);
  }
};
walk('');
const routeOf = (file) => (file === 'index.html' ? '/' : `/${file.replace(/\.html$/, '')}`);
const sum = (files) => [...files].reduce((n, f) => n + gz(f), 0);
console.log('');
console.log('first visit per route (gzip bytes): page + scripts and styles it loads before its screen is live');
console.log(
  'route'.padEnd(36),
  'page'.padStart(8),
  'JS+CSS zh'.padStart(10),
  'total zh'.padStart(10),
  'total en'.padStart(10),
);
const perRoute = pages
  .map((file) => {
    const page = readFileSync(join(DIST, file), 'utf8');
    const catalogue = (locale) => page.match(new RegExp(`data-catalogue-${locale}="/?([^"]+)"`))?.[1];
    const pageGzip = gzipSync(page, { level: 9 }).length;
    const zh = initialFiles(page, [catalogue('zh-cn')].filter(Boolean));
    const en = initialFiles(page, [catalogue('en')].filter(Boolean));
    return { route: routeOf(file), pageGzip, zhAssets: sum(zh), zh: pageGzip + sum(zh), en: pageGzip + sum(en) };
  })
  .sort((a, b) => a.route.localeCompare(b.route));
for (const r of perRoute) {
  console.log(
    r.route.padEnd(36),
    String(r.pageGzip).padStart(8),
    String(r.zhAssets).padStart(10),
    String(r.zh).padStart(10),
    String(r.en).padStart(10),
  );
}
if (initialTotal > BUDGET) {
  console.error(`FAIL: the initial route is ${initialTotal - BUDGET} bytes over the ${BUDGET}-byte budget`);
  process.exit(1);
}
