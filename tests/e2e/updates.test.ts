/**
 * A new version deployed while a tab is open, in a real Chromium: version 1 is the build the e2e setup
 * serves; version 2 is built here with other file names for every script (as any real change of code
 * gives) and a marker in its page. A small server serves one version or the other, and answers 404 for
 * a file the version it serves does not have, as a real host would once the old files are gone.
 */
import { readdirSync, readFileSync, rmSync, mkdtempSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, relative } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { fixtures } from '../fixtures/answers';
import { choice, completeJourney, currentStep, launchBrowser, recordSteps, waitForStepChange, type JourneyAnswers } from './browser';

const baseUrl = inject('baseUrl');
const root = join(import.meta.dirname, '..', '..');

type Files = Map<string, { body: Buffer; type: string }>;
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain',
};

/** Version 1, as the e2e setup serves it: every file its service worker lists, and the few it does not. */
async function versionOne(): Promise<Files> {
  const files: Files = new Map();
  const sw = await (await fetch(new URL('sw.js', baseUrl))).text();
  const workbox = sw.match(/\.\/(workbox-[\w-]+\.js)/)?.[1];
  const precached = [...sw.matchAll(/"?url"?:\s*"([^"]+)"/g)].map(([, url]) => new URL(url, baseUrl).pathname);
  for (const path of ['/sw.js', `/${workbox}`, '/version.js', ...precached]) {
    const response = await fetch(new URL(path, baseUrl));
    if (!response.ok) throw new Error(`version 1 has no ${path}`);
    files.set(path, { body: Buffer.from(await response.arrayBuffer()), type: response.headers.get('content-type') ?? '' });
  }
  return files;
}

/** Version 2: the same app built again, every script under a new name, "VERSION 2" in its page. */
async function versionTwo(): Promise<Files> {
  const outDir = mkdtempSync(join(tmpdir(), 'nightlegs-e2e-v2-'));
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root,
      configFile: join(root, 'vite.config.ts'),
      mode: 'production',
      logLevel: 'error',
      plugins: [
        {
          name: 'version-2-marker',
          transformIndexHtml: (html) => html.replace('<meta name="description" content="', '$&VERSION 2. '),
        },
      ],
      build: {
        outDir,
        emptyOutDir: true,
        rolldownOptions: { output: { entryFileNames: 'assets/[name]-v2-[hash].js', chunkFileNames: 'assets/[name]-v2-[hash].js' } },
      },
    });
    const files: Files = new Map();
    for (const name of readdirSync(outDir, { recursive: true, withFileTypes: true })) {
      if (!name.isFile()) continue;
      const path = join(name.parentPath, name.name);
      files.set(`/${relative(outDir, path)}`, { body: readFileSync(path), type: types[extname(path)] ?? 'application/octet-stream' });
    }
    return files;
  } finally {
    process.env.NODE_ENV = nodeEnv;
    rmSync(outDir, { recursive: true, force: true });
  }
}

let browser: Browser;
let server: Server;
let url: string;
let v1: Files;
let v2: Files;
let serving: Files;

beforeAll(async () => {
  [v1, v2] = await Promise.all([versionOne(), versionTwo()]);
  serving = v1;
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    // A page address is answered with the app; a file the version does not have is not found.
    const file = serving.get(path) ?? (extname(path) === '' ? serving.get('/index.html') : undefined);
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-cache' });
    response.end(file.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

const marker = (page: Page) => page.locator('meta[name="description"]').getAttribute('content');

describe('a new version deployed while a tab is open', () => {
  it('with no service worker: the old tab finishes its journey in version 2, with no error page and no lost answer', async () => {
    serving = v1;
    const context: BrowserContext = await browser.newContext({ serviceWorkers: 'block' });
    try {
      const page = await context.newPage();
      const problems: string[] = [];
      page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
      const stepsSeen = await recordSteps(page);
      await page.goto(url);
      const { answers, expected } = fixtures.typicalRls;
      await completeJourney(page, answers as JourneyAnswers, { stopAt: 'timing' });

      serving = v2;
      // A tick not yet submitted stays where it is: nothing reloads under the person.
      await choice(page, 'timing', answers.timing as string).check();
      await page.waitForTimeout(1_000);
      expect(await currentStep(page)).toBe('timing');
      expect(await choice(page, 'timing', answers.timing as string).isChecked()).toBe(true);
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      await waitForStepChange(page, 'timing');

      // The review needs a script that version 2 replaced: the tab reloads into version 2 there.
      await completeJourney(page, answers as JourneyAnswers, { stopAt: 'checkAnswers' });
      await expect.poll(() => marker(page), { timeout: 15_000 }).toMatch(/^VERSION 2\. /);
      await page.locator('main[data-step="checkAnswers"]').waitFor();
      await completeJourney(page, answers as JourneyAnswers);
      expect(await page.locator('main [data-primary]').getAttribute('data-primary')).toBe(expected.primary);
      const seen = await stepsSeen();
      expect(seen).toContain('timing');
      expect(seen).not.toContain('error');
      expect(problems).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
