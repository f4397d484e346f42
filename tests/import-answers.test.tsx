/** The file picker that loads answers from a FHIR QuestionnaireResponse, in the page. */
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { ImportAnswers } from '../src/fhir/import-answers';
import { codeSystemFor } from '../src/fhir/questionnaire-resource';
import { maxImportBytes } from '../src/fhir/questionnaire-response';
import { changed, itemOf, response, typical } from './fhir-responses';

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
