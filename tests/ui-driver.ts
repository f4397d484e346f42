/** Drives the rendered app with Testing Library, finding controls by role and visible label. */
import { screen, waitFor } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { messages } from '../src/content/messages';
import type { Answers } from '../src/questionnaire/answers';
import { isMultiChoice, type QuestionId } from '../src/questionnaire/questions';
import { outcome } from '../src/content/outcome-messages';
import { withV3Defaults } from './fixtures/v3-defaults';

export function currentStep(): string {
  const main = document.querySelector('main');
  return main?.getAttribute('data-step') ?? '';
}

export function optionLabel(question: QuestionId, option: string): string {
  return (messages.questions[question].options as Record<string, { label: string }>)[option].label;
}

/** Ticks the given options on the current question page and presses Continue. */
export async function answerPage(user: UserEvent, question: QuestionId, value: string | string[]) {
  const role = isMultiChoice(question) ? 'checkbox' : 'radio';
  for (const option of Array.isArray(value) ? value : [value]) {
    const control = screen.getByRole(role, { name: optionLabel(question, option) });
    if (!(control as HTMLInputElement).checked) await user.click(control);
  }
  await user.click(screen.getByRole('button', { name: messages.ui.continue }));
}

/** Presses Start and answers the first question, who is answering (the person themself by default). */
export async function startAnswering(user: UserEvent, respondent: 'self' | 'someoneElse' = 'self') {
  await user.click(screen.getByRole('button', { name: /^Start/ }));
  await answerPage(user, 'respondent', respondent);
}

/** From the start page to the result, answering from `answers`; returns the steps seen. */
export async function completeJourney(user: UserEvent, answers: Answers): Promise<string[]> {
  const seen: string[] = [];
  await user.click(screen.getByRole('button', { name: /^Start/ }));
  for (let i = 0; i < 40; i++) {
    const step = currentStep();
    seen.push(step);
    if (step === 'result') {
      await outcomeShown();
      return seen;
    }
    if (step === 'urgent') await user.click(await screen.findByRole('button', { name: outcome.urgent.carryOn }));
    else if (step === 'checkAnswers') await user.click(screen.getByRole('button', { name: messages.checkAnswers.confirm }));
    else {
      const value = (withV3Defaults(answers) as Record<string, string | string[] | undefined>)[step];
      expect(value, `an answer for ${step}`).toBeDefined();
      await answerPage(user, step as QuestionId, value!);
    }
    expect(currentStep(), `moved on from ${step}`).not.toBe(step);
  }
  throw new Error('The journey did not reach the result');
}

/** The result and urgent pages load in the background once the journey starts: wait until shown. */
export async function outcomeShown() {
  await waitFor(() => expect(document.querySelector('[data-primary]')).not.toBeNull());
}
