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
import { injectPrerenderedRoot, prerenderedRootElement, screenRootElement } from './scripts/prerender-root.ts';

const SSR_ENTRY = resolve('dist-ssr/entry-server.js');

/**
 * Puts the prerendered first screen into index.html and inlines the app's CSS as a <style>,
 * inside the client build (so the service worker precaches the final index.html). Needs the
 * SSR bundle from `vite build --ssr src/app/entry-server.tsx --outDir dist-ssr` (npm run build).
 *
 * Also writes `<screen>.html` for every screen in PRERENDERED_SCREENS (entry-server.tsx):
 * the final index.html with that screen's markup in the root and every other stylesheet
 * inlined, so a first visit to a deep link paints its own page before the scripts arrive.
 */
function prerenderFirstScreen(): Plugin {
  let home = '';
  /** Stylesheets inlined into index.html and removed from the bundle. */
  let inlined: string[] = [];
  let screens: { path: string; markup: string }[] = [];
  return {
    name: 'shore-prerender-first-screen',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.bundle) return html;
        if (!existsSync(SSR_ENTRY)) throw new Error('dist-ssr/entry-server.js is missing: run `npm run build`');
        // Imported by its plain URL: the screens' chunks import the entry back by that URL, and a
        // cache-busting query would give them a second copy of React contexts and the catalogue.
        const server = (await import(pathToFileURL(SSR_ENTRY).href)) as {
          render: (url: string) => string;
          renderScreen: (url: string) => Promise<string>;
          PRERENDERED_SCREENS: readonly string[];
        };
        home = server.render('/');
        // One at a time: each render sets the shared catalogue state before rendering.
        screens = [];
        for (const path of server.PRERENDERED_SCREENS) screens.push({ path, markup: await server.renderScreen(path) });
        inlined = [];
        let out = injectPrerenderedRoot(html, '/', home);
        for (const [fileName, asset] of Object.entries(ctx.bundle)) {
          if (asset.type !== 'asset' || !fileName.endsWith('.css')) continue;
          const link = new RegExp(`<link rel="stylesheet"[^>]*href="/${fileName.replace(/[.]/g, '\\.')}"[^>]*>`);
          if (!link.test(out)) continue;
          out = out.replace(link, () => `<style>${String(asset.source)}</style>`);
          delete ctx.bundle[fileName];
          inlined.push(fileName);
        }
        return out;
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        const index = bundle['index.html'];
        if (index?.type !== 'asset') return;
        const html = String(index.source);
        const homeRoot = prerenderedRootElement('/', home);
        if (!html.includes(homeRoot)) throw new Error('the prerendered root is not in the final index.html');
        // Lazy chunks that share modules with the entry list its stylesheet among the files to
        // preload before they run. That file is inlined and gone, so the preload would fail (a 404
        // online, nothing in the service worker's cache offline) and the screen would not load.
        // Point those entries at the entry script instead: already loaded, so preloading it again
        // costs nothing and the styles stay exactly as inlined.
        const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
        if (!entry) throw new Error('no entry chunk in the bundle');
        for (const file of Object.values(bundle)) {
          if (file.type !== 'chunk') continue;
          for (const css of inlined) file.code = file.code.replaceAll(`"${css}"`, () => `"${entry.fileName}"`);
        }
        // The screens' own stylesheets (loaded by their chunks at run time) are needed at first
        // paint: inlined, as a linked stylesheet would hold the first paint back a round trip.
        const styles = Object.values(bundle)
          .filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'))
          .map((file) => `<style>${file.type === 'asset' ? String(file.source) : ''}</style>`)
          .join('');
        for (const { path, markup } of screens) {
          const page = html
            .replace(homeRoot, () => screenRootElement(path, markup))
            .replace('</head>', () => `${styles}</head>`);
          // `/conduct` -> conduct.html: static hosts with clean URLs serve it for `/conduct`.
          this.emitFile({ type: 'asset', fileName: `${path.slice(1)}.html`, source: page });
        }
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
        return injectPolicyMeta(html, buildPolicy({ ...input, forHeader: false }));
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // Prerendered deep links (emitted by the prerender plugin from the final index.html)
        // get a policy for their own markup; the header's policy covers every page.
        const pages = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
        const styleHashes = new Set<string>();
        const attributeHashes = new Set<string>();
        for (const page of pages) {
          if (page.type !== 'asset') continue;
          const html = String(page.source).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, '');
          const input = { styleHashes: inlineStyleHashes(html), styleAttributeHashes: styleAttributeHashes(html) };
          input.styleHashes.forEach((h) => styleHashes.add(h));
          input.styleAttributeHashes.forEach((h) => attributeHashes.add(h));
          if (page.fileName !== 'index.html')
            page.source = injectPolicyMeta(html, buildPolicy({ ...input, forHeader: false }));
        }
        policyForHeader = buildPolicy({
          styleHashes: [...styleHashes],
          styleAttributeHashes: [...attributeHashes],
          forHeader: true,
        });
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
            // The installed app appears in the share sheet for text: a shared SMS opens the paste
            // screen (a GET, so it works offline through the navigation fallback), which takes the
            // words from the address and removes them.
            share_target: {
              action: '/conduct/paste',
              method: 'GET',
              params: { title: 'title', text: 'text', url: 'url' },
            },
            icons: [
              { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
              { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
              { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
            ],
          },
          workbox: {
            // Only index.html of the pages: offline, every path is answered with it (navigateFallback);
            // the prerendered screens (<screen>.html) are for first visits from the network.
            globPatterns: ['index.html', '**/*.{js,css,png,svg,webmanifest,woff2}'],
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
