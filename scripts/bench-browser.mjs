// Browser benchmark (real headless Chromium, built app): with many records stored, how long
// each screen takes from navigation start to showing its data, read from the app's own
// performance marks (src/lib/perf-mark.ts). Repeat visits are served by the service worker.
// Prints figures; asserts nothing (timings are reported, not tested).
//
//   npm run build && node scripts/bench-browser.mjs
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const PORT = 4390 + Math.floor(Math.random() * 9);
const BASE = `http://127.0.0.1:${PORT}`;
const DEBTS = Number(process.env.BENCH_DEBTS ?? 200);
const RUNS = 7;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (xs) =>
  `median ${median(xs).toFixed(0)} ms (min ${Math.min(...xs).toFixed(0)}, max ${Math.max(...xs).toFixed(0)}, n=${xs.length})`;

const server = spawn(
  process.execPath,
  ['node_modules/vite/bin/vite.js', 'preview', '--host', '127.0.0.1', '--port', String(PORT), '--strictPort'],
  { stdio: 'ignore' },
);
const profile = mkdtempSync(join(tmpdir(), 'shore-bench-'));
let context;
try {
  for (let i = 0; ; i++) {
    try {
      if ((await fetch(BASE)).ok) break;
    } catch {
      if (i > 300) throw new Error('server did not start');
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 390, height: 844 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(BASE + '/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  await page.getByRole('heading', { level: 1 }).waitFor();

  // Seed straight into IndexedDB (the app's database, already opened at its latest version).
  const firstId = await page.evaluate(async (count) => {
    const db = await new Promise((resolve, reject) => {
      const req = indexedDB.open('shore');
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error);
    });
    const tx = db.transaction('debts', 'readwrite');
    const store = tx.objectStore('debts');
    const now = new Date().toISOString();
    let first = '';
    for (let i = 0; i < count; i++) {
      const id = crypto.randomUUID();
      first ||= id;
      store.put({
        id,
        lender: `测试银行 ${i}`,
        nickname: '',
        last4: String(1000 + (i % 9000)),
        creditLimit: 5_000_000,
        principal: 1_000_000 + i * 137,
        interest: 50_000,
        fees: 10_000,
        firstMissedDue: `2026-0${1 + (i % 9)}-1${i % 10}`,
        minimumPayment: null,
        lastPaymentDate: null,
        lastPaymentAmount: null,
        status: 'overdue',
        notes: '',
        createdAt: now,
        updatedAt: now,
      });
    }
    await new Promise((resolve, reject) => {
      tx.oncomplete = resolve;
      tx.onerror = () => reject(tx.error);
    });
    db.close();
    return first;
  }, DEBTS);

  const markTime = (name) =>
    page
      .waitForFunction((n) => performance.getEntriesByName(n)[0]?.startTime, name, { polling: 50 })
      .then((h) => h.jsonValue());

  const ledger = [];
  const detail = [];
  let fromSw = true;
  for (let run = 0; run < RUNS; run++) {
    const response = await page.goto(BASE + '/');
    fromSw &&= Boolean(response?.fromServiceWorker());
    ledger.push(await markTime('shore:ledger-shown'));
    await page.goto(BASE + `/debts/${firstId}`);
    detail.push(await markTime('shore:debt-detail-shown'));
  }
  const rendered = await page.goto(BASE + '/').then(() => page.locator('.debt-item').count());
  console.log(`browser benchmark: ${DEBTS} debts stored; navigation served by the service worker: ${fromSw}`);
  console.log(`repeat visit, ledger with data shown:   ${fmt(ledger)}`);
  console.log(`debt detail with data shown:             ${fmt(detail)}`);
  console.log(`debt rows rendered on the ledger: ${rendered}`);
} finally {
  await context?.close();
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}
