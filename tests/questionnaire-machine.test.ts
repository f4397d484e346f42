import { describe, expect, it } from 'vitest';
import { assess } from '../src/assessment/assess';
import type { Answers } from '../src/catalogue/answers';
import type { QuestionId } from '../src/catalogue/questions';
import { journeyPath } from '../src/questionnaire/steps';
import { fixtures } from './fixtures/answers';
import { answerUntilReview, startedActor, startedPastRespondent, stepOf } from './machine-driver';

const cramps = fixtures.typicalCramps.answers;
const rls = fixtures.typicalRls.answers;

describe('questionnaire machine: the order of the journey', () => {
  it('asks the red flags first, once it knows who is answering', () => {
    const actor = startedPastRespondent();
    expect(stepOf(actor)).toBe('redFlags');
  });

  it('goes to the urgent screen on any red flag, then carries on with the questions', () => {
    const actor = startedPastRespondent();
    actor.send({ type: 'answer.submit', question: 'redFlags', value: ['newLegWeakness'] });
    expect(stepOf(actor)).toBe('urgent');
    actor.send({ type: 'urgent.continue' });
    expect(stepOf(actor)).toBe('ageBand');
  });

  it('refuses "None of these" ticked together with a red flag, which the form never sends', () => {
    const actor = startedPastRespondent();
    actor.send({ type: 'answer.submit', question: 'redFlags', value: ['breathlessChestPain', 'none'] });
    expect(stepOf(actor)).toBe('redFlags');
    expect(actor.getSnapshot().context.answers.redFlags).toBeUndefined();
  });

  it('ignores a second Continue that arrives from the page before (double click)', () => {
    const actor = startedPastRespondent();
    actor.send({ type: 'answer.submit', question: 'redFlags', value: ['none'] });
    actor.send({ type: 'answer.submit', question: 'redFlags', value: ['none'] });
    expect(stepOf(actor)).toBe('ageBand');
    actor.send({ type: 'answer.submit', question: 'ageBand', value: '50to64' });
    actor.send({ type: 'answer.submit', question: 'ageBand', value: '50to64' });
    expect(stepOf(actor)).toBe('pregnancy');
  });

  it('ignores a late submission of the page before, even when its value would fit this page', () => {
    const actor = startedPastRespondent();
    for (const [question, value] of [['redFlags', ['none']], ['ageBand', '65plus'], ['pregnancy', 'no'], ['sensation', ['suddenPainfulTightening']], ['urgeToMove', 'no']] as const) {
      actor.send({ type: 'answer.submit', question, value: value as string | string[] });
    }
    expect(stepOf(actor)).toBe('muscleHardens');
    // urgeToMove and muscleHardens share yes/no/unsure: only the page on show may be answered.
    actor.send({ type: 'answer.submit', question: 'urgeToMove', value: 'yes' });
    expect(stepOf(actor)).toBe('muscleHardens');
    expect(actor.getSnapshot().context.answers.urgeToMove).toBe('no');
  });

  it('ignores an answer that is not one of the options', () => {
    const actor = startedPastRespondent();
    actor.send({ type: 'answer.submit', question: 'redFlags', value: ['none'] });
    actor.send({ type: 'answer.submit', question: 'ageBand', value: '200plus' });
    expect(stepOf(actor)).toBe('ageBand');
  });

  it('walks a whole fixture to the result, asking exactly the questions on its path', () => {
    const actor = startedActor();
    const seen = answerUntilReview(actor, cramps);
    expect(seen.slice(0, -1)).toEqual(journeyPath(actor.getSnapshot().context.answers));
    actor.send({ type: 'review.confirm' });
    expect(stepOf(actor)).toBe('result');
    expect(assess(actor.getSnapshot().context.answers).primary).toBe('nocturnalLegCramps');
  });
});

describe('questionnaire machine: skip logic', () => {
  function reach(step: string, answers: Answers = rls) {
    const actor = startedActor();
    for (let i = 0; i < 30 && stepOf(actor) !== step; i++) {
      const current = stepOf(actor) as QuestionId;
      actor.send({ type: 'answer.submit', question: current, value: answers[current]! });
    }
    expect(stepOf(actor)).toBe(step);
    return actor;
  }

  it('asks whether the muscle hardens only after a cramp-like sensation', () => {
    const actor = reach('urgeToMove');
    actor.send({ type: 'answer.submit', question: 'urgeToMove', value: 'yes' });
    expect(stepOf(actor)).toBe('restTrigger');

    const crampActor = reach('urgeToMove', cramps);
    crampActor.send({ type: 'answer.submit', question: 'urgeToMove', value: 'no' });
    expect(stepOf(crampActor)).toBe('muscleHardens');
  });

  it('asks whether it comes back on rest only when moving helps', () => {
    const actor = reach('relief');
    actor.send({ type: 'answer.submit', question: 'relief', value: ['forcefulStretch'] });
    expect(stepOf(actor)).toBe('timing');
    actor.send({ type: 'nav.back' });
    expect(stepOf(actor)).toBe('relief');
    actor.send({ type: 'answer.submit', question: 'relief', value: ['keepMoving'] });
    expect(stepOf(actor)).toBe('returnsOnRest');
  });

  it('does not ask where it is felt when nothing is felt', () => {
    const actor = reach('sensation');
    actor.send({ type: 'answer.submit', question: 'sensation', value: ['noFeelingPartnerNotices'] });
    const seen = answerUntilReview(actor, { ...rls, sensation: ['noFeelingPartnerNotices'] });
    expect(seen).not.toContain('location');
    expect(seen).toContain('frequency');
  });

  it('asks about a recent medicine only when a medicine was ticked', () => {
    const actor = reach('medications');
    actor.send({ type: 'answer.submit', question: 'medications', value: ['none'] });
    expect(stepOf(actor)).toBe('conditions');
    actor.send({ type: 'nav.back' });
    actor.send({ type: 'answer.submit', question: 'medications', value: ['statin'] });
    expect(stepOf(actor)).toBe('medStartedRecently');
  });
});

describe('questionnaire machine: Back, Change and stale answers', () => {
  it('goes Back to the question actually asked before, keeping every answer', () => {
    const actor = startedActor();
    answerUntilReview(actor, rls);
    const answers = actor.getSnapshot().context.answers;
    actor.send({ type: 'nav.back' });
    expect(stepOf(actor)).toBe('otherSymptoms');
    for (let i = 0; i < 30 && stepOf(actor) !== 'start'; i++) actor.send({ type: 'nav.back' });
    expect(stepOf(actor)).toBe('start');
    expect(actor.getSnapshot().context.answers).toEqual(answers);
  });

  it('Back from timing skips the returns-on-rest question when it was not asked', () => {
    const actor = startedActor();
    answerUntilReview(actor, cramps);
    actor.send({ type: 'nav.change', question: 'timing' });
    expect(stepOf(actor)).toBe('timing');
    actor.send({ type: 'nav.back' });
    expect(stepOf(actor)).toBe('relief');
  });

  it('returns to check answers after a change that opens no new question', () => {
    const actor = startedActor();
    answerUntilReview(actor, rls);
    actor.send({ type: 'nav.change', question: 'frequency' });
    expect(stepOf(actor)).toBe('frequency');
    actor.send({ type: 'answer.submit', question: 'frequency', value: 'under2PerWeek' });
    expect(stepOf(actor)).toBe('checkAnswers');
    expect(actor.getSnapshot().context.answers.frequency).toBe('under2PerWeek');
  });

  it('asks the question a change opens before returning to check answers', () => {
    const actor = startedActor();
    answerUntilReview(actor, cramps);
    expect(actor.getSnapshot().context.answers.returnsOnRest).toBeUndefined();
    actor.send({ type: 'nav.change', question: 'relief' });
    actor.send({ type: 'answer.submit', question: 'relief', value: ['keepMoving', 'forcefulStretch'] });
    expect(stepOf(actor)).toBe('returnsOnRest');
    actor.send({ type: 'answer.submit', question: 'returnsOnRest', value: 'yes' });
    expect(stepOf(actor)).toBe('checkAnswers');
  });

  it('drops answers on a branch that a change closes, so neither review nor assess sees them', () => {
    const actor = startedActor();
    answerUntilReview(actor, rls);
    expect(actor.getSnapshot().context.answers.returnsOnRest).toBe('yes');
    actor.send({ type: 'nav.change', question: 'relief' });
    actor.send({ type: 'answer.submit', question: 'relief', value: ['forcefulStretch'] });
    expect(stepOf(actor)).toBe('checkAnswers');
    expect(actor.getSnapshot().context.answers).not.toHaveProperty('returnsOnRest');

    actor.send({ type: 'nav.change', question: 'medications' });
    actor.send({ type: 'answer.submit', question: 'medications', value: ['none'] });
    expect(actor.getSnapshot().context.answers).not.toHaveProperty('medStartedRecently');
  });

  it('sends a red flag added from check answers to the urgent screen, then back to the review', () => {
    const actor = startedActor();
    answerUntilReview(actor, cramps);
    actor.send({ type: 'nav.change', question: 'redFlags' });
    actor.send({ type: 'answer.submit', question: 'redFlags', value: ['coldPaleNumbLeg'] });
    expect(stepOf(actor)).toBe('urgent');
    actor.send({ type: 'urgent.continue' });
    expect(stepOf(actor)).toBe('checkAnswers');
    actor.send({ type: 'review.confirm' });
    expect(assess(actor.getSnapshot().context.answers).urgency).toBe('emergency');
  });

  it('forgets every answer on Start again', () => {
    const actor = startedActor();
    answerUntilReview(actor, cramps);
    actor.send({ type: 'review.confirm' });
    actor.send({ type: 'journey.restart' });
    expect(stepOf(actor)).toBe('start');
    expect(actor.getSnapshot().context.answers).toEqual({});
  });
});
