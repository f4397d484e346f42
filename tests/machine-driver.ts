/** Drives the questionnaire machine with an answer set, as a person would by pressing Continue. */
import { createActor } from 'xstate';
import type { Answers, AnswerValue } from '../src/questionnaire/answers';
import { questionnaireMachine } from '../src/questionnaire/questionnaire-machine';
import { stepIds } from '../src/questionnaire/steps';
import type { QuestionId } from '../src/questionnaire/questions';
import { withV3Defaults } from './fixtures/v3-defaults';

export function startedActor() {
  const actor = createActor(questionnaireMachine, { input: {} });
  actor.start();
  actor.send({ type: 'journey.start' });
  return actor;
}

export type QuestionnaireActor = ReturnType<typeof startedActor>;

/** Started, with the first question (who is answering) answered: the person answers for themselves. */
export function startedPastRespondent() {
  const actor = startedActor();
  actor.send({ type: 'answer.submit', question: 'respondent', value: 'self' });
  return actor;
}

export function stepOf(actor: QuestionnaireActor): string {
  return actor.getSnapshot().value as string;
}

/** Answers each question the machine asks from `answers`, until check answers; returns the steps seen. */
export function answerUntilReview(actor: QuestionnaireActor, answers: Answers): string[] {
  const seen: string[] = [];
  for (let guard = 0; guard < 40; guard++) {
    const step = stepOf(actor);
    seen.push(step);
    if (step === 'checkAnswers') return seen;
    if (step === 'urgent') {
      actor.send({ type: 'urgent.continue' });
      continue;
    }
    if (!stepIds.includes(step as QuestionId)) throw new Error(`Unexpected step ${step}`);
    const value = (withV3Defaults(answers) as Record<string, AnswerValue | undefined>)[step];
    if (value === undefined) throw new Error(`The answers have nothing for the asked question ${step}`);
    actor.send({ type: 'answer.submit', question: step as QuestionId, value });
    if (stepOf(actor) === step) throw new Error(`The machine did not accept ${JSON.stringify(value)} for ${step}`);
  }
  throw new Error('The journey did not reach check answers');
}
