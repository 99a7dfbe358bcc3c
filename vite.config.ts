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
  inlineScriptHashes,
  injectPolicyMeta,
  inlineStyleHashes,
  styleAttributeHashes,
} from './scripts/content-security-policy.ts';
import {
  BOOT_STYLE,
  bootScriptTag,
  ALLOWED_INLINE_SCRIPTS,
  EMPTY_ROOT,
  englishTemplate,
  prerenderedRootElement,
  shellTemplate,
  swapScriptTag,
} from './scripts/prerender-root.ts';

const SSR_ENTRY = resolve('dist-ssr/entry-server.js');

interface ServerEntry {
  render: (url: string) => string;
  renderPage: (url: string, locale: 'zh-CN' | 'en') => Promise<string>;
  renderShells: () => { pattern: string; locale: string; markup: string }[];
  routeSources: (path: string) => string[];
  buildDay: () => string;
  PRERENDERED_ROUTES: readonly string[];
  STATIC_REDIRECTS: readonly { from: string; to: string }[];
}

const CATALOGUE_SOURCES = { 'zh-CN': 'src/i18n/locales/zh-CN/index.ts', en: 'src/i18n/locales/en/index.ts' } as const;

/** A page's body block: its root, the English template, the shells (index.html only), the swap script. */
function bodyBlock(path: string, day: string, zh: string, en: string, shells = ''): string {
  return `${prerenderedRootElement(path, zh, day)}${englishTemplate(en)}${shells}${swapScriptTag}`;
}

/**
 * Prerenders every route to its own page (src/app/entry-server.tsx), inside the client build
 * so the service worker precaches the final pages. Needs the SSR bundle from
 * `vite build --ssr src/app/entry-server.tsx --outDir dist-ssr` (npm run build).
 *
 * - index.html ("/") holds the ledger in Chinese in its root, in English in a <template>, and
 *   the loading shells of the routes with ids (it is also the SPA fallback for those paths).
 *   The boot scripts (scripts/prerender-root.ts) pick the language and the markup before the
 *   first paint; the app's CSS is inlined as a <style>.
 * - `<route>.html` for every other route without an id (`/conduct/rights` ->
 *   conduct/rights.html: static hosts with clean URLs serve it for that path) holds that
 *   screen the same way, every stylesheet inlined, and a modulepreload for each chunk the
 *   screen needs, so they load beside the entry instead of after it. Its catalogue is
 *   preloaded by the boot script, in the language it chose.
 * - An old path without an id (/plan) gets its new path's page, which moves the address.
 */
function prerenderPages(): Plugin {
  let server: ServerEntry;
  let day = '';
  let homeBlock = '';
  /** Stylesheets inlined into index.html and removed from the bundle. */
  let inlined: string[] = [];
  let pages: { path: string; zh: string; en: string }[] = [];
  return {
    name: 'shore-prerender-pages',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.bundle) return html;
        if (!existsSync(SSR_ENTRY)) throw new Error('dist-ssr/entry-server.js is missing: run `npm run build`');
        // Imported by its plain URL: the screens' chunks import the entry back by that URL, and a
        // cache-busting query would give them a second copy of React contexts and the catalogue.
        server = (await import(pathToFileURL(SSR_ENTRY).href)) as ServerEntry;
        day = server.buildDay();
        // Shells first: they must render before any screen's chunk is loaded (entry-server.tsx).
        const shells = server
          .renderShells()
          .map((s) => shellTemplate(s.pattern, s.locale, s.markup))
          .join('');
        const home = server.render('/');
        // One at a time: each render sets the shared catalogue state before rendering.
        pages = [];
        for (const path of server.PRERENDERED_ROUTES) {
          const zh = path === '/' ? home : await server.renderPage(path, 'zh-CN');
          pages.push({ path, zh, en: await server.renderPage(path, 'en') });
        }
        homeBlock = bodyBlock('/', day, home, pages.find((p) => p.path === '/')!.en, shells);
        if (!html.includes(EMPTY_ROOT)) throw new Error(`index.html has no ${EMPTY_ROOT} to prerender into`);
        let out = html
          .replace(EMPTY_ROOT, () => homeBlock)
          .replace(/<head>/i, () => `<head>\n    ${bootScriptTag}<style>${BOOT_STYLE}</style>`);
        inlined = [];
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
        if (!html.includes(homeBlock)) throw new Error('the prerendered root is not in the final index.html');
        // Lazy chunks that share modules with the entry list its stylesheet among the files to
        // preload before they run. That file is inlined and gone, so the preload would fail (a 404
        // online, nothing in the service worker's cache offline) and the screen would not load.
        // Point those entries at the entry script instead: already loaded, so preloading it again
        // costs nothing and the styles stay exactly as inlined.
        const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
        const entry = chunks.find((file) => file.isEntry);
        if (!entry) throw new Error('no entry chunk in the bundle');
        for (const file of chunks) {
          for (const css of inlined) file.code = file.code.replaceAll(`"${css}"`, () => `"${entry.fileName}"`);
        }
        // What the entry loads already (index.html's script and modulepreloads).
        const byName = new Map(chunks.map((c) => [c.fileName, c]));
        const closure = (names: string[], seen = new Set<string>()): Set<string> => {
          for (const name of names) {
            if (seen.has(name)) continue;
            seen.add(name);
            closure(byName.get(name)?.imports ?? [], seen);
          }
          return seen;
        };
        const initial = closure([entry.fileName]);
        const chunkOf = (source: string) => {
          const named = (id: string | null) => id?.replaceAll('\\', '/').endsWith(source) ?? false;
          // Its own chunk, else the chunk the bundler put the module in.
          const chunk = chunks.find((c) => named(c.facadeModuleId)) ?? chunks.find((c) => c.moduleIds.some(named));
          if (!chunk) throw new Error(`no chunk for ${source}`);
          return chunk.fileName;
        };
        const catalogue = (locale: keyof typeof CATALOGUE_SOURCES) =>
          ` data-catalogue-${locale.toLowerCase()}="/${chunkOf(CATALOGUE_SOURCES[locale])}"`;
        // The screens' own stylesheets (loaded by their chunks at run time) are needed at first
        // paint: inlined, as a linked stylesheet would hold the first paint back a round trip.
        const styles = Object.values(bundle)
          .filter((file) => file.type === 'asset' && file.fileName.endsWith('.css'))
          .map((file) => `<style>${file.type === 'asset' ? String(file.source) : ''}</style>`)
          .join('');
        const htmlTag = /<html lang="zh-CN">/;
        if (!htmlTag.test(html)) throw new Error('index.html has no <html lang="zh-CN">');
        // "/": the ledger is in the entry; only English needs its catalogue first.
        index.source = html.replace(htmlTag, () => `<html lang="zh-CN" data-path="/"${catalogue('en')}>`);
        const pageFor = (path: string, redirect?: string) => {
          const page = pages.find((p) => p.path === path);
          if (!page) throw new Error(`no prerendered page for ${path}`);
          const preloads = [...closure(server.routeSources(path).map(chunkOf))]
            .filter((name) => !initial.has(name))
            .map((name) => `<link rel="modulepreload" crossorigin href="/${name}">`)
            .join('');
          return html
            .replace(homeBlock, () => bodyBlock(path, day, page.zh, page.en))
            .replace(
              htmlTag,
              () =>
                `<html lang="zh-CN" data-path="${path}"${redirect ? ` data-redirect="${redirect}"` : ''}${catalogue('zh-CN')}${catalogue('en')}>`,
            )
            .replace('</head>', () => `${preloads}${styles}</head>`);
        };
        for (const { path } of pages) {
          if (path === '/') continue;
          this.emitFile({ type: 'asset', fileName: `${path.slice(1)}.html`, source: pageFor(path) });
        }
        for (const { from, to } of server.STATIC_REDIRECTS) {
          this.emitFile({ type: 'asset', fileName: `${from.slice(1)}.html`, source: pageFor(to, to) });
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
        const inline = findInlineScripts(html, ALLOWED_INLINE_SCRIPTS);
        if (inline.length > 0) throw new Error(`inline <script> in index.html breaks the CSP: ${inline.join(', ')}`);
        const input = {
          scriptHashes: inlineScriptHashes(html),
          styleHashes: inlineStyleHashes(html),
          styleAttributeHashes: styleAttributeHashes(html),
        };
        return injectPolicyMeta(html, buildPolicy({ ...input, forHeader: false }));
      },
    },
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        // Prerendered deep links (emitted by the prerender plugin from the final index.html)
        // get a policy for their own markup; the header's policy covers every page.
        const pages = Object.values(bundle).filter((f) => f.type === 'asset' && f.fileName.endsWith('.html'));
        const scriptHashes = new Set<string>();
        const styleHashes = new Set<string>();
        const attributeHashes = new Set<string>();
        for (const page of pages) {
          if (page.type !== 'asset') continue;
          const html = String(page.source).replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/i, '');
          const inline = findInlineScripts(html, ALLOWED_INLINE_SCRIPTS);
          if (inline.length > 0)
            throw new Error(`inline <script> in ${page.fileName} breaks the CSP: ${inline.join(', ')}`);
          const input = {
            scriptHashes: inlineScriptHashes(html),
            styleHashes: inlineStyleHashes(html),
            styleAttributeHashes: styleAttributeHashes(html),
          };
          input.scriptHashes.forEach((h) => scriptHashes.add(h));
          input.styleHashes.forEach((h) => styleHashes.add(h));
          input.styleAttributeHashes.forEach((h) => attributeHashes.add(h));
          if (page.fileName !== 'index.html')
            page.source = injectPolicyMeta(html, buildPolicy({ ...input, forHeader: false }));
        }
        policyForHeader = buildPolicy({
          scriptHashes: [...scriptHashes],
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
        prerenderPages(),
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
            // Every prerendered page: offline, a path is answered with its own page (the precache
            // matches "/law" to law.html: cleanURLs), any other (a route with an id) with
            // index.html, whose boot script shows that route's loading shell (navigateFallback).
            globPatterns: ['**/*.html', '**/*.{js,css,png,svg,webmanifest,woff2}'],
            // A page's query (the share target's ?text=) does not pick another page.
            ignoreURLParametersMatching: [/.*/],
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
