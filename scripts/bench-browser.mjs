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
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from './chromium-flags.mjs';

const PORT = 4390 + Math.floor(Math.random() * 9);
const BASE = `http://127.0.0.1:${PORT}`;
const DEBTS = Number(process.env.BENCH_DEBTS ?? 200);
const LOG_ENTRIES = Number(process.env.BENCH_LOG ?? 10_000);
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
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: 'zh-CN',
    viewport: { width: 390, height: 844 },
    args: [...CHROMIUM_FLAGS],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (e) => console.log('page error:', e.message));
  await page.goto(BASE + '/');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
  });
  await page.getByRole('heading', { level: 1 }).waitFor();

  // Seed straight into IndexedDB (the app's database, already opened at its latest version).
  const firstId = await page.evaluate(
    async ([count, logCount]) => {
      const db = await new Promise((resolve, reject) => {
        const req = indexedDB.open('shore');
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
      });
      const tx = db.transaction(['debts', 'contacts'], 'readwrite');
      const store = tx.objectStore('debts');
      const contacts = tx.objectStore('contacts');
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
          creditorType: 'card-overdraft',
          settledOn: null,
          amountsAsOf: now.slice(0, 10),
          status: 'overdue',
          notes: '',
          createdAt: now,
          updatedAt: now,
        });
      }
      const channels = ['call-answered', 'call-unanswered', 'sms'];
      for (let i = 0; i < logCount; i++) {
        const day = 1 + (i % 28);
        contacts.put({
          id: crypto.randomUUID(),
          date: `2026-${String(1 + (i % 11)).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
          time: `${String(7 + (i % 16)).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}`,
          debtId: '',
          agency: `催收公司 ${i % 7}`,
          collectorName: '',
          channel: channels[i % 3],
          fromNumber: `1380000${String(i % 1000).padStart(4, '0')}`,
          toNumber: '',
          attempts: 1,
          party: i % 10 === 0 ? 'family' : 'debtor',
          partyName: '',
          flags: i % 50 === 0 ? ['threatened'] : [],
          quote: '',
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
    },
    [DEBTS, LOG_ENTRIES],
  );

  /** When `name` was last marked after `since` (ms since navigation start). */
  const markTime = (name, since = -1) =>
    page
      .waitForFunction(
        ([n, t]) => performance.getEntriesByName(n).find((e) => e.startTime > t)?.startTime,
        [name, since],
        { polling: 20 },
      )
      .then((h) => h.jsonValue());
  /** Tap a link inside the running app; returns the tap's time for `markTime`. */
  const tap = (selector) =>
    page.evaluate((sel) => {
      const t = performance.now();
      document.querySelector(sel).click();
      return t;
    }, selector);

  const cold = { ledger: [], detail: [], log: [], findings: [] };
  const inApp = { detail: [], log: [], findings: [], ledger: [] };
  let fromSw = true;
  for (let run = 0; run < RUNS; run++) {
    // Opening the app (repeat visit, served by the service worker), then moving around in it.
    const response = await page.goto(BASE + '/');
    fromSw &&= Boolean(response?.fromServiceWorker());
    cold.ledger.push(await markTime('shore:ledger-shown'));
    let t = await tap('.debt-list a.debt-item');
    inApp.detail.push((await markTime('shore:debt-detail-shown', t)) - t);
    t = await tap('nav a[href="/conduct"]');
    inApp.log.push((await markTime('shore:log-shown', t)) - t);
    inApp.findings.push((await markTime('shore:log-findings-shown', t)) - t);
    t = await tap('nav a[href="/"]');
    inApp.ledger.push((await markTime('shore:ledger-shown', t)) - t);

    // Deep links (a reload, or a link from outside), each a full page load.
    await page.goto(BASE + `/debts/${firstId}`);
    cold.detail.push(await markTime('shore:debt-detail-shown'));
    await page.goto(BASE + '/conduct');
    cold.log.push(await markTime('shore:log-shown'));
    cold.findings.push(await markTime('shore:log-findings-shown'));
  }
  await page.goto(BASE + '/');
  await markTime('shore:ledger-shown');
  const rendered = await page.locator('.debt-item').count();
  console.log(
    `browser benchmark: ${DEBTS} debts and ${LOG_ENTRIES} log entries stored; navigation served by the service worker: ${fromSw}`,
  );
  console.log('\nfull page loads, from navigation start:');
  console.log(`  repeat visit, ledger with data shown:   ${fmt(cold.ledger)}`);
  console.log(`  debt detail (deep link) shown:          ${fmt(cold.detail)}`);
  console.log(`  contact log (deep link), first page:    ${fmt(cold.log)}`);
  console.log(`  contact log (deep link), rule check:    ${fmt(cold.findings)}`);
  console.log('\nin the running app, from the tap to the screen with its data:');
  console.log(`  ledger -> debt detail:                  ${fmt(inApp.detail)}`);
  console.log(`  -> contact log, first page:             ${fmt(inApp.log)}`);
  console.log(`  -> contact log, rule check of all:      ${fmt(inApp.findings)}`);
  console.log(`  -> back to the ledger:                  ${fmt(inApp.ledger)}`);
  console.log(`\ndebt rows rendered on the ledger (paged): ${rendered} of ${DEBTS}`);
} finally {
  await context?.close();
  server.kill();
  rmSync(profile, { recursive: true, force: true });
}
