/**
 * The patient's pages in jsdom: one whole journey, and what a question page and check answers do.
 * Every branch of the journey is walked by the machine-level tests (questionnaire.paths.test.ts) and,
 * for the named fixtures, in Chromium (tests/e2e/journeys.test.ts).
 */
import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../src/app/app';
import { readBrowser } from '../src/app/main';
import { messages } from '../src/content/messages';
import { outcome } from '../src/content/outcome-messages';
import { readAnswers } from '../src/catalogue/answers';
import { ResultPage } from '../src/result/result-page';
import { isMultiChoice, type QuestionId } from '../src/catalogue/questions';
import { fixtures } from './fixtures/answers';
import {
  answerPage,
  answerUntil,
  completeJourney,
  currentStep,
  goBack,
  labsShown,
  optionLabel,
  page,
  pressContinue,
  primaryShown,
  setupUser,
  start,
} from './ui-driver';

describe('journeys through the app', () => {
  it('a person with typical restless legs changes an answer on check answers, and is told RLS is likely, with iron tests first', async () => {
    const user = setupUser();
    render(<App {...readBrowser()} />);
    const answers = fixtures.typicalRls.answers;
    const seen = await answerUntil(user, answers, 'checkAnswers');
    expect(seen).toContain('returnsOnRest');
    expect(seen).not.toContain('muscleHardens');

    // Check answers lists the questions asked, not the skipped ones; a change comes back here.
    expect(page().queryByText(messages.questions.muscleHardens.short)).toBeNull();
    expect(page().getByText(messages.questions.returnsOnRest.short)).toBeVisible();
    await user.click(page().getByRole('button', { name: `Change ${messages.questions.frequency.short.toLowerCase()}` }));
    expect(currentStep()).toBe('frequency');
    expect(page().getByRole('radio', { name: optionLabel('frequency', answers.frequency) })).toBeChecked();
    await answerPage(user, 'frequency', 'under2PerWeek');
    expect(currentStep()).toBe('checkAnswers');
    expect(page().getByText(optionLabel('frequency', 'under2PerWeek'))).toBeVisible();
    await user.click(page().getByRole('button', { name: `Change ${messages.questions.frequency.short.toLowerCase()}` }));
    await answerPage(user, 'frequency', answers.frequency);
    await completeJourney(user, answers);

    expect(await primaryShown()).toBe('rls');
    const summary = page().getByRole('region', { name: outcome.result.suggestTitle });
    expect(within(summary).getByRole('heading', { name: /Restless legs syndrome: likely/ })).toBeVisible();
    expect(labsShown()).toEqual(fixtures.typicalRls.expected.labs);
    expect(page().getByText(outcome.result.notDiagnosis)).toBeVisible();
  });

  it('a red flag shows the emergency screen at once and stays at the top of the summary', async () => {
    const user = setupUser();
    render(<App {...readBrowser()} />);
    await answerUntil(user, fixtures.redFlagEmergency.answers, 'urgent');
    expect(await primaryShown()).toBe('urgentReferral');
    // Focus moves just after the new page has painted.
    await waitFor(() => expect(page().getByRole('heading', { level: 1, name: outcome.urgent.emergencyTitle })).toHaveFocus());

    await user.click(page().getByRole('button', { name: outcome.urgent.carryOn }));
    expect(currentStep()).not.toBe('urgent');
    expect(currentStep()).not.toBe('redFlags');
  });
});

describe('the summary', () => {
  it('names the likely condition in its heading, says it is not a diagnosis, and lists the tests in order', () => {
    const fixture = fixtures.typicalCramps;
    render(<ResultPage answers={readAnswers(fixture.answers)} onChangeAnswers={() => {}} onRestart={() => {}} />);
    const summary = screen.getByRole('region', { name: outcome.result.suggestTitle });
    expect(summary).toHaveAttribute('data-primary', 'nocturnalLegCramps');
    expect(within(summary).getByRole('heading', { name: /Night-time leg cramps: likely/ })).toBeVisible();
    expect(screen.getByText(outcome.result.notDiagnosis)).toBeVisible();
    const labs = [...document.querySelectorAll('[data-lab]')].map((el) => el.getAttribute('data-lab'));
    expect(labs).toEqual(fixture.expected.labs);
  });
});

describe('a question page', () => {
  it('shows "There is a problem" with a link to the question when nothing is chosen, and names the error in the title', async () => {
    const user = setupUser();
    render(<App {...readBrowser()} />);
    await start(user);
    const step = currentStep() as QuestionId;
    await pressContinue(user);

    // The form validates asynchronously: wait for the summary rather than assume it is there.
    const summary = await page().findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await waitFor(() => expect(summary).toHaveFocus());
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
    expect(currentStep()).toBe(step);

    const question = messages.questions[step];
    await user.click(within(summary).getByRole('link', { name: question.required }));
    const group = page().getByRole('group', { name: question.text });
    const firstOption = Object.keys(question.options)[0];
    expect(within(group).getByRole(isMultiChoice(step) ? 'checkbox' : 'radio', { name: optionLabel(step, firstOption) })).toHaveFocus();
    expect(group).toHaveAccessibleDescription(expect.stringContaining(question.required));
  });

  it('moves focus to the question heading on each new step', async () => {
    const user = setupUser();
    render(<App {...readBrowser()} />);
    await start(user);
    // Focus moves just after the new page has painted.
    await waitFor(() => expect(page().getByRole('heading', { level: 1 })).toHaveFocus());
    const before = currentStep();
    await answerUntil(user, fixtures.typicalRls.answers, 'ageBand');
    expect(currentStep()).not.toBe(before);
    await waitFor(() => expect(page().getByRole('heading', { level: 1, name: messages.questions.ageBand.text })).toHaveFocus());
  });

  it('"None of these" clears the other ticks, and ticking another clears "None of these"', async () => {
    const user = setupUser();
    render(<App {...readBrowser()} />);
    await answerUntil(user, fixtures.typicalRls.answers, 'redFlags');
    const group = within(page().getByRole('group', { name: messages.questions.redFlags.text }));
    const flag = group.getByRole('checkbox', { name: optionLabel('redFlags', 'newLegWeakness') });
    const none = group.getByRole('checkbox', { name: 'None of these' });
    await user.click(flag);
    await user.click(none);
    expect(flag).not.toBeChecked();
    expect(none).toBeChecked();
    await user.click(flag);
    expect(none).not.toBeChecked();
    expect(flag).toBeChecked();
  });

  it('Back shows the answer given before', async () => {
    const user = setupUser();
    render(<App {...readBrowser()} />);
    const answers = fixtures.typicalCramps.answers;
    await answerUntil(user, answers, 'sensation');
    await goBack(user);
    expect(page().getByRole('radio', { name: optionLabel('pregnancy', answers.pregnancy) })).toBeChecked();
    await goBack(user);
    expect(page().getByRole('radio', { name: optionLabel('ageBand', answers.ageBand) })).toBeChecked();
    await goBack(user);
    expect(page().getByRole('checkbox', { name: 'None of these' })).toBeChecked();
  });
});
