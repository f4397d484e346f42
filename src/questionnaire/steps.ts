/**
 * The order of the questions and when each is asked (docs/clinical-basis.md §1). The machine asks these functions where
 * each step leads; nothing else decides what comes next.
 */
import { getAnswer, isAnswered, type KnownAnswers } from '../catalogue/answers';
import { questionIds, questionOptions, type MultiChoiceId, type QuestionId } from '../catalogue/questions';

/** Sections group the questions on the check-answers page (and, later, the GP mode screens). */
export type SectionId = 'redFlags' | 'aboutYou' | 'symptoms' | 'crampDetails' | 'sleep' | 'medicinesAndConditions';

/**
 * A condition for asking a question: an earlier multi-choice answer includes any of these options.
 * Declarative, so that the FHIR Questionnaire's `enableWhen` says exactly what the machine does.
 */
export interface AskIf {
  question: MultiChoiceId;
  anyOf: readonly string[];
}

export interface StepDefinition {
  id: QuestionId;
  section: SectionId;
  /**
   * Asked only when this holds for the answers so far; absent means always asked. A list means any of
   * its conditions (FHIR `enableBehavior: any`).
   */
  askIf?: AskIf | readonly AskIf[];
}

function allOptionsBut<Q extends MultiChoiceId>(question: Q, ...except: string[]): AskIf {
  return { question, anyOf: questionOptions[question].filter((o) => !except.includes(o)) };
}

/** The conditions of a skip rule, any of which asks the question. */
export function askIfConditions(askIf: AskIf | readonly AskIf[]): readonly AskIf[] {
  return 'question' in askIf ? [askIf as AskIf] : (askIf as readonly AskIf[]);
}

/**
 * The conditions of a skip rule with those on the same question merged: "sensation includes any of
 * these" once, however many conditions named sensation.
 */
export function askIfByQuestion(askIf: AskIf | readonly AskIf[]): AskIf[] {
  const merged = new Map<MultiChoiceId, string[]>();
  for (const { question, anyOf } of askIfConditions(askIf)) {
    const options = merged.get(question) ?? [];
    merged.set(question, [...options, ...anyOf.filter((o) => !options.includes(o))]);
  }
  return [...merged].map(([question, anyOf]) => ({
    question,
    anyOf: questionOptions[question].filter((o) => anyOf.includes(o)),
  }));
}

export function holds(askIf: AskIf | readonly AskIf[], answers: KnownAnswers): boolean {
  return askIfConditions(askIf).some((condition) => {
    const value = getAnswer(answers, condition.question);
    return Array.isArray(value) && value.some((option) => condition.anyOf.includes(option));
  });
}

// Not asked when nothing is felt (docs/clinical-basis.md §10, reading 13).
const somethingIsFelt = allOptionsBut('sensation', 'noFeelingPartnerNotices', 'none');

export const steps: readonly StepDefinition[] = [
  // Who is answering comes first: every later word speaks about "you" or about "them".
  { id: 'respondent', section: 'aboutYou' },
  { id: 'redFlags', section: 'redFlags' },
  { id: 'ageBand', section: 'aboutYou' },
  { id: 'pregnancy', section: 'aboutYou' },
  { id: 'sensation', section: 'symptoms' },
  { id: 'urgeToMove', section: 'symptoms' },
  // Hardening only matters beside the "sudden painful tightening" sensation (cramp feature A: docs/clinical-basis.md §3).
  { id: 'muscleHardens', section: 'symptoms', askIf: { question: 'sensation', anyOf: ['suddenPainfulTightening'] } },
  { id: 'restTrigger', section: 'symptoms' },
  { id: 'relief', section: 'symptoms' },
  // The question itself starts "If moving helps".
  { id: 'returnsOnRest', section: 'symptoms', askIf: { question: 'relief', anyOf: ['keepMoving'] } },
  { id: 'timing', section: 'symptoms' },
  { id: 'episodeLength', section: 'crampDetails' },
  { id: 'location', section: 'crampDetails', askIf: somethingIsFelt },
  // When it started: whenever there are symptoms, felt or only seen by someone else.
  {
    id: 'onset',
    section: 'crampDetails',
    askIf: [somethingIsFelt, { question: 'sensation', anyOf: ['noFeelingPartnerNotices'] }],
  },
  { id: 'frequency', section: 'crampDetails' },
  { id: 'impact', section: 'sleep' },
  { id: 'partnerObserved', section: 'sleep' },
  { id: 'unrefreshed', section: 'sleep' },
  { id: 'snoringApnoea', section: 'sleep' },
  { id: 'medications', section: 'medicinesAndConditions' },
  // "One of those medicines" needs a medicine to refer to.
  { id: 'medStartedRecently', section: 'medicinesAndConditions', askIf: allOptionsBut('medications', 'none') },
  { id: 'conditions', section: 'medicinesAndConditions' },
  { id: 'otherSymptoms', section: 'medicinesAndConditions' },
];

if (steps.length !== questionIds.length) throw new Error('Every question needs exactly one step');

export const stepIds: readonly QuestionId[] = steps.map((s) => s.id);

/** The questions asked for these answers, in order. */
export function journeyPath(answers: KnownAnswers): QuestionId[] {
  return steps.filter((s) => !s.askIf || holds(s.askIf, answers)).map((s) => s.id);
}

/**
 * Keeps only the answers to questions that are still asked. Dropping one answer can close another
 * branch, so this repeats until nothing changes (at most once per question).
 */
export function answersOnPath(answers: KnownAnswers): KnownAnswers {
  let current = answers;
  for (;;) {
    const asked = new Set(journeyPath(current));
    const kept = Object.fromEntries(Object.entries(current).filter(([id]) => asked.has(id as QuestionId)));
    if (Object.keys(kept).length === Object.keys(current).length) return current;
    current = kept as KnownAnswers;
  }
}

/**
 * Cramps beside another kind of feeling: the pages about the other feeling say which one to answer
 * about. Both conditions must hold.
 */
export const mixedFeelings = {
  allOf: [
    { question: 'sensation', anyOf: ['suddenPainfulTightening'] },
    {
      question: 'sensation',
      anyOf: ['urgeWithCrawlingAching', 'numbBurningTingling', 'jointOrMuscleAche', 'innerRestlessnessWholeBody'],
    },
  ],
  pages: ['urgeToMove', 'restTrigger', 'returnsOnRest', 'timing'],
} as const satisfies { allOf: readonly AskIf[]; pages: readonly QuestionId[] };

/** Whether a question's page carries the mixed-feelings hint for these answers. */
export function showsMixedFeelingsHint(question: QuestionId, answers: KnownAnswers): boolean {
  return (
    (mixedFeelings.pages as readonly QuestionId[]).includes(question) &&
    mixedFeelings.allOf.every((condition) => holds(condition, answers))
  );
}

/** Patient mode asks one question per page; GP mode shows the questions of a screen together. */
export type Mode = 'patient' | 'gp';

/** GP mode screens: a GP sees a whole section at once, with "about you" beside the red flags it qualifies. */
export type GpScreenId = 'screening' | 'symptoms' | 'crampDetails' | 'sleep' | 'medicinesAndConditions';
const gpScreenOfSection: Record<SectionId, GpScreenId> = {
  redFlags: 'screening',
  aboutYou: 'screening',
  symptoms: 'symptoms',
  crampDetails: 'crampDetails',
  sleep: 'sleep',
  medicinesAndConditions: 'medicinesAndConditions',
};
export function gpScreenOf(question: QuestionId): GpScreenId {
  return gpScreenOfSection[steps[stepIds.indexOf(question)].section];
}

/** The questions of a GP screen that are asked for these answers, in order. */
export function gpScreenQuestions(screen: GpScreenId, answers: KnownAnswers): QuestionId[] {
  return journeyPath(answers).filter((id) => gpScreenOf(id) === screen);
}

export type AfterQuestion = QuestionId | 'checkAnswers' | 'result';

/**
 * Where Continue leads from `from` once its answer is saved. When the person came from "Change" on
 * the check-answers page, or opened a set of answers whole (an import), questions already answered
 * are passed over: the first question still open on the path is asked, or the review comes back. In
 * GP mode a screen is left as a whole, its state is its first question, and the review is the result
 * itself.
 */
export function nextStep(from: QuestionId, answers: KnownAnswers, returningToReview: boolean, mode: Mode = 'patient'): AfterQuestion {
  const path = journeyPath(answers);
  const anchor = mode === 'gp' ? (gpScreenQuestions(gpScreenOf(from), answers).at(-1) ?? from) : from;
  const later = stepIds.slice(stepIds.indexOf(anchor) + 1).filter((id) => path.includes(id));
  const next = returningToReview ? path.find((id) => !isAnswered(answers, id)) : later[0];
  if (mode === 'gp') return next ? gpScreenQuestions(gpScreenOf(next), answers)[0] : 'result';
  return next ?? 'checkAnswers';
}

/** Where Back leads from a question: the question (or GP screen) asked before it, or the start page. */
export function previousStep(from: QuestionId, answers: KnownAnswers, mode: Mode = 'patient'): QuestionId | 'start' {
  const path = journeyPath(answers);
  const before = stepIds.slice(0, stepIds.indexOf(from)).filter((id) => path.includes(id));
  if (mode === 'gp') {
    const screen = gpScreenOf(from);
    const previous = before.filter((id) => gpScreenOf(id) !== screen).at(-1);
    return previous ? gpScreenQuestions(gpScreenOf(previous), answers)[0] : 'start';
  }
  return before.at(-1) ?? 'start';
}

/** Where Back leads from the review (patient mode) or the result (GP mode). */
export function lastStep(answers: KnownAnswers, mode: Mode = 'patient'): QuestionId {
  const last = journeyPath(answers).at(-1) ?? 'otherSymptoms';
  return mode === 'gp' ? gpScreenQuestions(gpScreenOf(last), answers)[0] : last;
}
