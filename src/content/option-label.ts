import type { QuestionId } from '../questionnaire/questions';
import { messages } from './messages';

/** Shorter wordings of some options, by question, for lists (the handout's `optionShort`). */
export type ShortOptionWords = { [Q in QuestionId]?: Partial<Record<string, string>> };

/**
 * The words for one option of a question: the label the patient chose from, or, given an audience's
 * `short` wordings, the short form where there is one. An option the catalogue does not know (an
 * imported file's) is shown as its code.
 */
export function optionLabel(question: QuestionId, option: string, short?: ShortOptionWords): string {
  const shortForm = short?.[question]?.[option];
  if (shortForm) return shortForm;
  const options = messages.questions[question].options as Record<string, { label: string } | undefined>;
  return Object.prototype.hasOwnProperty.call(options, option) ? (options[option]?.label ?? option) : option;
}
