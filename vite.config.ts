/// <reference types="vitest/config" />
import react from '@vitejs/plugin-react';
import { createServer, defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';

/**
 * Privacy by construction: the built page may load only its own files and may not connect anywhere
 * (no fetch, XHR or WebSocket), run inline or eval'd script, embed objects, or submit forms.
 * Only in the build: the dev server needs inline scripts for hot reload.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'nightlegs-content-security-policy',
    apply: 'build',
    // Right after the charset, which must stay first, and before any script.
    transformIndexHtml: (html) =>
      html.replace(
        /(<meta charset="UTF-8" \/>)/,
        `$1\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy}" />`,
      ),
  };
}

/**
 * Prerenders the first screen into the built index.html: the start page as a first-time visitor in
 * patient mode sees it (src/prerender.tsx), so that it paints before any script has run; src/main.tsx
 * then hydrates it. Only in the build. The render runs in a throwaway Vite server (SSR, no file
 * watching, no HMR) so that the app's TypeScript, JSX and lazy imports load exactly as they do in
 * the browser; no script is added to the page.
 */
function prerenderStartPage(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'nightlegs-prerender',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html) {
        const container = '<div id="root"></div>';
        if (!html.includes(container)) throw new Error(`nightlegs-prerender: index.html has no ${container} to fill`);
        const server = await createServer({
          root: config.root,
          mode: config.mode,
          configFile: false,
          logLevel: 'error',
          plugins: [react()],
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false, watch: null },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const { renderStartPage } = (await server.ssrLoadModule('/src/prerender.tsx')) as typeof import('./src/prerender');
          const markup = await renderStartPage();
          return html.replace(container, () => `<div id="root">${markup}</div>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * `import.meta.env.VITE_SERVICE_WORKER`: true in builds, which have a service worker, false on the dev
 * server and in unit tests, which have none. (Not `import.meta.env.PROD`: the e2e build runs under
 * Vitest, whose NODE_ENV=test makes it false even there.)
 */
function serviceWorkerFlag(): Plugin {
  return {
    name: 'nightlegs-service-worker-flag',
    config: (_, { command }) => ({ define: { 'import.meta.env.VITE_SERVICE_WORKER': JSON.stringify(command === 'build') } }),
  };
}

const themeColour = '#1d4f91';

export default defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    prerenderStartPage(),
    serviceWorkerFlag(),
    /*
     * Offline and installable. Workbox precaches every built file (the prerendered index.html, all
     * JS chunks including the lazily loaded ones, CSS, icons, manifest); navigations are answered with
     * index.html from the cache. The service worker is registered by src/main.tsx (no injected
     * script), in the build only.
     *
     * Updates: a new service worker installs in the background, then takes over at once (skipWaiting,
     * clientsClaim) and deletes the old version's files (cleanupOutdatedCaches); main.tsx then reloads
     * the page, which resumes at the same step with the same answers. Nobody is kept on an old
     * version, and a page of the old version never asks for a file that only the old cache had.
     */
    VitePWA({
      strategies: 'generateSW',
      registerType: 'autoUpdate',
      injectRegister: false,
      manifest: {
        id: '/',
        name: 'nightlegs',
        short_name: 'nightlegs',
        description:
          'Night-time leg symptoms: cramps, restless legs or periodic limb movements? Answer a few questions and take a summary to your GP. Not a diagnosis.',
        lang: 'en',
        dir: 'ltr',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        theme_color: themeColour,
        background_color: '#ffffff',
        categories: ['health', 'medical'],
        icons: [
          { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
          { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
          { src: 'maskable-icon-512x512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        skipWaiting: true,
        clientsClaim: true,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          // Whole journeys through the UI take a few seconds each in jsdom on a busy two-core machine.
          testTimeout: 60_000,
          environment: 'jsdom',
          setupFiles: ['tests/setup.ts'],
          include: ['tests/**/*.test.{ts,tsx}'],
          exclude: ['tests/e2e/**'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // One Chromium at a time: the machine has two cores.
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
