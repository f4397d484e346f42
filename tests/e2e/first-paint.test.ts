/**
 * The first moments of a visit, in both modes: what the first paint shows, and a press on the
 * prerendered "Start now" made before the app is listening.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { messages } from '../../src/content/messages';
import { freshPagePerTest, waitForStepChange } from './browser';

const baseUrl = inject('baseUrl');
const session = freshPagePerTest();

const modes = [
  { mode: 'patient', url: baseUrl, title: messages.start.title, button: messages.start.button, firstStep: 'respondent' },
  { mode: 'gp', url: `${baseUrl}?mode=gp`, title: messages.gp.startTitle, button: messages.gp.startButton, firstStep: 'screening' },
] as const;

const tries = 20;

describe('a press on "Start now" as the page finishes loading', () => {
  it.each(modes)('starts the journey in $mode mode, 20 times out of 20', async ({ url, button, firstStep }) => {
    const { newContext } = session;
    const outcomes: string[] = [];
    for (let attempt = 0; attempt < tries; attempt++) {
      // A fresh visitor each time; the app's entry script arrives 0–400 ms late (a slow line), and
      // the press comes 0–190 ms after the button appears: before, during or just after the app starts.
      // (No service worker: it would only download the whole app in the background each time.)
      const context = await newContext({ serviceWorkers: 'block' });
      const page = await context.newPage();
      const scriptDelay = (attempt % 5) * 100;
      const pressDelay = (attempt * 37) % 200;
      await page.route(/\/assets\/index-[\w-]+\.js$/, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, scriptDelay));
        await route.continue();
      });
      await page.goto(url, { waitUntil: 'commit' });
      const start = page.getByRole('button', { name: button });
      await start.waitFor();
      await page.waitForTimeout(pressDelay);
      await start.click();
      const step = await waitForStepChange(page, 'start', 5_000);
      outcomes.push(step === firstStep ? 'started' : `lost (script +${scriptDelay} ms, press +${pressDelay} ms)`);
      await context.close();
    }
    expect(outcomes.filter((outcome) => outcome !== 'started')).toEqual([]);
  }, 240_000);
});

/** Records, before each frame is painted, the start page's heading if one can be seen. */
async function recordPaintedHeadings(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const record = { headings: [] as string[], layoutShift: 0 };
    (window as unknown as { __firstPaint: typeof record }).__firstPaint = record;
    const frame = () => {
      const root = document.getElementById('root');
      const heading = root?.querySelector('h1');
      if (root && heading && getComputedStyle(root).visibility === 'visible') {
        const text = heading.textContent ?? '';
        if (record.headings.at(-1) !== text) record.headings.push(text);
      }
      requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) record.layoutShift += (entry as PerformanceEntry & { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

describe('?mode=gp', () => {
  it('shows the GP start page before any of the app has loaded', async () => {
    const { page } = session;
    // No script of the app but the one that runs before the first paint: what shows is the prerendered page.
    await page.route(/\/assets\/(?!start-page-).+\.js$/, (route) => route.abort('blockedbyclient'));
    await page.goto(`${baseUrl}?mode=gp`);
    const heading = page.getByRole('heading', { level: 1 });
    expect(await heading.innerText()).toBe(messages.gp.startTitle);
    expect(await heading.isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: messages.gp.startButton }).isVisible()).toBe(true);
    expect(await page.getByText(messages.start.title).count()).toBe(0);
    expect(await page.locator('main').count()).toBe(1);
    expect(await page.locator('#main-content').count()).toBe(1);
  });

  it.each(modes)('$mode mode: the first paint is its own start page, which hydrates with no shift and no warning', async ({ url, title }) => {
    const { page } = session;
    const problems: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
    await recordPaintedHeadings(page);
    await page.goto(url);
    // Hydrated: React owns the prerendered heading (a fresh render would have replaced it).
    await expect
      .poll(() => page.evaluate(() => Object.keys(document.querySelector('main h1') ?? {}).some((key) => key.startsWith('__reactFiber'))), { timeout: 10_000 })
      .toBe(true);
    await page.waitForTimeout(300);
    const record = await page.evaluate(() => (window as unknown as { __firstPaint: { headings: string[]; layoutShift: number } }).__firstPaint);
    expect(record.headings).toEqual([title]);
    expect(record.layoutShift).toBe(0);
    expect(problems).toEqual([]);
    expect(await page.locator('template').count()).toBe(0);
  });
});
