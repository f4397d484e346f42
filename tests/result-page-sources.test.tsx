/**
 * The patient summary links only to sources patients may see; a statement whose sources are all for
 * clinicians is still shown, without a citation.
 */
import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { outcome } from '../src/content/outcome-messages';
import { sources, type SourceId } from '../src/catalogue/sources';
import { readAnswers } from '../src/catalogue/answers';
import { ResultPage } from '../src/result/result-page';
import { fixtures } from './fixtures/answers';

function showSummary(answers: Parameters<typeof readAnswers>[0]) {
  return render(<ResultPage answers={readAnswers(answers)} onChangeAnswers={() => {}} onRestart={() => {}} />);
}

describe('the patient summary’s sources', () => {
  it.each(['typicalRls', 'crampsAndRls', 'redFlagMixedTiers', 'ankleSwellingNoneFits', 'crampsOnStatin'] as const)(
    '%s: every citation and every listed source is patient-visible',
    (name) => {
      showSummary(fixtures[name].answers);
      const hrefs = screen.getAllByRole('link').map((link) => link.getAttribute('href') ?? '');
      const cited = hrefs.filter((href) => href.startsWith('#source-')).map((href) => href.slice('#source-'.length));
      const outside = hrefs.filter((href) => /^https?:/.test(href));
      const patientUrls = new Set<string>(Object.values(sources).filter((source) => source.patientVisible).map((source) => source.url));
      expect(outside.length).toBeGreaterThan(0);
      expect(cited.filter((id) => !sources[id as SourceId]?.patientVisible)).toEqual([]);
      expect(outside.filter((url) => !patientUrls.has(url))).toEqual([]);
    },
  );

  it('keeps a statement whose sources are for clinicians only, without a citation', () => {
    showSummary(fixtures.typicalRls.answers);
    const reason = screen.getByText(outcome.reasons.plmdRlsTakesPrecedence()).closest('li') as HTMLElement;
    expect(reason.querySelector('a')).toBeNull();
  });
});
