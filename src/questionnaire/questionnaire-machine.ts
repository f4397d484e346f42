/**
 * The journey, as a statechart over the plan in `steps.ts`:
 *
 *   start ──journey.start──▶ question ◀─────────────────┐
 *                               │ answer.submit,        │ [a question follows]
 *                               │ section.submit,       │
 *                               │ nav.forward           │
 *                               ▼                       │
 *                            answered ────────────────▶ next ─[GP mode]─▶ result
 *                               │ [a red flag on the    ▲ └─[else]─▶ checkAnswers ─review.confirm─▶ result
 *                               │  page answered]       │
 *                               ▼                       │
 *                             urgent ─urgent.continue───┘
 *
 *   A submission counts only for the page on show, and Forward only once it is answered.
 *   `answered`, `next` and `imported` decide at once (`always`) and are never on show.
 *
 *   nav.back         question → the question asked before it, or start; urgent → the red flags;
 *                    checkAnswers → the last question; result → checkAnswers (GP mode: the last screen)
 *   nav.forward      what Continue did, with the answer already given
 *   nav.change       checkAnswers, result → question; Continue then comes back to the review
 *   journey.restart  anywhere → start, forgetting every answer
 *   answers.import   anywhere → imported → urgent | question | checkAnswers (GP mode: result), where they lead;
 *                    Continue then goes to the first question still open, as after a change from the review
 *
 * `question` is one state for every question: `context.question` says which is on show (in GP mode,
 * the first question of the screen on show). Which question comes next, and which comes before, is
 * the plan's business (`nextStep`, `previousStep`, `lastStep`), so the machine does not change when
 * the plan gains a question or a skip rule. Pages only render the state and send events.
 */
import { assertEvent, assign, setup, type SnapshotFrom } from 'xstate';
import { answerSchema, getAnswer, isAnswered, type AnswerValue, type KnownAnswers } from '../catalogue/answers';
import { redFlagIds, type QuestionId } from '../catalogue/questions';
import {
  answersOnPath,
  gpScreenOf,
  gpScreenQuestions,
  journeyPath,
  lastStep,
  nextStep,
  previousStep,
  stepIds,
  type GpScreenId,
  type Mode,
} from './steps';

export interface QuestionnaireContext {
  answers: KnownAnswers;
  /** Patient: one question per page. GP: the questions of a screen together, straight to the result. */
  mode: Mode;
  /**
   * Set by "Change" on the check-answers page, and by an import: Continue then goes to the first
   * question still open, or back to the review.
   */
  returningToReview: boolean;
  /** The question on show in `question`; in `urgent`, the one that raised the red flag. */
  question: QuestionId;
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

function isQuestion(step: string): step is QuestionId {
  return stepIds.includes(step as QuestionId);
}

function isValidAnswer(question: QuestionId, value: unknown): value is AnswerValue {
  return answerSchema(question).safeParse({ [question]: value }).success;
}

/** The state that shows a question: in GP mode, its screen's, named by the screen's first question. */
function pageOf(question: QuestionId, answers: KnownAnswers, mode: Mode): QuestionId {
  return mode === 'gp' ? (gpScreenQuestions(gpScreenOf(question), answers)[0] ?? question) : question;
}

/** The questions answered on the page on show. */
function questionsOnPage({ question, answers, mode }: QuestionnaireContext): QuestionId[] {
  return mode === 'gp' ? gpScreenQuestions(gpScreenOf(question), answers) : [question];
}

/** Where Continue leads from the page on show, its answers saved. */
function stepAfter({ question, answers, returningToReview, mode }: QuestionnaireContext) {
  return nextStep(question, answers, returningToReview, mode);
}

/**
 * A GP screen is accepted when it is the screen on show, the submission holds only that screen's
 * questions, and it answers every question of the screen that its answers ask.
 */
function isCompleteScreen(context: QuestionnaireContext, screen: GpScreenId, answers: Partial<Record<QuestionId, AnswerValue>>) {
  if (gpScreenOf(context.question) !== screen) return false;
  if (Object.keys(answers).some((id) => !isQuestion(id) || gpScreenOf(id) !== screen)) return false;
  const merged = { ...context.answers, ...answers } as KnownAnswers;
  return gpScreenQuestions(screen, answersOnPath(merged)).every((id) => isValidAnswer(id, getAnswer(merged, id)));
}

/**
 * Where a set of answers leads when it is opened whole (a saved session, an imported file): the
 * saved step when it can be shown with these answers, otherwise the first question still to answer
 * (a step past an unanswered question is never shown).
 */
export function resumeStep(saved: string, answers: KnownAnswers): StepName {
  const path = journeyPath(answers);
  const firstUnanswered = path.find((id) => !isAnswered(answers, id));
  if (saved === 'start') return 'start';
  if (saved === 'urgent') return hasRedFlag(answers) ? 'urgent' : (firstUnanswered ?? 'checkAnswers');
  const reachable: string[] = firstUnanswered ? path.slice(0, path.indexOf(firstUnanswered) + 1) : [...path, 'checkAnswers', 'result'];
  return reachable.includes(saved) ? (saved as StepName) : (firstUnanswered ?? 'checkAnswers');
}

type StateName = 'start' | 'question' | 'urgent' | 'checkAnswers' | 'result';

function stateOf(step: StepName): StateName {
  return isQuestion(step) ? 'question' : step;
}

/** The question a step keeps in `context.question`: its own, or on any other page the red flags' page. */
function questionFor(step: StepName, answers: KnownAnswers, mode: Mode): QuestionId {
  return isQuestion(step) ? step : pageOf('redFlags', answers, mode);
}

/** `resumeStep` in the given mode: GP mode shows a question's whole screen, and its review is the result. */
function openingStep(saved: string, answers: KnownAnswers, mode: Mode): StepName {
  const step = resumeStep(saved, answers);
  if (mode === 'patient') return step;
  if (isQuestion(step)) return pageOf(step, answers, mode);
  return step === 'checkAnswers' ? 'result' : step;
}

/** Where imported answers open: the urgent screen on a red flag, otherwise the first open question or the review. */
function importedStep({ answers, mode }: QuestionnaireContext): StepName {
  return openingStep(hasRedFlag(answers) ? 'urgent' : 'checkAnswers', answers, mode);
}

const questionnaireSetup = setup({
  types: {
    context: {} as QuestionnaireContext,
    events: {} as QuestionnaireEvent,
    input: {} as { answers?: KnownAnswers; mode?: Mode } | undefined,
  },
  guards: {
    /** A submission belongs to the page it came from; a late double-click from the page before is ignored. */
    answersQuestionOnShow: ({ context, event }) => {
      assertEvent(event, 'answer.submit');
      return event.question === context.question && isValidAnswer(event.question, event.value);
    },
    completesScreenOnShow: ({ context, event }) => {
      assertEvent(event, 'section.submit');
      return isCompleteScreen(context, event.screen, event.answers);
    },
    isQuestionAnswered: ({ context }) => isAnswered(context.answers, context.question),
    /** Any red flag goes straight to the urgent screen, also when changing answers from the review. */
    raisedRedFlag: ({ context }) => questionsOnPage(context).includes('redFlags') && hasRedFlag(context.answers),
    hasQuestionNext: ({ context }) => isQuestion(stepAfter(context)),
    hasQuestionBefore: ({ context }) => previousStep(context.question, context.answers, context.mode) !== 'start',
    isGpMode: ({ context }) => context.mode === 'gp',
    importOpensOn: ({ context }, params: { state: StateName }) => stateOf(importedStep(context)) === params.state,
    isChangeOfQuestion: ({ event }) => {
      assertEvent(event, 'nav.change');
      return isQuestion(event.question);
    },
  },
  actions: {
    show: assign((_, params: { question: QuestionId }) => ({ question: params.question })),
    saveAnswer: assign(({ context, event }) => {
      assertEvent(event, 'answer.submit');
      return { answers: answersOnPath({ ...context.answers, [event.question]: event.value } as KnownAnswers) };
    }),
    saveScreen: assign(({ context, event }) => {
      assertEvent(event, 'section.submit');
      return { answers: answersOnPath({ ...context.answers, ...event.answers } as KnownAnswers) };
    }),
    setReturningToReview: assign((_, params: { returning: boolean }) => ({ returningToReview: params.returning })),
    forgetAnswers: assign({ answers: {}, returningToReview: false }),
    replaceAnswers: assign(({ event }) => {
      assertEvent(event, 'answers.import');
      // An older file may lack a question added since: only the open questions are asked, not every one.
      return { answers: answersOnPath(event.answers), returningToReview: true };
    }),
  },
});

type Args = { context: QuestionnaireContext; event: QuestionnaireEvent };

/** The `show` action, with the question worked out (by the plan) when the transition is taken. */
function show(question: (args: Args) => QuestionId) {
  return { type: 'show', params: (args: Args) => ({ question: question(args) }) } as const;
}

const showFirst = show(({ context }) => journeyPath(context.answers)[0]);
// Where these may name another step, the guard beside them has made sure it is a question.
const showNext = show(({ context }) => stepAfter(context) as QuestionId);
const showPrevious = show(({ context }) => previousStep(context.question, context.answers, context.mode) as QuestionId);
const showLast = show(({ context }) => lastStep(context.answers, context.mode));
const showRedFlags = show(({ context }) => pageOf('redFlags', context.answers, context.mode));
const showImported = show(({ context }) => questionFor(importedStep(context), context.answers, context.mode));
const showChanged = show(({ event }) => {
  assertEvent(event, 'nav.change');
  return event.question;
});
const returnToReview = { type: 'setReturningToReview', params: { returning: true } } as const;
const stopReturningToReview = { type: 'setReturningToReview', params: { returning: false } } as const;
const change = { guard: 'isChangeOfQuestion', target: 'question', actions: [showChanged, returnToReview] } as const;

export const questionnaireMachine = questionnaireSetup.createMachine({
  id: 'questionnaire',
  context: ({ input }) => ({
    answers: answersOnPath(input?.answers ?? {}),
    mode: input?.mode ?? 'patient',
    returningToReview: false,
    question: stepIds[0],
  }),
  initial: 'start',
  states: {
    start: {
      on: {
        'journey.start': { target: 'question', actions: [showFirst, stopReturningToReview] },
        'nav.forward': { target: 'question', actions: [showFirst, stopReturningToReview] },
      },
    },
    question: {
      on: {
        'answer.submit': { guard: 'answersQuestionOnShow', target: 'answered', actions: 'saveAnswer' },
        'section.submit': { guard: 'completesScreenOnShow', target: 'answered', actions: 'saveScreen' },
        'nav.forward': { guard: 'isQuestionAnswered', target: 'answered' },
        'nav.back': [{ guard: 'hasQuestionBefore', target: 'question', actions: showPrevious }, { target: 'start' }],
      },
    },
    answered: {
      always: [{ guard: 'raisedRedFlag', target: 'urgent' }, { target: 'next' }],
    },
    next: {
      always: [
        { guard: 'hasQuestionNext', target: 'question', actions: showNext },
        { guard: 'isGpMode', target: 'result' },
        { target: 'checkAnswers' },
      ],
    },
    urgent: {
      on: {
        'urgent.continue': 'next',
        'nav.forward': 'next',
        'nav.back': { target: 'question', actions: showRedFlags },
      },
    },
    checkAnswers: {
      entry: stopReturningToReview,
      on: {
        'review.confirm': 'result',
        'nav.forward': 'result',
        'nav.change': change,
        'nav.back': { target: 'question', actions: showLast },
      },
    },
    result: {
      on: {
        'nav.back': [{ guard: 'isGpMode', target: 'question', actions: showLast }, { target: 'checkAnswers' }],
        'nav.change': change,
      },
    },
    // An imported answer set is applied whole or not at all (it is validated before it is sent).
    imported: {
      always: [
        { guard: { type: 'importOpensOn', params: { state: 'urgent' } }, target: 'urgent', actions: showRedFlags },
        { guard: { type: 'importOpensOn', params: { state: 'question' } }, target: 'question', actions: showImported },
        { guard: { type: 'importOpensOn', params: { state: 'result' } }, target: 'result' },
        { target: 'checkAnswers' },
      ],
    },
  },
  on: {
    'journey.restart': { target: '.start', actions: 'forgetAnswers' },
    'answers.import': { target: '.imported', actions: 'replaceAnswers' },
  },
});

export type QuestionnaireSnapshot = SnapshotFrom<typeof questionnaireMachine>;

/** A snapshot that reopens the questionnaire where a saved session left off. */
export function restoredSnapshot(saved: { step: string; answers: KnownAnswers; returningToReview: boolean }, mode: Mode = 'patient') {
  const answers = answersOnPath(saved.answers);
  const step = openingStep(saved.step, answers, mode);
  return questionnaireMachine.resolveState({
    value: stateOf(step),
    context: { answers, mode, returningToReview: saved.returningToReview && isQuestion(step), question: questionFor(step, answers, mode) },
  });
}

/** The page to show for a snapshot, the value of `data-step`: a question's id, or the state's name. */
export function currentStep(snapshot: QuestionnaireSnapshot): StepName {
  return snapshot.matches('question') ? snapshot.context.question : (snapshot.value as StepName);
}
