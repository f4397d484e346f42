/**
 * Drives the rendered app with Testing Library, finding controls by role and visible label, each
 * query scoped to the page's `<main>` or to the question's group.
 */
import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { PointerEventsCheckLevel, type UserEvent } from '@testing-library/user-event';
import { expect } from 'vitest';
import { clinicianPrompts } from '../src/content/en-clinician';
import { messages } from '../src/content/messages';
import { outcome } from '../src/content/outcome-messages';
import type { Answers } from '../src/catalogue/answers';
import { isMultiChoice, type QuestionId } from '../src/catalogue/questions';
import { gpScreenOf, stepIds } from '../src/questionnaire/steps';

/**
 * A user without a pointer-events check on every event (each check reads the computed style of every
 * ancestor, the slowest part of a click in jsdom) and without a pause between events. Safe here: the
 * app never uses `pointer-events: none` to block a control, and the real browser tests click for real.
 */
export function setupUser(): UserEvent {
  return userEvent.setup({ delay: null, pointerEventsCheck: PointerEventsCheckLevel.Never });
}

/** The page's `<main>`, to scope queries to. */
export function page() {
  return within(screen.getByRole('main'));
}

/** The step on show: `data-step` of `<main>` (the contract's name for it). */
export function currentStep(): string {
  return screen.queryByRole('main')?.getAttribute('data-step') ?? '';
}

export function optionLabel(question: QuestionId, option: string): string {
  return (messages.questions[question].options as Record<string, { label: string }>)[option].label;
}

function valueFor(answers: Answers, question: string): string | string[] | undefined {
  return (answers as Record<string, string | string[] | undefined>)[question];
}

/** Ticks the given options inside `group` (a question's fieldset), leaving ticked ones as they are. */
async function tick(user: UserEvent, group: HTMLElement, question: QuestionId, value: string | string[]) {
  const selector = `input[type="${isMultiChoice(question) ? 'checkbox' : 'radio'}"]`;
  for (const option of Array.isArray(value) ? value : [value]) {
    // By label, not by role: computing each input's accessible name was most of a page's cost in jsdom.
    const control = within(group).getByLabelText(optionLabel(question, option), { selector });
    if (!(control as HTMLInputElement).checked) await user.click(control);
  }
}

export async function pressContinue(user: UserEvent) {
  await user.click(page().getByRole('button', { name: messages.ui.continue }));
}

/** Ticks the given options on the current question page and presses Continue. */
export async function answerPage(user: UserEvent, question: QuestionId, value: string | string[]) {
  await tick(user, page().getByRole('group', { name: messages.questions[question].text }), question, value);
  await pressContinue(user);
}

/** Presses Back and waits for the page before (Back goes through the browser's history, which is asynchronous). */
export async function goBack(user: UserEvent) {
  const from = currentStep();
  await user.click(page().getByRole('button', { name: messages.ui.back }));
  await waitFor(() => expect(currentStep()).not.toBe(from));
}

export async function start(user: UserEvent) {
  await user.click(page().getByRole('button', { name: /^Start/ }));
}

/**
 * Answers whatever is on screen from `answers` until the step is `stop`; returns the steps seen. The
 * urgent page is passed with "carry on"; check answers is confirmed. A question with no answer in
 * `answers` fails the test, naming it: a new question needs only an entry in the answers.
 */
export async function answerUntil(user: UserEvent, answers: Answers, stop: string): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < 40; i++) {
    const step = currentStep();
    seen.push(step);
    if (step === stop) return seen;
    if (step === 'start') await start(user);
    else if (step === 'urgent') await user.click(await page().findByRole('button', { name: outcome.urgent.carryOn }));
    else if (step === 'checkAnswers') await user.click(page().getByRole('button', { name: messages.checkAnswers.confirm }));
    else if (step === 'result') throw new Error(`The journey reached the result before ${stop}`);
    else {
      const value = valueFor(answers, step);
      expect(value, `an answer for ${step}`).toBeDefined();
      await answerPage(user, step as QuestionId, value!);
    }
    expect(currentStep(), `moved on from ${step}`).not.toBe(step);
  }
  throw new Error(`The journey did not reach ${stop}`);
}

/** From the start page to the result, answering from `answers`; returns the steps seen. */
export async function completeJourney(user: UserEvent, answers: Answers): Promise<string[]> {
  const seen = await answerUntil(user, answers, 'result');
  await primaryShown();
  return seen;
}

/**
 * GP mode: ticks, for every question shown on the current screen, its answer from `answers`
 * (questions that appear on the way included), then presses Continue.
 */
export async function answerGpScreen(user: UserEvent, answers: Answers) {
  // GP screens load on demand: wait until the form is there.
  const continueButton = await page().findByRole('button', { name: messages.ui.continue });
  const screenShown = currentStep();
  for (const question of stepIds) {
    const value = valueFor(answers, question);
    if (value === undefined || gpScreenOf(question) !== screenShown) continue;
    const group = page().queryByRole('group', { name: clinicianPrompts[question] });
    if (group) await tick(user, group, question, value);
  }
  await user.click(continueButton);
}

/** The primary outcome on the summary or urgent page (contract: `data-primary`), once it is shown. */
export async function primaryShown(): Promise<string | null> {
  // The result and urgent pages load in the background once the journey starts.
  const summary = await waitFor(() => {
    const found = screen.getByRole('main').querySelector('[data-primary]');
    expect(found, 'an element with data-primary').not.toBeNull();
    return found!;
  });
  return summary.getAttribute('data-primary');
}

/** The recommended tests on the summary, in order (contract: `data-lab`). */
export function labsShown(): string[] {
  return [...screen.getByRole('main').querySelectorAll('[data-lab]')].map((el) => el.getAttribute('data-lab') ?? '');
}

