/**
 * The prerendered first screen and offline use, in a real Chromium against the production
 * build: the built index.html already holds the start page and hydrates without a warning or a layout
 * shift; after one visit, the service worker serves the whole app, and a full journey completes with
 * the network off.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { enBoot } from '../../src/content/en-boot';
import { messages } from '../../src/content/messages';
import { fixtures } from '../fixtures/answers';
import { completeJourney, currentStep, launchBrowser, openStart, waitForStepChange, type JourneyAnswers } from './browser';

const baseUrl = inject('baseUrl');

let browser: Browser;
let context: BrowserContext;
let page: Page;
/** Console errors and warnings, and uncaught errors (React reports a failed hydration as one). */
let problems: string[];

beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
  page = await context.newPage();
  problems = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning') problems.push(`console.${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
});
afterEach(async () => {
  await context?.close();
});

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Whether React has taken over the start page's heading (hydrated or rendered it). */
function reactOwnsHeading(): Promise<boolean> {
  return page.evaluate(() => {
    const heading = document.querySelector('main[data-step="start"] h1');
    return heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber'));
  });
}

describe('prerendered start page', () => {
  it('is in the built index.html, inside #root, with no inline script', async () => {
    const response = await fetch(baseUrl);
    expect(response.ok).toBe(true);
    const html = await response.text();
    expect(html).toMatch(/<div id="root" data-start-page="patient"><a href="#main-content"/);
    expect(html).toContain('<main class="app-main" id="main-content" data-step="start">');
    expect(html).toMatch(new RegExp(`<h1 [^>]*>${escapeHtml(messages.start.title).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}</h1>`));
    // The Content-Security-Policy allows no inline script: every script is a file of the build.
    const scripts = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [tag, body] of scripts) {
      expect(tag).toMatch(/\ssrc="\/[^"]+"/);
      expect(body.trim()).toBe('');
    }
    expect(html).toContain('<link rel="manifest" href="/manifest.webmanifest">');
    // All the CSS is inline, so the page paints with the first response; the policy allows exactly
    // that style sheet, by its hash, and no other inline style.
    expect(html).not.toMatch(/<link[^>]+rel="stylesheet"/);
    const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map(([, css]) => css);
    expect(styles).toHaveLength(1);
    const digest = Buffer.from(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(styles[0]))).toString('base64');
    const policy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1] ?? '';
    expect(policy).toContain(`style-src 'self' 'sha256-${digest}';`);
    expect(policy).not.toContain('unsafe-inline');
  });

  it('a press on "Start now" before the app has loaded is not lost', async () => {
    // Hold the app's React stage back until the button has been pressed on the prerendered page.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/assets\/react-[\w-]+\.js$/, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: messages.start.button }).click();
    expect(await reactOwnsHeading()).toBe(false);
    release();
    expect(await waitForStepChange(page, 'start', 10_000)).toBe('respondent');
    expect(problems).toEqual([]);
  });

  it('says so on the page, in plain words, when the app cannot load', async () => {
    await page.route(/\/assets\/react-[\w-]+\.js$/, (route) => route.abort('internetdisconnected'));
    await page.goto(baseUrl);
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toBe(enBoot.loadFailed);
    expect(await currentStep(page)).toBe('start');
  });

  it('hydrates without an error, a warning, a replaced element or a layout shift', async () => {
    // Before any page script: count elements taken out of #root (a fresh client render would replace
    // the prerendered page; hydration adopts it) and sum layout shifts.
    await page.addInitScript(() => {
      const record = { removedElements: 0, layoutShift: 0 };
      (window as unknown as { __prerender: typeof record }).__prerender = record;
      new MutationObserver((mutations) => {
        for (const mutation of mutations) {
          const inRoot = mutation.target instanceof Element && mutation.target.closest('#root') !== null;
          if (inRoot) record.removedElements += [...mutation.removedNodes].filter((node) => node instanceof Element).length;
        }
      }).observe(document, { childList: true, subtree: true });
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) record.layoutShift += (entry as PerformanceEntry & { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await openStart(page, baseUrl);
    await expect.poll(reactOwnsHeading, { timeout: 10_000 }).toBe(true);
    // The lazily loaded answer-file import hydrates when its code arrives; then the heading has focus.
    await page.locator('input[type="file"]').waitFor({ state: 'attached' });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.waitForTimeout(500);

    const record = await page.evaluate(() => (window as unknown as { __prerender: { removedElements: number; layoutShift: number } }).__prerender);
    expect(problems).toEqual([]);
    expect(record.removedElements).toBe(0);
    expect(record.layoutShift).toBe(0);
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('h1').innerText()).toBe(messages.start.title);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    expect(await page.title()).toBe(`${messages.start.title} – ${messages.appName}`);

    // And the hydrated page works.
    await page.getByRole('button', { name: /^Start/ }).click();
    expect(await waitForStepChange(page, 'start')).not.toBe('start');
    expect(problems).toEqual([]);
  });

  it('is replaced, not hydrated, when the first screen is another (a reload mid-journey)', async () => {
    await page.goto(baseUrl);
    await completeJourney(page, fixtures.typicalCramps.answers as JourneyAnswers, { stopAt: 'timing' });
    await page.reload();
    await page.locator('main[data-step="timing"]').waitFor();
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('h1').count()).toBe(1);
    expect(problems).toEqual([]);
  });
});

/** Every URL in the service worker's precache list (`{url:"…",revision:"…"}`, minified or not). */
async function precachedUrls(): Promise<Set<string>> {
  const sw = await (await fetch(new URL('sw.js', baseUrl))).text();
  return new Set([...sw.matchAll(/"?url"?:\s*"([^"]+)"/g)].map(([, url]) => new URL(url, baseUrl).pathname));
}

/** Every JS chunk the entry can load, following static and dynamic imports (Vite names them `name-hash.js`). */
async function allChunks(): Promise<Set<string>> {
  const html = await (await fetch(baseUrl)).text();
  const entry = html.match(/<script\b[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/)?.[1];
  if (!entry) throw new Error('No entry script in index.html');
  const found = new Set<string>();
  const queue = [entry];
  while (queue.length > 0) {
    const path = queue.pop()!;
    if (found.has(path)) continue;
    found.add(path);
    const response = await fetch(new URL(path, baseUrl));
    if (!/javascript/.test(response.headers.get('content-type') ?? '')) throw new Error(`${path} is not a script of the build`);
    const code = await response.text();
    for (const [name] of code.matchAll(/[\w.-]+-[\w-]{8}\.js/g)) queue.push(`/assets/${name}`);
  }
  return found;
}

describe('offline', () => {
  it('precaches the whole app shell, lazily loaded chunks included', async () => {
    const precached = await precachedUrls();
    for (const path of ['/index.html', '/manifest.webmanifest', '/favicon.svg', '/pwa-192x192.png', '/pwa-512x512.png', '/maskable-icon-512x512.png']) {
      expect(precached, path).toContain(path);
    }
    const chunks = await allChunks();
    expect(chunks.size).toBeGreaterThan(3);
    for (const chunk of chunks) expect(precached, chunk).toContain(chunk);
  });

  it('after one visit, loads and completes a full journey with the network off', async () => {
    await openStart(page, baseUrl);
    // Installed (everything precached) and active; then in control of the page (it claims it; a
    // reload would also do).
    await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      const worker = registration.active!;
      if (worker.state !== 'activated') {
        await new Promise<void>((resolve) => worker.addEventListener('statechange', () => worker.state === 'activated' && resolve()));
      }
    });
    for (let attempt = 0; attempt < 5 && !(await page.evaluate(() => navigator.serviceWorker.controller !== null)); attempt++) {
      await page.reload();
      await page.locator('main[data-step="start"]').waitFor();
    }
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.state)).toBe('activated');

    await context.setOffline(true);
    const responses: { url: string; fromServiceWorker: boolean }[] = [];
    page.on('response', (response) => responses.push({ url: response.url(), fromServiceWorker: response.fromServiceWorker() }));
    await page.reload();
    await page.locator('main[data-step="start"]').waitFor();
    expect(await page.evaluate(() => navigator.onLine)).toBe(false);

    const visited = await completeJourney(page, fixtures.typicalRls.answers as JourneyAnswers);
    expect(visited.at(-1)).toBe('result');
    expect(await page.locator('main [data-primary]').getAttribute('data-primary')).toBe('rls');
    // Everything, the lazily loaded result page included, came from the service worker's cache.
    expect(responses.length).toBeGreaterThan(2);
    expect(responses.filter((r) => !r.fromServiceWorker)).toEqual([]);

    // GP mode's screens, loaded only in GP mode, work offline too.
    await page.evaluate(() => window.localStorage.clear());
    await page.goto(`${baseUrl}?mode=gp`);
    await page.getByRole('button', { name: 'Start in GP mode' }).click();
    const step = await waitForStepChange(page, 'start');
    expect(step).not.toBe('start');
    expect(await currentStep(page)).toBe(step);
    // The screen's code is loaded lazily: its inputs appear once it has come from the cache.
    await page.locator('main input').first().waitFor({ timeout: 5_000 });
  });

  it('a new version waits for the next page, then takes over there with every answer and the tick not yet submitted', async () => {
    // A copy of the build, served from memory, so that a "new version" can be deployed under it.
    const files = new Map<string, { body: Buffer; type: string }>();
    const sw = await (await fetch(new URL('sw.js', baseUrl))).text();
    // `define(["./workbox-<hash>"], …)`: the Workbox runtime it loads.
    const workbox = sw.match(/\.\/(workbox-[\w-]+)/)?.[1];
    if (!workbox) throw new Error('sw.js imports no workbox runtime');
    for (const path of ['/sw.js', `/${workbox}.js`, ...(await precachedUrls())]) {
      const response = await fetch(new URL(path, baseUrl));
      files.set(path, { body: Buffer.from(await response.arrayBuffer()), type: response.headers.get('content-type') ?? '' });
    }
    const server: Server = createServer((request, response) => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname;
      const file = files.get(path) ?? files.get('/index.html')!;
      response.writeHead(200, { 'content-type': file.type, 'cache-control': 'no-cache' });
      response.end(file.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const marker = () => page.locator('meta[name="description"]').getAttribute('content');
    try {
      await page.goto(url);
      // The first worker does not claim the page it was registered from: the next load is under it.
      await page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
      await page.reload();
      await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 15_000 });
      await completeJourney(page, fixtures.typicalRls.answers as JourneyAnswers, { stopAt: 'timing' });

      // Deploy version 2: another index.html, so another precache revision in sw.js.
      const edit = (path: string, change: (text: string) => string) => {
        const file = files.get(path)!;
        files.set(path, { ...file, body: Buffer.from(change(file.body.toString('utf8'))) });
      };
      edit('/index.html', (html) => html.replace('<meta name="description" content="', '$&VERSION 2. '));
      edit('/sw.js', (text) => text.replace(/("?url"?:\s*"index\.html",\s*"?revision"?:\s*")[0-9a-f]+/, '$1version2'));
      expect(files.get('/sw.js')!.body.toString('utf8')).toContain('version2');

      // The next visit opens the cached version 1 and finds version 2, which waits: the person is
      // half-way through a page, and a tick not yet submitted stays.
      await page.reload();
      await page.locator('main[data-step="timing"]').waitFor();
      const waiting = () => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state ?? null);
      await expect.poll(waiting, { timeout: 15_000 }).toBe('installed');
      const timing = fixtures.typicalRls.answers.timing as string;
      await page.locator(`input[name="timing"][value="${timing}"]`).check();
      await page.waitForTimeout(1_000);
      expect(await marker()).not.toMatch(/^VERSION 2\. /);
      expect(await page.locator(`input[name="timing"][value="${timing}"]`).isChecked()).toBe(true);

      // The next page is a natural point: version 2 takes over there, with every answer.
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
      const next = await waitForStepChange(page, 'timing');
      await expect.poll(marker, { timeout: 15_000 }).toMatch(/^VERSION 2\. /);
      await page.locator(`main[data-step="${next}"]`).waitFor();
      await page.getByRole('button', { name: 'Back' }).first().click();
      await page.locator('main[data-step="timing"]').waitFor();
      expect(await page.locator(`input[name="timing"][value="${timing}"]`).isChecked()).toBe(true);
      expect(problems).toEqual([]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
