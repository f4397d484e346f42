/**
 * The patient's words for the outcome pages (urgent screen, summary, handout), in English, keyed by
 * the ids of the assessment. Kept apart from en.ts so that they load with those pages, not before the
 * first question; the clinician's words are in en-gp.ts. A second language is another module of the
 * same type.
 */
import type { MimicGroup, NoteId, RlsCriterion } from '../assessment/assess';
import type {
  AdviceId,
  ConditionId,
  ConditionLink,
  ContributingConditionId,
  LabId,
  LabRuleId,
  MedicineLink,
  MimicLabel,
  SoftFlagId,
} from '../assessment/knowledge';
import { enUrgent } from './en-urgent';
import type { ReasonWords } from './reason-text';
import { listInWords } from './text';

const missingCriterion: Record<RlsCriterion, string> = {
  R1: 'an urge to move your legs',
  R2: 'starting or getting worse when you rest',
  R3: 'easing while you keep moving',
  R4: 'being worse in the evening or at night',
};

const missingCriterionThirdPerson: Record<RlsCriterion, string> = {
  R1: 'an urge to move their legs',
  R2: 'starting or getting worse when they rest',
  R3: 'easing while they keep moving',
  R4: 'being worse in the evening or at night',
};

const mimicGroupWords: Record<MimicGroup, string> = {
  nerve: 'nerve',
  vein: 'vein',
  circulation: 'circulation',
};

/** Plain names for mimics and alerts, for lists such as "fits better with …". */
const mimicNames: Record<MimicLabel, string> = {
  peripheralNeuropathyMimic: 'nerve-related symptoms',
  akathisiaMimic: 'medicine-related restlessness',
  positionalDiscomfortMimic: 'discomfort from position',
  venousOrOedemaMimic: 'vein problems or swelling',
  claudicationMimic: 'poor circulation',
  arthritisMimic: 'joint pain',
  habitualFootTappingMimic: 'habit (foot tapping)',
  hypnicJerksMimic: 'sleep starts',
  dystoniaMimic: 'muscle spasms from Parkinson\'s',
  daytimeOrExerciseCramps: 'daytime or exercise cramps',
  rlsAugmentationToReview: 'a medicine effect',
  osaToExclude: 'sleep apnoea',
};

const alerts: Record<MimicLabel, string> = {
  peripheralNeuropathyMimic:
    'Numbness, burning or tingling can come from the nerves (neuropathy). Your GP can check this.',
  akathisiaMimic:
    'Some medicines can cause a restless feeling in the whole body (akathisia). Talk to the person who prescribed it soon. Do not stop it on your own.',
  positionalDiscomfortMimic:
    'Discomfort that goes after one change of position is usually from how you were lying or sitting.',
  venousOrOedemaMimic:
    'Heavy, aching legs that feel better when you rest or raise them can come from the veins or swelling.',
  claudicationMimic:
    'Calf pain when walking that goes when you stop can be a sign of poor circulation. Your GP should check this.',
  arthritisMimic: 'Aching in the joints may come from the joints themselves (arthritis).',
  habitualFootTappingMimic: 'Tapping or jiggling your feet out of habit, without discomfort, is not restless legs.',
  hypnicJerksMimic: 'A single jerk as you fall asleep (a "sleep start") is common and is not restless legs.',
  dystoniaMimic: "Parkinson's can cause cramp-like muscle spasms (dystonia); your doctor should check.",
  daytimeOrExerciseCramps:
    'Your cramps happen in the daytime or with exercise, not in bed; that is a different type of cramp.',
  rlsAugmentationToReview:
    'You take a medicine for restless legs and your symptoms are spreading or coming earlier. Ask your GP to review it. Do not stop it on your own.',
  osaToExclude: 'Loud snoring or pauses in breathing need checking for sleep apnoea.',
};

/** The alerts that read differently when someone else is answering; the others read the same. */
const alertsThirdPerson: Partial<Record<MimicLabel, string>> = {
  peripheralNeuropathyMimic: 'Numbness, burning or tingling can come from the nerves (neuropathy). Their GP can check this.',
  akathisiaMimic:
    'Some medicines can cause a restless feeling in the whole body (akathisia). Talk to the person who prescribed it soon. Do not stop it without their advice.',
  positionalDiscomfortMimic: 'Discomfort that goes after one change of position is usually from how they were lying or sitting.',
  venousOrOedemaMimic: 'Heavy, aching legs that feel better with rest or when raised can come from the veins or swelling.',
  claudicationMimic:
    'Calf pain when walking that goes when they stop can be a sign of poor circulation. Their GP should check this.',
  habitualFootTappingMimic: 'Tapping or jiggling the feet out of habit, without discomfort, is not restless legs.',
  hypnicJerksMimic: 'A single jerk while falling asleep (a "sleep start") is common and is not restless legs.',
  dystoniaMimic: "Parkinson's can cause cramp-like muscle spasms (dystonia); their doctor should check.",
  daytimeOrExerciseCramps:
    'Their cramps happen in the daytime or with exercise, not in bed; that is a different type of cramp.',
  rlsAugmentationToReview:
    'They take a medicine for restless legs and their symptoms are spreading or coming earlier. Ask their GP to review it. Do not stop it without advice.',
};

const reasons = {
  rlsAllFour: () =>
    'You described an urge to move your legs that starts when resting, eases while you keep moving, and is worse in the evening: this is the pattern of restless legs.',
  rlsAkathisia: () =>
    'You described the pattern of restless legs, but you also take a medicine that can cause whole-body restlessness (akathisia).',
  rlsCoexistingMimic: (r: { mimics: MimicGroup[] }) =>
    `You described the pattern of restless legs, but you also have ${listInWords(r.mimics.map((m) => mimicGroupWords[m]))} symptoms that can feel similar; your doctor will need to tell them apart.`,
  rlsOneMissing: (r: { missing: RlsCriterion[] }) =>
    `Some but not all features of restless legs. You did not describe ${listInWords(r.missing.map((c) => missingCriterion[c]))}.`,
  rlsOneMissingAndMimic: (r: { missing: RlsCriterion[]; mimics: MimicLabel[] }) =>
    `Some features of restless legs, but your answers fit better with ${listInWords(r.mimics.map((m) => mimicNames[m]))}.`,
  rlsNoUrge: () => 'You did not describe an urge to move your legs.',
  rlsTooFewFeatures: (r: { missing: RlsCriterion[] }) =>
    `You did not describe ${listInWords(r.missing.map((c) => missingCriterion[c]))}.`,
  crampsAllThree: () =>
    'Sudden, painful hardening of the muscle in bed that eases when you stretch it: the pattern of night-time leg cramps.',
  crampsSome: () => 'Some features of night cramps.',
  crampsParkinsonsDowngrade: () => "Parkinson's can cause cramp-like muscle spasms (dystonia); your doctor should check.",
  crampsNotDescribed: () => 'You did not describe a muscle that suddenly tightens into a painful knot.',
  crampsNotInBed: () => 'Your cramps do not seem to happen in bed or at night.',
  plmdRlsTakesPrecedence: () => 'Leg jerks in sleep are common with restless legs, so they are counted as part of it.',
  plmdSuspected: () =>
    'Someone has seen your legs kick repeatedly in your sleep and you sleep badly or feel sleepy. This can be periodic limb movement disorder, but only an overnight sleep study can confirm it.',
  plmdNotSuspected: () => 'Nobody has reported leg kicks in your sleep together with poor sleep.',
  plmdCannotAssessWithoutObserver: () => 'Without someone to watch you sleep, or a sleep study, we cannot tell if your legs move in sleep.',
} satisfies ReasonWords;

/**
 * The reasons as read by someone answering for another person ("you" is the person answering, "they"
 * the person the answers are about). Reasons that read the same in both voices are shared.
 */
const reasonsThirdPerson: ReasonWords = {
  ...reasons,
  rlsAllFour: () =>
    'You described an urge to move their legs that starts when they rest, eases while they keep moving, and is worse in the evening: this is the pattern of restless legs.',
  rlsAkathisia: () =>
    'You described the pattern of restless legs, but they also take a medicine that can cause whole-body restlessness (akathisia).',
  rlsCoexistingMimic: (r: { mimics: MimicGroup[] }) =>
    `You described the pattern of restless legs, but they also have ${listInWords(r.mimics.map((m) => mimicGroupWords[m]))} symptoms that can feel similar; their doctor will need to tell them apart.`,
  rlsOneMissing: (r: { missing: RlsCriterion[] }) =>
    `Some but not all features of restless legs. You did not describe ${listInWords(r.missing.map((c) => missingCriterionThirdPerson[c]))}.`,
  rlsNoUrge: () => 'You did not describe an urge to move their legs.',
  rlsTooFewFeatures: (r: { missing: RlsCriterion[] }) =>
    `You did not describe ${listInWords(r.missing.map((c) => missingCriterionThirdPerson[c]))}.`,
  crampsAllThree: () =>
    'Sudden, painful hardening of the muscle in bed that eases when the muscle is stretched: the pattern of night-time leg cramps.',
  crampsParkinsonsDowngrade: () => "Parkinson's can cause cramp-like muscle spasms (dystonia); their doctor should check.",
  crampsNotInBed: () => 'Their cramps do not seem to happen in bed or at night.',
  plmdSuspected: () =>
    'Someone has seen their legs kick repeatedly in their sleep and they sleep badly or feel sleepy. This can be periodic limb movement disorder, but only an overnight sleep study can confirm it.',
  plmdNotSuspected: () => 'Nobody has reported leg kicks in their sleep together with poor sleep.',
  plmdCannotAssessWithoutObserver: () => 'Without someone to watch them sleep, or a sleep study, we cannot tell if their legs move in sleep.',
};

export const enOutcome = {
  urgent: enUrgent.urgent,
  result: {
    title: 'Your summary',
    suggestTitle: 'What your answers suggest',
    noneFits:
      "Your answers don't clearly match night cramps, restless legs or periodic limb movements. Please discuss your symptoms with your GP.",
    twoThings: 'You may have two different things: restless legs AND night cramps.',
    bandWords: { likely: 'likely', possible: 'possible', unlikely: 'unlikely' },
    otherThingsTitle: 'Other things your GP may want to check',
    contributingTitle: 'Things that may be contributing',
    doNotStop: 'Do not stop any medicine without talking to your doctor.',
    testsTitle: 'Tests your GP may consider',
    testsLead: 'Your GP will decide which tests you need, if any.',
    noTests: 'No tests are suggested from these answers. Your GP will decide if you need any.',
    whatNowTitle: 'What you can do now',
    seeGpSoonTitle: 'See your GP soon about',
    aboutTitle: 'About this result',
    notDiagnosis:
      'This is not a diagnosis. It shows which patterns your answers fit, so that you and your GP can talk about them. Only a doctor can tell you what is wrong.',
    rulesNote:
      'The rules follow the International Restless Legs Syndrome Study Group criteria (2014), the International Classification of Sleep Disorders (ICSD-3), the American Academy of Sleep Medicine guideline (2024) and NICE guidance.',
    sourcesTitle: 'Sources',
    sourceLinkLabel: 'source {n}',
    sourceLabel: { G: 'guideline', P: 'study', R: 'review', I: 'patient information' } as Record<string, string>,
    startAgain: 'Start again',
    changeAnswers: 'Change my answers',
    urgentLinksNote: 'Because of the warning signs, the questionnaire did not score your other answers. Urgent care comes first.',
    notScoredSeparately: 'not scored separately',
    medicinesWithoutClaim: (names: string) => `You take: ${names}. Your GP can check all your medicines.`,
    crampTestsIntro: 'For cramps, tests are often not needed. Your GP may check these if they think something else is causing them:',
    thirdPerson: {
      title: 'Their summary',
      noneFits:
        "Your answers don't clearly match night cramps, restless legs or periodic limb movements. Please talk to their GP about their symptoms.",
      twoThings: 'They may have two different things: restless legs AND night cramps.',
      otherThingsTitle: 'Other things their GP may want to check',
      doNotStop: 'They should not stop any medicine without talking to their doctor.',
      testsTitle: 'Tests their GP may consider',
      testsLead: 'Their GP will decide which tests they need, if any.',
      noTests: 'No tests are suggested from these answers. Their GP will decide if they need any.',
      seeGpSoonTitle: 'See their GP soon about',
      notDiagnosis:
        'This is not a diagnosis. It shows which patterns your answers fit, so that you, they and their GP can talk about them. Only a doctor can tell what is wrong.',
      medicinesWithoutClaim: (names: string) => `They take: ${names}. Their GP can check all their medicines.`,
      crampTestsIntro:
        'For cramps, tests are often not needed. Their GP may check these if the GP thinks something else is causing the cramps:',
    },
  },
  conditions: {
    rls: { name: 'Restless legs syndrome' },
    nocturnalLegCramps: { name: 'Night-time leg cramps' },
    plmd: { name: 'Periodic limb movement disorder' },
  } satisfies Record<ConditionId, { name: string }>,
  reasons,
  reasonsThirdPerson,
  alerts,
  alertsThirdPerson,
  mimicNames,
  redFlagLabels: enUrgent.redFlagLabels,
  labs: {
    ferritin: 'Iron stores (ferritin)',
    transferrinSaturation: 'Iron in the blood (transferrin saturation)',
    fullBloodCount: 'Full blood count (checks for anaemia)',
    renalFunction: 'Kidney test (urea, salts and creatinine)',
    calcium: 'Calcium',
    magnesium: 'Magnesium',
    thyroidFunction: 'Thyroid test (TSH)',
    hba1c: 'Blood sugar over the last few months (HbA1c)',
    liverFunction: 'Liver tests',
    creatineKinase: 'Muscle enzyme test (creatine kinase)',
    b12Folate: 'Vitamin B12 and folate',
    polysomnography: 'An overnight sleep study (polysomnography)',
  } satisfies Record<LabId, string>,
  labWhy: {
    rlsIronAndKidneys: 'Low iron, anaemia and kidney disease can cause or worsen restless legs.',
    rlsDiabetes: 'Diabetes and nerve problems can go with restless legs.',
    rlsNeuropathy: 'Low vitamin B12 or folate can cause nerve symptoms.',
    rlsThyroid: 'You have a thyroid problem, which can play a part.',
    // The cramp tests are introduced once (result.crampTestsIntro); each then says what it checks.
    crampsConsiderPanel: '',
    crampsMagnesium: 'Your medicines or health conditions can lower magnesium.',
    crampsLiver: 'Liver disease or alcohol can play a part in cramps.',
    crampsMuscle: 'Statins, thinning or twitching muscles: a muscle test can help.',
    plmdWorkUp: 'Only an overnight sleep study can confirm periodic limb movements; iron and kidney tests look for causes.',
    neuropathyPattern: 'Numbness or tingling: these tests look for common causes of nerve problems.',
  } satisfies Record<LabRuleId, string>,
  labWhyThirdPerson: {
    rlsThyroid: 'They have a thyroid problem, which can play a part.',
    crampsMagnesium: 'Their medicines or health conditions can lower magnesium.',
  } satisfies Partial<Record<LabRuleId, string>>,
  /** What each of the cramp tests checks for, said once the tests have been introduced. */
  crampTestChecks: {
    renalFunction: 'Checks the kidneys and the salts in the blood.',
    calcium: 'Checks the calcium level in the blood.',
    thyroidFunction: 'Checks the thyroid gland.',
  } satisfies Partial<Record<LabId, string>>,
  medicineLinks: {
    cramps: 'linked to leg cramps',
    rlsWorse: 'can make restless legs worse',
    augmentation: 'can, over time, make restless legs come earlier or spread (augmentation)',
    plmsWorse: 'may worsen limb movements in sleep',
  } satisfies Record<MedicineLink, string>,
  conditionLinks: {
    cramps: 'linked to leg cramps',
    rls: 'linked to restless legs',
  } satisfies Record<ConditionLink, string>,
  contributingConditions: {
    pregnancy: 'Pregnancy or having just given birth',
  } satisfies Partial<Record<ContributingConditionId, string>>,
  softFlags: {
    bothAnklesSwell: 'Both ankles swelling (your GP may check your heart and kidneys)',
    calfPainWalkingEasesRest: 'Calf pain when walking that eases with rest (your GP may check your circulation)',
    excessiveThirst: 'Being very thirsty or passing a lot of urine (your GP may check for diabetes)',
    muscleWastingOrTwitching: 'Muscles getting thinner or twitching',
    lightheadedOnStanding: 'Feeling faint when you stand up',
    suspectedAkathisia: 'A restless feeling in the whole body with your medicine: contact the person who prescribed it soon',
    augmentation: 'Restless legs that come earlier or spread while on pramipexole, ropinirole, rotigotine or levodopa',
  } satisfies Record<SoftFlagId, string>,
  softFlagsThirdPerson: {
    bothAnklesSwell: 'Both ankles swelling (their GP may check their heart and kidneys)',
    calfPainWalkingEasesRest: 'Calf pain when walking that eases with rest (their GP may check their circulation)',
    excessiveThirst: 'Being very thirsty or passing a lot of urine (their GP may check for diabetes)',
    lightheadedOnStanding: 'Feeling faint when they stand up',
    suspectedAkathisia: 'A restless feeling in the whole body with their medicine: contact the person who prescribed it soon',
  } satisfies Partial<Record<SoftFlagId, string>>,
  advice: {
    crampStretching:
      'Gently stretch your calf muscles before bed. Some studies found this helps, others did not.',
    rlsAlcoholCaffeine: 'Cut down on alcohol and caffeine (coffee, tea, cola), especially in the evening.',
    keepTakingMedicines: 'Keep taking your medicines. Ask your GP or pharmacist if one of them could be playing a part.',
    bringSummary: 'Take this summary to your GP appointment, or show it on your phone.',
  } satisfies Record<AdviceId, string>,
  adviceThirdPerson: {
    crampStretching: 'Gently stretching their calf muscles before bed may help. Some studies found this helps, others did not.',
    rlsAlcoholCaffeine: 'Cutting down on alcohol and caffeine (coffee, tea, cola), especially in the evening, may help.',
    keepTakingMedicines:
      'They should keep taking their medicines. Ask their GP or pharmacist if one of them could be playing a part.',
    bringSummary: 'Take this summary to their GP appointment, or show it on a phone.',
  } satisfies Record<AdviceId, string>,
  notes: {
    underEighteen: enUrgent.underEighteen,
    maternityAssessment: 'Because you are pregnant or had a baby in the last 6 weeks, contact your maternity unit or midwife today.',
    medStartedRecently: 'You said the symptoms started or got worse after a medicine was started or increased. Tell your GP which one.',
    ironTestPreparation:
      'Before a blood test for iron: for 24 hours, do not take iron tablets or vitamins with iron in them, and avoid foods rich in iron or with iron added. The sample is best taken in the morning.',
  } satisfies Record<NoteId, string>,
  notesThirdPerson: {
    underEighteen: enUrgent.underEighteenThirdPerson,
    maternityAssessment:
      'Because they are pregnant or had a baby in the last 6 weeks, contact their maternity unit or midwife today.',
    medStartedRecently:
      'You said the symptoms started or got worse after a medicine was started or increased. Tell their GP which one.',
    ironTestPreparation:
      'Before their blood test for iron: for 24 hours, they should not take iron tablets or vitamins with iron in them, and should avoid foods rich in iron or with iron added. The sample is best taken in the morning.',
  } satisfies Record<NoteId, string>,
};

export type OutcomeMessages = typeof enOutcome;
