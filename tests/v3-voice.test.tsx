/**
 * Answering for someone else: every patient-facing word is about "them", the actions speak to the
 * person answering, and the handout, clinician view and note say who gave the history. Also the v3
 * result wording (PLMD beside restless legs, medicine links, cramp tests, iron-test note).
 */
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { assess, type Reason } from '../src/assessment/assess';
import type { MimicLabel } from '../src/assessment/knowledge';
import { handoutMessages } from '../src/content/en-handout';
import { reasonText } from '../src/content/reason-text';
import { messages } from '../src/content/messages';
import { outcome } from '../src/content/outcome-messages';
import { questionWords } from '../src/content/voice';
import { ClinicianResult } from '../src/gp/clinician-result';
import { clinicalNotesText } from '../src/gp/clinical-notes';
import { Handout } from '../src/gp/handout';
import { readAnswers, type Answers } from '../src/catalogue/answers';
import { CheckAnswersPage } from '../src/questionnaire/pages/check-answers-page';
import { QuestionPage } from '../src/questionnaire/pages/question-page';
import { ResultPage } from '../src/result/result-page';
import { UrgentPage } from '../src/questionnaire/pages/urgent-page';
import { questionIds } from '../src/catalogue/questions';
import { fixtures } from './fixtures/answers';

const forSomeoneElse = (answers: Answers) => readAnswers({ ...answers, respondent: 'someoneElse' });
const noop = () => {};

/** Words about the person that only fit when they are answering themselves. */
const firstOrSecondPerson = /\b(I|I'm|me|my|myself|you|your|you're)\b/i;
/** In the outcome pages "you" is the person answering; these would still be about the patient. */
const patientAsYou =
  /\b(I|I'm|me|my|myself)\b|\byour (legs?|feet|foot|GP|doctor|medicines?|symptoms|sleep|cramps|body|muscles?|calf|thyroid|heart|kidneys|circulation|maternity)\b|\byou (have(?! got)|take|feel|are|sleep|rest|keep|stretch|walk|stop|stand|drink)\b/i;

describe('the third-person words are complete', () => {
  it('has no "I", "my" or "you" in any question, hint, error or option about the person', () => {
    for (const question of questionIds.filter((q) => q !== 'respondent')) {
      const words = questionWords(question, 'thirdPerson');
      const texts = [words.text, words.hint, words.short, words.required, ...Object.values(words.options).flatMap((o) => [o.label, o.hint])];
      for (const text of texts.filter((t): t is string => Boolean(t))) expect(text, `${question}: ${text}`).not.toMatch(firstOrSecondPerson);
    }
    expect(messages.sectionsThirdPerson.aboutYou).not.toMatch(firstOrSecondPerson);
  });

  it('keeps the first-person words unchanged for a person answering for themselves', () => {
    expect(questionWords('ageBand', 'self').text).toBe('How old are you?');
    expect(questionWords('ageBand', 'thirdPerson').text).toBe('How old are they?');
    expect(questionWords('sensation', 'thirdPerson').options.noFeelingPartnerNotices.label).toMatch(/^They don't feel anything/);
  });

  it('speaks about them in every outcome sentence written for someone else', () => {
    const sample: Reason[] = [
      { id: 'rlsAllFour', sources: [] },
      { id: 'rlsAkathisia', sources: [] },
      { id: 'rlsCoexistingMimic', mimics: ['nerve'], sources: [] },
      { id: 'rlsOneMissing', missing: ['R2'], sources: [] },
      { id: 'rlsNoUrge', sources: [] },
      { id: 'rlsTooFewFeatures', missing: ['R1', 'R3'], sources: [] },
      { id: 'crampsAllThree', sources: [] },
      { id: 'crampsParkinsonsDowngrade', sources: [] },
      { id: 'crampsNotInBed', sources: [] },
      { id: 'plmdSuspected', sources: [] },
      { id: 'plmdNotSuspected', sources: [] },
      { id: 'plmdCannotAssessWithoutObserver', sources: [] },
    ];
    const texts: string[] = [
      ...sample.map((r) => reasonText(r, outcome.reasonsThirdPerson)),
      ...Object.entries(outcome.alerts).map(([id, text]) => outcome.alertsThirdPerson[id as MimicLabel] ?? text),
      ...Object.entries(outcome.softFlags).map(([id, text]) => (outcome.softFlagsThirdPerson as Record<string, string>)[id] ?? text),
      ...Object.values(outcome.adviceThirdPerson),
      ...Object.values(outcome.notesThirdPerson),
      ...Object.values(outcome.urgent.thirdPerson),
      ...Object.values(outcome.result.thirdPerson).map((t) => (typeof t === 'function' ? t('Water tablets') : t)),
      ...Object.values(handoutMessages.thirdPerson),
    ];
    for (const text of texts) expect(text).not.toMatch(patientAsYou);
  });
});

describe('red-flag wording (v3)', () => {
  it('words the nerve and urine red flags so that long-standing numbness and urinary retention do not fit them', () => {
    const flags = messages.questions.redFlags.options;
    expect(flags.newLegWeakness.label).toContain('come on over days or weeks');
    expect(flags.newLegWeakness.label).toContain('spreading over hours or days');
    expect(flags.darkUrineWeakness.label).toBe('Dark brown, cola- or tea-coloured urine, together with muscle pain or weakness.');
    expect(flags.darkUrineWeakness.label).not.toMatch(/less urine/);
    expect(flags.saddleNumbnessBladder.label).toContain('new trouble passing urine');
    expect(Object.keys(flags)).not.toContain('woundOrToxinExposure');
  });
});

describe('pages for someone answering for another person', () => {
  it('asks about them, with their options and an error in the third person', async () => {
    const user = userEvent.setup();
    render(<QuestionPage question="partnerObserved" answers={forSomeoneElse({})} onSubmit={noop} onBack={noop} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(
      'Has anyone seen their legs jerk or kick again and again while they are asleep?',
    );
    expect(screen.getByRole('radio', { name: 'They sleep alone / nobody would know' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: messages.ui.continue }));
    expect(await screen.findByRole('alert')).toBeInTheDocument();
    render(<QuestionPage question="ageBand" answers={forSomeoneElse({})} onSubmit={noop} onBack={noop} />);
    await user.click(screen.getAllByRole('button', { name: messages.ui.continue })[1]);
    expect((await screen.findAllByText('Select their age group')).length).toBeGreaterThan(0);
  });

  it('adds the mixed-feelings hint on the pages about the other feeling', () => {
    const answers = readAnswers({ respondent: 'self', sensation: ['suddenPainfulTightening', 'urgeWithCrawlingAching'] });
    render(<QuestionPage question="restTrigger" answers={answers} onSubmit={noop} onBack={noop} />);
    expect(screen.getByRole('group')).toHaveAccessibleDescription(expect.stringContaining(messages.mixedFeelingsHint.self));
    render(<QuestionPage question="relief" answers={answers} onSubmit={noop} onBack={noop} />);
    expect(screen.getAllByRole('group')[1]).not.toHaveAccessibleDescription(expect.stringContaining('another kind of feeling'));
  });

  it('lists the answers about them on check answers, and says once that an old answer was carried over', () => {
    render(
      <CheckAnswersPage answers={forSomeoneElse(fixtures.typicalRls.answers)} carriedOver onChange={noop} onConfirm={noop} onBack={noop} />,
    );
    expect(screen.getByRole('heading', { name: 'About them' })).toBeInTheDocument();
    expect(screen.getByText('Where they feel it')).toBeInTheDocument();
    expect(screen.getByText('It stops them getting to sleep or wakes them up')).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent(messages.checkAnswers.carriedOver);
    expect(screen.getByRole('button', { name: messages.checkAnswers.confirmThirdPerson })).toBeInTheDocument();
  });

  it('tells the person answering to call 999 or take them to A&E', () => {
    render(<UrgentPage answers={forSomeoneElse({ redFlags: ['stiffnessAfterWound'] })} onContinue={noop} onBack={noop} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(outcome.urgent.emergencyTitle);
    expect(screen.getByText(outcome.urgent.thirdPerson.emergencyBody)).toBeInTheDocument();
    expect(screen.getByText(/take them to A&E/)).toBeInTheDocument();
    expect(screen.getByText(/Possible tetanus/)).toBeInTheDocument();
  });

  it('gives their summary in the third person', () => {
    render(<ResultPage answers={forSomeoneElse(fixtures.typicalRls.answers)} onChangeAnswers={noop} onRestart={noop} />);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Their summary');
    expect(screen.getAllByText(/You described an urge to move their legs/).length).toBeGreaterThan(0);
    expect(screen.getByRole('heading', { name: 'Tests their GP may consider' })).toBeInTheDocument();
    expect(screen.queryByText(/your legs/i)).toBeNull();
  });
});

describe('result wording (v3)', () => {
  const summary = (answers: Answers) => render(<ResultPage answers={readAnswers(answers)} onChangeAnswers={noop} onRestart={noop} />);

  it('labels PLMD "not scored separately" beside likely restless legs, with the reason', () => {
    summary(fixtures.typicalRls.answers);
    const plmd = document.querySelector('[data-condition="plmd"]') as HTMLElement;
    expect(plmd).toHaveAttribute('data-band', 'unlikely');
    expect(within(plmd).getByRole('heading')).toHaveTextContent('Periodic limb movement disorder: not scored separately');
    expect(plmd).toHaveTextContent('Leg jerks in sleep are common with restless legs, so they are counted as part of it.');
  });

  it('shows no alcohol or caffeine advice to an under-18', () => {
    summary({ ...fixtures.typicalRls.answers, ageBand: 'under18', pregnancy: 'notApplicable' });
    expect(screen.queryByText(/alcohol/i)).toBeNull();
  });

  it('lists a medicine without a claim when its link is about a result that was ruled out', () => {
    summary({ ...fixtures.typicalCramps.answers, medications: ['antidepressant', 'lithium', 'otherMedicine'], medStartedRecently: 'no' });
    const section = screen.getByRole('region', { name: outcome.result.contributingTitle });
    expect(section).toHaveTextContent('You take: Lithium; An antidepressant; Another medicine that is not on this list. Your GP can check all your medicines.');
    expect(section).not.toHaveTextContent(outcome.medicineLinks.rlsWorse);
    expect(section).not.toHaveTextContent(/limb movements/);
  });

  it('introduces the cramp tests once, and each then says what it checks', () => {
    summary(fixtures.typicalCramps.answers);
    const tests = screen.getByRole('region', { name: outcome.result.testsTitle });
    expect(tests.textContent?.split(outcome.result.crampTestsIntro)).toHaveLength(2);
    expect(tests).not.toHaveTextContent('Often not needed for cramps');
    expect(tests.querySelector('[data-lab="calcium"]')).toHaveTextContent('Checks the calcium level in the blood.');
  });

  it('says how to prepare for an iron test with the tests', () => {
    summary(fixtures.typicalRls.answers);
    const tests = screen.getByRole('region', { name: outcome.result.testsTitle });
    expect(tests).toHaveTextContent(outcome.notes.ironTestPreparation);
  });
});

describe('who gave the history, for the GP', () => {
  const answers = forSomeoneElse({ ...fixtures.typicalRls.answers, medications: ['lithium', 'otherMedicine'], medStartedRecently: 'no' });
  const date = new Date(2026, 2, 12);

  it('handout: their GP, and answered by someone else on their behalf', () => {
    render(<Handout assessment={assess(answers)} answers={answers} date={date} appVersion="0.1.0" />);
    const handout = screen.getByTestId('handout');
    expect(handout).toHaveTextContent('Night-time leg symptoms: answers for their GP');
    expect(handout).toHaveTextContent('Answered by: someone else on their behalf');
    expect(handout).toHaveTextContent('What they have');
    expect(handout).not.toHaveTextContent(/\bmy\b|\bI\b/);
  });

  it('clinician view: history from an informant, full medication review, lithium and PLMS', () => {
    render(<ClinicianResult assessment={assess(answers)} answers={answers} date={date} mode="patient" appVersion="0.1.0" />);
    expect(screen.getByTestId('history-from')).toHaveTextContent('History from: informant (carer, parent or partner)');
    expect(screen.getByTestId('other-medicine')).toHaveTextContent('Other regular medicines: full medication review');
    expect(document.querySelector('[data-medicine="lithium"]')).toHaveTextContent('may worsen limb movements in sleep (PLMS)');
  });

  it('copied note: "History from: informant" and the medication review', () => {
    const text = clinicalNotesText({ assessment: assess(answers), answers, date, mode: 'patient', appVersion: '0.1.0' });
    expect(text.split('\n')[1]).toBe('Age 50 to 64. History from: informant.');
    expect(text).toContain('Other regular medicines: full medication review.');
  });
});
