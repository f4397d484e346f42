/**
 * The answers on the path as pertinent positives and negatives, in short plain words: what the
 * handout lists as "what I have" and "what I do not have", and the notes text as positives and
 * negatives.
 */
import { handoutMessages } from '../content/en-handout';
import { optionLabel } from '../content/option-label';
import { getAnswer, type KnownAnswers } from '../catalogue/answers';
import { isMultiChoice, type QuestionId } from '../catalogue/questions';
import { journeyPath } from '../questionnaire/steps';

/** The short wording of one option for lists (the handout's), else the label the patient chose. */
export function shortLabel(question: QuestionId, option: string): string {
  return (handoutMessages.optionShort[question] as Record<string, string> | undefined)?.[option] ?? optionLabel(question, option);
}

export interface Findings {
  /** Reported: "urge to move the legs", "where: calf, both legs". */
  positives: string[];
  /** Asked and denied: "muscle goes hard during an episode", "listed medicines". */
  negatives: string[];
  /** Answered "not sure", or nobody could observe. */
  unsure: string[];
}

const yesNoQuestions = [
  'urgeToMove', 'muscleHardens', 'returnsOnRest', 'unrefreshed', 'snoringApnoea', 'medStartedRecently',
] as const satisfies readonly QuestionId[];

/**
 * The answers on the path as pertinent positives and negatives, in question order. The red-flag
 * screen and the age band are reported separately. `omit` leaves out questions shown elsewhere.
 */
export function pertinentFindings(answers: KnownAnswers, omit: readonly QuestionId[] = []): Findings {
  const f = handoutMessages.findings;
  const out: Findings = { positives: [], negatives: [], unsure: [] };
  for (const question of journeyPath(answers)) {
    if (question === 'redFlags' || question === 'ageBand' || omit.includes(question)) continue;
    const value = getAnswer(answers, question);
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;

    if ((yesNoQuestions as readonly string[]).includes(question) && typeof value === 'string') {
      const phrase = f.yesNo[question as (typeof yesNoQuestions)[number]];
      if (value === 'yes') out.positives.push(phrase);
      else if (value === 'no') out.negatives.push(phrase);
      else if (value === 'unsure' || value === 'unknown') out.unsure.push(phrase);
      continue;
    }

    switch (question) {
      case 'pregnancy':
        if (value === 'pregnant' || value === 'postpartum6w') out.positives.push(shortLabel(question, value));
        continue;
      case 'restTrigger':
        if (value === 'yes') out.positives.push(f.yesNo.restTrigger);
        else if (value === 'onlyWakesFromSleep') {
          out.positives.push(f.wakesFromSleep);
          out.negatives.push(f.yesNo.restTrigger);
        } else out.negatives.push(f.yesNo.restTrigger);
        continue;
      case 'timing':
        out.positives.push(shortLabel(question, value as string));
        if (value === 'noDifference' || value === 'daytimeWorse') out.negatives.push(f.eveningWorse);
        continue;
      case 'frequency':
        out.positives.push(shortLabel(question, value as string));
        continue;
      case 'onset':
        out.positives.push(`${f.onset}: ${shortLabel(question, value as string).toLowerCase()}`);
        continue;
      case 'partnerObserved':
        if (value === 'kickingIUnaware' || value === 'kickingIAware') {
          out.positives.push(`${f.yesNo.partnerObserved} (${shortLabel(question, value).replace(/^yes, /, '')})`);
        } else if (value === 'no') out.negatives.push(f.yesNo.partnerObserved);
        else out.unsure.push(f.noObserver);
        continue;
      case 'relief': {
        const ticked = value as string[];
        if (ticked.includes('notApplicable')) continue;
        const eased = ticked.filter((id) => id !== 'nothingHelps');
        if (eased.length > 0) out.positives.push(`${f.groups.relief}: ${eased.map((id) => shortLabel(question, id)).join(', ')}`);
        if (ticked.includes('nothingHelps')) out.positives.push(f.nothingHelps);
        if (!ticked.includes('keepMoving')) out.negatives.push(f.notEasedByMoving);
        if (!ticked.includes('forcefulStretch')) out.negatives.push(f.notEasedByStretching);
        continue;
      }
      default:
        if (isMultiChoice(question)) {
          const ticked = (value as string[]).filter((id) => id !== 'unknown');
          if (ticked.includes('none')) {
            const denied = (f.noneOf as Partial<Record<QuestionId, string>>)[question];
            if (denied) out.negatives.push(denied);
          } else if (ticked.length > 0) {
            const group = (f.groups as Partial<Record<QuestionId, string>>)[question];
            const list = ticked.map((id) => shortLabel(question, id)).join(', ');
            out.positives.push(group ? `${group}: ${list}` : list);
          }
        }
    }
  }
  return out;
}
