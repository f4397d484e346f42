/**
 * GP mode and the printed handout, and what must hold for privacy and reloads,
 * in a real Chromium against the production build.
 */
import { writeFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import type { Answers } from '../../src/catalogue/answers';
import { stepIds } from '../../src/questionnaire/steps';
import { fixtures } from '../fixtures/answers';
import { choice, completeJourney, freshPagePerTest, openStart, waitForStepChange, type JourneyAnswers } from './browser';

const baseUrl = inject('baseUrl');

const session = freshPagePerTest();
let page: Page;
beforeEach(() => {
  page = session.page;
});

/** The longest realistic summary: RLS and cramps, several medicines, conditions and other symptoms. */
const longestResult: Answers = {
  ...fixtures.crampsAndRls.answers,
  medications: ['diuretic', 'statin', 'sedatingAntihistamine', 'antidepressant'],
  medStartedRecently: 'no',
  conditions: ['kidneyDiseaseOrDialysis', 'diabetes', 'ironDeficiencyOrBloodLoss', 'thyroidDisease'],
  otherSymptoms: ['numbTinglingFeet', 'excessiveThirst', 'bothAnklesSwell'],
};

/** Ticks, on a GP screen, every answer of `answers` whose question is shown there. */
async function answerGpScreen(answers: JourneyAnswers) {
  await page.locator('main input').first().waitFor(); // GP screens load on demand
  for (const question of stepIds) {
    const value = answers[question];
    if (value === undefined) continue;
    for (const option of typeof value === 'string' ? [value] : value) {
      const input = choice(page, question, option);
      if ((await input.count()) > 0) await input.check();
    }
  }
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}

describe('GP mode in Chromium', () => {
  it('reaches the clinician result in at most 6 screens', async () => {
    await page.goto(`${baseUrl}?mode=gp`);
    await page.getByRole('button', { name: 'Start in GP mode' }).click();
    const screens: string[] = [];
    // The press may come before the app listens; it is replayed then, so wait for the page to change.
    let step = await waitForStepChange(page, 'start');
    while (step !== 'result' && screens.length < 10) {
      screens.push(step);
      await answerGpScreen(fixtures.crampsAndRls.answers as JourneyAnswers);
      step = await waitForStepChange(page, step);
    }
    screens.push(step);
    expect(screens).toEqual(['screening', 'symptoms', 'crampDetails', 'sleep', 'medicinesAndConditions', 'result']);
    await page.locator('main [data-primary]').waitFor();
    expect(await page.locator('main [data-primary]').getAttribute('data-primary')).toBe('rls');
    await expect.poll(() => page.getByRole('button', { name: 'Copy for clinical notes' }).isVisible()).toBe(true);
  });
});

describe('the appointment handout', () => {
  it('prints the longest realistic summary on exactly one A4 page', async () => {
    await openStart(page, baseUrl);
    await completeJourney(page, longestResult as JourneyAnswers);
    await expect.poll(() => page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    writeFileSync('/tmp/nightlegs-handout.pdf', pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages).toHaveLength(1);
  });
});

describe('privacy and reloads', () => {
  it('completes a journey without a single request to another origin, and without fetch or XHR', async () => {
    const requests: { url: string; type: string }[] = [];
    page.on('request', (request) => requests.push({ url: request.url(), type: request.resourceType() }));
    await openStart(page, baseUrl);
    await completeJourney(page, fixtures.typicalRls.answers as JourneyAnswers);
    await page.reload();
    await page.locator('main[data-step="result"] [data-primary]').waitFor();
    const origin = new URL(baseUrl).origin;
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((r) => new URL(r.url).origin !== origin && !r.url.startsWith('data:'))).toEqual([]);
    expect(requests.filter((r) => r.type === 'fetch' || r.type === 'xhr')).toEqual([]);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    expect(policy).toContain("connect-src 'none'");
    expect(policy).toContain("default-src 'self'");
  });

  it('a reload mid-journey keeps the step and every answer', async () => {
    await openStart(page, baseUrl);
    await completeJourney(page, fixtures.typicalCramps.answers as JourneyAnswers, { stopAt: 'timing' });
    await page.reload();
    await page.locator('main[data-step="timing"]').waitFor();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.locator('main[data-step="relief"]').waitFor();
    for (const option of fixtures.typicalCramps.answers.relief ?? []) {
      expect(await choice(page, 'relief', option).isChecked()).toBe(true);
    }
    await page.goBack();
    await page.locator('main[data-step="restTrigger"]').waitFor();
    expect(await choice(page, 'restTrigger', fixtures.typicalCramps.answers.restTrigger!).isChecked()).toBe(true);
    await page.goForward();
    await page.locator('main[data-step="relief"]').waitFor();
  });
});
