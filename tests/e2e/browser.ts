/** Shared browser helpers for the e2e tests: launching Chromium, driving a journey, running axe. */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
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
    await page.waitForFunction(
      (prev) => document.querySelector('main[data-step]')?.getAttribute('data-step') !== prev,
      previous,
      { timeout },
    );
  } catch {
    return previous;
  }
  return currentStep(page);
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
}

/**
 * From the start page, answers every question asked with `answers` and stops on the result page.
 * Returns the steps visited, in order (including `start`, `urgent`, `checkAnswers` and `result`).
 */
export async function completeJourney(page: Page, answers: JourneyAnswers, options: JourneyOptions = {}): Promise<string[]> {
  const visited: string[] = [];
  let step = await currentStep(page);
  for (let i = 0; i < MAX_STEPS; i++) {
    visited.push(step);
    await options.onStep?.(step, page);
    if (step === 'result') return visited;

    if (step === 'start') {
      await page.getByRole('button', { name: /^Start/ }).click();
    } else if (step === 'urgent') {
      await page.getByRole('button', { name: 'Carry on answering' }).click();
    } else if (step === 'checkAnswers') {
      await page.getByRole('button', { name: 'See my results' }).click();
    } else {
      const chosen = optionsFor(answers, step);
      if (!chosen || chosen.length === 0) {
        throw new Error(`The journey asked "${step}" but the answers have nothing for it (visited: ${visited.join(' → ')})`);
      }
      for (const option of chosen) {
        const input = choice(page, step, option);
        if ((await input.count()) !== 1) {
          throw new Error(`Step "${step}": no single input[name="${step}"][value="${option}"] on the page`);
        }
        await input.check();
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
