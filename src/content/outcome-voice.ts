/**
 * The outcome pages' patient words in a voice: the person's own, or those of someone answering for
 * them. The third-person words sit beside the first-person ones in the outcome messages; this only
 * picks between them.
 */
import type { Assessment, NoteId } from '../assessment/assess';
import type { AdviceId, LabId, LabRuleId, MimicLabel, SoftFlagId } from '../assessment/knowledge';
import { outcome } from './outcome-messages';
import type { ReasonWords } from './reason-text';
import { inVoice, type Voice } from './voice';

type ResultWords = Omit<typeof outcome.result, 'thirdPerson'>;

/** The summary's headings and sentences in a voice. */
export function resultWords(voice: Voice): ResultWords {
  return voice === 'thirdPerson' ? { ...outcome.result, ...outcome.result.thirdPerson } : outcome.result;
}

/** The patient's words for the reasons, in a voice: pass them to `reasonText`. */
export function patientReasons(voice: Voice): ReasonWords {
  return inVoice(voice, outcome.reasons, outcome.reasonsThirdPerson);
}

export function alertText(id: MimicLabel, voice: Voice): string {
  return inVoice(voice, outcome.alerts[id], outcome.alertsThirdPerson[id]);
}

export function softFlagText(id: SoftFlagId, voice: Voice): string {
  return inVoice(voice, outcome.softFlags[id], (outcome.softFlagsThirdPerson as Partial<Record<SoftFlagId, string>>)[id]);
}

export function adviceText(id: AdviceId, voice: Voice): string {
  return inVoice(voice, outcome.advice[id], outcome.adviceThirdPerson[id]);
}

export function noteText(id: NoteId, voice: Voice): string {
  return inVoice(voice, outcome.notes[id], outcome.notesThirdPerson[id]);
}

/**
 * Why a test is listed. The cramp panel is introduced once (`crampTestsIntro`), so each of its tests
 * says only what it checks.
 */
export function labWhyText(lab: LabId, rule: LabRuleId, voice: Voice): string {
  if (rule === 'crampsConsiderPanel') return (outcome.crampTestChecks as Partial<Record<LabId, string>>)[lab] ?? '';
  return inVoice(voice, outcome.labWhy[rule], (outcome.labWhyThirdPerson as Partial<Record<LabRuleId, string>>)[rule]);
}

/** Listed only for the cramp panel, so they belong under its introduction. */
export function isCrampPanelOnly(lab: Assessment['labDetails'][number]): boolean {
  return lab.because.every((rule) => rule === 'crampsConsiderPanel');
}

/**
 * A condition's band as the patient sees it. With restless legs likely or possible, periodic limb
 * movements are part of that picture: "not scored separately", never "unlikely".
 */
export function patientBandWord(assessment: Assessment, condition: 'rls' | 'nocturnalLegCramps' | 'plmd'): string {
  const bands = assessment.bands;
  if (!bands) return '';
  if (condition === 'plmd' && bands.rls !== 'unlikely') return outcome.result.notScoredSeparately;
  return outcome.result.bandWords[bands[condition]];
}
