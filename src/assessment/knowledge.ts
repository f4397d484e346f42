/**
 * Clinical knowledge as data, each item with the sources it rests on (spec §6.3, §7, §8, §10).
 * `assess` reads these tables; the wording shown to people is in `src/content/en.ts`, keyed by the
 * same ids.
 */
import type { SourceId } from '../content/sources';
import type { OptionId, RedFlagId } from '../questionnaire/questions';

export type ConditionId = 'rls' | 'nocturnalLegCramps' | 'plmd';
export const conditionIds = ['rls', 'nocturnalLegCramps', 'plmd'] as const satisfies readonly ConditionId[];

export type Urgency = 'emergency' | 'sameDay' | 'routine';

export type RedFlagLabel =
  | 'suspectedDvt' | 'suspectedPe' | 'suspectedAcuteLimbIschaemia' | 'suspectedCompartmentSyndrome'
  | 'suspectedRhabdomyolysis' | 'suspectedCaudaEquina' | 'suspectedNewNeurologicalDeficit'
  | 'prolongedCramp' | 'suspectedTetanus' | 'toxinExposure';

/** Spec §7, in table order; tiers per §10.10 item 2 (partly our judgement, needs clinical sign-off: §13.9). */
export const redFlags: Record<RedFlagId, { label: RedFlagLabel; tier: Exclude<Urgency, 'routine'>; sources: SourceId[] }> = {
  oneLegSwollenHotRed: { label: 'suspectedDvt', tier: 'sameDay', sources: ['S54', 'S25', 'S66'] },
  breathlessChestPain: { label: 'suspectedPe', tier: 'emergency', sources: ['S66', 'S72'] },
  coldPaleNumbLeg: { label: 'suspectedAcuteLimbIschaemia', tier: 'emergency', sources: ['S56'] },
  severeTenseCalf: { label: 'suspectedCompartmentSyndrome', tier: 'emergency', sources: ['S57', 'S56', 'S59'] },
  darkUrineWeakness: { label: 'suspectedRhabdomyolysis', tier: 'emergency', sources: ['S58'] },
  saddleNumbnessBladder: { label: 'suspectedCaudaEquina', tier: 'emergency', sources: ['S59'] },
  newLegWeakness: { label: 'suspectedNewNeurologicalDeficit', tier: 'sameDay', sources: ['S55', 'S25'] },
  crampOver10minUnrelieved: { label: 'prolongedCramp', tier: 'sameDay', sources: ['S55'] },
  // NHS.uk: stiffness or spasms after a wound means A&E or 999; poisoning-related cramps are urgent (GP or 111).
  stiffnessAfterWound: { label: 'suspectedTetanus', tier: 'emergency', sources: ['nhsTetanus'] },
  toxinExposure: { label: 'toxinExposure', tier: 'sameDay', sources: ['S55'] },
};

export type MimicLabel =
  | 'peripheralNeuropathyMimic' | 'akathisiaMimic' | 'positionalDiscomfortMimic' | 'venousOrOedemaMimic'
  | 'claudicationMimic' | 'arthritisMimic' | 'habitualFootTappingMimic' | 'hypnicJerksMimic' | 'dystoniaMimic'
  | 'daytimeOrExerciseCramps' | 'rlsAugmentationToReview' | 'osaToExclude';

/** Spec §10.6 order of the mimic and alert labels, with the sources of §2.4, §10.3–10.5. */
export const mimicLabels: Record<MimicLabel, { sources: SourceId[] }> = {
  peripheralNeuropathyMimic: { sources: ['S9', 'S5', 'S4'] },
  akathisiaMimic: { sources: ['S7', 'S9', 'S49'] },
  positionalDiscomfortMimic: { sources: ['S1', 'S6'] },
  venousOrOedemaMimic: { sources: ['S1', 'S10'] },
  claudicationMimic: { sources: ['S9', 'S8'] },
  arthritisMimic: { sources: ['S1'] },
  habitualFootTappingMimic: { sources: ['S1', 'S7'] },
  hypnicJerksMimic: { sources: ['S10'] },
  dystoniaMimic: { sources: ['S25', 'S23'] },
  daytimeOrExerciseCramps: { sources: ['S22', 'S21'] },
  rlsAugmentationToReview: { sources: ['S40', 'S9'] },
  osaToExclude: { sources: ['S34', 'S41'] },
};

export type LabId =
  | 'ferritin' | 'transferrinSaturation' | 'fullBloodCount' | 'renalFunction' | 'calcium' | 'magnesium'
  | 'thyroidFunction' | 'hba1c' | 'liverFunction' | 'creatineKinase' | 'b12Folate' | 'polysomnography';

/** Contract §2: the display order of the lab list. */
export const labOrder: readonly LabId[] = [
  'ferritin', 'transferrinSaturation', 'fullBloodCount', 'renalFunction', 'calcium', 'magnesium',
  'thyroidFunction', 'hba1c', 'liverFunction', 'creatineKinase', 'b12Folate', 'polysomnography',
];

/** The lab rules of spec §10.7, each with its why and source from §6.3. */
export const labRules = {
  rlsIronAndKidneys: {
    labs: ['ferritin', 'transferrinSaturation', 'fullBloodCount', 'renalFunction'],
    sources: ['S39', 'S46', 'S9', 'S52'],
  },
  rlsDiabetes: { labs: ['hba1c'], sources: ['S9', 'S4', 'S63'] },
  rlsNeuropathy: { labs: ['b12Folate'], sources: ['S9', 'S4'] },
  rlsThyroid: { labs: ['thyroidFunction'], sources: ['S9'] },
  crampsConsiderPanel: { labs: ['renalFunction', 'calcium', 'thyroidFunction'], sources: ['S63', 'S21', 'S25'] },
  crampsMagnesium: { labs: ['magnesium'], sources: ['S25'] },
  crampsDiabetes: { labs: ['hba1c'], sources: ['S63', 'S25'] },
  crampsLiver: { labs: ['liverFunction'], sources: ['S25'] },
  crampsMuscle: { labs: ['creatineKinase'], sources: ['S25', 'S58'] },
  plmdWorkUp: {
    labs: ['ferritin', 'transferrinSaturation', 'fullBloodCount', 'renalFunction', 'polysomnography'],
    sources: ['S34', 'S35'],
  },
  neuropathyPattern: { labs: ['hba1c', 'b12Folate', 'thyroidFunction', 'renalFunction'], sources: ['S9'] },
  ankleSwelling: { labs: ['renalFunction'], sources: ['S63'] },
} as const satisfies Record<string, { labs: readonly LabId[]; sources: readonly SourceId[] }>;
export type LabRuleId = keyof typeof labRules;

/**
 * What a ticked medicine may have to do with the symptoms (spec §8.1, §8.2, §6.2). `plmsWorse` is for
 * the clinician only: no source a patient may see links it to cramps or restless legs.
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
  calciumChannelBlocker: { links: ['cramps'], sources: ['S25', 'S61'] },
  // No legitimate source links lithium to cramps or RLS; a review names it as a trigger of limb
  // movements in sleep (PLMS), which only the clinician view mentions.
  lithium: { links: ['plmsWorse'], sources: ['S67'] },
  // Of the NSAIDs, only naproxen is named (§4.6).
  nsaid: { links: ['cramps'], sources: ['S21'] },
  ivIronSucrose: { links: ['cramps'], sources: ['S21'] },
  estrogenOrRaloxifene: { links: ['cramps'], sources: ['S21', 'S61'] },
  teriparatide: { links: ['cramps'], sources: ['S21'] },
  sedatingAntihistamine: { links: ['rlsWorse'], sources: ['S41', 'S39', 'S48'] },
  antipsychotic: { links: ['rlsWorse'], sources: ['S41', 'S48'] },
  dopamineBlockingAntiemetic: { links: ['rlsWorse'], sources: ['S41', 'S48'] },
  antidepressant: { links: ['rlsWorse'], sources: ['S41', 'S47'] },
  dopamineAgonistOrLevodopa: { links: ['augmentation'], sources: ['S40'] },
};

/** Conditions linked to RLS (spec §8.3) or to leg cramps (§8.4, §10.4). */
export type ConditionLink = 'cramps' | 'rls';
export type ContributingConditionId = OptionId<'conditions'> | 'pregnancy';
export const conditionLinks: Partial<Record<ContributingConditionId, { links: ConditionLink[]; sources: SourceId[] }>> = {
  kidneyDiseaseOrDialysis: { links: ['rls', 'cramps'], sources: ['S52', 'S21', 'S61'] },
  diabetes: { links: ['rls', 'cramps'], sources: ['S8', 'S25'] },
  // Sources conflict on acquired neuropathy and RLS (§13.10); listed as a possible association.
  neuropathy: { links: ['rls'], sources: ['S8', 'S9'] },
  ironDeficiencyOrBloodLoss: { links: ['rls'], sources: ['S52', 'S39'] },
  liverDisease: { links: ['cramps'], sources: ['S21', 'S61'] },
  parkinsons: { links: ['rls', 'cramps'], sources: ['S53', 'S23'] },
  multipleSclerosis: { links: ['rls'], sources: ['S51', 'S51b'] },
  peripheralArterialDisease: { links: ['cramps'], sources: ['S21', 'S61'] },
  lumbarSpinalStenosis: { links: ['cramps'], sources: ['S21'] },
  familyHistoryRLS: { links: ['rls'], sources: ['S48'] },
  heavyAlcohol: { links: ['rls'], sources: ['S41'] },
  pregnancy: { links: ['rls', 'cramps'], sources: ['S52', 'S50', 'S21', 'S55'] },
};

/** "See your GP soon" signs that do not override the questionnaire (spec §7, softer flags). */
export type SoftFlagId =
  | 'bothAnklesSwell' | 'calfPainWalkingEasesRest' | 'excessiveThirst' | 'muscleWastingOrTwitching'
  | 'lightheadedOnStanding' | 'suspectedAkathisia' | 'augmentation';
export const softFlags: Record<SoftFlagId, { sources: SourceId[] }> = {
  bothAnklesSwell: { sources: ['S63', 'S65'] },
  calfPainWalkingEasesRest: { sources: ['S25'] },
  excessiveThirst: { sources: ['S65', 'S63'] },
  muscleWastingOrTwitching: { sources: ['S25'] },
  lightheadedOnStanding: { sources: ['S65'] },
  suspectedAkathisia: { sources: ['S49'] },
  augmentation: { sources: ['S40'] },
};

/** Non-drug first steps only (spec §4.5, §10.8). Quinine is never suggested (§1.7). */
export type AdviceId = 'crampStretching' | 'rlsAlcoholCaffeine' | 'keepTakingMedicines' | 'bringSummary';
export const advice: Record<AdviceId, { sources: SourceId[] }> = {
  crampStretching: { sources: ['S31', 'S32'] },
  rlsAlcoholCaffeine: { sources: ['S41'] },
  keepTakingMedicines: { sources: [] },
  bringSummary: { sources: [] },
};
