/**
 * Model-based checks with xstate/graph: every state can be reached, and every forward path through
 * the machine ends on the result with an answer set that `assess` accepts and that holds an answer
 * for each question on its path (and none off it).
 */
import { describe, expect, it } from 'vitest';
import { getShortestPaths, getSimplePaths } from 'xstate/graph';
import { assess } from '../src/assessment/assess';
import type { AnswerValue } from '../src/catalogue/answers';
import {
  currentStep,
  hasRedFlag,
  questionnaireMachine,
  type QuestionnaireEvent,
  type QuestionnaireSnapshot,
} from '../src/questionnaire/questionnaire-machine';
import { isMultiChoice, questionOptions, type QuestionId } from '../src/catalogue/questions';
import { journeyPath, stepIds } from '../src/questionnaire/steps';

/** Answers that open or close a branch; every other question gets its first option. */
const branchingAnswers: Partial<Record<QuestionId, AnswerValue[]>> = {
  redFlags: [['none'], ['breathlessChestPain'], ['oneLegSwollenHotRed']],
  sensation: [['suddenPainfulTightening'], ['urgeWithCrawlingAching'], ['noFeelingPartnerNotices']],
  relief: [['keepMoving'], ['forcefulStretch']],
  medications: [['none'], ['antipsychotic']],
};

function answersFor(question: QuestionId): AnswerValue[] {
  const first = questionOptions[question][0];
  return branchingAnswers[question] ?? [isMultiChoice(question) ? [first] : first];
}

function forwardEvents(snapshot: QuestionnaireSnapshot): QuestionnaireEvent[] {
  const step = currentStep(snapshot);
  if (step === 'start') return [{ type: 'journey.start' }];
  if (step === 'urgent') return [{ type: 'urgent.continue' }];
  if (step === 'checkAnswers') return [{ type: 'review.confirm' }];
  if (stepIds.includes(step as QuestionId)) {
    const question = step as QuestionId;
    return answersFor(question).map((value) => ({ type: 'answer.submit', question, value }));
  }
  return [];
}

/** What can change the route: the state, the branches taken, and whether a change is under way. */
function branchKey(snapshot: QuestionnaireSnapshot): string {
  const { answers, returningToReview } = snapshot.context;
  return JSON.stringify([currentStep(snapshot), journeyPath(answers), hasRedFlag(answers), answers.sensation, returningToReview]);
}

describe('questionnaire machine as a graph', () => {
  it('reaches every state, Back and Change included', () => {
    const paths = getShortestPaths(questionnaireMachine, {
      input: {},
      events: (snapshot): QuestionnaireEvent[] => [
        ...forwardEvents(snapshot),
        { type: 'nav.back' },
        ...stepIds.map((question): QuestionnaireEvent => ({ type: 'nav.change', question })),
      ],
      serializeState: branchKey,
    });
    const reached = new Set(paths.map((p) => currentStep(p.state)));
    expect([...reached].sort()).toEqual(['start', 'urgent', 'checkAnswers', 'result', ...stepIds].sort());
  });

  const forwardPaths = getSimplePaths(questionnaireMachine, {
    input: {},
    events: forwardEvents,
    serializeState: branchKey,
    toState: (snapshot) => currentStep(snapshot) === 'result',
  });

  it('has a forward path to the result for every combination of branches', () => {
    // 3 red-flag answers × 3 sensations × 2 reliefs × 2 medicine answers.
    expect(forwardPaths.length).toBe(36);
  });

  it.each(forwardPaths.map((path) => [path.steps.map((s) => s.event.type === 'answer.submit' ? `${s.event.question}=${JSON.stringify(s.event.value)}` : s.event.type).filter((d) => /redFlags|sensation|relief|medications=/.test(d)).join(' '), path] as const))(
    'ends on the result with answers assess accepts: %s',
    (_, path) => {
      const answers = path.state.context.answers;
      const asked = journeyPath(answers);
      expect(Object.keys(answers).sort()).toEqual([...asked].sort());
      const result = assess(answers);
      expect(result.primary === 'urgentReferral').toBe(hasRedFlag(answers));
      expect(result.redFlag).toBe(hasRedFlag(answers));
      const visited = path.steps.map((s) => currentStep(s.state));
      expect(visited.includes('urgent')).toBe(hasRedFlag(answers));
    },
  );
});
