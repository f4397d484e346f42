/**
 * Words of the clinician view, the copy-to-notes text and the printed appointment handout, in English,
 * keyed by the ids of the catalogue and the assessment (the same shape of module as `en.ts`).
 * Clinician wording is terse; handout wording is the patient's. Every clinical statement is shown with
 * its sources by the component that uses it; nothing here is from the seed's unverified figures
 * (spec §13.7) or marked NOT FOUND in the spec.
 */
import type { CriterionStatus } from '../assessment/assess';
import type {
  ConditionId,
  LabId,
  LabRuleId,
  MedicineLink,
  RedFlagLabel,
  SoftFlagId,
  Urgency,
} from '../assessment/knowledge';
import type { MultiChoiceId, OptionId, QuestionId } from '../questionnaire/questions';
import type { Mode } from '../questionnaire/steps';

type Tier = Exclude<Urgency, 'routine'>;
export type ChecklistStatus = CriterionStatus | 'needsPolysomnography';

/** Short, plain option wording for lists (notes, handout, "answers behind it"); falls back to en.ts labels. */
const optionShort: { [Q in QuestionId]?: Partial<Record<OptionId<Q>, string>> } = {
  ageBand: { under18: 'under 18', '18to49': '18 to 49', '50to64': '50 to 64', '65plus': '65 or over' },
  pregnancy: { pregnant: 'pregnant', postpartum6w: 'gave birth in the last 6 weeks', no: 'no', notApplicable: 'not applicable' },
  sensation: {
    suddenPainfulTightening: 'sudden painful muscle tightening (cramp)',
    urgeWithCrawlingAching: 'uncomfortable feeling with a need to move',
    numbBurningTingling: 'numbness, burning or pins and needles',
    jointOrMuscleAche: 'dull ache, stiffness or heaviness',
    innerRestlessnessWholeBody: 'whole-body inner restlessness',
    suddenJerkFallingAsleep: 'single jerk when falling asleep',
    noDiscomfortJustFidgeting: 'foot tapping out of habit, no discomfort',
    noFeelingPartnerNotices: 'nothing felt (others see leg movements in sleep)',
    none: 'no leg symptoms',
  },
  restTrigger: { onlyWakesFromSleep: 'no, wakes from sleep' },
  relief: {
    keepMoving: 'keeping moving',
    forcefulStretch: 'firm stretching',
    changePositionOnce: 'one change of position',
    restOrElevate: 'rest or raising the legs',
    nothingHelps: 'nothing helps',
    notApplicable: 'does not apply',
  },
  returnsOnRest: { notApplicable: 'does not apply' },
  timing: {
    eveningNightWorse: 'worse in the evening or at night',
    noDifference: 'same at any time of day',
    daytimeWorse: 'worse in the daytime',
    onlyInBedOrSleep: 'only in bed, waking from sleep',
  },
  episodeLength: {
    secondsToMinutes: 'seconds to about 10 minutes',
    over10min: 'over 10 minutes',
    lastsWhileStill: 'as long as keeping still',
    constant: 'most of the time',
    unknown: 'not sure',
  },
  location: {
    calf: 'calf',
    foot: 'foot',
    thigh: 'thigh',
    bothLegs: 'both legs',
    oneLegOnly: 'one leg only',
    arms: 'arms',
    wholeBody: 'whole body',
    joints: 'joints',
  },
  frequency: {
    fewerThan5Ever: 'fewer than 5 times ever',
    under2PerWeek: 'less than twice a week',
    '2plusPerWeek': 'twice a week or more',
  },
  impact: {
    none: 'not bothered',
    sleepOnsetOrWaking: 'sleep',
    daytimeTiredness: 'daytime tiredness',
    distressOrFunction: 'mood or daily life',
  },
  partnerObserved: {
    kickingIUnaware: 'yes, unaware of it',
    kickingIAware: 'yes, sometimes aware',
    no: 'no',
    noObserver: 'no observer',
  },
  snoringApnoea: { unknown: 'not sure' },
  medications: {
    diuretic: 'diuretic',
    statin: 'statin',
    longActingBetaAgonist: 'long-acting beta-agonist inhaler',
    calciumChannelBlocker: 'nifedipine or amlodipine',
    lithium: 'lithium',
    nsaid: 'NSAID',
    ivIronSucrose: 'IV iron',
    estrogenOrRaloxifene: 'oestrogen/HRT or raloxifene',
    teriparatide: 'teriparatide',
    sedatingAntihistamine: 'sedating antihistamine',
    antipsychotic: 'antipsychotic',
    dopamineBlockingAntiemetic: 'metoclopramide or prochlorperazine',
    antidepressant: 'antidepressant',
    dopamineAgonistOrLevodopa: 'dopamine agonist or levodopa',
    none: 'none of those listed',
  },
  medStartedRecently: { notApplicable: 'does not apply' },
  conditions: {
    kidneyDiseaseOrDialysis: 'kidney disease or dialysis',
    diabetes: 'diabetes',
    neuropathy: 'neuropathy',
    ironDeficiencyOrBloodLoss: 'low iron, anaemia or blood loss',
    thyroidDisease: 'thyroid disease',
    liverDisease: 'liver disease',
    parkinsons: "Parkinson's disease",
    multipleSclerosis: 'multiple sclerosis',
    peripheralArterialDisease: 'peripheral arterial disease',
    lumbarSpinalStenosis: 'lumbar spinal stenosis',
    venousDiseaseOrOedema: 'varicose veins or swollen legs',
    arthritis: 'arthritis',
    familyHistoryRLS: 'family history of RLS',
    heavyAlcohol: 'heavy alcohol use',
    none: 'none of those listed',
  },
  otherSymptoms: {
    numbTinglingFeet: 'numb or tingling feet',
    calfPainWalkingEasesRest: 'calf pain on walking, eased by rest',
    excessiveThirst: 'thirst or passing a lot of urine',
    bothAnklesSwell: 'both ankles swell',
    tremorOrSlowness: 'tremor, stiffness or slowness',
    lightheadedOnStanding: 'light-headed on standing',
    muscleWastingOrTwitching: 'muscle thinning or twitching',
    none: 'none of those listed',
  },
};

/**
 * Pertinent positives and negatives: the phrase for a question answered yes (or no), and the prefix
 * that groups the ticked options of a multi-choice question.
 */
const findings = {
  yesNo: {
    urgeToMove: 'urge to move the legs',
    muscleHardens: 'muscle goes hard',
    restTrigger: 'starts or worse when still',
    returnsOnRest: 'returns on keeping still',
    unrefreshed: 'unrefreshed or sleepy in the day',
    snoringApnoea: 'loud snoring or breathing pauses',
    medStartedRecently: 'began or worsened after a medicine change',
    partnerObserved: 'leg kicks seen in sleep',
  } satisfies Partial<Record<QuestionId, string>>,
  groups: {
    sensation: 'feels like',
    relief: 'eased by',
    episodeLength: 'lasts',
    location: 'where',
    impact: 'affects',
    medications: 'medicines',
    conditions: 'conditions',
    otherSymptoms: 'also',
  } satisfies Partial<Record<MultiChoiceId, string>>,
  /** Said when a multi-choice question was answered "none of these". */
  noneOf: {
    sensation: 'leg symptoms',
    impact: 'effect on sleep or daily life',
    medications: 'any of the listed medicines',
    conditions: 'any of the listed conditions',
    otherSymptoms: 'any of the other listed symptoms',
  } satisfies Partial<Record<MultiChoiceId, string>>,
  onset: 'started',
  wakesFromSleep: 'wakes from sleep',
  nothingHelps: 'nothing eases it',
  notEasedByMoving: 'eased by keeping moving',
  notEasedByStretching: 'eased by firm stretching',
  eveningWorse: 'worse in the evening or at night',
  noObserver: 'leg kicks in sleep (nobody to see them)',
  timing: 'time of day',
  frequency: 'how often',
  pregnancy: 'pregnancy',
};

const clinicianRedFlagLabels = {
  suspectedDvt: 'Suspected DVT or cellulitis',
  suspectedPe: 'Suspected pulmonary embolism',
  suspectedAcuteLimbIschaemia: 'Suspected acute limb ischaemia',
  suspectedCompartmentSyndrome: 'Suspected compartment syndrome',
  suspectedRhabdomyolysis: 'Suspected rhabdomyolysis',
  suspectedCaudaEquina: 'Suspected cauda equina syndrome',
  suspectedNewNeurologicalDeficit: 'New neurological deficit (neuropathy, radiculopathy, MND and others)',
  prolongedCramp: 'Cramp over 10 minutes, not relieved',
  suspectedTetanus: 'Suspected tetanus (muscle stiffness or spasms after a wound)',
  toxinExposure: 'Cramps or stiffness after toxin exposure (for example lead, mercury, herbicide)',
} satisfies Record<RedFlagLabel, string>;

/** Short clinician names for the notes text. */
const labShort = {
  ferritin: 'ferritin',
  transferrinSaturation: 'TSAT (iron, TIBC)',
  fullBloodCount: 'FBC',
  renalFunction: 'U&E/creatinine',
  calcium: 'calcium',
  magnesium: 'magnesium',
  thyroidFunction: 'TSH',
  hba1c: 'HbA1c',
  liverFunction: 'LFT',
  creatineKinase: 'CK',
  b12Folate: 'B12/folate',
  polysomnography: 'polysomnography referral',
} satisfies Record<LabId, string>;

const monthsLong = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

export const enGp = {
  /** "12 March 2026": unambiguous in any locale. */
  formatDate: (date: Date) => `${date.getDate()} ${monthsLong[date.getMonth()]} ${date.getFullYear()}`,
  optionShort,
  findings,
  conditionShort: { rls: 'RLS', nocturnalLegCramps: 'Sleep-related leg cramps', plmd: 'PLMD' } satisfies Record<ConditionId, string>,
  clinician: {
    redFlagsTitle: 'Red flags',
    redFlagTier: {
      emergency: 'Emergency: immediate assessment now (999 or A&E).',
      sameDay: 'Same day: urgent assessment today.',
    } satisfies Record<Tier, string>,
    redFlagTierWord: { emergency: 'Emergency', sameDay: 'Same day' } satisfies Record<Tier, string>,
    redFlagLabels: clinicianRedFlagLabels,
    maternity: 'Pregnant or within 6 weeks post-partum: same-day maternity assessment.',
    scoringStopped:
      'A red flag stops the scoring: no bands, criteria or routine tests are given. Urgent assessment decides the tests (for example Wells score with ultrasound or D-dimer for DVT; CK for rhabdomyolysis).',
    redFlagsNone: 'Red flags screened: none of the ten reported.',
    historyFrom: {
      self: 'History from: patient',
      someoneElse: 'History from: informant (carer, parent or partner)',
    },

    bandsTitle: 'Patterns that fit',
    bandsCaption: 'Band for each condition, with the rules that gave it',
    conditionHeader: 'Condition',
    bandHeader: 'Band and reasons',
    bandWords: { likely: 'Likely', possible: 'Possible', unlikely: 'Unlikely' },
    bandNote: 'Bands are "patterns that fit" from answers, never a diagnosis. PLMD is never more than possible without polysomnography.',

    criteriaTitle: 'Criterion checklists',
    criteriaLead: 'Questionnaire proxies for each criterion, with the answers behind them: ✓ met, ✗ not met, ? unknown.',
    criterionHeader: 'Criterion',
    statusHeader: 'Status and the answers behind it',
    statusWords: {
      met: 'Met',
      notMet: 'Not met',
      unknown: 'Unknown',
      needsPolysomnography: 'Needs polysomnography',
    } satisfies Record<ChecklistStatus, string>,
    statusSymbols: { met: '✓', notMet: '✗', unknown: '?', needsPolysomnography: '?' } satisfies Record<ChecklistStatus, string>,
    notAsked: 'Not asked',
    notAnswered: 'Not answered',
    notScored: 'Not assessed: a red flag was reported.',
    rls: {
      caption: 'Restless legs syndrome: IRLSSG essential criteria (2014)',
      rows: {
        R1: '1. An urge to move the legs, usually with unpleasant leg sensations',
        R2: '2. Begins or worsens during rest or inactivity',
        R3: '3. Partially or totally relieved by movement, while the movement continues',
        R4: '4. Only occurs, or is worse, in the evening or at night',
        R5: '5. Not solely accounted for by another medical or behavioural condition (mimic)',
      },
      r5Unknown: 'Cannot be confirmed from answers: needs history and examination.',
      r5NotMet: 'A mimic explains the picture:',
      r3Support: 'Comes back on keeping still again',
      courseRow: 'Specifier: clinical course',
      course: {
        chronicPersistent: 'Chronic-persistent (twice a week or more on average over the past year)',
        intermittent: 'Intermittent (less than twice a week on average, at least 5 lifetime events)',
        tooFewToClassify: 'Too few episodes to classify (intermittent needs at least 5 lifetime events)',
        lessThanAYear: 'Present for less than a year: the course cannot be classified yet (both courses are defined over the past year)',
        unknown: 'Unknown',
      },
      significanceRow: 'Specifier: clinical significance',
      significance: {
        present: 'Present: sleep disturbance, daytime tiredness, distress or impaired functioning reported',
        absent: 'Not reported',
        unknown: 'Unknown',
      },
      significanceNote: 'The IRLSSG wording of this specifier was not retrieved; the ICSD-3-TR criterion C wording is used.',
    },
    cramps: {
      caption: 'Sleep-related leg cramps: ICSD-3 (paraphrased)',
      rows: {
        A: 'A. Painful, sudden, involuntary hardening or tightening of leg or foot muscle',
        B: 'B. Occurs during time in bed, from wakefulness or sleep',
        C: 'C. Relieved by forceful stretching of the affected muscle',
      },
      note: 'Secondary causes are excluded clinically; polysomnography can help rule out other conditions.',
    },
    plmd: {
      caption: 'Periodic limb movement disorder: ICSD-3 (paraphrased)',
      rows: {
        A: 'A. Polysomnography shows periodic limb movements of sleep (PLMS)',
        B: 'B. PLMS more than 15 per hour in adults (more than 5 per hour in children)',
        C: 'C. Clinically significant sleep disturbance or impairment in functioning',
        D: 'D. Not better explained by another sleep, medical, neurological or mental disorder',
      },
      suspicionOnly: 'Observer report raises suspicion only; it cannot replace polysomnography.',
      repeatedJerks: 'Episodes described as short jerks or kicks that keep recurring: a pattern that fits PLMS (needs polysomnography).',
      rlsPrecedence: 'RLS is likely or possible: RLS takes precedence and PLMS are noted, not PLMD.',
      osa: 'Snoring or witnessed apnoeas: untreated OSA excludes PLMD.',
      dUnknown: 'Exclude RLS, narcolepsy, untreated OSA and RBD. Ask about dream enactment, sleep attacks or cataplexy, and benzodiazepine or barbiturate withdrawal.',
    },

    alertsTitle: 'Mimics and alerts',
    alertsNone: 'No mimic or alert flagged by the answers.',
    softFlags: {
      bothAnklesSwell: 'Bilateral ankle swelling: consider a cardiac or renal cause.',
      calfPainWalkingEasesRest: 'Exertional calf pain eased by rest: vascular examination.',
      excessiveThirst: 'Thirst or polyuria: consider diabetes (HbA1c).',
      muscleWastingOrTwitching: 'Muscle wasting or fasciculations: consider a lower motor neuron cause.',
      lightheadedOnStanding: 'Light-headed on standing: consider orthostatic hypotension (hypotensive akathisia).',
      suspectedAkathisia: 'Suspected akathisia: prompt review by the prescriber.',
      augmentation: 'Dopamine agonist or levodopa with earlier or spreading symptoms: review for augmentation.',
    } satisfies Record<SoftFlagId, string>,

    medicinesTitle: 'Medication review',
    medicinesLead: 'Ticked medicines with a link to the symptoms. Stopping or changing them is a clinical decision.',
    medicinesNone: 'None of the listed medicines ticked.',
    medicineLinks: {
      cramps: 'associated with leg cramps',
      rlsWorse: 'may provoke or worsen RLS',
      augmentation: 'RLS augmentation with long-term use',
      plmsWorse: 'may worsen limb movements in sleep (PLMS)',
    } satisfies Record<MedicineLink, string>,
    otherMedicine: 'Other regular medicines: full medication review',
    medStartedRecently:
      'Symptoms began or worsened within weeks of starting or increasing a medicine: consider a drug-induced cause (akathisia usually starts within weeks of the drug).',
    conditionsTitle: 'Associated conditions',
    conditionLinks: { cramps: 'associated with leg cramps', rls: 'associated with RLS' },
    pregnancy: 'Pregnancy or post-partum',

    testsTitle: 'Tests to consider',
    testsCaption: 'Tests the answers point to, with the reason for each',
    testHeader: 'Test',
    whyHeader: 'Why',
    testsNone: 'No tests suggested by these answers.',
    testsRedFlag: 'No routine list: urgent assessment decides the tests.',
    labWhy: {
      rlsIronAndKidneys: 'RLS: iron status in all clinically significant RLS; anaemia; CKD as a secondary cause.',
      rlsDiabetes: 'RLS with diabetes or neuropathy features: secondary or associated cause.',
      rlsNeuropathy: 'RLS with neuropathy features: secondary-cause work-up.',
      rlsThyroid: 'RLS with thyroid disease.',
      crampsConsiderPanel: 'Cramps: usually unnecessary unless a secondary cause is suspected; a "consider" panel.',
      crampsMagnesium: 'Cramps with a diuretic, kidney or liver disease, or heavy alcohol use.',
      crampsDiabetes: 'Cramps with thirst or known diabetes.',
      crampsLiver: 'Cramps with liver disease or heavy alcohol use.',
      crampsMuscle: 'Cramps with a statin, or muscle wasting or twitching.',
      plmdWorkUp: 'PLMD suspected: polysomnography is required for the diagnosis; first blood tests.',
      neuropathyPattern: 'Neuropathy features: common secondary causes (nerve conduction studies if indicated).',
      ankleSwelling: 'Bilateral ankle swelling: renal or cardiac cause.',
    } satisfies Record<LabRuleId, string>,
    ironNoteTitle: 'Iron studies (AASM 2024)',
    ironNote:
      'Check ferritin and transferrin saturation in clinically significant RLS. Take a morning sample, with no iron supplements or iron-containing foods for at least 24 hours. Adult thresholds for iron therapy: ferritin ≤\u00a075\u00a0ng/mL or transferrin saturation <\u00a020% (consensus values, not empirically tested). Ferritin rises with inflammation, so transferrin saturation is measured as well.',
    ironOlder: 'Older sources use ferritin <\u00a050\u00a0ng/mL.',

    examTitle: 'Examination',
    examLead: 'Look for a secondary cause or a mimic:',
    examSeed: ['Peripheral neurological deficits', 'Lower-limb weakness', 'Gait or speech abnormalities', 'Peripheral oedema'],
    examCks: [
      'Peripheral pulses and capillary refill',
      'Pallor',
      'Calf swelling',
      'Varicose veins',
      'Muscle wasting or fasciculations',
      'Sensory or motor loss',
      'Reflexes',
    ],

    cautionsTitle: 'Cautions',
    quinine:
      'Quinine is not recommended for routine use for leg cramps: FDA 2010 (should not be used for night-time leg cramps), MHRA 2010 (not routinely; only in narrow circumstances), AAN 2010 (avoid routine use).',
    dopamineAgonists:
      'Dopamine agonists and levodopa (pramipexole, ropinirole, rotigotine, levodopa) are conditionally recommended against for standard use in RLS because of augmentation (AASM 2024).',

    paediatricTitle: 'Under 18',
    paediatric:
      'Paediatric criteria and thresholds differ (for example, PLMD needs more than 5 PLMS per hour in children). Children should describe symptoms in their own words. Clinician review of all answers.',

    irlsTitle: 'IRLS severity',
    irlsLabel: 'IRLS score (if administered under licence)',
    irlsHint:
      'Total from 0 to 40. The IRLS is a licensed instrument: its items are not reproduced here. The score is kept on this page only.',
    irlsError: 'Enter the IRLS total as a whole number from 0 to 40',
    irlsRecorded: 'Recorded: {n} out of 40. It is included in the text for clinical notes.',

    referencesTitle: 'References',
  },
  copy: {
    title: 'Copy for clinical notes',
    button: 'Copy for clinical notes',
    label: 'Text for clinical notes',
    hint: 'Plain text for the free-text box of the record.',
    copied: 'Copied',
    unavailable: 'Could not copy automatically. Select the text below and copy it.',
  },
  notes: {
    header: (date: string, mode: Mode, version: string) =>
      `nightlegs screening questionnaire, ${date}, ${mode === 'gp' ? 'GP mode' : 'completed by patient'}${version ? `, version ${version}` : ''}.`,
    age: 'Age',
    redFlagsNone: 'Red flags screened: none reported.',
    historyFrom: { self: 'History from: patient', someoneElse: 'History from: informant' },
    redFlagsReported: 'Red flags screened: REPORTED -',
    tierWords: { emergency: 'emergency', sameDay: 'same day' } satisfies Record<Tier, string>,
    scoringStopped: 'Not scored: red flag first. Urgent assessment decides tests.',
    positives: 'Positives',
    negatives: 'Negatives',
    unsure: 'Unsure',
    bandWords: { likely: 'likely', possible: 'possible', unlikely: 'unlikely' },
    framework: { rls: 'IRLSSG', nocturnalLegCramps: 'ICSD-3', plmd: 'ICSD-3' } satisfies Record<ConditionId, string>,
    met: 'met',
    notMet: 'not met',
    unknown: 'unknown',
    needsPsg: 'need PSG',
    course: {
      chronicPersistent: 'chronic-persistent',
      intermittent: 'intermittent',
      tooFewToClassify: 'too few episodes to classify course',
      lessThanAYear: 'present under a year, course not yet classifiable',
    },
    significant: 'clinically significant',
    notSignificant: 'no impact reported',
    alerts: 'Mimics/alerts',
    medicines: 'Medicines to review',
    medicinesNone: 'none ticked',
    otherMedicine: 'Other regular medicines: full medication review',
    medicineLinks: { cramps: 'cramps', rlsWorse: 'may worsen RLS', augmentation: 'augmentation', plmsWorse: 'may worsen PLMS' } satisfies Record<
      MedicineLink,
      string
    >,
    tests: 'Tests to consider',
    testsNone: 'none from these answers',
    labShort,
    ironNote: 'Iron studies: morning sample, no iron for 24 h; AASM 2024 adult threshold ferritin <=75 ng/mL or TSAT <20%.',
    irls: (n: number) => `IRLS total (administered under licence): ${n}/40.`,
    paediatric: 'Under 18: paediatric criteria differ; clinician review.',
    medStartedRecently: 'Symptoms started or worsened after a medicine change.',
    disclaimer: 'Screening questionnaire, not a diagnosis.',
    more: '(more in the app)',
  },
  handout: {
    title: 'My night-time leg symptoms: answers for my GP',
    meta: (date: string, version: string) => `Filled in on ${date} with nightlegs${version ? ` version ${version}` : ''}.`,
    redFlagsTitle: 'Urgent warning signs',
    redFlagsNone: 'I was asked about 10 urgent warning signs and have none of them.',
    redFlagsReported: 'I have these urgent warning signs:',
    tierWords: { emergency: 'Emergency', sameDay: 'Urgent' } satisfies Record<Tier, string>,
    suggestTitle: 'What my answers suggest',
    notScored: 'Not scored, because urgent warning signs come first.',
    otherThings: 'Other things to check:',
    yesTitle: 'What I have',
    noTitle: 'What I do not have',
    unsureTitle: 'Not sure',
    noneListed: 'Nothing from the questions I was asked.',
    testsTitle: 'Tests to ask about',
    testsLead: 'My GP will decide which tests I need, if any.',
    testsNone: 'No tests are suggested from my answers.',
    medicinesTitle: 'Medicines that may play a part',
    notDiagnosis:
      'This is not a diagnosis. It shows which patterns my answers fit, to help me and my GP talk about them. Only a doctor can tell what is wrong.',
    printButton: 'Print or save as PDF',
    answeredBy: { self: 'Answered by: the patient', someoneElse: 'Answered by: someone else on their behalf' },
  },
  /** The handout when someone else answered: the patient is "they", the GP is theirs. */
  handoutThirdPerson: {
    title: 'Night-time leg symptoms: answers for their GP',
    redFlagsNone: 'They were asked about 10 urgent warning signs and have none of them.',
    redFlagsReported: 'They have these urgent warning signs:',
    suggestTitle: 'What the answers suggest',
    yesTitle: 'What they have',
    noTitle: 'What they do not have',
    noneListed: 'Nothing from the questions asked.',
    testsLead: 'Their GP will decide which tests they need, if any.',
    testsNone: 'No tests are suggested from these answers.',
    notDiagnosis:
      'This is not a diagnosis. It shows which patterns the answers fit, to help them, you and their GP talk about them. Only a doctor can tell what is wrong.',
  },
};

export type GpMessages = typeof enGp;

/** The clinician and handout messages in use (only English exists today). */
export const gpMessages: GpMessages = enGp;
