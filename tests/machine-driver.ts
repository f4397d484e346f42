/** Drives the questionnaire machine with an answer set, as a person would by pressing Continue. */
import { createActor } from 'xstate';
import { readAnswers, type Answers, type AnswerValue } from '../src/catalogue/answers';
import { currentStep, questionnaireMachine } from '../src/questionnaire/questionnaire-machine';
import { answersOnPath, gpScreenOf, gpScreenQuestions, stepIds } from '../src/questionnaire/steps';
import type { QuestionId } from '../src/catalogue/questions';

export function startedActor(mode: 'patient' | 'gp' = 'patient') {
  const actor = createActor(questionnaireMachine, { input: { mode } });
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
  return currentStep(actor.getSnapshot());
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
    const value = (answers as Record<string, AnswerValue | undefined>)[step];
    if (value === undefined) throw new Error(`The answers have nothing for the asked question ${step}`);
    actor.send({ type: 'answer.submit', question: step as QuestionId, value });
    if (stepOf(actor) === step) throw new Error(`The machine did not accept ${JSON.stringify(value)} for ${step}`);
  }
  throw new Error('The journey did not reach check answers');
}

/**
 * GP mode: submits each screen the machine shows with the answers in `answers` to that screen's
 * questions (those the answers ask), until the result; returns the screens seen, as `data-step` names them.
 */
export function answerGpScreensUntilResult(actor: QuestionnaireActor, answers: Answers): string[] {
  const onPath = answersOnPath(readAnswers(answers));
  const seen: string[] = [];
  for (let guard = 0; guard < 20; guard++) {
    const step = stepOf(actor);
    if (step === 'result') return [...seen, step];
    if (step === 'urgent') {
      seen.push(step);
      actor.send({ type: 'urgent.continue' });
      continue;
    }
    if (!stepIds.includes(step as QuestionId)) throw new Error(`Unexpected step ${step}`);
    const screen = gpScreenOf(step as QuestionId);
    seen.push(screen);
    const screenAnswers = Object.fromEntries(gpScreenQuestions(screen, onPath).map((id) => [id, onPath[id]]));
    actor.send({ type: 'section.submit', screen, answers: screenAnswers });
    if (stepOf(actor) === step) throw new Error(`The machine did not accept the ${screen} screen`);
  }
  throw new Error('The GP journey did not reach the result');
}
