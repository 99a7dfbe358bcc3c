// Size report: gzip bytes of every built chunk, and of what the first screen loads before it
// renders (the entry script, its static imports / modulepreloads, and the CSS in index.html).
// Fails (exit 1) when the initial route exceeds the budget. Run after `npm run build`.
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

// Everything index.html references directly.
const initial = new Set();
for (const m of html.matchAll(/(?:src|href)="\/?(assets\/[^"]+\.(?:js|css))"/g)) initial.add(m[1]);
// Follow static imports of the initial scripts (dynamic import() chunks are not initial).
const queue = [...initial].filter((f) => f.endsWith('.js'));
while (queue.length) {
  const file = queue.pop();
  const code = readFileSync(join(DIST, file), 'utf8');
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^'"()]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    const dep = `assets/${m[1]}`;
    if (!initial.has(dep)) {
      initial.add(dep);
      queue.push(dep);
    }
  }
}

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
if (initialTotal > BUDGET) {
  console.error(`FAIL: the initial route is ${initialTotal - BUDGET} bytes over the ${BUDGET}-byte budget`);
  process.exit(1);
}
