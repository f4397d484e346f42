/**
 * What the answers say, read once: the criteria each band is built from (docs/clinical-basis.md §3) and
 * the features of the mimics and alerts (§4–§5). Pure.
 */
import type { KnownAnswers } from '../catalogue/answers';
import type { MimicLabel } from './knowledge';

export type MimicGroup = 'nerve' | 'vein' | 'circulation';

export interface Features {
  /** The ticked options of each multiple-choice question. */
  S: Set<string>;
  R: Set<string>;
  L: Set<string>;
  M: Set<string>;
  C: Set<string>;
  O: Set<string>;
  I: Set<string>;
  /** IRLSSG criteria 1–4. */
  R1: boolean;
  R2: boolean;
  R3: boolean;
  R4: boolean;
  neuropathyFeat: boolean;
  akathisia: boolean;
  positional: boolean;
  venousOedema: boolean;
  claudication: boolean;
  arthritis: boolean;
  habitualTapping: boolean;
  hypnicJerks: boolean;
  /** Mimics that explain a partial RLS picture, in the order they are listed. */
  discordantMimics: MimicLabel[];
  /** Mimic features that can sit beside RLS. */
  coexisting: MimicGroup[];
  suddenTightening: boolean;
  /** Sleep-related leg cramp criteria A–C. */
  CA: boolean;
  CB: boolean;
  CC: boolean;
  observed: boolean;
  sleepIssue: boolean;
  osa: boolean;
  dystonia: boolean;
  augmentation: boolean;
}

/** The features of answers already read by `readAnswers`, with no red flag ticked. */
export function featuresOf(a: KnownAnswers): Features {
  const S = new Set<string>(a.sensation ?? []);
  const R = new Set<string>(a.relief ?? []);
  const L = new Set<string>(a.location ?? []);
  const M = new Set<string>(a.medications ?? []);
  const C = new Set<string>(a.conditions ?? []);
  const O = new Set<string>(a.otherSymptoms ?? []);
  const I = new Set<string>(a.impact ?? []);

  // From answers to criteria (docs/clinical-basis.md §3).
  const keepMoving = R.has('keepMoving');
  const R1 = a.urgeToMove === 'yes' || (a.urgeToMove === 'unsure' && S.has('urgeWithCrawlingAching'));
  const R2 = a.restTrigger === 'yes';
  const R3 = keepMoving;
  const R4 = a.timing === 'eveningNightWorse';

  const neuropathyFeat = S.has('numbBurningTingling') || O.has('numbTinglingFeet') || C.has('neuropathy');
  const neuropathyDisc = neuropathyFeat && !keepMoving;
  const akathisia =
    (S.has('innerRestlessnessWholeBody') || L.has('wholeBody')) &&
    (M.has('antipsychotic') || M.has('dopamineBlockingAntiemetic'));
  const positional = R.has('changePositionOnce') && !keepMoving;
  const venousSigns = C.has('venousDiseaseOrOedema') || O.has('bothAnklesSwell');
  const venousOedema = R.has('restOrElevate') && venousSigns && !keepMoving;
  const claudication = O.has('calfPainWalkingEasesRest') && !keepMoving;
  const arthritis = S.has('jointOrMuscleAche') && L.has('joints') && !keepMoving;
  const habitualTapping = S.has('noDiscomfortJustFidgeting') && a.urgeToMove !== 'yes';
  const hypnicJerks = S.has('suddenJerkFallingAsleep');
  const discordantMimics: MimicLabel[] = [];
  if (neuropathyDisc) discordantMimics.push('peripheralNeuropathyMimic');
  if (positional) discordantMimics.push('positionalDiscomfortMimic');
  if (venousOedema) discordantMimics.push('venousOrOedemaMimic');
  if (claudication) discordantMimics.push('claudicationMimic');
  if (arthritis) discordantMimics.push('arthritisMimic');
  if (habitualTapping) discordantMimics.push('habitualFootTappingMimic');
  if (hypnicJerks) discordantMimics.push('hypnicJerksMimic');
  const coexisting: MimicGroup[] = [];
  if (neuropathyFeat) coexisting.push('nerve');
  if (R.has('restOrElevate') && venousSigns) coexisting.push('vein');
  if (O.has('calfPainWalkingEasesRest')) coexisting.push('circulation');

  const suddenTightening = S.has('suddenPainfulTightening');
  const CA = suddenTightening && a.muscleHardens !== 'no';
  const CB = a.timing === 'eveningNightWorse' || a.timing === 'onlyInBedOrSleep' || a.restTrigger === 'onlyWakesFromSleep';
  const CC = R.has('forcefulStretch');

  const observed = a.partnerObserved === 'kickingIUnaware' || a.partnerObserved === 'kickingIAware';
  const sleepIssue = a.unrefreshed === 'yes' || I.has('sleepOnsetOrWaking') || I.has('daytimeTiredness');
  const osa = a.snoringApnoea === 'yes';
  const dystonia = C.has('parkinsons') || O.has('tremorOrSlowness');
  const augmentation =
    M.has('dopamineAgonistOrLevodopa') && (L.has('arms') || a.timing === 'noDifference' || a.timing === 'daytimeWorse');

  return {
    S, R, L, M, C, O, I, R1, R2, R3, R4,
    neuropathyFeat, akathisia, positional, venousOedema, claudication, arthritis, habitualTapping, hypnicJerks,
    discordantMimics, coexisting, suddenTightening, CA, CB, CC, observed, sleepIssue, osa, dystonia, augmentation,
  };
}
