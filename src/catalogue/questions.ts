/**
 * The question catalogue (docs/clinical-basis.md §1): ids, answer type, option ids and what each question feeds.
 * Ids are stable: answers, saved sessions, exports and tests all use them. Wording lives in
 * `src/content/en.ts`, keyed by these ids, so that rewording or translating never changes logic.
 */
import type { SourceId } from './sources';

/** Criteria a question informs (docs/clinical-basis.md §1, "Feeds"). */
export type Feed =
  | 'R1' | 'R2' | 'R3' | 'R4' | 'R5' | 'RS'
  | 'C-A' | 'C-B' | 'C-C'
  | 'P' | 'P-C' | 'P-D'
  | 'RF' | 'L' | 'M' | 'notes';

export const redFlagIds = [
  'oneLegSwollenHotRed',
  'breathlessChestPain',
  'coldPaleNumbLeg',
  'severeTenseCalf',
  'darkUrineWeakness',
  'saddleNumbnessBladder',
  'newLegWeakness',
  'crampOver10minUnrelieved',
  'stiffnessAfterWound',
  'toxinExposure',
] as const;
export type RedFlagId = (typeof redFlagIds)[number];

/**
 * Option ids that are no longer offered but may still be read from older answers (a saved session, an
 * imported file, a caller of `assess`). Each stands for the options it was split into: the retired
 * wound-or-toxin flag counts as both new flags, so the safer (emergency) tier applies.
 */
export const retiredOptions = {
  redFlags: { woundOrToxinExposure: ['stiffnessAfterWound', 'toxinExposure'] },
} as const satisfies Partial<Record<string, Record<string, readonly string[]>>>;

/** The options of every question, in the order they are shown. */
export const questionOptions = {
  respondent: ['self', 'someoneElse'],
  redFlags: [...redFlagIds, 'none'],
  ageBand: ['under18', '18to49', '50to64', '65plus'],
  pregnancy: ['pregnant', 'postpartum6w', 'no', 'notApplicable'],
  sensation: [
    'suddenPainfulTightening',
    'urgeWithCrawlingAching',
    'numbBurningTingling',
    'jointOrMuscleAche',
    'innerRestlessnessWholeBody',
    'suddenJerkFallingAsleep',
    'noDiscomfortJustFidgeting',
    'noFeelingPartnerNotices',
    'none',
  ],
  urgeToMove: ['yes', 'no', 'unsure'],
  muscleHardens: ['yes', 'no', 'unsure'],
  restTrigger: ['yes', 'no', 'onlyWakesFromSleep'],
  relief: ['keepMoving', 'forcefulStretch', 'changePositionOnce', 'restOrElevate', 'nothingHelps', 'notApplicable'],
  returnsOnRest: ['yes', 'no', 'unsure', 'notApplicable'],
  timing: ['eveningNightWorse', 'noDifference', 'daytimeWorse', 'onlyInBedOrSleep'],
  episodeLength: ['secondsToMinutes', 'over10min', 'repeatedJerks', 'lastsWhileStill', 'constant', 'unknown'],
  location: ['calf', 'foot', 'thigh', 'hipsOrButtocks', 'bothLegs', 'oneLegOnly', 'switchesSides', 'arms', 'wholeBody', 'joints'],
  onset: ['underOneMonth', 'oneToTwelveMonths', 'overOneYear', 'unsure'],
  frequency: ['fewerThan5Ever', 'under2PerWeek', '2plusPerWeek'],
  impact: ['none', 'sleepOnsetOrWaking', 'daytimeTiredness', 'distressOrFunction'],
  partnerObserved: ['kickingIUnaware', 'kickingIAware', 'no', 'noObserver'],
  unrefreshed: ['yes', 'no'],
  snoringApnoea: ['yes', 'no', 'unknown'],
  medications: [
    'diuretic',
    'statin',
    'longActingBetaAgonist',
    'calciumChannelBlocker',
    'lithium',
    'nsaid',
    'ivIronSucrose',
    'estrogenOrRaloxifene',
    'teriparatide',
    'sedatingAntihistamine',
    'antipsychotic',
    'dopamineBlockingAntiemetic',
    'antidepressant',
    'dopamineAgonistOrLevodopa',
    'oralIron',
    'otherMedicine',
    'none',
  ],
  medStartedRecently: ['yes', 'no', 'unsure', 'notApplicable'],
  conditions: [
    'kidneyDiseaseOrDialysis',
    'diabetes',
    'neuropathy',
    'ironDeficiencyOrBloodLoss',
    'thyroidDisease',
    'liverDisease',
    'parkinsons',
    'multipleSclerosis',
    'peripheralArterialDisease',
    'lumbarSpinalStenosis',
    'venousDiseaseOrOedema',
    'arthritis',
    'familyHistoryRLS',
    'heavyAlcohol',
    'none',
  ],
  otherSymptoms: [
    'numbTinglingFeet',
    'calfPainWalkingEasesRest',
    'excessiveThirst',
    'bothAnklesSwell',
    'tremorOrSlowness',
    'lightheadedOnStanding',
    'muscleWastingOrTwitching',
    'none',
  ],
} as const;

type Options = typeof questionOptions;
export type QuestionId = keyof Options;
export type OptionId<Q extends QuestionId> = Options[Q][number];

export const multiChoiceIds = [
  'redFlags', 'sensation', 'relief', 'episodeLength', 'location', 'impact', 'medications', 'conditions', 'otherSymptoms',
] as const satisfies readonly QuestionId[];
export type MultiChoiceId = (typeof multiChoiceIds)[number];
export type SingleChoiceId = Exclude<QuestionId, MultiChoiceId>;

/** Options that cannot be ticked together with any other option of the same question. */
export const exclusiveOptionIds: ReadonlySet<string> = new Set(['none', 'notApplicable']);

export interface QuestionDefinition {
  id: QuestionId;
  kind: 'single' | 'multi';
  options: readonly string[];
  feeds: readonly Feed[];
  sources: readonly SourceId[];
}

const feeds: Record<QuestionId, { feeds: Feed[]; sources: SourceId[] }> = {
  // Who is answering changes the wording only (third person for a carer, partner or parent).
  respondent: { feeds: ['notes'], sources: [] },
  redFlags: { feeds: ['RF'], sources: ['S54', 'esvs2020', 'boast10', 'bosch2009', 'girftCaudaEquina', 'S55', 'nhsTetanus'] },
  ageBand: { feeds: ['L', 'notes'], sources: ['S34'] },
  pregnancy: { feeds: ['RF', 'notes'], sources: ['rcogGtg37b', 'S50', 'S21'] },
  sensation: { feeds: ['R1', 'C-A', 'M'], sources: ['S1', 'S22', 'S9', 'benes2007'] },
  urgeToMove: { feeds: ['R1'], sources: ['S1'] },
  muscleHardens: { feeds: ['C-A'], sources: ['S22', 'S23'] },
  restTrigger: { feeds: ['R2', 'C-B'], sources: ['S1', 'S23'] },
  relief: { feeds: ['R3', 'C-C', 'M'], sources: ['S1', 'S22', 'S9'] },
  returnsOnRest: { feeds: ['R3'], sources: ['S1', 'benes2007'] },
  timing: { feeds: ['R4', 'C-B'], sources: ['S1', 'S23'] },
  episodeLength: { feeds: ['C-A'], sources: ['S24', 'S55'] },
  location: { feeds: ['R1', 'M'], sources: ['S24', 'benes2007', 'S40'] },
  onset: { feeds: ['RS'], sources: ['S1'] },
  frequency: { feeds: ['RS'], sources: ['S2'] },
  impact: { feeds: ['RS', 'P-C'], sources: ['S5', 'S34'] },
  partnerObserved: { feeds: ['P'], sources: ['S35', 'S37'] },
  unrefreshed: { feeds: ['P-C'], sources: ['S35'] },
  snoringApnoea: { feeds: ['P-D', 'M'], sources: ['S34', 'S67'] },
  medications: { feeds: ['M', 'L', 'notes'], sources: ['S21', 'S33', 'S39', 'S40'] },
  medStartedRecently: { feeds: ['M'], sources: ['lohr2015'] },
  conditions: { feeds: ['L', 'M'], sources: ['S21', 'S52', 'S8'] },
  otherSymptoms: { feeds: ['L', 'M'], sources: ['S25', 'nhsOedema', 'nidirectThirst', 'niceEsuom20'] },
};

export const questionIds = Object.keys(questionOptions) as QuestionId[];

/**
 * Questions added after answers were first saved and exported: an older file that says it is complete
 * does not answer them, and the journey asks them once the file is read.
 */
export const questionsAddedLater: ReadonlySet<QuestionId> = new Set<QuestionId>(['respondent', 'onset']);

export const questions = Object.fromEntries(
  questionIds.map((id): [QuestionId, QuestionDefinition] => [
    id,
    {
      id,
      kind: (multiChoiceIds as readonly string[]).includes(id) ? 'multi' : 'single',
      options: questionOptions[id],
      ...feeds[id],
    },
  ]),
) as Record<QuestionId, QuestionDefinition>;

export function isMultiChoice(id: QuestionId): id is MultiChoiceId {
  return questions[id].kind === 'multi';
}
