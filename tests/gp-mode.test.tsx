import { clinicianPrompts } from '../src/content/en-clinician';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { App } from '../src/app';
import { messages } from '../src/content/messages';
import type { Answers } from '../src/questionnaire/answers';
import { isMultiChoice, type QuestionId } from '../src/questionnaire/questions';
import { stepIds } from '../src/questionnaire/steps';
import { fixtures } from './fixtures/answers';
import { currentStep, optionLabel, outcomeShown } from './ui-driver';
import { outcome } from '../src/content/outcome-messages';

beforeEach(() => window.history.replaceState(null, '', '/?mode=gp'));
afterEach(() => window.history.replaceState(null, '', '/'));

/** Answers every question shown on the current GP screen, including those that appear on the way. */
async function answerScreen(user: ReturnType<typeof userEvent.setup>, answers: Answers) {
  // GP screens load on demand: wait until the form is there.
  await screen.findByRole('button', { name: 'Continue' });
  for (const question of stepIds) {
    const value = (answers as Record<string, string | string[] | undefined>)[question];
    if (value === undefined) continue;
    const group = screen.queryByRole('group', { name: clinicianPrompts[question as QuestionId] });
    if (!group) continue;
    const role = isMultiChoice(question) ? 'checkbox' : 'radio';
    for (const option of Array.isArray(value) ? value : [value]) {
      const control = screen.getAllByRole(role, { name: optionLabel(question as QuestionId, option) }).find((c) => c.getAttribute('name') === question)!;
      if (!(control as HTMLInputElement).checked) await user.click(control);
    }
  }
  await user.click(screen.getByRole('button', { name: 'Continue' }));
}

async function gpJourney(answers: Answers) {
  const user = userEvent.setup();
  render(<App />);
  await user.click(screen.getByRole('button', { name: messages.gp.startButton }));
  const screens: string[] = [];
  for (let i = 0; i < 10 && currentStep() !== 'result'; i++) {
    const step = currentStep();
    screens.push(step);
    if (step === 'urgent') await user.click(await screen.findByRole('button', { name: outcome.urgent.carryOn }));
    else await answerScreen(user, answers);
    expect(currentStep(), `moved on from ${step}`).not.toBe(step);
  }
  screens.push(currentStep());
  await outcomeShown();
  return screens;
}

describe('GP mode', () => {
  it('reaches the result in at most 6 screens, grouped by section', async () => {
    const screens = await gpJourney(fixtures.crampsAndRls.answers);
    expect(screens).toEqual(['screening', 'symptoms', 'crampDetails', 'sleep', 'medicinesAndConditions', 'result']);
    expect(screens.length).toBeLessThanOrEqual(6);
    expect(document.querySelector('[data-primary]')).toHaveAttribute('data-primary', fixtures.crampsAndRls.expected.primary);
  });

  it('shows a question as soon as an answer on the same screen opens it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: messages.gp.startButton }));
    await answerScreen(user, fixtures.typicalRls.answers);
    expect(currentStep()).toBe('symptoms');
    expect(screen.queryByRole('group', { name: clinicianPrompts.returnsOnRest })).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: optionLabel('relief', 'keepMoving') }));
    expect(screen.getByRole('group', { name: clinicianPrompts.returnsOnRest })).toBeVisible();
  });

  it('lists every unanswered question in the error summary', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: messages.gp.startButton }));
    await user.click(await screen.findByRole('button', { name: 'Continue' }));
    const summary = await screen.findByRole('alert');
    expect(summary.querySelectorAll('a')).toHaveLength(4);
    expect(currentStep()).toBe('screening');
  });

  it('a red flag on the first screen goes to the urgent screen first', async () => {
    const screens = await gpJourney(fixtures.redFlagEmergency.answers);
    expect(screens.slice(0, 2)).toEqual(['screening', 'urgent']);
    expect(screens.at(-1)).toBe('result');
  });
});
