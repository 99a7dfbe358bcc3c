// "Own screen painted": on a first visit (empty cache), how long until each route shows its
// own screen (its own final <h1>, no loading text), in a Chinese and an English browser,
// beside a static HTML page's first paint in the same run (scripts/static-page/index.html).
// Chromium is throttled like Lighthouse's mobile preset through CDP (562.5 ms RTT,
// 1.47 Mbps down, 4× CPU). Figures are printed, never asserted: absolute times drift between
// runs on a shared machine; the ratio to the static page in the same run holds better.
//
//   npm run build && npm run own-screen [-- --runs 3] [-- --dist other-dist] [-- --all]
//
// OWN_ROUTES=/a,/b picks routes (default: a set of deep links and "/"; --all: every route of
// scripts/app-routes.mjs plus the legacy /plan). The app is served as a plain static host
// would (gzip; "/a" → a.html, else a/index.html, else the SPA fallback index.html), so the
// result does not depend on the dev tools' own server.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { APP_ROUTES } from './app-routes.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium-flags.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const RUNS = Number(opt('--runs', 1)) || 1;
const DIST = resolve(opt('--dist', 'dist'));
const STATIC_PAGE = resolve('scripts/static-page');
const DEFAULT_ROUTES = [
  '/',
  '/law',
  '/conduct/rights',
  '/settings/backup',
  '/budget',
  '/plan',
  '/debts/new',
  '/conduct/new',
  '/conduct/packet',
];
const ROUTES = process.env.OWN_ROUTES
  ? process.env.OWN_ROUTES.split(',')
  : args.includes('--all')
    ? [...APP_ROUTES.filter((r) => !r.includes('/x')), '/plan']
    : DEFAULT_ROUTES;
const LOCALES = ['zh-CN', 'en-US'];
// Lighthouse's mobile preset (DevTools throttling): 150 ms RTT × 3.75, 1.6 Mbps × 0.9, 4× CPU.
const LATENCY_MS = 562.5;
const DOWN_BPS = (1.6 * 1024 * 1024 * 0.9) / 8;
const UP_BPS = (750 * 1024 * 0.9) / 8;
const CPU_RATE = 4;
// The loading texts (status.loading in both catalogues): a screen showing one is not yet its own.
const LOADING_TEXTS = ['正在读取', 'Loading…'];
// The prerendered forms' "not interactive yet" status (status.preparing): reported separately.
const PREPARING_TEXTS = ['正在准备', 'Preparing…'];

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
};

/** A plain static host: exact file, "/a" → a.html or a/index.html, else index.html (SPA fallback). */
async function staticHost(dir) {
  const isFile = (p) => existsSync(p) && statSync(p).isFile();
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    const base = join(dir, path);
    const file =
      [base, `${base.replace(/\/$/, '')}.html`, join(base, 'index.html')].find((p) => p.startsWith(dir) && isFile(p)) ??
      join(dir, 'index.html');
    let body = readFileSync(file);
    const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-cache' };
    if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /text|javascript|json|svg/.test(headers['content-type'])) {
      body = gzipSync(body);
      headers['content-encoding'] = 'gzip';
    }
    res.writeHead(200, headers);
    res.end(body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return server;
}

// In every document before its own scripts: note, at each frame, the h1 and whether loading
// or "preparing" text is shown. Times are absolute (timeOrigin + now) from the first document
// of the visit, so a redirect to another document is counted from the start.
const RECORDER = `(() => {
  const LOADING = ${JSON.stringify(LOADING_TEXTS)};
  const PREPARING = ${JSON.stringify(PREPARING_TEXTS)};
  const now = () => performance.timeOrigin + performance.now();
  if (!sessionStorage.getItem('own-t0')) sessionStorage.setItem('own-t0', String(performance.timeOrigin));
  const log = JSON.parse(sessionStorage.getItem('own-log') || '[]');
  let last = '';
  const frame = () => {
    // Only what is rendered: a hidden root (the boot script's, until its swap) shows nothing.
    const h1 = document.querySelector('h1');
    const visible = h1 && h1.checkVisibility({ visibilityProperty: true });
    const text = document.body ? document.body.innerText : '';
    const state = {
      h1: visible ? h1.textContent.trim() : '',
      loading: LOADING.some((s) => text.includes(s)),
      preparing: PREPARING.some((s) => text.includes(s)),
    };
    const key = JSON.stringify(state);
    if (key !== last) {
      last = key;
      log.push({ t: now(), ...state });
      sessionStorage.setItem('own-log', JSON.stringify(log));
    }
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

async function measure(browser, url, locale) {
  const context = await browser.newContext({ locale, serviceWorkers: 'block', viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: LATENCY_MS,
    downloadThroughput: DOWN_BPS,
    uploadThroughput: UP_BPS,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE });
  await page.addInitScript(RECORDER);
  await page.goto(url, { waitUntil: 'networkidle', timeout: 120_000 });
  // Settle: the screen's scripts, messages and database reads (no loading text for 1.5 s, in
  // the browser's language: a Chinese page switched to English only once the app runs).
  const lang = locale.startsWith('zh') ? 'zh-CN' : 'en';
  await page
    .waitForFunction(
      ([loading, preparing, lang]) => {
        const text = document.body.textContent;
        const busy = [...loading, ...preparing].some((s) => text.includes(s)) || document.documentElement.lang !== lang;
        const w = window;
        if (busy || !document.querySelector('h1')) w.__ownSettled = undefined;
        else w.__ownSettled ??= performance.now();
        return w.__ownSettled !== undefined && performance.now() - w.__ownSettled > 1500;
      },
      [LOADING_TEXTS, PREPARING_TEXTS, lang],
      { timeout: 30_000, polling: 250 },
    )
    .catch(() => {});
  const result = await page.evaluate(() => {
    const fcp = performance.getEntriesByName('first-contentful-paint')[0];
    return {
      t0: Number(sessionStorage.getItem('own-t0')),
      log: JSON.parse(sessionStorage.getItem('own-log') || '[]'),
      fcpAbs: fcp ? performance.timeOrigin + fcp.startTime : NaN,
      finalH1: document.querySelector('h1')?.textContent.trim() ?? '',
    };
  });
  await context.close();
  const { t0, log, fcpAbs, finalH1 } = result;
  // The first frame from which the h1 is the final one: with or without loading text below
  // it, without, and also no longer "preparing" (interactive).
  const fromHere = (test) => {
    let found;
    for (let i = log.length - 1; i >= 0 && test(log[i]); i--) found = log[i];
    return found;
  };
  const own = (s) => s.h1 === finalH1 && s.h1 !== '';
  const heading = fromHere(own);
  const settled = fromHere((s) => own(s) && !s.loading);
  const ready = fromHere((s) => own(s) && !s.loading && !s.preparing);
  // A frame is noted as it starts; it is on screen no earlier than the first contentful paint.
  const at = (s) => (s ? Math.max(s.t, Number.isFinite(fcpAbs) ? fcpAbs : s.t) - t0 : NaN);
  return {
    heading: at(heading),
    own: at(settled),
    ready: at(ready),
    h1: finalH1,
    firstH1: log.find((s) => s.h1)?.h1 ?? '',
  };
}

const median = (xs) => {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

if (!existsSync(join(DIST, 'index.html'))) throw new Error(`no ${DIST}/index.html: run \`npm run build\` first`);
// Free ports, so two runs (before and after a change) can go side by side.
const servers = [await staticHost(DIST), await staticHost(STATIC_PAGE)];
const [APP_PORT, STATIC_PORT] = servers.map((s) => s.address().port);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_FLAGS] });
try {
  const staticRuns = [];
  const rows = [];
  for (const route of ROUTES) {
    for (const locale of LOCALES) {
      const runs = [];
      for (let i = 0; i < RUNS; i++) {
        // The static page once per measurement, interleaved, so both see the same machine load.
        staticRuns.push((await measure(browser, `http://127.0.0.1:${STATIC_PORT}/`, locale)).own);
        runs.push(await measure(browser, `http://127.0.0.1:${APP_PORT}${route}`, locale));
      }
      const row = {
        route,
        locale,
        heading: median(runs.map((r) => r.heading)),
        own: median(runs.map((r) => r.own)),
        ready: median(runs.map((r) => r.ready)),
        h1: runs[0].h1,
        firstH1: runs[0].firstH1,
      };
      rows.push(row);
      console.log(
        `${route.padEnd(20)} ${locale.padEnd(6)} own h1 ${Math.round(row.heading)} ms, without loading text ${Math.round(row.own)} ms, interactive ${Math.round(row.ready)} ms  (h1 “${row.h1}”${row.firstH1 !== row.h1 ? `, first h1 shown “${row.firstH1}”` : ''})`,
      );
    }
  }
  const staticPaint = median(staticRuns);
  console.log(`\nstatic page first paint: median ${Math.round(staticPaint)} ms over ${staticRuns.length} loads`);
  console.log(`dist: ${DIST}; runs per route and language: ${RUNS}\n`);
  const cell = (ms) => `${Math.round(ms)} ms | ${(ms / staticPaint).toFixed(2)}`;
  console.log('| route | language | own h1 | × static | own h1, no loading text | × static | interactive | × static |');
  console.log('|---|---|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(`| \`${r.route}\` | ${r.locale} | ${cell(r.heading)} | ${cell(r.own)} | ${cell(r.ready)} |`);
  }
} finally {
  await browser.close();
  for (const s of servers) s.close();
}
