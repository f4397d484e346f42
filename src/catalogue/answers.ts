/**
 * Answer types and validation. `Answers` is the shape that crosses boundaries (contract §1);
 * `KnownAnswers` is the narrow shape the app works with once input has been read.
 */
// zod/mini: the same validation as zod, in a fraction of the bytes a patient's phone downloads.
import { z } from 'zod/mini';
import {
  exclusiveOptionIds,
  isMultiChoice,
  questionIds,
  questionOptions,
  retiredOptions,
  type MultiChoiceId,
  type OptionId,
  type QuestionId,
  type SingleChoiceId,
} from './questions';

/** Contract §1: the boundary shape. Single choice = one option id; multi choice = option ids. */
export type Answers = Partial<{
  respondent: string;
  redFlags: string[]; ageBand: string; pregnancy: string; sensation: string[]; urgeToMove: string;
  muscleHardens: string; restTrigger: string; relief: string[]; returnsOnRest: string; timing: string;
  episodeLength: string[]; location: string[]; onset: string; frequency: string; impact: string[]; partnerObserved: string;
  unrefreshed: string; snoringApnoea: string; medications: string[]; medStartedRecently: string;
  conditions: string[]; otherSymptoms: string[];
}>;

/** The same answers, typed with the option ids of each question. */
export type KnownAnswers = { [Q in SingleChoiceId]?: OptionId<Q> } & { [Q in MultiChoiceId]?: OptionId<Q>[] };

export type AnswerValue = string | string[];

function isOption(id: QuestionId, value: unknown): value is string {
  return typeof value === 'string' && (questionOptions[id] as readonly string[]).includes(value);
}

/**
 * A multi-choice answer with each retired option id replaced by the ids it was split into, and whether
 * any was replaced. Everything that reads answers from outside goes through this, so an old answer
 * keeps its meaning wherever it is read.
 */
export function withoutRetiredOptions(question: QuestionId, ticked: readonly unknown[]): { ticked: unknown[]; replaced: boolean } {
  const retired: Readonly<Record<string, readonly string[]>> =
    (retiredOptions as Partial<Record<QuestionId, Record<string, readonly string[]>>>)[question] ?? {};
  let replaced = false;
  const out = ticked.flatMap((option) => {
    if (typeof option !== 'string' || !Object.prototype.hasOwnProperty.call(retired, option)) return [option];
    replaced = true;
    return [...retired[option]];
  });
  return { ticked: out, replaced };
}

/**
 * Reads anything into KnownAnswers without throwing (docs/clinical-basis.md §10, reading 14): a
 * non-object is `{}`, only own properties are read, a wrongly typed answer is absent, unknown keys and
 * option ids are dropped.
 * The order of multi-choice ids follows the catalogue, and duplicates are removed. A retired option
 * counts as the options that replaced it.
 */
export function readAnswers(input: unknown): KnownAnswers {
  const out: Record<string, AnswerValue> = {};
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return out as KnownAnswers;
  for (const id of questionIds) {
    try {
      if (!Object.prototype.hasOwnProperty.call(input, id)) continue;
      const value: unknown = (input as Record<string, unknown>)[id];
      if (isMultiChoice(id)) {
        if (!Array.isArray(value)) continue;
        const ticked = new Set(withoutRetiredOptions(id, Array.from(value)).ticked.filter((v) => isOption(id, v)));
        out[id] = questionOptions[id].filter((option) => ticked.has(option));
      } else if (isOption(id, value)) {
        out[id] = value;
      }
    } catch {
      // A throwing getter or proxy trap is treated as no answer to that question.
    }
  }
  return out as KnownAnswers;
}

/** Which error a question page shows when its answer is invalid; the text is in the messages. */
export type AnswerError = 'required' | 'exclusive';

/**
 * The schema of one question page's form. Its one field is named after the question (contract §3:
 * `name` = question id): a string for single choice, an array for multi choice. "None of these"
 * cannot be combined with other options.
 */
export function answerSchema(id: QuestionId) {
  let schema = schemas.get(id);
  if (!schema) {
    schema = buildAnswerSchema(id);
    schemas.set(id, schema);
  }
  return schema;
}

// Built once per question: the machine checks every submission against it, on every Continue.
const schemas = new Map<QuestionId, ReturnType<typeof buildAnswerSchema>>();

function buildAnswerSchema(id: QuestionId) {
  const options = questionOptions[id] as readonly [string, ...string[]];
  if (isMultiChoice(id)) {
    return z.object({
      [id]: z.array(z.enum(options), { error: 'required' }).check(
        z.minLength(1, { error: 'required' }),
        z.refine((ticked) => ticked.length === 1 || !ticked.some((t) => exclusiveOptionIds.has(t)), {
          error: 'exclusive',
        }),
      ),
    });
  }
  return z.object({ [id]: z.enum(options, { error: 'required' }) });
}

/**
 * A react-hook-form resolver for a set of question fields, checked with the same schemas as the
 * machine. (A few lines instead of @hookform/resolvers, which the form would otherwise download.)
 */
export function answerResolver(...questions: QuestionId[]) {
  return (values: Record<string, unknown>) => {
    const errors: Record<string, { type: string; message: string }> = {};
    for (const question of questions) {
      const result = answerSchema(question).safeParse({ [question]: values[question] });
      if (!result.success) errors[question] = { type: 'validate', message: result.error.issues[0]?.message ?? 'required' };
    }
    return Object.keys(errors).length > 0
      ? { values: {}, errors }
      : { values: Object.fromEntries(questions.map((q) => [q, values[q]])), errors: {} };
  };
}

export function getAnswer(answers: KnownAnswers, id: QuestionId): AnswerValue | undefined {
  return (answers as Record<string, AnswerValue | undefined>)[id];
}

export function isAnswered(answers: KnownAnswers, id: QuestionId): boolean {
  const value = getAnswer(answers, id);
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}
