/**
 * Who the words speak to. A person answering for someone else (a carer, partner or parent) reads every
 * question and result in the third person; the words for both voices sit side by side in the message
 * modules, and this picks between them. Nothing here rewrites a sentence.
 */
import type { OptionId, QuestionId } from '../catalogue/questions';
import { messages } from './messages';

export type Voice = 'self' | 'thirdPerson';

/** The voice for a set of answers: third person once `respondent` says someone else is answering. */
export function voiceOf(answers: { respondent?: string }): Voice {
  return answers.respondent === 'someoneElse' ? 'thirdPerson' : 'self';
}

/** Picks the third-person words when there are any and they are wanted. */
export function inVoice<T>(voice: Voice, self: T, thirdPerson: T | undefined): T {
  return voice === 'thirdPerson' && thirdPerson !== undefined ? thirdPerson : self;
}

export interface OptionWords {
  label: string;
  hint?: string;
}

export interface QuestionWords<Q extends QuestionId = QuestionId> {
  text: string;
  hint?: string;
  short: string;
  required: string;
  options: Record<OptionId<Q>, OptionWords>;
}

/** A question's words in a voice: the first-person words with the third-person ones laid over them. */
export function questionWords<Q extends QuestionId>(question: Q, voice: Voice): QuestionWords<Q> {
  const words = messages.questions[question] as (typeof messages.questions)[QuestionId];
  const over = voice === 'thirdPerson' ? (words.thirdPerson ?? {}) : {};
  const options = Object.fromEntries(
    Object.entries(words.options as Record<string, { label: string; hint?: string; thirdPerson?: Partial<OptionWords> }>).map(
      ([id, option]) => {
        const optionOver = voice === 'thirdPerson' ? (option.thirdPerson ?? {}) : {};
        return [id, { label: optionOver.label ?? option.label, hint: optionOver.hint ?? option.hint }];
      },
    ),
  ) as Record<OptionId<Q>, OptionWords>;
  return {
    text: over.text ?? words.text,
    hint: over.hint ?? words.hint,
    short: over.short ?? words.short,
    required: over.required ?? words.required,
    options,
  };
}
