/// <reference types="vitest/config" />
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { createServer, defineConfig, type Plugin, type ResolvedConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { contentSecurityPolicy, headersFile, headersFor, nginxHeaders, parseHeadersFile, securityHeaderRules } from './build/security-headers.ts';

/**
 * Puts the app's style sheet (about 3 KB gzipped) into the built index.html as a `<style>`, so the
 * first screen paints as soon as the page arrives, without waiting for a second request; then adds
 * the Content-Security-Policy, which allows that `<style>` by its SHA-256 hash. The .css file is
 * then left out of the build: nothing else refers to it (all CSS is imported by src/boot.ts).
 * Only in the build: the dev server needs inline scripts for hot reload.
 *
 * The same policy goes into the response headers of build/security-headers.ts, which the build
 * writes next to index.html: `_headers` (Netlify, Cloudflare Pages; also what `npm start` sends, see
 * `serveSecurityHeaders`) and `nginx-headers.conf`.
 */
function inlineStyleSheetAndPolicy(): Plugin {
  let hashes: string[] | null = null;
  return {
    name: 'nightlegs-inline-css-and-csp',
    apply: 'build',
    writeBundle(options) {
      if (!hashes || !options.dir) throw new Error('nightlegs-inline-css: no index.html was built, so no headers');
      const rules = securityHeaderRules(hashes);
      writeFileSync(join(options.dir, '_headers'), headersFile(rules));
      writeFileSync(join(options.dir, 'nginx-headers.conf'), nginxHeaders(rules));
    },
    transformIndexHtml: {
      // After Vite has added the built CSS link and after the prerender has filled the page.
      order: 'post',
      handler(html, context) {
        const inlined: string[] = [];
        hashes = inlined;
        const withInlineCss = html.replace(/<link rel="stylesheet"[^>]*href="\/([^"]+\.css)"[^>]*>/g, (_, fileName: string) => {
          const asset = context.bundle?.[fileName];
          if (!asset || asset.type !== 'asset') throw new Error(`nightlegs-inline-css: no built ${fileName} to inline`);
          const css = String(asset.source);
          if (css.includes('</style')) throw new Error(`nightlegs-inline-css: ${fileName} cannot be inlined safely`);
          if (/url\(/.test(css)) throw new Error(`nightlegs-inline-css: ${fileName} has url()s, which would resolve differently inline`);
          inlined.push(`sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`);
          delete context.bundle?.[fileName];
          return `<style>${css}</style>`;
        });
        // Lazily loaded CSS would need Vite's preload helper, which this build leaves out (see plainDynamicImports).
        const leftOver = Object.keys(context.bundle ?? {}).filter((fileName) => fileName.endsWith('.css'));
        if (leftOver.length > 0) throw new Error(`nightlegs-inline-css: CSS outside index.html: ${leftOver.join(', ')}; import CSS only from src/boot.ts`);
        // Right after the charset, which must stay first, and before any script or style.
        return withInlineCss.replace(
          /(<meta charset="UTF-8" \/>)/,
          `$1\n    <meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(inlined, 'meta')}" />`,
        );
      },
    },
  };
}

/**
 * `vite preview` (`npm start`, and the e2e tests) sends every response with the headers the build
 * wrote to `_headers`, so that it serves exactly what a static host configured with that file would.
 */
function serveSecurityHeaders(): Plugin {
  return {
    name: 'nightlegs-security-headers',
    configurePreviewServer(server) {
      const file = join(resolve(server.config.root, server.config.build.outDir), '_headers');
      const rules = parseHeadersFile(readFileSync(file, 'utf8'));
      server.middlewares.use((request, response, next) => {
        const { pathname } = new URL(request.url ?? '/', 'http://localhost');
        for (const [name, value] of headersFor(rules, pathname)) response.setHeader(name, value);
        next();
      });
    },
  };
}

/**
 * Prerenders the first screen into the built index.html: the start page as a first-time visitor sees
 * it (src/prerender.tsx), so that it paints before any script has run; src/app/main.tsx then hydrates it.
 * The patient page goes in #root, the GP page in a <template> that src/start-page.ts puts in its
 * place before the first paint for `?mode=gp`. Only in the build. The render runs in a throwaway Vite
 * server (SSR, no file watching, no HMR) so that the app's TypeScript, JSX and lazy imports load exactly as they do in
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
          const patient = await renderStartPage('patient');
          const gp = await renderStartPage('gp');
          if (gp.includes('</template')) throw new Error('nightlegs-prerender: the GP start page cannot go inside a <template>');
          return html.replace(
            container,
            () => `<div id="root" data-start-page="patient">${patient}</div>\n    <template id="gp-start-page">${gp}</template>`,
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * src/start-page.ts, built as an entry of its own, goes into the head of the built index.html as a
 * classic script: it must run before the first paint (it picks GP mode's start page, and remembers a
 * press made before the app listens), which neither a module script nor an inline one (forbidden by
 * the Content-Security-Policy) can. Not on the dev server, which prerenders no page.
 */
const startPageEntry = 'src/start-page.ts';
function startPageScript(): Plugin {
  return {
    name: 'nightlegs-start-page-script',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, context) {
        const chunk = Object.values(context.bundle ?? {}).find(
          (file) => file.type === 'chunk' && file.isEntry && file.facadeModuleId?.endsWith(startPageEntry),
        );
        if (!chunk || chunk.type !== 'chunk') throw new Error(`nightlegs-start-page: ${startPageEntry} was not built`);
        if (chunk.imports.length > 0 || chunk.exports.length > 0) throw new Error(`nightlegs-start-page: ${startPageEntry} must import and export nothing, to run as a classic script`);
        return html.replace('</head>', () => `  <script src="/${chunk.fileName}"></script>\n  </head>`);
      },
    },
  };
}

/**
 * Vite wraps every dynamic import in a helper (about 1 KB gzipped, in the first script) that also
 * preloads the imported chunk's CSS and modules. This app has neither to preload: all its CSS is
 * inline in index.html and module preloading is off (see `build.modulePreload`). So the helper
 * just runs the import.
 */
function plainDynamicImports(): Plugin {
  const helperId = '\0vite/preload-helper.js';
  return {
    name: 'nightlegs-plain-dynamic-imports',
    apply: 'build',
    enforce: 'pre',
    load: (id) => (id === helperId ? 'export const __vitePreload = (load) => load();' : null),
  };
}

/**
 * V8's compile hint (Chromium 136 and later; a plain comment elsewhere) at the top of every chunk:
 * compile all its functions eagerly, off the main thread while the chunk streams in, instead of each
 * one on the main thread the first time it is called. That lazy compiling was a large part of the
 * main thread's work while hydrating the start page. Added after minification, which drops comments.
 */
function eagerCompileHint(): Plugin {
  return {
    name: 'nightlegs-eager-compile-hint',
    apply: 'build',
    generateBundle: {
      // After Vite's own additions to the top of a chunk: the hint counts only as the first line.
      order: 'post',
      handler(_, bundle) {
        for (const file of Object.values(bundle)) {
          // Not the start page's script: half a kilobyte, run once, before the first paint.
          if (file.type === 'chunk' && !file.facadeModuleId?.endsWith(startPageEntry)) file.code = `//# allFunctionsCalledOnLoad\n${file.code}`;
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

/**
 * `version.js` in the build: names this build's entry script, so that an open page of an older build
 * can tell that a new version has replaced the files it still needs (src/app/app-update.ts). The
 * service worker leaves it out of its cache (see `globIgnores`), so it always comes from the server.
 */
function versionModule(): Plugin {
  let base = '/';
  return {
    name: 'nightlegs-version-module',
    apply: 'build',
    configResolved(resolved) {
      base = resolved.base;
    },
    generateBundle(_, bundle) {
      const entry = Object.values(bundle).find((file) => file.type === 'chunk' && file.isEntry);
      if (!entry) throw new Error('nightlegs-version-module: the build has no entry script');
      this.emitFile({ type: 'asset', fileName: 'version.js', source: `export const entry = ${JSON.stringify(base + entry.fileName)};\n` });
    },
  };
}

const themeColour = '#1d4f91';

/** Test files without JSX that still need a DOM (they read and write localStorage and sessionStorage). */
const domTestsWithoutJsx = ['tests/saved-session.test.ts', 'tests/tab-session.test.ts'];

export default defineConfig({
  resolve: {
    alias: [
      // @xstate/react imports the React 17 shims of useSyncExternalStore; React 19 has it built in, so
      // the shim would only add bytes to the first download. The non-shim builds use React's own.
      { find: /^use-sync-external-store\/shim\/with-selector$/, replacement: 'use-sync-external-store/with-selector' },
      { find: /^use-sync-external-store\/shim$/, replacement: fileURLToPath(new URL('src/vendor/use-sync-external-store-shim.ts', import.meta.url)) },
    ],
  },
  plugins: [
    react(),
    prerenderStartPage(),
    inlineStyleSheetAndPolicy(),
    serveSecurityHeaders(),
    startPageScript(),
    plainDynamicImports(),
    eagerCompileHint(),
    serviceWorkerFlag(),
    versionModule(),
    /*
     * Offline and installable. Workbox precaches every built file (the prerendered index.html, all
     * JS chunks including the lazily loaded ones, CSS, icons, manifest); navigations are answered with
     * index.html from the cache. The service worker is registered by src/app/main.tsx (no injected
     * script), in the build only.
     *
     * Updates: a new service worker installs in the background, then waits (no skipWaiting, no
     * clientsClaim), so an open tab keeps the version it started with and every file of it. The app
     * tells it to take over at a natural point of the journey (src/app/use-safe-update.ts, with the
     * SKIP_WAITING message that Workbox's worker listens for); the page then reloads at the same step
     * with the same answers, and the old version's files are deleted (cleanupOutdatedCaches).
     */
    VitePWA({
      strategies: 'generateSW',
      registerType: 'prompt',
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
        globIgnores: ['**/node_modules/**/*', 'version.js'],
        navigateFallback: 'index.html',
        skipWaiting: false,
        clientsClaim: false,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    // No modulepreload links: the app loads in stages after the first paint (src/boot.ts), and each
    // stage imports mostly what an earlier stage has already loaded.
    modulePreload: false,
    // The stages of src/boot.ts, each a chunk evaluated in a task of its own, so that no one task holds
    // the main thread for long: React, then the questionnaire's machine and its libraries, then the rest.
    rolldownOptions: {
      input: { index: fileURLToPath(new URL('index.html', import.meta.url)), 'start-page': fileURLToPath(new URL(startPageEntry, import.meta.url)) },
      output: {
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'questionnaire', test: /node_modules[\\/](xstate|zod)[\\/]|src[\\/]questionnaire[\\/][^\\/]+\.ts$|src[\\/]catalogue[\\/](questions|answers)\.ts$/ },
          ],
        },
      },
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          // Pure logic (assessment, machine, steps, FHIR, notes, the safety case): no DOM to build.
          name: 'logic',
          environment: 'node',
          // One worker for all files, without re-importing the libraries for each: these files keep no
          // state between tests.
          isolate: false,
          // The graph and property tests take several seconds on a busy two-core machine.
          testTimeout: 60_000,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/e2e/**', ...domTestsWithoutJsx],
        },
      },
      {
        extends: true,
        test: {
          // The app rendered with Testing Library, and code that needs the browser's storage.
          name: 'dom',
          // A whole journey through the UI takes a few seconds in jsdom on a busy two-core machine.
          testTimeout: 60_000,
          environment: 'jsdom',
          // Re-importing jsdom, React and the app for every file cost more than all the tests in it;
          // tests/setup.ts resets what a test may leave behind (the DOM, storage, history).
          isolate: false,
          setupFiles: ['tests/setup.ts'],
          include: ['tests/**/*.test.tsx', ...domTestsWithoutJsx],
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
