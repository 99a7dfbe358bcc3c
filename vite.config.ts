/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig(({ isSsrBuild }) => ({
  plugins: [
    react(),
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
                { name: 'datefns', test: /node_modules[\\/]date-fns[\\/]/, priority: 20 },
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
