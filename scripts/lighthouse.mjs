// Lighthouse 12 (mobile, applied DevTools throttling, a zh-CN browser) on the built app, side by side with a
// static HTML page with no scripts (scripts/static-page/index.html), in one run (absolute times
// drift between runs on these machines; the ratios hold). Prints median LCP and scores.
// `npm run own-screen` (scripts/own-screen.mjs) measures when each route's own screen is painted,
// which LCP does not tell (a deep link's largest paint could be another screen).
//
//   npm run build && node scripts/lighthouse.mjs [--runs 3] [--no-baseline]
//
// Then audits every route of the app once, in all four categories (LH_ROUTES=/a,/b for a subset).
// Lighthouse clears storage before each audit, so routes with an id show their "not found"
// state; the screens with data are covered by axe in the browser tests.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { join, resolve } from 'node:path';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { APP_ROUTES } from './app-routes.mjs';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium-flags.mjs';

const args = process.argv.slice(2);
const RUNS = Number(args[args.indexOf('--runs') + 1] || 3) || 3;
const ROUTES = process.env.LH_ROUTES ? process.env.LH_ROUTES.split(',') : APP_ROUTES;
const STATIC_PAGE = resolve('scripts/static-page');
const WITH_BASELINE = !args.includes('--no-baseline');

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function waitFor(url) {
  for (let i = 0; i < 600; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server at ${url}`);
}

function preview(cwd, port) {
  const child = spawn(
    process.execPath,
    [
      join(cwd, 'node_modules/vite/bin/vite.js'),
      'preview',
      '--host',
      '127.0.0.1',
      '--port',
      String(port),
      '--strictPort',
    ],
    {
      cwd,
      stdio: 'ignore',
    },
  );
  return child;
}

function staticServer(dir, port) {
  const server = createServer((req, res) => {
    if (req.url === '/robots.txt') {
      res.writeHead(200, { 'content-type': 'text/plain' });
      res.end('User-agent: *\nAllow: /\n');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(readFileSync(join(dir, 'index.html')));
  });
  server.listen(port, '127.0.0.1');
  return server;
}

const chrome = await chromeLauncher.launch({
  chromePath: CHROMIUM_PATH,
  // A Chinese browser, as the app's users have (`--lang` alone does not change the languages
  // pages see). In an English one the app switches the prerendered Chinese to English after
  // its scripts run: a whole re-render, counted by Lighthouse as blocking time and a late LCP.
  chromeFlags: [...CHROMIUM_FLAGS, '--lang=zh-CN', '--accept-lang=zh-CN'],
});

async function audit(url, categories) {
  const result = await lighthouse(
    url,
    { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: categories },
    { extends: 'lighthouse:default', settings: { throttlingMethod: 'devtools', formFactor: 'mobile' } },
  );
  const lhr = result.lhr;
  if (lhr.runtimeError)
    console.log(`  (lighthouse error on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message})`);
  return {
    scores: Object.fromEntries(Object.entries(lhr.categories).map(([k, v]) => [k, v.score])),
    lcp: lhr.audits['largest-contentful-paint']?.numericValue,
    fcp: lhr.audits['first-contentful-paint']?.numericValue,
    tbt: lhr.audits['total-blocking-time']?.numericValue,
    consoleErrors: (lhr.audits['errors-in-console']?.details?.items ?? []).map((i) => `${i.source}: ${i.description}`),
    failing: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id),
  };
}

const children = [];
const servers = [];
try {
  const targets = [{ name: 'app', url: 'http://127.0.0.1:4301/' }];
  if (!existsSync('dist/index.html')) throw new Error('run `npm run build` first');
  children.push(preview(process.cwd(), 4301));
  if (WITH_BASELINE) {
    servers.push(staticServer(STATIC_PAGE, 4303));
    targets.push({ name: 'static-page', url: 'http://127.0.0.1:4303/' });
  }
  for (const t of targets) await waitFor(t.url);

  const perf = Object.fromEntries(targets.map((t) => [t.name, []]));
  for (let run = 0; run < RUNS; run++) {
    for (const t of targets) {
      const r = await audit(t.url, ['performance']);
      perf[t.name].push(r);
      console.log(
        `run ${run + 1} ${t.name.padEnd(12)} perf ${r.scores.performance} LCP ${Math.round(r.lcp)} ms FCP ${Math.round(r.fcp)} ms TBT ${Math.round(r.tbt)} ms`,
      );
    }
  }
  console.log('\nmedians (mobile, devtools throttling):');
  const lcp = {};
  for (const t of targets) {
    lcp[t.name] = median(perf[t.name].map((r) => r.lcp));
    console.log(
      `${t.name.padEnd(12)} performance ${median(perf[t.name].map((r) => r.scores.performance))}  LCP ${Math.round(lcp[t.name])} ms`,
    );
  }
  if (lcp['static-page']) {
    console.log(`LCP ratio app / static page: ${(lcp.app / lcp['static-page']).toFixed(2)}×`);
  }

  console.log('\nevery route, one audit each (performance, accessibility, best practices, SEO):');
  const perRoute = [];
  for (const route of ROUTES) {
    const r = await audit(`http://127.0.0.1:4301${route}`, ['performance', 'accessibility', 'best-practices', 'seo']);
    perRoute.push(r);
    console.log(
      `${route.padEnd(36)} perf ${r.scores.performance} (FCP ${Math.round(r.fcp)} ms, LCP ${Math.round(r.lcp)} ms) a11y ${r.scores.accessibility} bp ${r.scores['best-practices']} seo ${r.scores.seo}${r.failing.length ? `  failing: ${r.failing.join(', ')}` : ''}`,
    );
  }
  const lowest = (key) => Math.min(...perRoute.map((r) => r.scores[key]));
  console.log(
    `lowest over ${ROUTES.length} routes: perf ${lowest('performance')} a11y ${lowest('accessibility')} bp ${lowest('best-practices')} seo ${lowest('seo')}`,
  );
} finally {
  await chrome.kill();
  for (const c of children) c.kill();
  for (const s of servers) s.close();
}
