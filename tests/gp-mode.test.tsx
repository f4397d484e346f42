/**
 * GP mode in jsdom: one whole journey, and what a screen does. The red-flag branch and every screen
 * order are walked at machine level (gp-screens.test.ts) and in Chromium (e2e/gp-print-privacy.test.ts).
 */
import { render, within } from '@testing-library/react';
import { beforeEach, afterEach, describe, expect, it } from 'vitest';
import { App } from '../src/app/app';
import { readBrowser } from '../src/app/main';
import { clinicianPrompts } from '../src/content/en-clinician';
import { messages } from '../src/content/messages';
import { gpScreenQuestions } from '../src/questionnaire/steps';
import { fixtures } from './fixtures/answers';
import { answerGpScreen, currentStep, optionLabel, page, pressContinue, primaryShown, setupUser } from './ui-driver';

beforeEach(() => window.history.replaceState(null, '', '/?mode=gp'));
afterEach(() => window.history.replaceState(null, '', '/'));

async function startGpMode() {
  const user = setupUser();
  render(<App {...readBrowser()} />);
  await user.click(page().getByRole('button', { name: messages.gp.startButton }));
  return user;
}

describe('GP mode', () => {
  it('reaches the result in at most 6 screens, grouped by section', async () => {
    const user = await startGpMode();
    const screens: string[] = [];
    for (let i = 0; i < 10 && currentStep() !== 'result'; i++) {
      const step = currentStep();
      screens.push(step);
      await answerGpScreen(user, fixtures.crampsAndRls.answers);
      expect(currentStep(), `moved on from ${step}`).not.toBe(step);
    }
    screens.push(currentStep());
    expect(screens).toEqual(['screening', 'symptoms', 'crampDetails', 'sleep', 'medicinesAndConditions', 'result']);
    expect(await primaryShown()).toBe(fixtures.crampsAndRls.expected.primary);
  });

  it('shows a question as soon as an answer on the same screen opens it', async () => {
    const user = await startGpMode();
    await answerGpScreen(user, fixtures.typicalRls.answers);
    expect(currentStep()).toBe('symptoms');
    expect(page().queryByRole('group', { name: clinicianPrompts.returnsOnRest })).toBeNull();
    const relief = page().getByRole('group', { name: clinicianPrompts.relief });
    await user.click(within(relief).getByLabelText(optionLabel('relief', 'keepMoving'), { selector: 'input[type="checkbox"]' }));
    expect(page().getByRole('group', { name: clinicianPrompts.returnsOnRest })).toBeVisible();
  });

  it('lists every unanswered question in the error summary', async () => {
    const user = await startGpMode();
    await page().findByRole('button', { name: messages.ui.continue });
    await pressContinue(user);
    const summary = await page().findByRole('alert');
    // One link per question of the first screen (who is answering, red flags, age, pregnancy).
    expect(within(summary).getAllByRole('link')).toHaveLength(gpScreenQuestions('screening', {}).length);
    expect(currentStep()).toBe('screening');
  });
});
