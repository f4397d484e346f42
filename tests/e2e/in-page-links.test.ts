/**
 * In-page links ("Skip to main content", a numbered citation) move within the page; they are not
 * pages of the questionnaire. The next Back (browser or in-page) and "Change my answers" still go
 * to the previous page.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { messages } from '../../src/content/messages';
import { outcome } from '../../src/content/outcome-messages';
import { fixtures } from '../fixtures/answers';
import { completeJourney, currentStep, freshPagePerTest, waitForStepChange, type JourneyAnswers } from './browser';

const baseUrl = inject('baseUrl');
const session = freshPagePerTest({ startAt: baseUrl });
let page: Page;
beforeEach(() => {
  page = session.page;
});

const answers = fixtures.typicalCramps.answers as JourneyAnswers;

/** Follows "Skip to main content" with the keyboard, as the people who use it do. */
async function skipToMainContent(): Promise<void> {
  const skip = page.getByRole('link', { name: messages.ui.skipToContent });
  await skip.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => window.location.hash === '#main-content');
}

describe('after an in-page link', () => {
  it('browser Back goes to the previous question, and Forward comes back', async () => {
    await completeJourney(page, answers, { stopAt: 'pregnancy' });
    await skipToMainContent();
    await page.goBack({ waitUntil: 'commit' }).catch(() => null);
    expect(await waitForStepChange(page, 'pregnancy')).toBe('ageBand');
    await page.goForward({ waitUntil: 'commit' }).catch(() => null);
    expect(await waitForStepChange(page, 'ageBand')).toBe('pregnancy');
  });

  it('the in-page Back link goes to the previous question', async () => {
    await completeJourney(page, answers, { stopAt: 'pregnancy' });
    await skipToMainContent();
    await page.getByRole('button', { name: messages.ui.back }).click();
    expect(await waitForStepChange(page, 'pregnancy')).toBe('ageBand');
  });

  it('"Change my answers" on the result page goes back to the answers after a citation link', async () => {
    await completeJourney(page, answers);
    const citation = page.locator('main .app-cite a').first();
    await citation.click();
    await page.waitForFunction(() => window.location.hash.startsWith('#source-'));
    // The browser went to the source in the list.
    const target = await page.evaluate(() => document.querySelector(':target')?.id ?? null);
    expect(target).toMatch(/^source-/);
    await page.getByRole('button', { name: outcome.result.changeAnswers }).click();
    expect(await waitForStepChange(page, 'result')).toBe('checkAnswers');
    // And browser Back from the result after a citation link does the same.
    await page.getByRole('button', { name: 'See my results' }).click();
    await page.locator('main[data-step="result"] [data-primary]').waitFor();
    await page.locator('main .app-cite a').first().click();
    await page.goBack({ waitUntil: 'commit' }).catch(() => null);
    expect(await waitForStepChange(page, 'result')).toBe('checkAnswers');
    expect(await currentStep(page)).toBe('checkAnswers');
  });
});
