/**
 * The machine's other ways in and around: browser Forward, the urgent screen's Back, an imported
 * answer set, and GP mode's screens.
 */
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { Answers, AnswerValue, KnownAnswers } from '../src/catalogue/answers';
import { currentStep, questionnaireMachine } from '../src/questionnaire/questionnaire-machine';
import type { QuestionId } from '../src/catalogue/questions';
import { gpScreenOf, gpScreenQuestions, type GpScreenId } from '../src/questionnaire/steps';
import { fixtures } from './fixtures/answers';
import { answerUntilReview, startedActor, startedPastRespondent, stepOf } from './machine-driver';

const rls = fixtures.typicalRls.answers;

describe('questionnaire machine: browser Forward and the urgent screen', () => {
  it('goes Forward again with the answer already given, and not past an unanswered question', () => {
    const actor = startedPastRespondent();
    actor.send({ type: 'answer.submit', question: 'redFlags', value: ['none'] });
    actor.send({ type: 'answer.submit', question: 'ageBand', value: '65plus' });
    actor.send({ type: 'nav.back' });
    expect(stepOf(actor)).toBe('ageBand');
    actor.send({ type: 'nav.forward' });
    expect(stepOf(actor)).toBe('pregnancy');
    actor.send({ type: 'nav.forward' });
    expect(stepOf(actor)).toBe('pregnancy');
  });

  it('goes Forward from the red flags to the urgent screen when one was ticked; Back from there shows the red flags', () => {
    const actor = startedPastRespondent();
    actor.send({ type: 'answer.submit', question: 'redFlags', value: ['coldPaleNumbLeg'] });
    actor.send({ type: 'nav.back' });
    expect(stepOf(actor)).toBe('redFlags');
    actor.send({ type: 'nav.forward' });
    expect(stepOf(actor)).toBe('urgent');
    actor.send({ type: 'nav.forward' });
    expect(stepOf(actor)).toBe('ageBand');
  });

  it('comes back to the review after a change made from the result page', () => {
    const actor = startedActor();
    answerUntilReview(actor, rls);
    actor.send({ type: 'review.confirm' });
    actor.send({ type: 'nav.change', question: 'frequency' });
    expect(stepOf(actor)).toBe('frequency');
    actor.send({ type: 'answer.submit', question: 'frequency', value: rls.frequency! });
    expect(stepOf(actor)).toBe('checkAnswers');
  });
});

describe('questionnaire machine: imported answers', () => {
  function imported(answers: Answers, mode: 'patient' | 'gp' = 'patient') {
    const actor = createActor(questionnaireMachine, { input: { mode } }).start();
    actor.send({ type: 'answers.import', answers: answers as KnownAnswers });
    return actor;
  }

  it('opens the review when every question is answered, without answers off the path', () => {
    const actor = imported({ ...fixtures.typicalCramps.answers, returnsOnRest: 'yes' });
    expect(currentStep(actor.getSnapshot())).toBe('checkAnswers');
    expect(actor.getSnapshot().context.answers).toEqual(fixtures.typicalCramps.answers);
  });

  it('opens the first question still to answer', () => {
    const { timing: _, ...partial } = rls;
    expect(currentStep(imported(partial).getSnapshot())).toBe('timing');
  });

  it('asks only the questions an older file lacks, then opens the review, without walking every answer again', () => {
    const { respondent: _respondent, onset: _onset, ...older }: Answers = rls;
    const actor = imported(older);
    expect(stepOf(actor)).toBe('respondent');
    actor.send({ type: 'answer.submit', question: 'respondent', value: 'someoneElse' });
    expect(stepOf(actor)).toBe('onset');
    actor.send({ type: 'answer.submit', question: 'onset', value: 'underOneMonth' });
    expect(stepOf(actor)).toBe('checkAnswers');
  });

  it('after the urgent screen of an older file, asks only the questions it lacks, the first one first', () => {
    const { respondent: _respondent, onset: _onset, ...older }: Answers = { ...rls, redFlags: ['stiffnessAfterWound'] };
    const actor = imported(older);
    expect(stepOf(actor)).toBe('urgent');
    actor.send({ type: 'urgent.continue' });
    expect(stepOf(actor)).toBe('respondent');
    actor.send({ type: 'answer.submit', question: 'respondent', value: 'self' });
    expect(stepOf(actor)).toBe('onset');
    actor.send({ type: 'answer.submit', question: 'onset', value: 'overOneYear' });
    expect(stepOf(actor)).toBe('checkAnswers');
  });

  it('opens the urgent screen on a red flag, then carries on with the questions still open', () => {
    const actor = imported({ respondent: 'self', redFlags: ['newLegWeakness'] });
    expect(currentStep(actor.getSnapshot())).toBe('urgent');
    actor.send({ type: 'urgent.continue' });
    expect(currentStep(actor.getSnapshot())).toBe('ageBand');
  });

  it('in GP mode opens the result, or the screen of the first question still to answer', () => {
    expect(currentStep(imported(rls, 'gp').getSnapshot())).toBe('result');
    const { location: _, ...partial } = rls;
    const actor = imported(partial, 'gp');
    expect(gpScreenOf(currentStep(actor.getSnapshot()) as QuestionId)).toBe('crampDetails');
    expect(currentStep(actor.getSnapshot())).toBe(gpScreenQuestions('crampDetails', partial as KnownAnswers)[0]);
  });
});

describe('questionnaire machine: GP mode', () => {
  function screenAnswers(screen: GpScreenId, answers: Answers) {
    const asked = gpScreenQuestions(screen, answers as KnownAnswers);
    return Object.fromEntries(asked.map((id) => [id, answers[id]])) as Partial<Record<QuestionId, AnswerValue>>;
  }

  function gpActor() {
    const actor = createActor(questionnaireMachine, { input: { mode: 'gp' } }).start();
    actor.send({ type: 'journey.start' });
    return actor;
  }

  it('accepts a screen only when complete and on show, and ends on the result', () => {
    const actor = gpActor();
    const { ageBand: _, ...screening } = screenAnswers('screening', rls);
    actor.send({ type: 'section.submit', screen: 'screening', answers: screening });
    expect(gpScreenOf(stepOf(actor) as QuestionId)).toBe('screening');
    actor.send({ type: 'section.submit', screen: 'symptoms', answers: screenAnswers('symptoms', rls) });
    expect(gpScreenOf(stepOf(actor) as QuestionId)).toBe('screening');

    const seen: string[] = [];
    for (const screen of ['screening', 'symptoms', 'crampDetails', 'sleep', 'medicinesAndConditions'] as const) {
      actor.send({ type: 'section.submit', screen, answers: screenAnswers(screen, rls) });
      seen.push(stepOf(actor));
    }
    expect(seen.at(-1)).toBe('result');
    expect(seen.slice(0, -1).map((step) => gpScreenOf(step as QuestionId))).toEqual(['symptoms', 'crampDetails', 'sleep', 'medicinesAndConditions']);

    actor.send({ type: 'nav.back' });
    expect(gpScreenOf(stepOf(actor) as QuestionId)).toBe('medicinesAndConditions');
    actor.send({ type: 'nav.back' });
    expect(gpScreenOf(stepOf(actor) as QuestionId)).toBe('sleep');
  });

  it('goes to the urgent screen from the screening screen on a red flag', () => {
    const actor = gpActor();
    actor.send({ type: 'section.submit', screen: 'screening', answers: { ...screenAnswers('screening', rls), redFlags: ['breathlessChestPain'] } });
    expect(stepOf(actor)).toBe('urgent');
    actor.send({ type: 'urgent.continue' });
    expect(gpScreenOf(stepOf(actor) as QuestionId)).toBe('symptoms');
  });
});
