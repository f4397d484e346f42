/**
 * What the app is served with: the response headers of `npm start` (the same server as this project's
 * global setup), and the page's own refusal to work inside another site's frame, which is what is
 * left on a host that sends no headers.
 */
import { createHash } from 'node:crypto';
import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Frame } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy, headersFor, securityHeaderRules, serviceWorkerPath, serviceWorkerPolicy } from '../../build/security-headers';
import { enFramed } from '../../src/content/en-framed';
import { messages } from '../../src/content/messages';
import { fixtures } from '../fixtures/answers';
import { completeJourney, freshPagePerTest, type JourneyAnswers } from './browser';

const baseUrl = inject('baseUrl');
const session = freshPagePerTest();

/** The hash the policy must allow: that of the one inline style sheet in the built page. */
async function inlineStyleHash(): Promise<string> {
  const html = await (await fetch(baseUrl)).text();
  const css = html.match(/<style>([\s\S]*?)<\/style>/)?.[1];
  if (css === undefined) throw new Error('No inline style sheet in index.html');
  return `sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`;
}

describe('response headers', () => {
  it('are sent on the page and on its scripts, with the policy of the page itself plus framing', async () => {
    const hash = await inlineStyleHash();
    const rules = securityHeaderRules([hash]);
    const pageResponse = await fetch(baseUrl);
    const html = await pageResponse.text();
    const entry = html.match(/<script\b[^>]*\stype="module"[^>]*\ssrc="([^"]+)"/)?.[1];
    expect(entry).toMatch(/^\/assets\/.+\.js$/);
    const scriptResponse = await fetch(new URL(entry!, baseUrl));
    expect(scriptResponse.headers.get('content-type')).toMatch(/javascript/);

    for (const response of [pageResponse, scriptResponse]) {
      const expected = headersFor(rules, new URL(response.url).pathname);
      expect(expected.map(([name]) => name).sort()).toEqual([
        'Content-Security-Policy',
        'Cross-Origin-Opener-Policy',
        'Permissions-Policy',
        'Referrer-Policy',
        'X-Content-Type-Options',
        'X-Frame-Options',
      ]);
      for (const [name, value] of expected) expect(response.headers.get(name), `${response.url}: ${name}`).toBe(value);
    }
    const policy = pageResponse.headers.get('content-security-policy') ?? '';
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).toContain(`style-src 'self' '${hash}';`);
    expect(pageResponse.headers.get('permissions-policy')).toMatch(/(^|, )camera=\(\)/);
    expect(pageResponse.headers.get('permissions-policy')).toMatch(/(^|, )microphone=\(\)/);
    expect(pageResponse.headers.get('permissions-policy')).toMatch(/(^|, )geolocation=\(\)/);

    // The service worker's own policy lets it fetch the app's files from this site (and nowhere else).
    const worker = await fetch(new URL(serviceWorkerPath, baseUrl));
    expect(worker.headers.get('content-security-policy')).toBe(serviceWorkerPolicy);
    expect(worker.headers.get('x-content-type-options')).toBe('nosniff');

    // The <meta> policy, for hosts that send none: the same, less what a <meta> cannot say.
    const metaPolicy = html.match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)?.[1];
    expect(metaPolicy).toBe(contentSecurityPolicy([hash], 'meta'));
    expect(metaPolicy).not.toContain('frame-ancestors');
  });

  it('raise no warning in Chromium (an unknown feature or a broken policy would)', async () => {
    const { page } = session;
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    await page.goto(baseUrl);
    await page.getByRole('button', { name: messages.start.button }).click();
    await page.locator('main[data-step="respondent"]').waitFor();
    expect(problems).toEqual([]);
  });
});

/** A server on another port: `/` is a page that frames `target` and titles itself "loaded" once the frame has loaded. */
async function startFramingSite(target: string): Promise<{ url: string; server: Server }> {
  const server = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html');
    response.end(`<!doctype html><title>framing</title><h1>Another site</h1>
<iframe src="${target}" width="800" height="600" onload="document.title = 'loaded'"></iframe>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

/** A static host that sends no security headers: the same files as `baseUrl`, its headers dropped. */
async function startHostWithoutHeaders(): Promise<{ url: string; server: Server }> {
  const upstream = new URL(baseUrl);
  const dropped = new Set(securityHeaderRules([]).flatMap((rule) => rule.headers.map(([name]) => name.toLowerCase())));
  const server = createServer((incoming, outgoing) => {
    const forwarded = request(
      { host: upstream.hostname, port: upstream.port, path: incoming.url, method: incoming.method, headers: { ...incoming.headers, host: upstream.host } },
      (response) => {
        const headers = Object.fromEntries(Object.entries(response.headers).filter(([name]) => !dropped.has(name)));
        outgoing.writeHead(response.statusCode ?? 502, headers);
        response.pipe(outgoing);
      },
    );
    forwarded.on('error', () => outgoing.destroy());
    incoming.pipe(forwarded);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

const servers: Server[] = [];
afterAll(async () => {
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(resolve))));
});

/** The framed page once the framing page says it has loaded. */
async function framedApp(framingUrl: string): Promise<Frame> {
  const { page } = session;
  await page.goto(framingUrl);
  await page.waitForFunction(() => document.title === 'loaded');
  const frame = page.frames().find((candidate) => candidate !== page.mainFrame());
  if (!frame) throw new Error('The framing page has no frame');
  return frame;
}

describe('framed by another site', () => {
  let withoutHeaders: string;
  beforeAll(async () => {
    const host = await startHostWithoutHeaders();
    servers.push(host.server);
    withoutHeaders = host.url;
  });

  it('is refused by the browser when served with the headers', async () => {
    const framing = await startFramingSite(baseUrl);
    servers.push(framing.server);
    const frame = await framedApp(framing.url);
    // Chromium shows its own error page in the frame instead of the app.
    expect(frame.url()).not.toBe(baseUrl);
    expect(await frame.locator('#root').count()).toBe(0);
    expect(await frame.getByRole('button').count()).toBe(0);
  });

  it('shows no answers and no button, only a link to open it in its own tab, on a host without headers', async () => {
    const { page } = session;
    // Someone has answers saved on this device.
    await page.goto(withoutHeaders);
    await completeJourney(page, fixtures.typicalCramps.answers as JourneyAnswers, { stopAt: 'timing' });

    const framing = await startFramingSite(withoutHeaders);
    servers.push(framing.server);
    const frame = await framedApp(framing.url);
    const link = frame.getByRole('link', { name: enFramed.link });
    await link.waitFor();
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.getAttribute('rel')).toBe('noopener');
    expect(await link.getAttribute('href')).toBe(withoutHeaders);
    expect(await frame.getByText(enFramed.text).isVisible()).toBe(true);

    // And it stays that way: the app never starts in the frame.
    await page.waitForTimeout(1_500);
    expect(await frame.locator('main[data-step]').count()).toBe(0);
    expect(await frame.getByRole('button').count()).toBe(0);
    expect(await frame.getByText(messages.session.forget).count()).toBe(0);
    expect(await frame.locator('input').count()).toBe(0);

    // The same page in a tab of its own is the app, with the saved answers.
    await page.goto(withoutHeaders);
    await page.locator('main[data-step]').waitFor();
    expect(await page.getByRole('link', { name: enFramed.link }).count()).toBe(0);
  });
});
