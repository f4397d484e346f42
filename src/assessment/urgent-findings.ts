/**
 * The part of the assessment that a red flag shows at once (docs/clinical-basis.md §2): which warning
 * signs were ticked, the highest tier among them, and the notes the urgent screen carries. `assess`
 * builds on it; the urgent screen uses it alone, so that it loads with the first questions without the
 * rest of the assessment.
 */
import { readAnswers, type Answers } from '../catalogue/answers';
import { redFlagIds, type RedFlagId } from '../catalogue/questions';
import type { SourceId } from '../catalogue/sources';
import { redFlags, type RedFlagLabel, type Urgency } from './red-flags';

export type NoteId = 'underEighteen' | 'maternityAssessment' | 'medStartedRecently' | 'ironTestPreparation';

export interface UrgentFindings {
  redFlag: boolean;
  urgency: Urgency;
  /** The red flags ticked, in the order they are asked, with the label and tier of each. */
  redFlags: { id: RedFlagId; label: RedFlagLabel; tier: Exclude<Urgency, 'routine'>; sources: SourceId[] }[];
  /** Under 18 always; the maternity note with a swollen hot leg in pregnancy or after a birth. */
  notes: NoteId[];
}

const tierRank: Record<Urgency, number> = { routine: 0, sameDay: 1, emergency: 2 };

/** Readings 1–3 (docs/clinical-basis.md §10): any red flag counts, even when ticked beside "none". */
export function urgentFindings(answers: Answers): UrgentFindings {
  const a = readAnswers(answers);
  const notes: NoteId[] = [];
  if (a.ageBand === 'under18') notes.push('underEighteen');
  const ticked = redFlagIds.filter((id) => (a.redFlags ?? []).includes(id));
  const flags = ticked.map((id) => ({ id, ...redFlags[id] }));
  const urgency = flags.reduce<Urgency>((u, f) => (tierRank[f.tier] > tierRank[u] ? f.tier : u), 'routine');
  const pregnantOrPostpartum = a.pregnancy === 'pregnant' || a.pregnancy === 'postpartum6w';
  if (pregnantOrPostpartum && ticked.includes('oneLegSwollenHotRed')) notes.push('maternityAssessment');
  return { redFlag: flags.length > 0, urgency, redFlags: flags, notes };
}
