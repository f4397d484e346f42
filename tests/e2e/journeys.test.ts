/** Whole journeys in a real browser against the production build, driven by the named fixtures. */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { fixtures } from '../fixtures/answers';
import { completeJourney, freshPagePerTest, type JourneyAnswers } from './browser';

const baseUrl = inject('baseUrl');

const session = freshPagePerTest({ startAt: baseUrl });
let page: Page;
beforeEach(() => {
  page = session.page;
});

async function labsOnPage(): Promise<string[]> {
  return page.locator('[data-lab]').evaluateAll((els) => els.map((el) => el.getAttribute('data-lab') ?? ''));
}

async function primaryOnPage(): Promise<string | null> {
  const primary = page.locator('main [data-primary]');
  expect(await primary.count(), 'exactly one [data-primary]').toBe(1);
  return primary.getAttribute('data-primary');
}

const routine = ['typicalCramps', 'typicalRls', 'plmdSuspected', 'crampsAndRls', 'mimicNoneFits'] as const;

describe('routine journeys', () => {
  it.each(routine)('%s', async (name) => {
    const fixture = fixtures[name];
    const visited = await completeJourney(page, fixture.answers as JourneyAnswers);
    expect(visited).not.toContain('urgent');
    expect(visited.at(-2)).toBe('checkAnswers');
    expect(await primaryOnPage()).toBe(fixture.expected.primary);
    expect(await labsOnPage()).toEqual(fixture.expected.labs);
  });
});

const redFlagCases = [
  { name: 'redFlagEmergency', wording: 'Emergency', otherWording: 'Urgent' },
  { name: 'redFlagSameDay', wording: 'Urgent', otherWording: 'Emergency' },
] as const;

describe('red-flag journeys', () => {
  it.each(redFlagCases)('$name shows the $wording page straight after the red flags', async ({ name, wording, otherWording }) => {
    const fixture = fixtures[name];
    let urgentChecked = false;
    const visited = await completeJourney(page, fixture.answers as JourneyAnswers, {
      onStep: async (step) => {
        if (step !== 'urgent') return;
        urgentChecked = true;
        expect(await primaryOnPage()).toBe('urgentReferral');
        const heading = page.getByRole('heading', { level: 1 });
        await expect.poll(() => heading.isVisible()).toBe(true);
        const headingText = ((await heading.textContent()) ?? '').trim();
        expect(headingText).toMatch(new RegExp(`^${wording}\\b`));
        expect(headingText).not.toMatch(new RegExp(`^${otherWording}\\b`));
        // The tag is upper-cased by CSS, so compare its text content rather than its rendered text.
        const tag = page.locator('main .app-care-card__tag');
        expect(await tag.isVisible()).toBe(true);
        expect(((await tag.textContent()) ?? '').trim()).toBe(wording);
      },
    });
    expect(urgentChecked, 'the urgent page was shown').toBe(true);
    expect(visited.slice(0, 4)).toEqual(['start', 'respondent', 'redFlags', 'urgent']);
    expect(visited.filter((s) => s === 'urgent')).toHaveLength(1);

    expect(await primaryOnPage()).toBe(fixture.expected.primary);
    expect(await labsOnPage()).toEqual(fixture.expected.labs);

    // The red-flag card is the first thing after the page heading: nothing else comes before it.
    const card = page.locator('main .app-care-card');
    expect(await card.count()).toBe(1);
    expect(((await card.locator('.app-care-card__tag').textContent()) ?? '').trim()).toBe(wording);
    const cardFirst = await page.evaluate(() => {
      const firstSection = document.querySelector('main h2');
      return firstSection?.classList.contains('app-care-card__heading') ?? null;
    });
    expect(cardFirst, 'red-flag card precedes the suggestions region').toBe(true);
  });
});
