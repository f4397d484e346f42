/**
 * Controls from the hazard log (docs/clinical-safety.md) that show on the patient's pages: what the
 * summary must always say, and what it must never say.
 */
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { outcome } from '../src/content/outcome-messages';
import { readAnswers } from '../src/catalogue/answers';
import { ResultPage } from '../src/result/result-page';
import { UrgentPage } from '../src/questionnaire/pages/urgent-page';
import { fixtures } from './fixtures/answers';

function showSummary(answers: Parameters<typeof readAnswers>[0]) {
  return render(<ResultPage answers={readAnswers(answers)} onChangeAnswers={() => {}} onRestart={() => {}} />);
}

// Medicines the summary must never suggest: quinine (FDA, MHRA, AAN) and the RLS drugs a GP decides on.
const medicineNames = /quinine|pramipexole|ropinirole|rotigotine|levodopa|gabapentin|pregabalin|opioid|oxycodone|magnesium tablet|iron tablet|ferrous/i;
// Claims from the source article that the literature audit could not verify (docs/clinical-basis.md §12).
const unverifiedFigures = /\b4\.6\b|\b4\.1\b|\b1\.02\b|68 ?%|useless|median age/i;

describe('what the patient summary must always say', () => {
  it('says "Do not stop any medicine" above the medicines that may be contributing', () => {
    showSummary(fixtures.crampsOnStatin.answers);
    const section = screen.getByRole('region', { name: outcome.result.contributingTitle });
    const warning = within(section).getByText(outcome.result.doNotStop);
    const statin = within(section).getByText(/statin/i);
    expect(warning.compareDocumentPosition(statin) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(screen.getByText(outcome.advice.keepTakingMedicines)).toBeVisible();
  });

  it('puts the under-18 note first, before what the answers suggest', () => {
    showSummary({ ...fixtures.typicalRls.answers, ageBand: 'under18' });
    const note = screen.getByText(outcome.notes.underEighteen);
    const suggest = screen.getByRole('heading', { name: outcome.result.suggestTitle });
    expect(note.compareDocumentPosition(suggest) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('shows the under-18 note on the urgent screen too', () => {
    render(
      <UrgentPage answers={readAnswers({ ...fixtures.redFlagSameDay.answers, ageBand: 'under18' })} onContinue={() => {}} onBack={() => {}} />,
    );
    expect(screen.getByText(outcome.notes.underEighteen)).toBeVisible();
  });
});

describe('what the patient summary must never say', () => {
  // One render per fixture for both checks: rendering the summary is most of each test's time.
  it.each(Object.keys(fixtures))(
    'names no medicine to take in "What you can do now", nor the source article\'s unverified figures: %s',
    (name) => {
      const { container } = showSummary(fixtures[name as keyof typeof fixtures].answers);
      const advice = screen.getByRole('region', { name: outcome.result.whatNowTitle });
      expect(advice.textContent).not.toMatch(medicineNames);
      expect(container.textContent).not.toMatch(unverifiedFigures);
    },
  );

  it('never suggests quinine for cramps in what the answers suggest', () => {
    showSummary(fixtures.typicalCramps.answers);
    // A cited trial's title may name quinine; the suggestion never does (nor the advice, checked above).
    expect(screen.getByRole('region', { name: outcome.result.suggestTitle }).textContent).not.toMatch(/quinine/i);
  });
});
