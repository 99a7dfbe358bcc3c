/**
 * Launch Debian's Chromium through playwright-core for one test: a fresh persistent profile
 * (needed for CDP installability checks and real service workers), with a record of every
 * request, console error and page error so tests can assert on them.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '../../../scripts/chromium-flags.mjs';

export const ARTIFACTS_DIR = 'test-results';
export const PHONE = { width: 390, height: 844 };

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  baseUrl: string;
  /** Every URL the page or its service worker requested. */
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  dialogs: string[];
  close: () => Promise<void>;
}

export async function openBrowser(
  options: {
    viewport?: { width: number; height: number };
    userAgent?: string;
    serviceWorkers?: 'allow' | 'block';
    locale?: string;
    javaScriptEnabled?: boolean;
  } = {},
): Promise<BrowserSession> {
  const baseUrl = inject('baseUrl');
  const profile = mkdtempSync(join(tmpdir(), 'shore-pw-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: options.locale ?? 'zh-CN',
    viewport: options.viewport ?? PHONE,
    userAgent: options.userAgent,
    serviceWorkers: options.serviceWorkers ?? 'allow',
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    args: [...CHROMIUM_FLAGS],
  });
  const requests: string[] = [];
  const consoleErrors: string[] = [];
  const pageErrors: string[] = [];
  const dialogs: string[] = [];
  context.on('request', (req) => requests.push(req.url()));
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(msg.text());
  });
  page.on('pageerror', (err) => pageErrors.push(err.message));
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return {
    context,
    page,
    baseUrl,
    requests,
    consoleErrors,
    pageErrors,
    dialogs,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Wait until a service worker controls the page (so the next load can come from its cache). */
export async function waitForServiceWorkerControl(page: Page): Promise<void> {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise<void>((resolve) =>
        navigator.serviceWorker.addEventListener('controllerchange', () => resolve(), { once: true }),
      );
    }
  });
}

/** URLs that are not on the app's own origin (should always be empty). */
export function foreignRequests(requests: readonly string[], baseUrl: string): string[] {
  const origin = new URL(baseUrl).origin;
  return requests.filter(
    (url) => !url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin,
  );
}
