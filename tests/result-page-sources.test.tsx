/**
 * The patient summary links only to sources patients may see; a statement whose sources are all for
 * clinicians is still shown, without a citation.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { outcome } from '../src/content/outcome-messages';
import { sources, type SourceId } from '../src/content/sources';
import { readAnswers } from '../src/questionnaire/answers';
import { ResultPage } from '../src/questionnaire/pages/result-page';
import { fixtures } from './fixtures/answers';

function showSummary(answers: Parameters<typeof readAnswers>[0]) {
  return render(<ResultPage answers={readAnswers(answers)} onChangeAnswers={() => {}} onRestart={() => {}} />);
}

describe('the patient summary’s sources', () => {
  it.each(['typicalRls', 'crampsAndRls', 'redFlagMixedTiers', 'ankleSwellingNoneFits', 'crampsOnStatin'] as const)(
    '%s: every citation and every listed source is patient-visible',
    (name) => {
      const { container } = showSummary(fixtures[name].answers);
      const cited = [...container.querySelectorAll('a[href^="#source-"]')].map((a) => a.getAttribute('href')!.slice('#source-'.length));
      const listed = [...container.querySelectorAll('.app-sources li')].map((li) => li.id.slice('source-'.length));
      expect(listed.length).toBeGreaterThan(0);
      expect([...cited, ...listed].filter((id) => !sources[id as SourceId]?.patientVisible)).toEqual([]);
      const links = [...container.querySelectorAll('.app-sources a')].map((a) => a.getAttribute('href'));
      expect(links).toEqual(listed.map((id) => sources[id as SourceId].url));
    },
  );

  it('keeps a statement whose sources are for clinicians only, without a citation', () => {
    showSummary(fixtures.typicalRls.answers);
    const reason = screen.getByText(outcome.reasons.plmdRlsTakesPrecedence()).closest('li') as HTMLElement;
    expect(reason.querySelector('a')).toBeNull();
  });
});
