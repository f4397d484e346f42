import type { QuestionId } from '../catalogue/questions';
import { messages } from './messages';

/** The label of one option of a question, as the patient chose it (its id if the wording has none). */
export function optionLabel(question: QuestionId, option: string): string {
  return (messages.questions[question].options as Record<string, { label: string } | undefined>)[option]?.label ?? option;
}
