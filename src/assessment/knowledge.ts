/**
 * Clinical knowledge as data, each item with the sources it rests on (docs/clinical-basis.md explains
 * each table). `assess` reads these tables; the wording shown to people is in `src/content/en.ts` and
 * `src/content/en-outcome.ts` (the urgent screen's in `en-urgent.ts`), keyed by the same ids.
 */
import type { SourceId } from '../catalogue/sources';
import type { OptionId } from '../catalogue/questions';

export type ConditionId = 'rls' | 'nocturnalLegCramps' | 'plmd';
export const conditionIds = ['rls', 'nocturnalLegCramps', 'plmd'] as const satisfies readonly ConditionId[];

export { redFlags, type RedFlagLabel, type Urgency } from './red-flags';

/**
 * The reasons a band can be given, each with the sources it rests on. `assess` leaves one or more
 * per condition; docs/clinical-basis.md, "Bands", says which answers lead to each.
 */
export const reasonSources = {
  rlsAllFour: ['S1', 'S2', 'S8'],
  rlsAkathisia: ['S1', 'lohr2015', 'dsm5', 'S9'],
  rlsCoexistingMimic: ['S1', 'S6'],
  rlsOneMissing: ['S1', 'S2', 'S8'],
  rlsOneMissingAndMimic: ['S1', 'S6'],
  rlsNoUrge: ['S1', 'S8'],
  rlsTooFewFeatures: ['S1', 'S8'],
  crampsAllThree: ['S22', 'brown2015', 'S24', 'S23'],
  crampsSome: ['S22', 'brown2015', 'S24', 'S23'],
  crampsParkinsonsDowngrade: ['S25', 'S23'],
  crampsNotDescribed: ['S22', 'S24'],
  crampsNotInBed: ['S22', 'S21'],
  plmdRlsTakesPrecedence: ['S34'],
  plmdSuspected: ['S34', 'S35'],
  plmdNotSuspected: ['S35'],
  plmdCannotAssessWithoutObserver: ['S34', 'S36'],
} as const satisfies Record<string, readonly SourceId[]>;
export type ReasonId = keyof typeof reasonSources;

export type MimicLabel =
  | 'peripheralNeuropathyMimic' | 'akathisiaMimic' | 'positionalDiscomfortMimic' | 'venousOrOedemaMimic'
  | 'claudicationMimic' | 'arthritisMimic' | 'habitualFootTappingMimic' | 'hypnicJerksMimic' | 'dystoniaMimic'
  | 'daytimeOrExerciseCramps' | 'rlsAugmentationToReview' | 'osaToExclude';

/** The mimic and alert labels, in the order they are listed. */
export const mimicLabels: Record<MimicLabel, { sources: SourceId[] }> = {
  peripheralNeuropathyMimic: { sources: ['S9', 'S5', 'S4'] },
  akathisiaMimic: { sources: ['lohr2015', 'dsm5', 'S9'] },
  positionalDiscomfortMimic: { sources: ['S1', 'S6'] },
  venousOrOedemaMimic: { sources: ['S1', 'S10'] },
  claudicationMimic: { sources: ['S9', 'S8'] },
  arthritisMimic: { sources: ['S1'] },
  habitualFootTappingMimic: { sources: ['S1', 'benes2007'] },
  hypnicJerksMimic: { sources: ['S10'] },
  dystoniaMimic: { sources: ['S25', 'S23'] },
  daytimeOrExerciseCramps: { sources: ['S22', 'S21'] },
  rlsAugmentationToReview: { sources: ['S40', 'S9'] },
  osaToExclude: { sources: ['S34', 'S67'] },
};

export type LabId =
  | 'ferritin' | 'transferrinSaturation' | 'fullBloodCount' | 'renalFunction' | 'calcium' | 'magnesium'
  | 'thyroidFunction' | 'hba1c' | 'liverFunction' | 'creatineKinase' | 'b12Folate' | 'polysomnography';

/** The display order of the lab list (a fixed order other code relies on). */
export const labOrder: readonly LabId[] = [
  'ferritin', 'transferrinSaturation', 'fullBloodCount', 'renalFunction', 'calcium', 'magnesium',
  'thyroidFunction', 'hba1c', 'liverFunction', 'creatineKinase', 'b12Folate', 'polysomnography',
];

/** The lab rules: which tests each adds, with the sources of the reason it gives. */
export const labRules = {
  rlsIronAndKidneys: {
    labs: ['ferritin', 'transferrinSaturation', 'fullBloodCount', 'renalFunction'],
    sources: ['S39', 'S46', 'S9', 'S52'],
  },
  rlsDiabetes: { labs: ['hba1c'], sources: ['S9', 'S4'] },
  rlsNeuropathy: { labs: ['b12Folate'], sources: ['S9', 'S4'] },
  rlsThyroid: { labs: ['thyroidFunction'], sources: ['S9'] },
  crampsConsiderPanel: { labs: ['renalFunction', 'calcium', 'thyroidFunction'], sources: ['S25', 'S21'] },
  crampsMagnesium: { labs: ['magnesium'], sources: ['S25'] },
  crampsLiver: { labs: ['liverFunction'], sources: ['S25'] },
  crampsMuscle: { labs: ['creatineKinase'], sources: ['S25'] },
  plmdWorkUp: {
    labs: ['ferritin', 'transferrinSaturation', 'fullBloodCount', 'renalFunction', 'polysomnography'],
    sources: ['S34', 'S35'],
  },
  neuropathyPattern: { labs: ['hba1c', 'b12Folate', 'thyroidFunction', 'renalFunction'], sources: ['S9'] },
} as const satisfies Record<string, { labs: readonly LabId[]; sources: readonly SourceId[] }>;
export type LabRuleId = keyof typeof labRules;

/**
 * What a ticked medicine may have to do with the symptoms. The anti-inflammatory painkillers as a
 * class have no link here: no legitimate source found links them to cramps or RLS (only naproxen is
 * named, and the question asks about the class). `plmsWorse` is for the clinician only: no source a
 * patient may see links it to cramps or restless legs.
 */
export type MedicineLink = 'cramps' | 'rlsWorse' | 'augmentation' | 'plmsWorse';

/** Which result a link is about: the patient sees it only when that result is not ruled out. */
export const medicineLinkTopic: Record<MedicineLink, 'rls' | 'cramps' | 'clinicianOnly'> = {
  cramps: 'cramps',
  rlsWorse: 'rls',
  augmentation: 'rls',
  plmsWorse: 'clinicianOnly',
};
export const medicineLinks: Partial<Record<OptionId<'medications'>, { links: MedicineLink[]; sources: SourceId[] }>> = {
  diuretic: { links: ['cramps'], sources: ['S33', 'S25'] },
  statin: { links: ['cramps'], sources: ['S33', 'S55'] },
  longActingBetaAgonist: { links: ['cramps'], sources: ['S33'] },
  calciumChannelBlocker: { links: ['cramps'], sources: ['S25'] },
  // No legitimate source links lithium to cramps or RLS; a review names it as a trigger of limb
  // movements in sleep (PLMS), which only the clinician view mentions.
  lithium: { links: ['plmsWorse'], sources: ['S67'] },
  ivIronSucrose: { links: ['cramps'], sources: ['S21'] },
  estrogenOrRaloxifene: { links: ['cramps'], sources: ['S21'] },
  teriparatide: { links: ['cramps'], sources: ['S21'] },
  sedatingAntihistamine: { links: ['rlsWorse'], sources: ['S39', 'S40'] },
  antipsychotic: { links: ['rlsWorse'], sources: ['S39', 'S40'] },
  dopamineBlockingAntiemetic: { links: ['rlsWorse'], sources: ['S39', 'S40'] },
  antidepressant: { links: ['rlsWorse'], sources: ['S39', 'S40', 'S47', 'S10'] },
  dopamineAgonistOrLevodopa: { links: ['augmentation'], sources: ['S40'] },
};

/** Conditions linked to RLS or to leg cramps. */
export type ConditionLink = 'cramps' | 'rls';
export type ContributingConditionId = OptionId<'conditions'> | 'pregnancy';
export const conditionLinks: Partial<Record<ContributingConditionId, { links: ConditionLink[]; sources: SourceId[] }>> = {
  kidneyDiseaseOrDialysis: { links: ['rls', 'cramps'], sources: ['S52', 'S71', 'S21'] },
  diabetes: { links: ['rls', 'cramps'], sources: ['S8', 'S25'] },
  // Sources conflict on acquired neuropathy and RLS; listed as a possible association.
  neuropathy: { links: ['rls'], sources: ['S8', 'S9'] },
  ironDeficiencyOrBloodLoss: { links: ['rls'], sources: ['S52', 'S39'] },
  liverDisease: { links: ['cramps'], sources: ['S21', 'S55'] },
  parkinsons: { links: ['rls', 'cramps'], sources: ['S53', 'S23'] },
  multipleSclerosis: { links: ['rls'], sources: ['S51', 'S51b'] },
  peripheralArterialDisease: { links: ['cramps'], sources: ['S21'] },
  lumbarSpinalStenosis: { links: ['cramps'], sources: ['S21'] },
  familyHistoryRLS: { links: ['rls'], sources: ['heiwRlsSummary'] },
  heavyAlcohol: { links: ['rls'], sources: ['S39', 'S40'] },
  pregnancy: { links: ['rls', 'cramps'], sources: ['S52', 'S50', 'S21', 'S55'] },
};

/** "See your GP soon" signs that do not override the questionnaire. */
export type SoftFlagId =
  | 'bothAnklesSwell' | 'calfPainWalkingEasesRest' | 'excessiveThirst' | 'muscleWastingOrTwitching'
  | 'lightheadedOnStanding' | 'suspectedAkathisia' | 'augmentation';
export const softFlags: Record<SoftFlagId, { sources: SourceId[] }> = {
  bothAnklesSwell: { sources: ['nhsOedema'] },
  calfPainWalkingEasesRest: { sources: ['S25'] },
  excessiveThirst: { sources: ['nidirectThirst'] },
  muscleWastingOrTwitching: { sources: ['S25'] },
  lightheadedOnStanding: { sources: ['niceEsuom20'] },
  suspectedAkathisia: { sources: ['lohr2015'] },
  augmentation: { sources: ['S40'] },
};

/** Non-drug first steps only. Quinine is never suggested. */
export type AdviceId = 'crampStretching' | 'rlsAlcoholCaffeine' | 'keepTakingMedicines' | 'bringSummary';
export const advice: Record<AdviceId, { sources: SourceId[] }> = {
  crampStretching: { sources: ['S31', 'S32'] },
  rlsAlcoholCaffeine: { sources: ['S40', 'S39'] },
  keepTakingMedicines: { sources: [] },
  bringSummary: { sources: [] },
};
