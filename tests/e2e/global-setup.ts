/**
 * Vitest globalSetup for the `e2e` project: serves what `npm start` serves. It builds the production
 * bundle (as `vite build` does) into a temporary folder, so that it never clobbers a `dist/` someone
 * else is serving, serves it with `vite preview` and the same vite.config.ts (whose
 * `nightlegs-security-headers` plugin sends the response headers the build wrote to `_headers`) on a
 * free port, and hands the base URL to the tests through `provide('baseUrl')`.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';
import { CHROMIUM_PATH } from '../chromium.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolvePort(port));
    });
  });
}

export default async function setup(project: TestProject) {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `End-to-end tests need Chromium at ${CHROMIUM_PATH}, which is missing. Install it with: apt-get install -y chromium`,
    );
  }

  const root = project.config.root;
  const outDir = mkdtempSync(join(tmpdir(), 'nightlegs-e2e-'));
  const shared = { root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' as const };
  // Vitest runs with NODE_ENV=test, which would bundle React's development build: the Chromium tests
  // are meant for the bundle people get. This project runs alone (npm test runs it after the unit
  // tests), so changing the variable for the length of the build touches no other test.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({ ...shared, logLevel: 'error', mode: 'production', build: { outDir, emptyOutDir: true } });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }

  const port = await freePort();
  const server: PreviewServer = await preview({
    ...shared,
    build: { outDir },
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  const url = server.resolvedUrls?.local[0] ?? `http://127.0.0.1:${port}/`;
  project.provide('baseUrl', url);

  return async () => {
    await server.close();
    rmSync(outDir, { recursive: true, force: true });
  };
}
