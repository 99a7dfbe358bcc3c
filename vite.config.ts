/// <reference types="vitest/config" />
import { existsSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import {
  buildPolicy,
  findInlineScripts,
  headersFile,
  injectPolicyMeta,
  inlineStyleHashes,
  styleAttributeHashes,
} from './scripts/content-security-policy.ts';
import { injectPrerenderedRoot } from './scripts/prerender-root.ts';

// Node 20 lacks Map.groupBy, which vitest 5's reporter calls when it prints a failure (stack.md:
// vitest 5 declares Node 22). Without this, a failing test is reported as a reporter crash.
if (typeof (Map as { groupBy?: unknown }).groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<T, K>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        const group = groups.get(key);
        if (group) group.push(item);
        else groups.set(key, [item]);
      }
      return groups;
    },
  });
}

const SSR_ENTRY = resolve('dist-ssr/entry-server.js');

/**
 * Puts the prerendered first screen into index.html and inlines the app's CSS as a <style>,
 * inside the client build (so the service worker precaches the final index.html). Needs the
 * SSR bundle from `vite build --ssr src/app/entry-server.tsx --outDir dist-ssr` (npm run build).
 */
function prerenderFirstScreen(): Plugin {
  return {
    name: 'shore-prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.bundle) return html;
        if (!existsSync(SSR_ENTRY)) throw new Error('dist-ssr/entry-server.js is missing: run `npm run build`');
        const { render } = (await import(`${pathToFileURL(SSR_ENTRY).href}?t=${Date.now()}`)) as {
          render: (url: string) => string;
        };
        let out = injectPrerenderedRoot(html, '/', render('/'));
        for (const [fileName, asset] of Object.entries(ctx.bundle)) {
          if (asset.type !== 'asset' || !fileName.endsWith('.css')) continue;
          const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${fileName.replace(/[.]/g, '\\.')}"[^>]*>`);
          if (!link.test(out)) continue;
          out = out.replace(link, () => `<style>${String(asset.source)}</style>`);
          delete ctx.bundle[fileName];
        }
        return out;
      },
    },
  };
}

/**
 * Strict Content-Security-Policy for the built app (scripts/content-security-policy.ts): a
 * <meta http-equiv> at the top of index.html, computed from the final HTML (after the
 * prerender plugin), and the same policy in dist/_headers. Fails the build on any inline
 * script. Build only: the dev server relies on inline scripts.
 */
function contentSecurityPolicy(): Plugin {
  let policyForHeader = '';
  let outDir = 'dist';
  return {
    name: 'shore-content-security-policy',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        if (!ctx.bundle) return html;
        const inline = findInlineScripts(html);
        if (inline.length > 0) throw new Error(`inline <script> in index.html breaks the CSP: ${inline.join(', ')}`);
        const input = { styleHashes: inlineStyleHashes(html), styleAttributeHashes: styleAttributeHashes(html) };
        policyForHeader = buildPolicy({ ...input, forHeader: true });
        return injectPolicyMeta(html, buildPolicy({ ...input, forHeader: false }));
      },
    },
    closeBundle() {
      if (policyForHeader) writeFileSync(resolve(outDir, '_headers'), headersFile(policyForHeader));
    },
  };
}

export default defineConfig(({ isSsrBuild }) => ({
  plugins: isSsrBuild
    ? [react()]
    : [
        react(),
        prerenderFirstScreen(),
        contentSecurityPolicy(),
        VitePWA({
          strategies: 'generateSW',
          // The user decides when to update (a half-filled form must never reload under them).
          registerType: 'prompt',
          // We register with workbox-window ourselves (src/app/pwa/service-worker.ts).
          injectRegister: false,
          manifest: {
            id: '/',
            name: '上岸 · 逾期自助工具',
            short_name: '上岸',
            description: '离线、私密的信用卡逾期自助工具:算清欠款,看懂法律,记录催收,写协商信。',
            lang: 'zh-CN',
            dir: 'ltr',
            start_url: '/',
            scope: '/',
            display: 'standalone',
            orientation: 'portrait',
            background_color: '#f7f5f0',
            theme_color: '#1f5f5b',
            icons: [
              { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
              { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
              { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
            ],
          },
          workbox: {
            globPatterns: ['**/*.{js,css,html,png,svg,webmanifest,woff2}'],
            navigateFallback: '/index.html',
            cleanupOutdatedCaches: true,
            clientsClaim: true,
            skipWaiting: false,
          },
        }),
      ],
  build: {
    target: 'es2022',
    rolldownOptions: isSsrBuild
      ? undefined
      : {
          output: {
            codeSplitting: {
              groups: [
                { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/, priority: 30 },
                { name: 'router', test: /node_modules[\\/](react-router|cookie-es)[\\/]/, priority: 20 },
                { name: 'dexie', test: /node_modules[\\/](dexie|dexie-react-hooks)[\\/]/, priority: 20 },
                { name: 'workbox', test: /node_modules[\\/]workbox-window[\\/]/, priority: 20 },
              ],
            },
          },
        },
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          setupFiles: ['./src/testing/setup-tests.ts'],
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**', 'node_modules/**'],
        },
      },
      {
        // Real headless Chromium against the built app (npm run test:e2e builds first).
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['./tests/e2e/support/global-setup.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
    benchmark: { include: ['tests/bench/**/*.bench.ts'] },
  },
}));
