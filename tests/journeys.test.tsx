import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../src/app';
import { messages } from '../src/content/messages';
import { fixtures } from './fixtures/answers';
import { answerPage, completeJourney, currentStep, optionLabel, outcomeShown, startAnswering } from './ui-driver';
import { outcome } from '../src/content/outcome-messages';

function labsShown(): string[] {
  return [...document.querySelectorAll('[data-lab]')].map((el) => el.getAttribute('data-lab') ?? '');
}

describe('journeys through the app', () => {
  it('a person with typical night cramps ends on a summary that says cramps are likely', async () => {
    const user = userEvent.setup();
    render(<App />);
    await completeJourney(user, fixtures.typicalCramps.answers);
    const summary = screen.getByRole('region', { name: outcome.result.suggestTitle });
    expect(summary).toHaveAttribute('data-primary', 'nocturnalLegCramps');
    expect(within(summary).getByRole('heading', { name: /Night-time leg cramps: likely/ })).toBeVisible();
    expect(labsShown()).toEqual(fixtures.typicalCramps.expected.labs);
    expect(screen.getByText(outcome.result.notDiagnosis)).toBeVisible();
    // Quinine is never suggested (spec §1.7); a cited trial's title may name it, the advice never does.
    const advice = screen.getByRole('region', { name: outcome.result.whatNowTitle });
    expect(advice.textContent).not.toMatch(/quinine/i);
    expect(summary.textContent).not.toMatch(/quinine/i);
  });

  it('a person with typical restless legs is told so, with iron tests first', async () => {
    const user = userEvent.setup();
    render(<App />);
    const seen = await completeJourney(user, fixtures.typicalRls.answers);
    expect(seen).toContain('returnsOnRest');
    expect(seen).not.toContain('muscleHardens');
    expect(screen.getByRole('region', { name: outcome.result.suggestTitle })).toHaveAttribute('data-primary', 'rls');
    expect(screen.getByRole('heading', { name: /Restless legs syndrome: likely/ })).toBeVisible();
    expect(labsShown().slice(0, 2)).toEqual(['ferritin', 'transferrinSaturation']);
    expect(labsShown()).toEqual(fixtures.typicalRls.expected.labs);
  });

  it('a red flag shows the emergency screen at once and stays at the top of the summary', async () => {
    const user = userEvent.setup();
    render(<App />);
    await startAnswering(user);
    await answerPage(user, 'redFlags', ['breathlessChestPain']);
    expect(currentStep()).toBe('urgent');
    await outcomeShown();
    // Focus moves just after the new page has painted.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: outcome.urgent.emergencyTitle })).toHaveFocus());
    expect(document.querySelector('[data-primary]')).toHaveAttribute('data-primary', 'urgentReferral');

    await user.click(screen.getByRole('button', { name: outcome.urgent.carryOn }));
    expect(currentStep()).toBe('ageBand');
  });

  it('a red-flag journey ends on a summary with the red flag first and no test list', async () => {
    const user = userEvent.setup();
    render(<App />);
    await completeJourney(user, fixtures.redFlagSameDay.answers);
    const headings = screen.getAllByRole('heading').map((h) => h.textContent);
    expect(headings[1]).toBe(outcome.urgent.sameDayTitle);
    expect(labsShown()).toEqual([]);
    expect(document.querySelector('[data-primary]')).toHaveAttribute('data-primary', 'urgentReferral');
  });
});

describe('a question page', () => {
  it('shows "There is a problem" with a link to the question when nothing is chosen, and names the error in the title', async () => {
    const user = userEvent.setup();
    render(<App />);
    await startAnswering(user);
    await user.click(screen.getByRole('button', { name: 'Continue' }));

    // The form validates asynchronously: wait for the summary rather than assume it is there.
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('heading', { name: 'There is a problem' })).toBeVisible();
    await waitFor(() => expect(summary).toHaveFocus());
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
    expect(currentStep()).toBe('redFlags');

    await user.click(within(summary).getByRole('link', { name: messages.questions.redFlags.required }));
    expect(screen.getByRole('checkbox', { name: optionLabel('redFlags', 'oneLegSwollenHotRed') })).toHaveFocus();
    expect(screen.getByRole('group', { name: messages.questions.redFlags.text })).toHaveAccessibleDescription(
      expect.stringContaining(messages.questions.redFlags.required),
    );
  });

  it('moves focus to the question heading on each new step', async () => {
    const user = userEvent.setup();
    render(<App />);
    await startAnswering(user);
    // Focus moves just after the new page has painted.
    await waitFor(() => expect(screen.getByRole('heading', { level: 1 })).toHaveFocus());
    await answerPage(user, 'redFlags', ['none']);
    await waitFor(() => expect(screen.getByRole('heading', { level: 1, name: messages.questions.ageBand.text })).toHaveFocus());
  });

  it('"None of these" clears the other ticks, and ticking another clears "None of these"', async () => {
    const user = userEvent.setup();
    render(<App />);
    await startAnswering(user);
    const flag = screen.getByRole('checkbox', { name: optionLabel('redFlags', 'newLegWeakness') });
    const none = screen.getByRole('checkbox', { name: 'None of these' });
    await user.click(flag);
    await user.click(none);
    expect(flag).not.toBeChecked();
    expect(none).toBeChecked();
    await user.click(flag);
    expect(none).not.toBeChecked();
    expect(flag).toBeChecked();
  });

  it('Back shows the answer given before', async () => {
    const user = userEvent.setup();
    render(<App />);
    await startAnswering(user);
    await answerPage(user, 'redFlags', ['none']);
    await answerPage(user, 'ageBand', '65plus');
    await answerPage(user, 'pregnancy', 'notApplicable');
    expect(currentStep()).toBe('sensation');
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: optionLabel('pregnancy', 'notApplicable') })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('radio', { name: optionLabel('ageBand', '65plus') })).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Back' }));
    expect(screen.getByRole('checkbox', { name: 'None of these' })).toBeChecked();
  });
});

describe('check your answers', () => {
  it('lists the answers on the path and returns there after a change', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: /^Start/ }));
    const answers = fixtures.typicalCramps.answers;
    while (currentStep() !== 'checkAnswers') {
      const step = currentStep() as keyof typeof answers;
      await answerPage(user, step, answers[step]!);
    }
    expect(screen.queryByText(messages.questions.returnsOnRest.short)).toBeNull();
    await user.click(screen.getByRole('button', { name: `Change ${messages.questions.frequency.short.toLowerCase()}` }));
    expect(currentStep()).toBe('frequency');
    expect(screen.getByRole('radio', { name: optionLabel('frequency', answers.frequency!) })).toBeChecked();
    await answerPage(user, 'frequency', 'fewerThan5Ever');
    expect(currentStep()).toBe('checkAnswers');
    expect(screen.getByText(optionLabel('frequency', 'fewerThan5Ever'))).toBeVisible();
  });
});
