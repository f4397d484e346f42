/** The file picker that loads answers from a FHIR QuestionnaireResponse, in the page. */
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../src/app/app';
import { readBrowser } from '../src/app/main';
import type { Answers } from '../src/catalogue/answers';
import { messages } from '../src/content/messages';
import { ImportAnswers } from '../src/fhir/import-answers';
import { codeSystemFor } from '../src/fhir/questionnaire-resource';
import { maxImportBytes } from '../src/fhir/questionnaire-response';
import { fixtures } from './fixtures/answers';
import { changed, itemOf, response, typical } from './fhir-responses';
import { answerPage, answerUntil, currentStep, optionLabel, page, setupUser } from './ui-driver';

describe('ImportAnswers in the page', () => {
  const file = (text: string, name = 'answers.json') => new File([text], name, { type: 'application/json' });

  it('shows the problems of a bad file and does not use any of its answers', async () => {
    const onImport = vi.fn();
    const user = userEvent.setup();
    render(createElement(ImportAnswers, { onImport }));
    const input = screen.getByLabelText('Load answers from a file');
    expect(input).toHaveAttribute('type', 'file');
    expect(input).toHaveAttribute('accept', '.json,application/json');
    const bad = changed((r) => (itemOf(r, 'ageBand').answer = [{ valueCoding: { system: codeSystemFor('ageBand'), code: '200plus' } }]));
    await user.upload(input, file(bad, 'mine.json'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('"mine.json" could not be loaded, so none of its answers were used:');
    expect(alert).toHaveTextContent('Question "ageBand": "200plus" is not one of its answers.');
    expect(input).toHaveAccessibleDescription(expect.stringContaining('"200plus" is not one of its answers'));
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(onImport).not.toHaveBeenCalled();
  });

  it('calls onImport once with the answers of a good file, and clears an earlier error', async () => {
    const onImport = vi.fn();
    const user = userEvent.setup();
    render(createElement(ImportAnswers, { onImport }));
    const input = screen.getByLabelText('Load answers from a file');
    await user.upload(input, file('not json'));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file is not a JSON file');
    await user.upload(input, file(JSON.stringify(response(typical))));
    await vi.waitFor(() => expect(onImport).toHaveBeenCalledTimes(1));
    expect(onImport).toHaveBeenCalledWith(typical);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('refuses a file over 1 MB without reading it', async () => {
    const onImport = vi.fn();
    const user = userEvent.setup();
    render(createElement(ImportAnswers, { onImport }));
    await user.upload(screen.getByLabelText('Load answers from a file'), file(' '.repeat(maxImportBytes + 1)));
    expect(await screen.findByRole('alert')).toHaveTextContent('The file is too large (over 1 MB) to be a set of answers.');
    expect(onImport).not.toHaveBeenCalled();
  });
});

describe('an answer file saved before the questionnaire asked who is answering', () => {
  /** A saved-session file of the first format: the retired wound-or-toxin flag, no respondent, no onset. */
  const { respondent: _respondent, onset: _onset, ...older }: Answers = fixtures.typicalCramps.answers;
  const oldFile = JSON.stringify({
    version: 1,
    savedAt: '2026-10-01T09:00:00.000Z',
    step: 'result',
    answers: { ...older, redFlags: ['woundOrToxinExposure'] },
    returningToReview: false,
  });

  it('asks only the questions it lacks, then says once on the review that an answer was carried over', async () => {
    const user = setupUser();
    render(<App {...readBrowser()} />);
    await user.upload(page().getByLabelText('Load answers from a file'), new File([oldFile], 'old.json', { type: 'application/json' }));
    await waitFor(() => expect(currentStep()).toBe('urgent'));
    const seen = await answerUntil(user, { respondent: 'self', onset: 'overOneYear' }, 'checkAnswers');
    expect(seen).toEqual(['urgent', 'respondent', 'onset', 'checkAnswers']);
    expect(page().getByRole('status')).toHaveTextContent(messages.checkAnswers.carriedOver);
    expect(page().getByText(optionLabel('redFlags', 'stiffnessAfterWound'))).toBeVisible();

    // Said once: after a change, the review no longer says it.
    await user.click(page().getByRole('button', { name: `Change ${messages.questions.onset.short.toLowerCase()}` }));
    await answerPage(user, 'onset', 'overOneYear');
    expect(currentStep()).toBe('checkAnswers');
    expect(page().queryByText(messages.checkAnswers.carriedOver)).toBeNull();
  });
});
