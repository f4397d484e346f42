/**
 * The words of the outcome pages (urgent screen, summary, clinician view, handout), in English,
 * keyed by the ids of the assessment. Kept apart from en.ts so that they load with those pages,
 * not before the first question. A second language is another module of the same type.
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
  RedFlagLabel,
  SoftFlagId,
} from '../assessment/knowledge';

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

function listInWords(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/** Plain names for mimics and alerts, for lists such as "fits better with …" (spec §10.6). */
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

const alerts: Record<MimicLabel, { patient: string; thirdPerson?: string; clinician: string }> = {
  peripheralNeuropathyMimic: {
    patient: 'Numbness, burning or tingling can come from the nerves (neuropathy). Your GP can check this.',
    thirdPerson: "Numbness, burning or tingling can come from the nerves (neuropathy). Their GP can check this.",
    clinician: 'Peripheral neuropathy features: mimic or co-existing condition.',
  },
  akathisiaMimic: {
    patient:
      'Some medicines can cause a restless feeling in the whole body (akathisia). Talk to the person who prescribed it soon. Do not stop it on your own.',
    thirdPerson: "Some medicines can cause a restless feeling in the whole body (akathisia). Talk to the person who prescribed it soon. Do not stop it without their advice.",
    clinician: 'Possible akathisia: whole-body restlessness with a dopamine antagonist.',
  },
  positionalDiscomfortMimic: {
    patient: 'Discomfort that goes after one change of position is usually from how you were lying or sitting.',
    thirdPerson: "Discomfort that goes after one change of position is usually from how they were lying or sitting.",
    clinician: 'Positional discomfort: relieved by a single change of position.',
  },
  venousOrOedemaMimic: {
    patient: 'Heavy, aching legs that feel better when you rest or raise them can come from the veins or swelling.',
    thirdPerson: "Heavy, aching legs that feel better with rest or when raised can come from the veins or swelling.",
    clinician: 'Venous stasis or oedema pattern: relief by rest or elevation.',
  },
  claudicationMimic: {
    patient: 'Calf pain when walking that goes when you stop can be a sign of poor circulation. Your GP should check this.',
    thirdPerson: "Calf pain when walking that goes when they stop can be a sign of poor circulation. Their GP should check this.",
    clinician: 'Claudication pattern: exertional calf pain relieved by rest; vascular examination / ABPI.',
  },
  arthritisMimic: {
    patient: 'Aching in the joints may come from the joints themselves (arthritis).',
    clinician: 'Arthritis or myalgia: joint-localised ache.',
  },
  habitualFootTappingMimic: {
    patient: 'Tapping or jiggling your feet out of habit, without discomfort, is not restless legs.',
    thirdPerson: "Tapping or jiggling the feet out of habit, without discomfort, is not restless legs.",
    clinician: 'Habitual foot tapping: no discomfort or urge.',
  },
  hypnicJerksMimic: {
    patient: 'A single jerk as you fall asleep (a "sleep start") is common and is not restless legs.',
    thirdPerson: "A single jerk while falling asleep (a \"sleep start\") is common and is not restless legs.",
    clinician: 'Hypnic jerks reported.',
  },
  dystoniaMimic: {
    patient: "Parkinson's can cause cramp-like muscle spasms (dystonia); your doctor should check.",
    thirdPerson: "Parkinson's can cause cramp-like muscle spasms (dystonia); their doctor should check.",
    clinician: "Parkinson's disease or tremor/slowness: consider dystonia as a cramp mimic.",
  },
  daytimeOrExerciseCramps: {
    patient: 'Your cramps happen in the daytime or with exercise, not in bed; that is a different type of cramp.',
    thirdPerson: "Their cramps happen in the daytime or with exercise, not in bed; that is a different type of cramp.",
    clinician: 'Cramps outside time in bed: daytime or exercise-associated cramps, not sleep-related leg cramps.',
  },
  rlsAugmentationToReview: {
    patient:
      'You take a medicine for restless legs and your symptoms are spreading or coming earlier. Ask your GP to review it. Do not stop it on your own.',
    thirdPerson: "They take a medicine for restless legs and their symptoms are spreading or coming earlier. Ask their GP to review it. Do not stop it without advice.",
    clinician: 'Dopamine agonist or levodopa with earlier, spreading or daytime symptoms: review for augmentation.',
  },
  osaToExclude: {
    patient: 'Loud snoring or pauses in breathing need checking for sleep apnoea.',
    clinician: 'Snoring or witnessed apnoeas: exclude OSA; PLMD cannot be diagnosed while OSA is untreated.',
  },
};

export const enOutcome = {
  urgent: {
    emergencyTitle: 'Emergency: call 999 now',
    emergencyBody: 'One of the signs you ticked can be serious and needs help straight away. Call 999 or go to A&E now.',
    sameDayTitle: 'Urgent: get medical advice today',
    sameDayBody: 'One of the signs you ticked needs to be checked today. Contact your GP straight away for an urgent appointment, or call 111.',
    maternity: 'Because you are pregnant or had a baby in the last 6 weeks, contact your maternity unit or midwife today.',
    /** Actions speak to the person answering; the person they are about is "them". */
    thirdPerson: {
      emergencyBody: 'One of the signs you ticked can be serious and needs help straight away. Call 999 now, or take them to A&E.',
      sameDayBody:
        'One of the signs you ticked needs to be checked today. Contact their GP straight away for an urgent appointment, or call 111.',
      maternity: 'Because they are pregnant or had a baby in the last 6 weeks, contact their maternity unit or midwife today.',
      carryOnIntro:
        'When you have got help, or while you wait, you can carry on answering. Your answers will go into a summary for their GP, with these warning signs at the top.',
    },
    youTicked: 'You told us about:',
    carryOnIntro:
      'When you have got help, or while you wait, you can carry on answering. Your answers will go into a summary for your GP, with these warning signs at the top.',
    carryOn: 'Carry on answering',
    urgencyLabel: { emergency: 'Emergency', sameDay: 'Urgent' },
  },
  result: {
    title: 'Your summary',
    clinicianTitle: 'Clinician summary',
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
    sourceLabel: { G: 'guideline', P: 'study', R: 'review', W: 'weak source', 'R/W': 'review (weak)', 'P/W': 'study (weak)', 'G/W': 'draft guideline' } as Record<string, string>,
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
    rls: { name: 'Restless legs syndrome', plain: 'restless legs' },
    nocturnalLegCramps: { name: 'Night-time leg cramps', plain: 'night cramps' },
    plmd: { name: 'Periodic limb movement disorder', plain: 'periodic limb movements' },
  } satisfies Record<ConditionId, { name: string; plain: string }>,
  reasons: {
    rlsAllFour: {
      patient: () =>
        'You described an urge to move your legs that starts when resting, eases while you keep moving, and is worse in the evening: this is the pattern of restless legs.',
      thirdPerson: () =>
        'You described an urge to move their legs that starts when they rest, eases while they keep moving, and is worse in the evening: this is the pattern of restless legs.',
      clinician: () => 'IRLSSG 1–4 met; no discordant mimic; criterion 5 to be confirmed clinically.',
    },
    rlsAkathisia: {
      patient: () =>
        'You described the pattern of restless legs, but you also take a medicine that can cause whole-body restlessness (akathisia).',
      thirdPerson: () =>
        'You described the pattern of restless legs, but they also take a medicine that can cause whole-body restlessness (akathisia).',
      clinician: () => 'IRLSSG 1–4 met; akathisia (dopamine antagonist) cannot be excluded; criterion 5 uncertain.',
    },
    rlsCoexistingMimic: {
      patient: (r: { mimics: MimicGroup[] }) =>
        `You described the pattern of restless legs, but you also have ${listInWords(r.mimics.map((m) => mimicGroupWords[m]))} symptoms that can feel similar; your doctor will need to tell them apart.`,
      thirdPerson: (r: { mimics: MimicGroup[] }) =>
        `You described the pattern of restless legs, but they also have ${listInWords(r.mimics.map((m) => mimicGroupWords[m]))} symptoms that can feel similar; their doctor will need to tell them apart.`,
      clinician: (r: { mimics: MimicGroup[] }) =>
        `IRLSSG 1–4 met; co-existing ${listInWords(r.mimics.map((m) => ({ nerve: 'neuropathy', vein: 'venous disease or oedema', circulation: 'claudication' })[m]))} — criterion 5 needs clinical judgement (RLS and the mimic may co-exist).`,
    },
    rlsOneMissing: {
      patient: (r: { missing: RlsCriterion[] }) =>
        `Some but not all features of restless legs. You did not describe ${listInWords(r.missing.map((c) => missingCriterion[c]))}.`,
      thirdPerson: (r: { missing: RlsCriterion[] }) =>
        `Some but not all features of restless legs. You did not describe ${listInWords(r.missing.map((c) => missingCriterionThirdPerson[c]))}.`,
      clinician: (r: { missing: RlsCriterion[] }) =>
        `IRLSSG: criterion ${r.missing.map((c) => c.slice(1)).join(', ')} not met (in very severe RLS, relief or evening worsening may not be noticeable but must have been present before).`,
    },
    rlsOneMissingAndMimic: {
      patient: (r: { missing: RlsCriterion[]; mimics: MimicLabel[] }) =>
        `Some features of restless legs, but your answers fit better with ${listInWords(r.mimics.map((m) => mimicNames[m]))}.`,
      clinician: (r: { missing: RlsCriterion[]; mimics: MimicLabel[] }) =>
        `IRLSSG criterion ${r.missing.map((c) => c.slice(1)).join(', ')} not met and criterion 5 fails: ${r.mimics.map((m) => alerts[m].clinician.split(':')[0]).join('; ')}.`,
    },
    rlsNoUrge: {
      patient: () => 'You did not describe an urge to move your legs.',
      thirdPerson: () => 'You did not describe an urge to move their legs.',
      clinician: () => 'IRLSSG 1 (urge to move) not met.',
    },
    rlsTooFewFeatures: {
      patient: (r: { missing: RlsCriterion[] }) =>
        `You did not describe ${listInWords(r.missing.map((c) => missingCriterion[c]))}.`,
      thirdPerson: (r: { missing: RlsCriterion[] }) =>
        `You did not describe ${listInWords(r.missing.map((c) => missingCriterionThirdPerson[c]))}.`,
      clinician: (r: { missing: RlsCriterion[] }) =>
        `IRLSSG criteria ${r.missing.map((c) => c.slice(1)).join(', ')} not met.`,
    },
    crampsAllThree: {
      patient: () =>
        'Sudden, painful hardening of the muscle in bed that eases when you stretch it: the pattern of night-time leg cramps.',
      thirdPerson: () =>
        'Sudden, painful hardening of the muscle in bed that eases when the muscle is stretched: the pattern of night-time leg cramps.',
      clinician: () => 'ICSD-3 cramp features A–C present.',
    },
    crampsSome: {
      patient: () => 'Some features of night cramps.',
      clinician: (r: { unconfirmed: ('A' | 'C')[] }) => `ICSD-3: element ${r.unconfirmed.join(' and ')} not confirmed.`,
    },
    crampsParkinsonsDowngrade: {
      patient: () => "Parkinson's can cause cramp-like muscle spasms (dystonia); your doctor should check.",
      thirdPerson: () => "Parkinson's can cause cramp-like muscle spasms (dystonia); their doctor should check.",
      clinician: () => "Downgraded to possible: Parkinson's disease or tremor/slowness (dystonia mimic).",
    },
    crampsNotDescribed: {
      patient: () => 'You did not describe a muscle that suddenly tightens into a painful knot.',
      clinician: () => 'ICSD-3 cramp A not reported.',
    },
    crampsNotInBed: {
      patient: () => 'Your cramps do not seem to happen in bed or at night.',
      thirdPerson: () => 'Their cramps do not seem to happen in bed or at night.',
      clinician: () => 'ICSD-3 cramp B (during time in bed) not met.',
    },
    plmdRlsTakesPrecedence: {
      patient: () => 'Leg jerks in sleep are common with restless legs, so they are counted as part of it.',
      clinician: () =>
        'Limb movements in sleep are common in RLS and are recorded as PLMS; PLMD is not diagnosed when RLS is present.',
    },
    plmdSuspected: {
      patient: () =>
        'Someone has seen your legs kick repeatedly in your sleep and you sleep badly or feel sleepy. This can be periodic limb movement disorder, but only an overnight sleep study can confirm it.',
      thirdPerson: () =>
        'Someone has seen their legs kick repeatedly in their sleep and they sleep badly or feel sleepy. This can be periodic limb movement disorder, but only an overnight sleep study can confirm it.',
      clinician: () =>
        'PLMD suspected; PSG required (ICSD-3 A–B); criterion C plausible; exclude D (OSA, narcolepsy, RBD, drugs).',
    },
    plmdNotSuspected: {
      patient: () => 'Nobody has reported leg kicks in your sleep together with poor sleep.',
      thirdPerson: () => 'Nobody has reported leg kicks in their sleep together with poor sleep.',
      clinician: () => 'No witnessed repetitive movements with sleep disturbance.',
    },
    plmdCannotAssessWithoutObserver: {
      patient: () => 'Without someone to watch you sleep, or a sleep study, we cannot tell if your legs move in sleep.',
      thirdPerson: () => 'Without someone to watch them sleep, or a sleep study, we cannot tell if their legs move in sleep.',
      clinician: () => 'PLMD cannot be assessed without an observer or PSG; consider other causes of unrefreshing sleep.',
    },
  },
  alerts,
  mimicNames,
  redFlagLabels: {
    suspectedDvt: 'Possible blood clot in the leg (DVT)',
    suspectedPe: 'Possible blood clot in the lung (pulmonary embolism)',
    suspectedAcuteLimbIschaemia: 'Possible blocked blood supply to the leg',
    suspectedCompartmentSyndrome: 'Possible dangerous pressure in the calf (compartment syndrome)',
    suspectedRhabdomyolysis: 'Possible muscle breakdown (rhabdomyolysis)',
    suspectedCaudaEquina: 'Possible pressure on the nerves at the bottom of the spine (cauda equina)',
    suspectedNewNeurologicalDeficit: 'New weakness or spreading numbness (a nerve problem)',
    prolongedCramp: 'A cramp that will not ease',
    suspectedTetanus: 'Possible tetanus',
    toxinExposure: 'Possible poisoning',
  } satisfies Record<RedFlagLabel, string>,
  labs: {
    ferritin: { clinician: 'Serum ferritin', patient: 'Iron stores (ferritin)' },
    transferrinSaturation: { clinician: 'Transferrin saturation (serum iron, TIBC)', patient: 'Iron in the blood (transferrin saturation)' },
    fullBloodCount: { clinician: 'Full blood count', patient: 'Full blood count (checks for anaemia)' },
    renalFunction: { clinician: 'Urea and electrolytes, creatinine (eGFR)', patient: 'Kidney test (urea, salts and creatinine)' },
    calcium: { clinician: 'Calcium', patient: 'Calcium' },
    magnesium: { clinician: 'Magnesium', patient: 'Magnesium' },
    thyroidFunction: { clinician: 'Thyroid function (TSH)', patient: 'Thyroid test (TSH)' },
    hba1c: { clinician: 'HbA1c', patient: 'Blood sugar over the last few months (HbA1c)' },
    liverFunction: { clinician: 'Liver function tests', patient: 'Liver tests' },
    creatineKinase: { clinician: 'Creatine kinase', patient: 'Muscle enzyme test (creatine kinase)' },
    b12Folate: { clinician: 'Vitamin B12 and folate', patient: 'Vitamin B12 and folate' },
    polysomnography: { clinician: 'Sleep study (polysomnography) referral', patient: 'An overnight sleep study (polysomnography)' },
  } satisfies Record<LabId, { clinician: string; patient: string }>,
  labWhy: {
    rlsIronAndKidneys: 'Low iron, anaemia and kidney disease can cause or worsen restless legs.',
    rlsDiabetes: 'Diabetes and nerve problems can go with restless legs.',
    rlsNeuropathy: 'Low vitamin B12 or folate can cause nerve symptoms.',
    rlsThyroid: 'You have a thyroid problem, which can play a part.',
    // The cramp tests are introduced once (result.crampTestsIntro); each then says what it checks.
    crampsConsiderPanel: '',
    crampsMagnesium: 'Your medicines or health conditions can lower magnesium.',
    crampsDiabetes: 'Thirst or diabetes: blood sugar can be checked.',
    crampsLiver: 'Liver disease or alcohol can play a part in cramps.',
    crampsMuscle: 'Statins, thinning or twitching muscles: a muscle test can help.',
    plmdWorkUp: 'Only an overnight sleep study can confirm periodic limb movements; iron and kidney tests look for causes.',
    neuropathyPattern: 'Numbness or tingling: these tests look for common causes of nerve problems.',
    ankleSwelling: 'Both ankles swelling can come from the kidneys or heart.',
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
    underEighteen: 'You are under 18: a doctor should go through these answers with you, because the rules for children are different.',
    maternityAssessment: 'Because you are pregnant or had a baby in the last 6 weeks, contact your maternity unit or midwife today.',
    medStartedRecently: 'You said the symptoms started or got worse after a medicine was started or increased. Tell your GP which one.',
    ironTestPreparation:
      'Before a blood test for iron: for 24 hours, do not take iron tablets or vitamins with iron in them, and avoid foods rich in iron or with iron added. The sample is best taken in the morning.',
  } satisfies Record<NoteId, string>,
  notesThirdPerson: {
    underEighteen:
      'They are under 18: a doctor should go through these answers with them, because the rules for children are different.',
    maternityAssessment:
      'Because they are pregnant or had a baby in the last 6 weeks, contact their maternity unit or midwife today.',
    medStartedRecently:
      'You said the symptoms started or got worse after a medicine was started or increased. Tell their GP which one.',
    ironTestPreparation:
      'Before their blood test for iron: for 24 hours, they should not take iron tablets or vitamins with iron in them, and should avoid foods rich in iron or with iron added. The sample is best taken in the morning.',
  } satisfies Record<NoteId, string>,
};

export type OutcomeMessages = typeof enOutcome;
