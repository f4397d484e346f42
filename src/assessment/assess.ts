/**
 * The assessment: answers in, "patterns that fit" out. Pure (no React, XState, dates or randomness)
 * and total: it never throws, whatever it is given. Every band comes from a named rule, and every rule
 * that fires leaves a reason with its sources; docs/clinical-basis.md describes each rule (§3–§9) and
 * the readings chosen where the criteria are ambiguous (§10).
 */
import type { SourceId } from '../catalogue/sources';
import { readAnswers, type Answers } from '../catalogue/answers';
import { urgentFindings, type NoteId, type UrgentFindings } from './urgent-findings';
import type { Band } from './band-order';
import { contributingFactors, type Contributing } from './contributing';
import { featuresOf, type MimicGroup } from './features';
import { recommendedLabs, type LabRecommendation } from './labs';
import {
  conditionIds,
  mimicLabels,
  reasonSources,
  type AdviceId,
  type ConditionId,
  type LabId,
  type MimicLabel,
  type ReasonId as KnownReasonId,
  type RedFlagLabel,
  type SoftFlagId,
} from './knowledge';

export type { Answers } from '../catalogue/answers';
export type { Band } from './band-order';
export type { Contributing, ContributingCondition, ContributingMedicine } from './contributing';
export type { MimicGroup } from './features';
export type { LabRecommendation } from './labs';
export type { ConditionId, LabId, Urgency } from './knowledge';
export type { NoteId } from './urgent-findings';

export type Primary = ConditionId | 'noneFits' | 'urgentReferral';
export type SecondaryLabel = ConditionId | RedFlagLabel | MimicLabel;
export type CriterionStatus = 'met' | 'notMet' | 'unknown';
export type RlsCriterion = 'R1' | 'R2' | 'R3' | 'R4';

/** Why a band was given: a rule id (its words are in the messages) with what it needs to be said. */
export type Reason =
  | { id: 'rlsAllFour'; sources: SourceId[] }
  | { id: 'rlsAkathisia'; sources: SourceId[] }
  | { id: 'rlsCoexistingMimic'; mimics: MimicGroup[]; sources: SourceId[] }
  | { id: 'rlsOneMissing'; missing: RlsCriterion[]; sources: SourceId[] }
  | { id: 'rlsOneMissingAndMimic'; missing: RlsCriterion[]; mimics: MimicLabel[]; sources: SourceId[] }
  | { id: 'rlsNoUrge'; sources: SourceId[] }
  | { id: 'rlsTooFewFeatures'; missing: RlsCriterion[]; sources: SourceId[] }
  | { id: 'crampsAllThree'; sources: SourceId[] }
  | { id: 'crampsSome'; unconfirmed: ('A' | 'C')[]; sources: SourceId[] }
  | { id: 'crampsParkinsonsDowngrade'; sources: SourceId[] }
  | { id: 'crampsNotDescribed'; sources: SourceId[] }
  | { id: 'crampsNotInBed'; sources: SourceId[] }
  | { id: 'plmdRlsTakesPrecedence'; sources: SourceId[] }
  | { id: 'plmdSuspected'; sources: SourceId[] }
  | { id: 'plmdNotSuspected'; sources: SourceId[] }
  | { id: 'plmdCannotAssessWithoutObserver'; sources: SourceId[] };
export type ReasonId = Reason['id'];
function cited(id: KnownReasonId): SourceId[] {
  return [...reasonSources[id]];
}


export interface Assessment extends UrgentFindings {
  primary: Primary;
  bands: Record<ConditionId, Band> | null;
  secondary: SecondaryLabel[];
  labs: LabId[];
  /** Reasons per condition; empty when a red flag stopped scoring. */
  reasons: Record<ConditionId, Reason[]>;
  /** The mimic and alert labels of `secondary`, with their sources. */
  alerts: { id: MimicLabel; sources: SourceId[] }[];
  /** Criterion checklists for the clinician; null on a red flag. */
  criteria: {
    rls: Record<RlsCriterion | 'R5', CriterionStatus>;
    cramps: Record<'A' | 'B' | 'C', CriterionStatus>;
    plmd: { A: 'needsPolysomnography'; B: 'needsPolysomnography'; C: CriterionStatus; D: CriterionStatus };
  } | null;
  specifiers: {
    course: 'chronicPersistent' | 'intermittent' | 'tooFewToClassify' | 'lessThanAYear' | null;
    clinicallySignificant: boolean | null;
  };
  labDetails: LabRecommendation[];
  contributing: Contributing;
  softFlags: SoftFlagId[];
  advice: AdviceId[];
}

/**
 * Turns answers into the assessment (docs/clinical-basis.md §3–§9). Accepts any subset of answers,
 * unknown keys and unknown option ids (contract §1); a non-object is read as no answers.
 */
export function assess(answers: Answers): Assessment {
  const a = readAnswers(answers);

  const urgent = urgentFindings(a);
  const notes: NoteId[] = [...urgent.notes];

  // Readings 1–3 (docs/clinical-basis.md §10): any red flag stops scoring, even when ticked beside "none".
  if (urgent.redFlag) {
    const flags = urgent.redFlags;
    return {
      primary: 'urgentReferral',
      redFlag: true,
      urgency: urgent.urgency,
      bands: null,
      secondary: flags.map((f) => f.label),
      labs: [],
      redFlags: flags,
      reasons: { rls: [], nocturnalLegCramps: [], plmd: [] },
      alerts: [],
      criteria: null,
      specifiers: { course: null, clinicallySignificant: null },
      labDetails: [],
      contributing: contributingFactors(a.medications ?? [], a.conditions ?? [], a.pregnancy, null),
      softFlags: [],
      advice: ['bringSummary'],
      notes,
    };
  }

  // From answers to criteria (docs/clinical-basis.md §3).
  const features = featuresOf(a);
  const { R1, R2, R3, R4, CA, CB, CC, akathisia, coexisting, discordantMimics, suddenTightening } = features;
  const { observed, sleepIssue, osa, dystonia, augmentation, O } = features;

  // RLS band (docs/clinical-basis.md §4).
  const rlsReasons: Reason[] = [];
  const criteriaMet: Record<RlsCriterion, boolean> = { R1, R2, R3, R4 };
  const missing = (['R2', 'R3', 'R4'] as const).filter((c) => !criteriaMet[c]);
  let rls: Band;
  if (R1 && missing.length === 0) {
    if (akathisia) rlsReasons.push({ id: 'rlsAkathisia', sources: cited('rlsAkathisia') });
    if (coexisting.length > 0) rlsReasons.push({ id: 'rlsCoexistingMimic', mimics: coexisting, sources: cited('rlsCoexistingMimic') });
    if (rlsReasons.length === 0) rlsReasons.push({ id: 'rlsAllFour', sources: cited('rlsAllFour') });
    rls = akathisia || coexisting.length > 0 ? 'possible' : 'likely';
  } else if (R1 && missing.length === 1) {
    if (akathisia || discordantMimics.length > 0) {
      const mimics: MimicLabel[] = akathisia ? ['akathisiaMimic', ...discordantMimics] : discordantMimics;
      rlsReasons.push({ id: 'rlsOneMissingAndMimic', missing, mimics, sources: cited('rlsOneMissingAndMimic') });
      rls = 'unlikely';
    } else {
      rlsReasons.push({ id: 'rlsOneMissing', missing, sources: cited('rlsOneMissing') });
      rls = 'possible';
    }
  } else {
    rlsReasons.push(R1 ? { id: 'rlsTooFewFeatures', missing, sources: cited('rlsTooFewFeatures') } : { id: 'rlsNoUrge', sources: cited('rlsNoUrge') });
    rls = 'unlikely';
  }

  // Sleep-related leg cramps band, with the Parkinson's downgrade (docs/clinical-basis.md §10, reading 7).
  const crampReasons: Reason[] = [];
  let cramps: Band;
  let dystoniaDowngrade = false;
  if (CA && CB && CC) {
    crampReasons.push({ id: 'crampsAllThree', sources: cited('crampsAllThree') });
    if (dystonia) {
      dystoniaDowngrade = true;
      crampReasons.push({ id: 'crampsParkinsonsDowngrade', sources: cited('crampsParkinsonsDowngrade') });
    }
    cramps = dystonia ? 'possible' : 'likely';
  } else if (CB && (CA || (suddenTightening && CC))) {
    const unconfirmed: ('A' | 'C')[] = [];
    if (!CA) unconfirmed.push('A');
    if (!CC) unconfirmed.push('C');
    crampReasons.push({ id: 'crampsSome', unconfirmed, sources: cited('crampsSome') });
    cramps = 'possible';
  } else {
    crampReasons.push(suddenTightening ? { id: 'crampsNotInBed', sources: cited('crampsNotInBed') } : { id: 'crampsNotDescribed', sources: cited('crampsNotDescribed') });
    cramps = 'unlikely';
  }
  const daytimeCramps = !CB && suddenTightening && (CC || a.muscleHardens === 'yes');

  // PLMD band: never likely; RLS takes precedence.
  const plmdReasons: Reason[] = [];
  let plmd: Band;
  if (rls !== 'unlikely') {
    plmdReasons.push({ id: 'plmdRlsTakesPrecedence', sources: cited('plmdRlsTakesPrecedence') });
    plmd = 'unlikely';
  } else if (observed && sleepIssue) {
    plmdReasons.push({ id: 'plmdSuspected', sources: cited('plmdSuspected') });
    plmd = 'possible';
  } else {
    // Without an observer nothing can be said about movements in sleep; a partner who watched and saw
    // nothing is an answer.
    const noObserver = a.partnerObserved === 'noObserver' || a.partnerObserved === undefined;
    plmdReasons.push(
      noObserver && a.unrefreshed === 'yes'
        ? { id: 'plmdCannotAssessWithoutObserver', sources: cited('plmdCannotAssessWithoutObserver') }
        : { id: 'plmdNotSuspected', sources: cited('plmdNotSuspected') },
    );
    plmd = 'unlikely';
  }

  const bands: Record<ConditionId, Band> = { rls, nocturnalLegCramps: cramps, plmd };

  // Primary and secondary (docs/clinical-basis.md §5).
  const primary: Primary =
    conditionIds.find((c) => bands[c] === 'likely') ?? conditionIds.find((c) => bands[c] === 'possible') ?? 'noneFits';
  const alertIds: MimicLabel[] = [];
  if (features.neuropathyFeat) alertIds.push('peripheralNeuropathyMimic');
  if (akathisia) alertIds.push('akathisiaMimic');
  if (features.positional) alertIds.push('positionalDiscomfortMimic');
  if (features.venousOedema) alertIds.push('venousOrOedemaMimic');
  if (features.claudication) alertIds.push('claudicationMimic');
  if (features.arthritis) alertIds.push('arthritisMimic');
  if (features.habitualTapping) alertIds.push('habitualFootTappingMimic');
  if (features.hypnicJerks) alertIds.push('hypnicJerksMimic');
  if (dystoniaDowngrade) alertIds.push('dystoniaMimic');
  if (daytimeCramps) alertIds.push('daytimeOrExerciseCramps');
  if (augmentation) alertIds.push('rlsAugmentationToReview');
  if (osa) alertIds.push('osaToExclude');
  const secondary: SecondaryLabel[] = [
    ...conditionIds.filter((c) => c !== primary && bands[c] !== 'unlikely'),
    ...alertIds,
  ];

  // Tests (docs/clinical-basis.md §7).
  const labDetails = recommendedLabs(features, bands);
  if (labDetails.some((l) => l.id === 'ferritin' || l.id === 'transferrinSaturation')) notes.push('ironTestPreparation');

  const softFlags: SoftFlagId[] = (
    ['bothAnklesSwell', 'calfPainWalkingEasesRest', 'excessiveThirst', 'muscleWastingOrTwitching', 'lightheadedOnStanding'] as const
  ).filter((id) => O.has(id));
  if (akathisia) softFlags.push('suspectedAkathisia');
  if (augmentation) softFlags.push('augmentation');

  const adviceIds: AdviceId[] = [];
  if (cramps !== 'unlikely') adviceIds.push('crampStretching');
  // Advice about alcohol and caffeine is for adults only.
  if (rls !== 'unlikely' && a.ageBand !== 'under18') adviceIds.push('rlsAlcoholCaffeine');
  const contributing = contributingFactors(a.medications ?? [], a.conditions ?? [], a.pregnancy, bands);
  if (contributing.medicines.length > 0) adviceIds.push('keepTakingMedicines');
  adviceIds.push('bringSummary');
  if (a.medStartedRecently === 'yes' && (a.medications ?? []).some((m) => m !== 'none')) notes.push('medStartedRecently');

  const status = (met: boolean, known: boolean): CriterionStatus => (met ? 'met' : known ? 'notMet' : 'unknown');
  return {
    primary,
    redFlag: false,
    urgency: 'routine',
    bands,
    secondary,
    labs: labDetails.map((l) => l.id),
    redFlags: [],
    reasons: { rls: rlsReasons, nocturnalLegCramps: crampReasons, plmd: plmdReasons },
    alerts: alertIds.map((id) => ({ id, sources: mimicLabels[id].sources })),
    criteria: {
      rls: {
        R1: status(R1, a.urgeToMove !== undefined && a.urgeToMove !== 'unsure'),
        R2: status(R2, a.restTrigger !== undefined),
        R3: status(R3, a.relief !== undefined),
        R4: status(R4, a.timing !== undefined),
        // Criterion 5 can fail on answers (a mimic explains the picture) but is never confirmed by them.
        R5: akathisia || discordantMimics.length > 0 ? 'notMet' : 'unknown',
      },
      cramps: {
        A: status(CA, suddenTightening ? a.muscleHardens !== undefined : a.sensation !== undefined),
        B: status(CB, a.timing !== undefined || a.restTrigger !== undefined),
        C: status(CC, a.relief !== undefined),
      },
      plmd: {
        A: 'needsPolysomnography',
        B: 'needsPolysomnography',
        C: status(sleepIssue, a.unrefreshed !== undefined || a.impact !== undefined),
        D: rls !== 'unlikely' || osa ? 'notMet' : 'unknown',
      },
    },
    specifiers: {
      // IRLSSG defines both courses over the past year: symptoms younger than that cannot be classified yet.
      course:
        a.frequency === 'fewerThan5Ever' ? 'tooFewToClassify'
        : a.frequency === undefined ? null
        : a.onset === 'underOneMonth' || a.onset === 'oneToTwelveMonths' ? 'lessThanAYear'
        : a.frequency === '2plusPerWeek' ? 'chronicPersistent'
        : 'intermittent',
      clinicallySignificant: a.impact && a.impact.length > 0 ? a.impact.some((i) => i !== 'none') : null,
    },
    labDetails,
    contributing,
    softFlags,
    advice: adviceIds,
    notes,
  };
}
