/** A whole journey with the keyboard alone, and no sideways scrolling at 320 CSS pixels (WCAG 1.4.10). */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { fixtures } from '../fixtures/answers';
import {
  browserPerFile,
  completeJourney,
  currentStep,
  openStart,
  optionsFor,
  waitForStepChange,
  type JourneyAnswers,
} from './browser';

const baseUrl = inject('baseUrl');

const chromium = browserPerFile();

async function newPage(viewport: { width: number; height: number }): Promise<Page> {
  const context = await chromium.newContext({ viewport });
  const page = await context.newPage();
  await openStart(page, baseUrl);
  return page;
}

interface Focused {
  tag: string;
  type: string;
  name: string;
  value: string;
  checked: boolean;
  /** Accessible-ish name: the text of a button, or the label of an input. */
  text: string;
}

function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const input = el instanceof HTMLInputElement ? el : null;
    return {
      tag: el?.tagName.toLowerCase() ?? 'none',
      type: input?.type ?? '',
      name: input?.name ?? '',
      value: input?.value ?? '',
      checked: input?.checked ?? false,
      text: ((input ? input.labels?.[0]?.textContent : el?.textContent) ?? '').replace(/\s+/g, ' ').trim(),
    };
  });
}

const describeFocus = (f: Focused) => `${f.tag}${f.type ? `[${f.type}]` : ''}${f.name ? ` ${f.name}=${f.value}` : ''} "${f.text}"`;

/** Presses Tab (or Shift+Tab) until `wanted` holds for the focused element; fails after `max` presses. */
async function tabUntil(page: Page, what: string, wanted: (f: Focused) => boolean, { reverse = false, max = 80 } = {}) {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(reverse ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (wanted(f)) return f;
    seen.push(describeFocus(f));
  }
  throw new Error(`${reverse ? 'Shift+Tab' : 'Tab'} never reached ${what}; focus went: ${seen.join(' → ')}`);
}

const isButton = (name: RegExp) => (f: Focused) => f.tag === 'button' && name.test(f.text);

/** Ticks the wanted options with the keyboard: Tab through checkboxes, arrows within a radio group; Space ticks. */
async function answerWithKeyboard(page: Page, step: string, wanted: readonly string[]) {
  const first = await tabUntil(page, `the first choice of "${step}"`, (f) => f.tag === 'input' && f.name === step, { max: 10 });
  if (first.type === 'radio') {
    expect(wanted).toHaveLength(1);
    let f = first;
    for (let i = 0; f.value !== wanted[0]; i++) {
      if (i > 20) throw new Error(`Arrow keys never reached ${step}=${wanted[0]}`);
      await page.keyboard.press('ArrowDown');
      f = await focused(page);
    }
    await page.keyboard.press('Space');
    expect((await focused(page)).checked, `${step}=${wanted[0]} is selected`).toBe(true);
    return;
  }
  const remaining = new Set(wanted);
  let f = first;
  for (let i = 0; ; i++) {
    if (f.tag === 'input' && f.name === step && remaining.has(f.value)) {
      await page.keyboard.press('Space');
      expect((await focused(page)).checked, `${step}=${f.value} is ticked`).toBe(true);
      remaining.delete(f.value);
    }
    if (remaining.size === 0) return;
    if (f.tag !== 'input' || f.name !== step || i > 30) {
      throw new Error(`Tabbed past the "${step}" checkboxes without reaching: ${[...remaining].join(', ')}`);
    }
    await page.keyboard.press('Tab');
    f = await focused(page);
  }
}

describe('keyboard only', () => {
  it('typicalCramps: from start to result with Tab, Shift+Tab, arrows, Space and Enter', async () => {
    const page = await newPage({ width: 1280, height: 800 });
    const { answers, expected } = fixtures.typicalCramps;
    const visited: string[] = [];
    let step = await currentStep(page);
    for (let n = 0; step !== 'result'; n++) {
      if (n > 40) throw new Error(`No result after 40 steps: ${visited.join(' → ')}`);
      visited.push(step);
      if (step === 'start') {
        await tabUntil(page, 'the Start button', isButton(/^Start/));
      } else if (step === 'urgent') {
        await tabUntil(page, 'Carry on answering', isButton(/^Carry on answering$/));
      } else if (step === 'checkAnswers') {
        await tabUntil(page, 'See my results', isButton(/^See my results$/));
      } else {
        const wanted = optionsFor(answers as JourneyAnswers, step);
        if (!wanted?.length) throw new Error(`The journey asked "${step}" but typicalCramps has no answer for it`);
        if (step === 'redFlags') {
          // Shift+Tab from the heading reaches the Back link, and Tab from there goes on to the first choice.
          await tabUntil(page, 'the Back link', isButton(/^Back$/), { reverse: true, max: 3 });
        }
        await answerWithKeyboard(page, step, wanted);
        await tabUntil(page, 'Continue', isButton(/^Continue$/), { max: 30 });
        if (step === 'redFlags') {
          // …and Shift+Tab from Continue goes back to the last choice.
          const back = await tabUntil(page, 'a choice', (f) => f.tag === 'input', { reverse: true, max: 1 });
          expect(back.name).toBe('redFlags');
          await tabUntil(page, 'Continue', isButton(/^Continue$/), { max: 1 });
        }
      }
      await page.keyboard.press('Enter');
      const next = await waitForStepChange(page, step);
      if (next === step) throw new Error(`Enter on "${step}" did not move on (visited: ${visited.join(' → ')})`);
      step = next;
    }
    expect(visited).toContain('checkAnswers');
    expect(await page.locator('main [data-primary]').getAttribute('data-primary')).toBe(expected.primary);
  });
});

describe('320 CSS pixels wide: no horizontal scrolling', () => {
  const noSidewaysScroll = async (page: Page, step: string) => {
    await page.locator(`main[data-step="${step}"] h1`).waitFor();
    const size = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(size.scrollWidth, `scrollWidth on "${step}" (clientWidth ${size.clientWidth})`).toBeLessThanOrEqual(size.clientWidth);
  };

  it('typicalRls: start, every question, check answers and result', async () => {
    const page = await newPage({ width: 320, height: 640 });
    const measured: string[] = [];
    await completeJourney(page, fixtures.typicalRls.answers as JourneyAnswers, {
      onStep: async (step) => {
        await noSidewaysScroll(page, step);
        measured.push(step);
      },
    });
    expect(measured).toEqual(expect.arrayContaining(['start', 'redFlags', 'ageBand', 'checkAnswers', 'result']));

    // Opt-in screenshots for a human look: E2E_SCREENSHOTS=/tmp/shots npx vitest run --project e2e
    const dir = process.env.E2E_SCREENSHOTS;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, 'result-320.png'), fullPage: true });
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.screenshot({ path: join(dir, 'result-1280.png'), fullPage: true });
    }
  });

  it('each new question appears at the top of the page, in its very first frame, with focus on its heading', async () => {
    const page = await newPage({ width: 320, height: 640 });
    await page.getByRole('button', { name: /^Start/ }).click();
    expect(await waitForStepChange(page, 'start')).toBe('respondent');
    await page.locator('input[name="respondent"][value="self"]').check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    expect(await waitForStepChange(page, 'respondent')).toBe('redFlags');
    await page.locator('input[name="redFlags"][value="none"]').check();
    const continueButton = page.getByRole('button', { name: 'Continue', exact: true });
    await continueButton.scrollIntoViewIfNeeded();
    expect(await page.evaluate(() => window.scrollY), 'Continue is below the first screen').toBeGreaterThan(0);
    // Where the page is scrolled in the first frame that shows the next question.
    const firstFrame = page.evaluate(
      () =>
        new Promise<{ step: string | undefined; scrollY: number }>((resolve) => {
          const observer = new MutationObserver(() => {
            const step = document.querySelector<HTMLElement>('main[data-step]')?.dataset.step;
            if (step === 'redFlags') return;
            observer.disconnect();
            requestAnimationFrame(() => resolve({ step, scrollY: window.scrollY }));
          });
          observer.observe(document, { subtree: true, childList: true, attributes: true });
        }),
    );
    await continueButton.click();
    expect(await firstFrame).toEqual({ step: 'ageBand', scrollY: 0 });
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
  });

  it('redFlagSameDay: the urgent page and the error state', async () => {
    const page = await newPage({ width: 320, height: 640 });
    await completeJourney(page, fixtures.redFlagSameDay.answers as JourneyAnswers, { stopAt: 'urgent' });
    await noSidewaysScroll(page, 'urgent');
    await page.getByRole('button', { name: 'Carry on answering' }).click();
    expect(await waitForStepChange(page, 'urgent')).toBe('ageBand');
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.locator('.app-error-summary').waitFor();
    await noSidewaysScroll(page, 'ageBand');

    const dir = process.env.E2E_SCREENSHOTS;
    if (dir) {
      mkdirSync(dir, { recursive: true });
      await page.screenshot({ path: join(dir, 'error-320.png'), fullPage: true });
    }
  });
});

describe('wide screens, large text and focus', () => {
  it('keeps lines readable at 1280 px: the question column stays narrow', async () => {
    const page = await newPage({ width: 1280, height: 900 });
    await completeJourney(page, fixtures.typicalRls.answers as JourneyAnswers, { stopAt: 'sensation' });
    const widthInCharacters = await page.evaluate(() => {
      const label = document.querySelector('main .app-choice__label') as HTMLElement;
      const main = document.querySelector('main') as HTMLElement;
      const fontSize = parseFloat(getComputedStyle(label).fontSize);
      // An average character is about half an em wide: this approximates characters per line.
      return main.getBoundingClientRect().width / (fontSize * 0.5);
    });
    expect(widthInCharacters).toBeLessThanOrEqual(80);
  });

  it('text at 200 % loses nothing: no sideways scrolling, and Continue is still reachable', async () => {
    const page = await newPage({ width: 1280, height: 900 });
    await completeJourney(page, fixtures.typicalRls.answers as JourneyAnswers, { stopAt: 'relief' });
    await page.evaluate(() => {
      document.documentElement.style.fontSize = '200%';
    });
    const [scrollWidth, clientWidth] = await page.evaluate(() => [
      document.documentElement.scrollWidth,
      document.documentElement.clientWidth,
    ]);
    expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
    const continueButton = page.getByRole('button', { name: 'Continue', exact: true });
    await continueButton.scrollIntoViewIfNeeded();
    expect(await continueButton.isVisible()).toBe(true);
    const fontSize = await page.locator('main h1').evaluate((h1) => parseFloat(getComputedStyle(h1).fontSize));
    expect(fontSize).toBeGreaterThanOrEqual(48); // 1.5rem at 200 % of the 16 px default
  });

  it('shows a visible focus indicator on the button and on each choice', async () => {
    const page = await newPage({ width: 1280, height: 900 });
    await completeJourney(page, fixtures.typicalRls.answers as JourneyAnswers, { stopAt: 'ageBand' });
    // Focus is on the question's heading; the next Tab reaches the first choice.
    await page.keyboard.press('Tab');
    const choiceRing = await page.evaluate(() => {
      const input = document.activeElement as HTMLInputElement;
      const label = input.labels?.[0];
      return { type: input.type, ring: label ? getComputedStyle(label, '::before').boxShadow : 'none' };
    });
    expect(choiceRing.type).toBe('radio');
    expect(choiceRing.ring).not.toBe('none');
    await page.locator('main button[type="submit"]').focus();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    const buttonFocus = await page.evaluate(() => {
      const style = getComputedStyle(document.activeElement as HTMLElement);
      return { background: style.backgroundColor, shadow: style.boxShadow };
    });
    expect(buttonFocus.shadow).not.toBe('none');
    expect(buttonFocus.background).toBe('rgb(255, 221, 0)');
  });
});
