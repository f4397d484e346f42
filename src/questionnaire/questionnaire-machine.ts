/**
 * The journey (issue 2): start → red flags → (urgent, on any red flag) → one state per question →
 * check answers → result. States and transitions are derived from `steps.ts`; every Continue, Back and
 * Change is an event, and guards decide where it leads. Pages only render the state and send events.
 */
import { and, assign, setup, type SnapshotFrom } from 'xstate';
import { answerSchema, getAnswer, isAnswered, type AnswerValue, type KnownAnswers } from './answers';
import { redFlagIds, type QuestionId } from './questions';
import {
  answersOnPath,
  gpScreenOf,
  gpScreenQuestions,
  journeyPath,
  lastStep,
  nextStep,
  previousStep,
  stepIds,
  type AfterQuestion,
  type GpScreenId,
  type Mode,
} from './steps';

export interface QuestionnaireContext {
  answers: KnownAnswers;
  /** Patient: one question per page. GP: the questions of a screen together, straight to the result. */
  mode: Mode;
  /** Set by "Change" on the check-answers page: Continue then heads back to the review. */
  returningToReview: boolean;
}

export type QuestionnaireEvent =
  | { type: 'journey.start' }
  | { type: 'answer.submit'; question: QuestionId; value: AnswerValue }
  /** GP mode: the answers of one screen at once. */
  | { type: 'section.submit'; screen: GpScreenId; answers: Partial<Record<QuestionId, AnswerValue>> }
  | { type: 'nav.back' }
  /** Browser Forward: Continue again with the answer already given, if there is one. */
  | { type: 'nav.forward' }
  | { type: 'nav.change'; question: QuestionId }
  | { type: 'urgent.continue' }
  | { type: 'review.confirm' }
  | { type: 'journey.restart' }
  /** Answers loaded from a file: replace all answers at once and go to where they lead. */
  | { type: 'answers.import'; answers: KnownAnswers };

export type StepName = 'start' | 'urgent' | 'checkAnswers' | 'result' | QuestionId;

export function hasRedFlag(answers: KnownAnswers): boolean {
  return (answers.redFlags ?? []).some((id) => (redFlagIds as readonly string[]).includes(id));
}

function isValidAnswer(question: QuestionId, value: unknown): value is AnswerValue {
  return answerSchema(question).safeParse({ [question]: value }).success;
}

/** The answers as they would be after saving this submission, with closed branches dropped. */
function answersAfter(context: QuestionnaireContext, question: QuestionId, value: AnswerValue): KnownAnswers {
  return answersOnPath({ ...context.answers, [question]: value } as KnownAnswers);
}

type AnswerSubmit = Extract<QuestionnaireEvent, { type: 'answer.submit' }>;

// Every candidate transition of a submission asks where it leads: work it out once per event and
// context (both are immutable, so the answer cannot go stale).
const submitTargets = new WeakMap<QuestionnaireContext, WeakMap<AnswerSubmit, AfterQuestion>>();

function submitTarget(context: QuestionnaireContext, event: AnswerSubmit): AfterQuestion {
  let byEvent = submitTargets.get(context);
  if (!byEvent) {
    byEvent = new WeakMap();
    submitTargets.set(context, byEvent);
  }
  let target = byEvent.get(event);
  if (target === undefined) {
    target = nextStep(event.question, answersAfter(context, event.question, event.value), context.returningToReview);
    byEvent.set(event, target);
  }
  return target;
}

type SectionSubmit = Extract<QuestionnaireEvent, { type: 'section.submit' }>;

function answersAfterSection(context: QuestionnaireContext, event: SectionSubmit): KnownAnswers {
  return answersOnPath({ ...context.answers, ...event.answers } as KnownAnswers);
}

/**
 * A GP screen is accepted when it comes from the screen on show, holds only that screen's questions,
 * and answers every question of the screen that its answers ask.
 */
function isCompleteScreen(context: QuestionnaireContext, event: SectionSubmit, question: QuestionId): boolean {
  if (gpScreenOf(question) !== event.screen) return false;
  if (Object.keys(event.answers).some((id) => !stepIds.includes(id as QuestionId) || gpScreenOf(id as QuestionId) !== event.screen)) {
    return false;
  }
  const merged = { ...context.answers, ...event.answers } as KnownAnswers;
  return gpScreenQuestions(event.screen, answersOnPath(merged)).every((id) => isValidAnswer(id, getAnswer(merged, id)));
}

const questionnaireSetup = setup({
  types: {
    context: {} as QuestionnaireContext,
    events: {} as QuestionnaireEvent,
    input: {} as { answers?: KnownAnswers; mode?: Mode } | undefined,
  },
  guards: {
    /** A submission belongs to the page it came from; a late double-click from the page before is ignored. */
    isValidAnswerFor: ({ event }, params: { question: QuestionId }) =>
      event.type === 'answer.submit' && event.question === params.question && isValidAnswer(params.question, event.value),
    submitsRedFlag: ({ event }) => event.type === 'answer.submit' && hasRedFlag({ redFlags: event.value } as KnownAnswers),
    submitLeadsTo: ({ context, event }, params: { to: AfterQuestion }) =>
      event.type === 'answer.submit' && submitTarget(context, event) === params.to,
    isCompleteScreenFor: ({ context, event }, params: { question: QuestionId }) =>
      event.type === 'section.submit' && isCompleteScreen(context, event, params.question),
    screenSubmitsRedFlag: ({ context, event }) =>
      event.type === 'section.submit' && event.screen === gpScreenOf('redFlags') && hasRedFlag(answersAfterSection(context, event)),
    screenLeadsTo: ({ context, event }, params: { question: QuestionId; to: AfterQuestion }) =>
      event.type === 'section.submit' &&
      nextStep(params.question, answersAfterSection(context, event), context.returningToReview, 'gp') === params.to,
    nextLeadsTo: ({ context }, params: { from: QuestionId; to: AfterQuestion }) =>
      nextStep(params.from, context.answers, context.returningToReview, context.mode) === params.to,
    continueLeadsTo: ({ context }, params: { to: AfterQuestion }) =>
      nextStep('redFlags', context.answers, context.returningToReview, context.mode) === params.to,
    hasAnswered: ({ context }, params: { question: QuestionId }) => isAnswered(context.answers, params.question),
    hasRedFlag: ({ context }) => hasRedFlag(context.answers),
    backLeadsTo: ({ context }, params: { from: QuestionId; to: QuestionId | 'start' }) =>
      previousStep(params.from, context.answers, context.mode) === params.to,
    reviewBackLeadsTo: ({ context }, params: { to: QuestionId }) => lastStep(context.answers, context.mode) === params.to,
    isGpMode: ({ context }) => context.mode === 'gp',
    importLeadsTo: ({ event }, params: { to: StepName }) => {
      if (event.type !== 'answers.import') return false;
      const answers = answersOnPath(event.answers);
      return (hasRedFlag(answers) ? 'urgent' : resumeStep('checkAnswers', answers)) === params.to;
    },
    isChangeOf: ({ event }, params: { question: QuestionId }) =>
      event.type === 'nav.change' && event.question === params.question,
  },
  actions: {
    saveAnswer: assign(({ context, event }) =>
      event.type === 'answer.submit' ? { answers: answersAfter(context, event.question, event.value) } : {},
    ),
    saveScreen: assign(({ context, event }) =>
      event.type === 'section.submit' ? { answers: answersAfterSection(context, event) } : {},
    ),
    startReturningToReview: assign({ returningToReview: true }),
    stopReturningToReview: assign({ returningToReview: false }),
    forgetAnswers: assign({ answers: {}, returningToReview: false }),
    replaceAnswers: assign(({ event }) =>
      event.type === 'answers.import' ? { answers: answersOnPath(event.answers), returningToReview: false } : {},
    ),
  },
});

function laterTargets(question: QuestionId): AfterQuestion[] {
  return [...stepIds.slice(stepIds.indexOf(question) + 1), 'checkAnswers', 'result'];
}

function questionState(question: QuestionId) {
  const isThisPage = { type: 'isValidAnswerFor', params: { question } } as const;
  // Any red flag goes straight to the urgent screen, also when changing answers from the review.
  const toUrgent =
    question === 'redFlags'
      ? [{ guard: and([isThisPage, 'submitsRedFlag']), target: 'urgent', actions: 'saveAnswer' } as const]
      : [];
  const toNext = laterTargets(question).map(
    (to) => ({ guard: and([isThisPage, { type: 'submitLeadsTo', params: { to } }]), target: to, actions: 'saveAnswer' }) as const,
  );
  const isThisScreen = { type: 'isCompleteScreenFor', params: { question } } as const;
  const screenToUrgent = [
    { guard: and([isThisScreen, 'screenSubmitsRedFlag']), target: 'urgent', actions: 'saveScreen' } as const,
  ];
  const screenToNext = laterTargets(question).map(
    (to) =>
      ({ guard: and([isThisScreen, { type: 'screenLeadsTo', params: { question, to } }]), target: to, actions: 'saveScreen' }) as const,
  );
  const earlier: (QuestionId | 'start')[] = ['start', ...stepIds.slice(0, stepIds.indexOf(question))];
  const answered = { type: 'hasAnswered', params: { question } } as const;
  const forwardToUrgent =
    question === 'redFlags' ? [{ guard: and([answered, 'hasRedFlag']), target: 'urgent' } as const] : [];
  const forwardToNext = laterTargets(question).map(
    (to) => ({ guard: and([answered, { type: 'nextLeadsTo', params: { from: question, to } }]), target: to }) as const,
  );
  return {
    tags: ['question'],
    on: {
      'answer.submit': [...toUrgent, ...toNext],
      'section.submit': [...screenToUrgent, ...screenToNext],
      'nav.forward': [...forwardToUrgent, ...forwardToNext],
      'nav.back': earlier.map(
        (to) => ({ guard: { type: 'backLeadsTo', params: { from: question, to } }, target: to }) as const,
      ),
    },
  };
}

const urgentContinue = laterTargets('redFlags').map(
  (to) => ({ guard: { type: 'continueLeadsTo', params: { to } }, target: to }) as const,
);

const changeTransitions = stepIds.map(
  (question) =>
    ({ guard: { type: 'isChangeOf', params: { question } }, target: question, actions: 'startReturningToReview' }) as const,
);

export const questionnaireMachine = questionnaireSetup.createMachine({
  id: 'questionnaire',
  context: ({ input }) => ({
    answers: answersOnPath(input?.answers ?? {}),
    mode: input?.mode ?? 'patient',
    returningToReview: false,
  }),
  initial: 'start',
  states: {
    start: {
      on: {
        'journey.start': { target: stepIds[0], actions: 'stopReturningToReview' },
        'nav.forward': { target: stepIds[0], actions: 'stopReturningToReview' },
      },
    },
    ...(Object.fromEntries(stepIds.map((id) => [id, questionState(id)])) as Record<QuestionId, ReturnType<typeof questionState>>),
    urgent: {
      on: {
        'urgent.continue': urgentContinue,
        'nav.forward': urgentContinue,
        'nav.back': 'redFlags',
      },
    },
    checkAnswers: {
      entry: 'stopReturningToReview',
      on: {
        'review.confirm': 'result',
        'nav.forward': 'result',
        'nav.change': changeTransitions,
        'nav.back': stepIds.map((to) => ({ guard: { type: 'reviewBackLeadsTo', params: { to } }, target: to }) as const),
      },
    },
    result: {
      on: {
        'nav.back': [
          ...stepIds.map(
            (to) => ({ guard: and(['isGpMode', { type: 'reviewBackLeadsTo', params: { to } }]), target: to }) as const,
          ),
          { target: 'checkAnswers' },
        ],
        'nav.change': changeTransitions,
      },
    },
  },
  on: {
    'journey.restart': { target: '.start', actions: 'forgetAnswers' },
    // An imported answer set is applied whole or not at all (it is validated before it is sent).
    'answers.import': (['urgent', ...stepIds, 'checkAnswers'] as const).map(
      (to) => ({ guard: { type: 'importLeadsTo', params: { to } }, target: `.${to}`, actions: 'replaceAnswers' }) as const,
    ),
  },
});

export type QuestionnaireSnapshot = SnapshotFrom<typeof questionnaireMachine>;

/**
 * The step to reopen a saved session on: the saved one when it can be shown with these answers,
 * otherwise the first question still to answer (a step past an unanswered question is never shown).
 */
export function resumeStep(saved: string, answers: KnownAnswers): StepName {
  const path = journeyPath(answers);
  const firstUnanswered = path.find((id) => !isAnswered(answers, id));
  if (saved === 'start') return 'start';
  if (saved === 'urgent') return hasRedFlag(answers) ? 'urgent' : (firstUnanswered ?? 'checkAnswers');
  const reachable: string[] = firstUnanswered ? path.slice(0, path.indexOf(firstUnanswered) + 1) : [...path, 'checkAnswers', 'result'];
  return reachable.includes(saved) ? (saved as StepName) : (firstUnanswered ?? 'checkAnswers');
}

/** A snapshot that reopens the questionnaire where a saved session left off. */
export function restoredSnapshot(saved: { step: string; answers: KnownAnswers; returningToReview: boolean }, mode: Mode = 'patient') {
  const answers = answersOnPath(saved.answers);
  let step = resumeStep(saved.step, answers);
  // In GP mode a question's state is its screen's first question; there is no review page.
  if (mode === 'gp' && stepIds.includes(step as QuestionId)) step = gpScreenQuestions(gpScreenOf(step as QuestionId), answers)[0];
  if (mode === 'gp' && step === 'checkAnswers') step = 'result';
  return questionnaireMachine.resolveState({
    value: step,
    context: { answers, mode, returningToReview: saved.returningToReview && stepIds.includes(step as QuestionId) },
  });
}

/** The page to show for a snapshot: the state's name (contract §3 `data-step`). */
export function currentStep(snapshot: QuestionnaireSnapshot): StepName {
  return snapshot.value as StepName;
}
