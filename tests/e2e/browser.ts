/** Shared browser helpers for the e2e tests: launching Chromium, driving a journey, running axe. */
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS] });
}

/** Answers by question id: one option id (radios) or a list of option ids (checkboxes). */
export type JourneyAnswers = Readonly<Record<string, string | readonly string[] | undefined>>;

const MAX_STEPS = 40;

/** The current `<main data-step>`, read after the page has settled on it. */
export async function currentStep(page: Page): Promise<string> {
  const step = await page.locator('main[data-step]').getAttribute('data-step');
  if (!step) throw new Error('No <main data-step> on the page');
  return step;
}

/** Waits until `<main data-step>` differs from `previous`; returns the new step (or `previous` on timeout). */
export async function waitForStepChange(page: Page, previous: string, timeout = 5_000): Promise<string> {
  try {
    const handle = await page.waitForFunction(
      (prev) => {
        const step = document.querySelector('main[data-step]')?.getAttribute('data-step');
        return step && step !== prev ? step : false;
      },
      previous,
      { timeout },
    );
    return (await handle.jsonValue()) as string;
  } catch {
    return previous;
  }
}

export function optionsFor(answers: JourneyAnswers, step: string): readonly string[] | undefined {
  const value = answers[step];
  if (value === undefined) return undefined;
  return typeof value === 'string' ? [value] : value;
}

export function choice(page: Page, step: string, option: string) {
  return page.locator(`input[name="${step}"][value="${option}"]`);
}

export interface JourneyOptions {
  /** Called on every step before it is answered (e.g. to take a screenshot or run checks). */
  onStep?: (step: string, page: Page) => Promise<void> | void;
  /** Stop (without acting) on the first step with this id instead of on `result`. */
  stopAt?: string;
}

/**
 * From the start page, answers every question asked with `answers` and stops on the result page
 * (or on `options.stopAt`).
 * Returns the steps visited, in order (including `start`, `urgent`, `checkAnswers` and `result`).
 */
export async function completeJourney(page: Page, answers: JourneyAnswers, options: JourneyOptions = {}): Promise<string[]> {
  const visited: string[] = [];
  let step = await currentStep(page);
  for (let i = 0; i < MAX_STEPS; i++) {
    visited.push(step);
    // The urgent and result pages load in the background; act on them once they are shown.
    if (step === 'urgent' || step === 'result') await page.locator('main [data-primary]').waitFor();
    await options.onStep?.(step, page);
    if (step === (options.stopAt ?? 'result')) return visited;
    if (step === 'result') throw new Error(`Reached the result without passing "${options.stopAt}" (visited: ${visited.join(' → ')})`);

    if (step === 'start') {
      await page.getByRole('button', { name: /^Start/ }).click();
    } else if (step === 'urgent') {
      await page.getByRole('button', { name: 'Carry on answering' }).click();
    } else if (step === 'checkAnswers') {
      await page.getByRole('button', { name: /^See (my|the) results$/ }).click();
    } else {
      const chosen = optionsFor(answers, step);
      if (!chosen || chosen.length === 0) {
        throw new Error(`The journey asked "${step}" but the answers have nothing for it (visited: ${visited.join(' → ')})`);
      }
      for (const option of chosen) {
        try {
          await choice(page, step, option).check({ timeout: 3_000 });
        } catch (error) {
          throw new Error(`Step "${step}": could not tick input[name="${step}"][value="${option}"]: ${(error as Error).message.split('\n')[0]}`);
        }
      }
      await page.getByRole('button', { name: 'Continue', exact: true }).click();
    }

    const next = await waitForStepChange(page, step);
    if (next === step) {
      const summary = page.locator('.app-error-summary');
      const problem = (await summary.count()) > 0 ? await summary.first().innerText({ timeout: 1_000 }) : null;
      throw new Error(
        `Stuck on step "${step}" after submitting it${problem ? ` (page says: ${problem.trim()})` : ''} (visited: ${visited.join(' → ')})`,
      );
    }
    step = next;
  }
  throw new Error(`No result after ${MAX_STEPS} steps (visited: ${visited.join(' → ')})`);
}

/** Opens the app's start page in a fresh page of `browser`'s new context. */
export async function openStart(page: Page, baseUrl: string): Promise<void> {
  await page.goto(baseUrl);
  await page.locator('main[data-step="start"]').waitFor();
}

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Runs axe on the page; returns the violations as readable lines (empty when there are none). */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.flatMap((v) =>
    v.nodes.map(
      (node) =>
        `[${v.id}] (${v.impact ?? 'n/a'}) ${v.help} — ${node.target.join(' ')}\n    ${node.html}\n    ${node.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`,
    ),
  );
}

/** Where focus is: a short description of `document.activeElement`. */
export function activeElement(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return 'none';
    const classes = el.getAttribute('class');
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${classes ? `.${classes.split(/\s+/).join('.')}` : ''}`;
  });
}

/** Radios and checkboxes that are not inside a `<fieldset>` whose first child is a non-empty `<legend>`. */
export function inputsOutsideLegendedFieldset(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLInputElement>('input[type="radio"], input[type="checkbox"]')]
      .filter((input) => {
        const fieldset = input.closest('fieldset');
        const legend = fieldset?.firstElementChild;
        return !fieldset || !legend || legend.tagName !== 'LEGEND' || !legend.textContent?.trim();
      })
      .map((input) => `input[name="${input.name}"][value="${input.value}"]`),
  );
}

/**
 * One Chromium per test file. `newContext` opens a browser context (no saved answers, no history),
 * and every context a test opened is closed after it. Call at the top of a test file.
 */
export function browserPerFile() {
  let browser: Browser;
  const opened: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((context) => context.close()));
  });
  return {
    async newContext(options?: BrowserContextOptions): Promise<BrowserContext> {
      const context = await browser.newContext(options);
      opened.push(context);
      return context;
    },
  };
}

/**
 * A new context and page per test, in the file's one Chromium. Call at the top of a test file; read
 * `.page` (and `.context`) inside tests; `.newContext` opens more, closed after the test too.
 */
export function freshPagePerTest(options: { startAt?: string } = {}) {
  const chromium = browserPerFile();
  const session = { newContext: chromium.newContext } as { context: BrowserContext; page: Page } & typeof chromium;
  beforeEach(async () => {
    session.context = await chromium.newContext();
    session.page = await session.context.newPage();
    if (options.startAt) await openStart(session.page, options.startAt);
  });
  return session;
}

/**
 * Records every `data-step` the page shows, from before any script runs and across reloads of the tab
 * (kept in sessionStorage), so that an error page shown only for a moment is seen. Returns a reader.
 */
export async function recordSteps(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const record = () => {
      const step = document.querySelector('main[data-step]')?.getAttribute('data-step');
      const seen: string[] = JSON.parse(window.sessionStorage.getItem('test.steps') ?? '[]');
      if (step && seen.at(-1) !== step) window.sessionStorage.setItem('test.steps', JSON.stringify([...seen, step]));
    };
    new MutationObserver(record).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['data-step'] });
  });
  return () => page.evaluate(() => JSON.parse(window.sessionStorage.getItem('test.steps') ?? '[]') as string[]);
}
