/**
 * A second reading of docs/clinical-basis.md, for the property tests: the red flags and conditions as the
 * document lists them, and a model of assess()'s contract fields transcribed from its rules, not from
 * the code.
 */
import { questionOptions } from '../src/catalogue/questions';
import { contractLabIds } from './fixtures/answers';

export const redFlagIds = [
  'oneLegSwollenHotRed', 'breathlessChestPain', 'coldPaleNumbLeg', 'severeTenseCalf', 'darkUrineWeakness',
  'saddleNumbnessBladder', 'newLegWeakness', 'crampOver10minUnrelieved', 'stiffnessAfterWound', 'toxinExposure',
];
export const redFlagLabels = [
  'suspectedDvt', 'suspectedPe', 'suspectedAcuteLimbIschaemia', 'suspectedCompartmentSyndrome', 'suspectedRhabdomyolysis',
  'suspectedCaudaEquina', 'suspectedNewNeurologicalDeficit', 'prolongedCramp', 'suspectedTetanus', 'toxinExposure',
];
export const conditionIds = ['rls', 'nocturnalLegCramps', 'plmd'] as const;

/**
 * Reference model: readings 1–3 and 14 for reading and the red-flag gate, then the criteria (§3), bands
 * (§4), primary/secondary (§5) and tests (§7) of docs/clinical-basis.md, transcribed from its rules.
 */
export function reference(x: unknown) {
  const own = (k: string): unknown =>
    typeof x === 'object' && x !== null && !Array.isArray(x) && Object.prototype.hasOwnProperty.call(x, k)
      ? (x as Record<string, unknown>)[k]
      : undefined;
  const catalogue = questionOptions as Record<string, readonly string[]>;
  const multi = (k: string): Set<string> => {
    const v = own(k);
    return new Set(Array.isArray(v) ? v.filter((i): i is string => typeof i === 'string' && catalogue[k].includes(i)) : []);
  };
  const single = (k: string): string | undefined => {
    const v = own(k);
    return typeof v === 'string' && catalogue[k].includes(v) ? v : undefined;
  };

  const flags = multi('redFlags');
  const tickedLabels = redFlagIds.flatMap((id, i) => (flags.has(id) ? [redFlagLabels[i]] : []));
  if (tickedLabels.length > 0) {
    const emergency = [
      'breathlessChestPain', 'coldPaleNumbLeg', 'severeTenseCalf', 'darkUrineWeakness', 'saddleNumbnessBladder', 'stiffnessAfterWound',
    ];
    return {
      primary: 'urgentReferral',
      urgency: emergency.some((id) => flags.has(id)) ? 'emergency' : 'sameDay',
      bands: null,
      secondary: tickedLabels,
      labs: [],
    };
  }

  const S = multi('sensation'), R = multi('relief'), L = multi('location'), M = multi('medications'),
    C = multi('conditions'), O = multi('otherSymptoms'), I = multi('impact');
  const a = {
    urgeToMove: single('urgeToMove'), restTrigger: single('restTrigger'), timing: single('timing'),
    muscleHardens: single('muscleHardens'), partnerObserved: single('partnerObserved'),
    unrefreshed: single('unrefreshed'), snoringApnoea: single('snoringApnoea'),
  };
  const keepMoving = R.has('keepMoving');
  const R1 = a.urgeToMove === 'yes' || (a.urgeToMove === 'unsure' && S.has('urgeWithCrawlingAching'));
  const R2 = a.restTrigger === 'yes';
  const R3 = keepMoving;
  const R4 = a.timing === 'eveningNightWorse';
  const neuropathyFeat = S.has('numbBurningTingling') || O.has('numbTinglingFeet') || C.has('neuropathy');
  const neuropathyDisc = neuropathyFeat && !keepMoving;
  const akathisia = (S.has('innerRestlessnessWholeBody') || L.has('wholeBody'))
    && (M.has('antipsychotic') || M.has('dopamineBlockingAntiemetic'));
  const positional = R.has('changePositionOnce') && !keepMoving;
  const venousOedema = R.has('restOrElevate') && (C.has('venousDiseaseOrOedema') || O.has('bothAnklesSwell')) && !keepMoving;
  const claudication = O.has('calfPainWalkingEasesRest') && !keepMoving;
  const arthritis = S.has('jointOrMuscleAche') && L.has('joints') && !keepMoving;
  const habitualTapping = S.has('noDiscomfortJustFidgeting') && a.urgeToMove !== 'yes';
  const hypnicJerks = S.has('suddenJerkFallingAsleep');
  const discordantMimic = neuropathyDisc || positional || venousOedema || claudication || arthritis || habitualTapping || hypnicJerks;
  const coexistingMimic = neuropathyFeat || O.has('calfPainWalkingEasesRest')
    || (R.has('restOrElevate') && (C.has('venousDiseaseOrOedema') || O.has('bothAnklesSwell')));
  const tightening = S.has('suddenPainfulTightening');
  const CA = tightening && a.muscleHardens !== 'no';
  const CB = ['eveningNightWorse', 'onlyInBedOrSleep'].includes(a.timing ?? '') || a.restTrigger === 'onlyWakesFromSleep';
  const CC = R.has('forcefulStretch');
  const observed = ['kickingIUnaware', 'kickingIAware'].includes(a.partnerObserved ?? '');
  const sleepIssue = a.unrefreshed === 'yes' || I.has('sleepOnsetOrWaking') || I.has('daytimeTiredness');
  const osa = a.snoringApnoea === 'yes';

  // RLS
  const twoOfThree = [R2, R3, R4].filter(Boolean).length;
  let rls: 'likely' | 'possible' | 'unlikely' = 'unlikely';
  if (R1 && twoOfThree === 3) rls = akathisia || coexistingMimic ? 'possible' : 'likely';
  else if (R1 && twoOfThree === 2) rls = akathisia || discordantMimic ? 'unlikely' : 'possible';
  const augmentation = M.has('dopamineAgonistOrLevodopa')
    && (L.has('arms') || a.timing === 'noDifference' || a.timing === 'daytimeWorse');
  // Cramps
  const parkinsonism = C.has('parkinsons') || O.has('tremorOrSlowness');
  let cramps: 'likely' | 'possible' | 'unlikely' = 'unlikely';
  let dystonia = false;
  if (CA && CB && CC) {
    cramps = parkinsonism ? 'possible' : 'likely';
    dystonia = parkinsonism;
  } else if (CB && (CA || (tightening && CC))) cramps = 'possible';
  const daytime = !CB && tightening && (CC || a.muscleHardens === 'yes');
  // PLMD
  const plmd: 'possible' | 'unlikely' = rls !== 'unlikely' ? 'unlikely' : observed && sleepIssue ? 'possible' : 'unlikely';
  const bands = { rls, nocturnalLegCramps: cramps, plmd };

  // Primary and secondary
  const primary = conditionIds.find((c) => bands[c] === 'likely') ?? conditionIds.find((c) => bands[c] === 'possible') ?? 'noneFits';
  const alerts: [string, boolean][] = [
    ['peripheralNeuropathyMimic', neuropathyFeat], ['akathisiaMimic', akathisia], ['positionalDiscomfortMimic', positional],
    ['venousOrOedemaMimic', venousOedema], ['claudicationMimic', claudication], ['arthritisMimic', arthritis],
    ['habitualFootTappingMimic', habitualTapping], ['hypnicJerksMimic', hypnicJerks], ['dystoniaMimic', dystonia],
    ['daytimeOrExerciseCramps', daytime], ['rlsAugmentationToReview', augmentation], ['osaToExclude', osa],
  ];
  const secondary = [
    ...conditionIds.filter((c) => c !== primary && bands[c] !== 'unlikely'),
    ...alerts.filter(([, on]) => on).map(([id]) => id),
  ];

  // Tests
  const labs = new Set<string>();
  const add = (...ids: string[]) => ids.forEach((id) => labs.add(id));
  if (rls !== 'unlikely') {
    add('ferritin', 'transferrinSaturation', 'fullBloodCount', 'renalFunction');
    if (O.has('excessiveThirst') || C.has('diabetes') || O.has('numbTinglingFeet')) add('hba1c');
    if (O.has('numbTinglingFeet') || C.has('neuropathy')) add('b12Folate');
    if (C.has('thyroidDisease')) add('thyroidFunction');
  }
  if (cramps !== 'unlikely') {
    add('renalFunction', 'calcium', 'thyroidFunction');
    if (M.has('diuretic') || C.has('kidneyDiseaseOrDialysis') || C.has('liverDisease') || C.has('heavyAlcohol')) add('magnesium');
    // No HbA1c for cramps, and no kidney test for ankle swelling alone: both rested only on the
    // AI-written seed article (docs/clinical-basis.md §12).
    if (C.has('liverDisease') || C.has('heavyAlcohol')) add('liverFunction');
    if (M.has('statin') || O.has('muscleWastingOrTwitching')) add('creatineKinase');
  }
  if (plmd === 'possible') add('ferritin', 'transferrinSaturation', 'fullBloodCount', 'renalFunction', 'polysomnography');
  if (neuropathyFeat) add('hba1c', 'b12Folate', 'thyroidFunction', 'renalFunction');

  return { primary, urgency: 'routine', bands, secondary, labs: contractLabIds.filter((id) => labs.has(id)) };
}
