/** axe (WCAG 2.2 AA tags), focus management and grouping, in a real browser against the production build. */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { fixtures } from '../fixtures/answers';
import {
  activeElement,
  axeViolations,
  completeJourney,
  currentStep,
  inputsOutsideLegendedFieldset,
  freshPagePerTest,
  waitForStepChange,
  type JourneyAnswers,
} from './browser';

const baseUrl = inject('baseUrl');

const session = freshPagePerTest({ startAt: baseUrl });
let page: Page;
beforeEach(() => {
  page = session.page;
});

async function expectNoAxeViolations(where: string) {
  const violations = await axeViolations(page);
  expect(violations, `axe violations on ${where}:\n${violations.join('\n')}`).toEqual([]);
}

async function expectFocusOnH1(step: string) {
  await expect
    .poll(() => activeElement(page), { message: `focus on the <h1> of "${step}"`, timeout: 3_000 })
    .toMatch(/^h1\b/);
}

async function startQuestionnaire() {
  await page.getByRole('button', { name: /^Start/ }).click();
  expect(await waitForStepChange(page, 'start')).toBe('respondent');
  await page.locator('input[name="respondent"][value="self"]').check();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  expect(await waitForStepChange(page, 'respondent')).toBe('redFlags');
}

const rls = fixtures.typicalRls.answers as JourneyAnswers;

describe('axe: no WCAG 2.2 A/AA violations', () => {
  it('start page', async () => {
    await expectNoAxeViolations('start');
  });

  it('multi-choice page (redFlags)', async () => {
    await startQuestionnaire();
    await expectFocusOnH1('redFlags');
    await expectNoAxeViolations('redFlags');
  });

  it('single-choice page (ageBand)', async () => {
    await completeJourney(page, rls, { stopAt: 'ageBand' });
    await expectFocusOnH1('ageBand');
    await expect.poll(() => page.locator('input[type="radio"][name="ageBand"]').count()).toBeGreaterThan(1);
    await expectNoAxeViolations('ageBand');
  });

  it('error state: Continue with nothing chosen', async () => {
    await startQuestionnaire();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    const summary = page.locator('.app-error-summary');
    await summary.waitFor();
    expect(await summary.textContent()).toContain('There is a problem');
    await expect.poll(() => activeElement(page), { message: 'focus on the error summary' }).toMatch(/^div\.app-error-summary\b/);
    await expect.poll(() => page.title()).toMatch(/^Error: /);
    expect(await currentStep(page)).toBe('redFlags');
    await expectNoAxeViolations('redFlags with an error');
  });

  it('urgent page (redFlagEmergency)', async () => {
    await completeJourney(page, fixtures.redFlagEmergency.answers as JourneyAnswers, { stopAt: 'urgent' });
    await expectFocusOnH1('urgent');
    await expectNoAxeViolations('urgent');
  });
});

describe('whole journeys: focus, grouping, and axe on check answers and result', () => {
  it.each(['typicalRls', 'redFlagSameDay'] as const)(
    '%s: focus moves to the <h1> on every step; every choice is in a fieldset with a legend; axe on checkAnswers and result',
    async (name) => {
      const checked: string[] = [];
      await completeJourney(page, fixtures[name].answers as JourneyAnswers, {
        onStep: async (step) => {
          if (step === 'start') return;
          await expectFocusOnH1(step);
          expect(await inputsOutsideLegendedFieldset(page), `ungrouped choices on "${step}"`).toEqual([]);
          if (step === 'checkAnswers' || step === 'result') await expectNoAxeViolations(`${step} (${name})`);
          checked.push(step);
        },
      });
      expect(checked).toContain('checkAnswers');
      expect(checked.at(-1)).toBe('result');
    },
  );
});
