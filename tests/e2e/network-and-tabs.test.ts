/**
 * When the network, the tabs or the way back misbehave, in a real Chromium against the production
 * build: the urgent advice needs no network once the start page has loaded; a page whose code cannot
 * be fetched keeps the answers and recovers; two tabs never overwrite each other unseen; Back to the
 * start page and a reload keep every answer.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { messages } from '../../src/content/messages';
import { urgentWords } from '../../src/content/urgent-messages';
import { fixtures } from '../fixtures/answers';
import { browserPerFile, choice, completeJourney, currentStep, recordSteps, waitForStepChange, type JourneyAnswers } from './browser';

const baseUrl = inject('baseUrl');
const t = messages.session;

const chromium = browserPerFile();

/** Waits until the app has taken over the prerendered start page: it is the app's own heading now. */
async function appOnStartPage(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const heading = document.querySelector('main[data-step="start"] h1');
    return heading !== null && Object.keys(heading).some((key) => key.startsWith('__reactFiber'));
  });
}

/** A first visit with no service worker (blocked, or not installed yet), once the app has loaded. */
async function firstVisitWithoutServiceWorker(): Promise<{ context: BrowserContext; page: Page; stepsSeen: () => Promise<string[]> }> {
  const context = await chromium.newContext({ serviceWorkers: 'block' });
  const page = await context.newPage();
  const stepsSeen = await recordSteps(page);
  await page.goto(baseUrl, { waitUntil: 'networkidle' });
  await appOnStartPage(page);
  return { context, page, stepsSeen };
}

describe('offline after the start page has loaded', () => {
  it('a red flag still shows the urgent page, with the service worker blocked', async () => {
    const { context, page, stepsSeen } = await firstVisitWithoutServiceWorker();
    await context.setOffline(true);
    await page.getByRole('button', { name: messages.start.button }).click();
    await page.locator('main[data-step="respondent"]').waitFor();
    await choice(page, 'respondent', 'self').check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.locator('main[data-step="redFlags"]').waitFor();
    await choice(page, 'redFlags', 'coldPaleNumbLeg').check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    expect(await waitForStepChange(page, 'redFlags')).toBe('urgent');
    await page.locator('main [data-primary="urgentReferral"]').waitFor({ timeout: 5_000 });
    expect(await page.locator('h1').innerText()).toBe(urgentWords.urgent.emergencyTitle);
    expect(await stepsSeen()).not.toContain('error');
  });

  it('a full journey ends on a page that keeps the answers, and recovers when the connection returns', async () => {
    const { context, page, stepsSeen } = await firstVisitWithoutServiceWorker();
    await context.setOffline(true);
    const { answers, expected } = fixtures.typicalRls;
    await completeJourney(page, answers as JourneyAnswers, { stopAt: 'checkAnswers' });
    // The file export on the review cannot load: that part says so, the rest of the page works.
    await page.getByText(t.loadFailedSection).waitFor();
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.getByRole('heading', { level: 1, name: t.loadFailedTitle }).waitFor();
    expect(await currentStep(page)).toBe('result');
    expect(await page.getByText(t.loadFailedBody).isVisible()).toBe(true);
    const saved = await page.evaluate(() => JSON.parse(window.localStorage.getItem('nightlegs.session') ?? 'null'));
    expect(saved?.step).toBe('result');
    expect(Object.keys(saved?.answers ?? {}).length).toBeGreaterThan(8);

    await context.setOffline(false);
    await page.getByRole('button', { name: t.loadFailedTryAgain }).click();
    await page.locator('main [data-primary]').waitFor({ timeout: 10_000 });
    expect(await page.locator('main [data-primary]').getAttribute('data-primary')).toBe(expected.primary);
    expect(await stepsSeen()).not.toContain('error');
  });
});

describe('two tabs', () => {
  it('a tab is told at once when another tab saves, moves to the newer answers, and never saves older ones over them', async () => {
    const context = await chromium.newContext();
    const first = await context.newPage();
    await first.goto(baseUrl);
    const answers = fixtures.typicalRls.answers as JourneyAnswers;
    await completeJourney(first, answers, { stopAt: 'pregnancy' });

    // The second tab: a new visit asks first, then carries on and changes the age band.
    const second = await context.newPage();
    await second.goto(baseUrl);
    await second.getByRole('button', { name: t.resumeContinue }).click();
    await second.locator('main[data-step="pregnancy"]').waitFor();
    await second.getByRole('link', { name: 'Back' }).or(second.getByRole('button', { name: 'Back' })).first().click();
    await second.locator('main[data-step="ageBand"]').waitFor();
    await choice(second, 'ageBand', '18to49').check();
    await second.getByRole('button', { name: 'Continue', exact: true }).click();
    await second.locator('main[data-step="pregnancy"]').waitFor();

    // The first tab says so in plain words and shows the newer answers.
    await first.getByText(t.changedInAnotherTab).waitFor({ timeout: 5_000 });
    await first.getByRole('button', { name: 'Back' }).first().click();
    await first.locator('main[data-step="ageBand"]').waitFor();
    expect(await choice(first, 'ageBand', '18to49').isChecked()).toBe(true);
    await first.getByRole('button', { name: 'Continue', exact: true }).click();
    await first.locator('main[data-step="pregnancy"]').waitFor();
    const saved = await first.evaluate(() => JSON.parse(window.localStorage.getItem('nightlegs.session') ?? 'null'));
    expect(saved?.answers?.ageBand).toBe('18to49');
  });
});

describe('Back to the start page', () => {
  it('then a reload, or a new tab, offers the journey again with every answer', async () => {
    const context = await chromium.newContext();
    const page = await context.newPage();
    await page.goto(baseUrl);
    const answers = fixtures.typicalRls.answers as JourneyAnswers;
    const visited = await completeJourney(page, answers, { stopAt: 'timing' });
    for (let step = await currentStep(page); step !== 'start'; step = await waitForStepChange(page, step)) {
      await page.getByRole('button', { name: 'Back' }).first().click();
    }
    await page.reload();
    await appOnStartPage(page);
    await page.getByRole('button', { name: messages.start.button }).click();
    // Every page before `timing` still has its answer: Continue alone walks back to it.
    for (const step of visited.slice(1, -1)) {
      await page.locator(`main[data-step="${step}"]`).waitFor();
      for (const option of [answers[step]].flat()) expect(await choice(page, step, option as string).isChecked(), `${step}: ${option}`).toBe(true);
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
    }
    await page.locator('main[data-step="timing"]').waitFor();

    const newTab = await context.newPage();
    await newTab.goto(baseUrl);
    await newTab.getByRole('heading', { level: 1, name: t.resumeTitle }).waitFor();
  });
});
