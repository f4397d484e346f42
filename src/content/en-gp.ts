/**
 * Words of the clinician view and the copy-to-notes text, in English, keyed by the ids of the
 * catalogue and the assessment. Clinician wording is terse. Only GP mode loads this module: the
 * patient's pages never download it. Every clinical statement is shown with its sources by the
 * component that uses it. Nothing here rests on a claim without a verified source
 * (docs/clinical-basis.md §12 lists those claims).
 */
import type { CriterionStatus, MimicGroup, RlsCriterion } from '../assessment/assess';
import type {
  ConditionId,
  LabId,
  LabRuleId,
  MedicineLink,
  MimicLabel,
  RedFlagLabel,
  SoftFlagId,
  Urgency,
} from '../assessment/knowledge';
import { listInWords } from './text';
import type { ReasonWords } from './reason-text';

type Tier = Exclude<Urgency, 'routine'>;
export type ChecklistStatus = CriterionStatus | 'needsPolysomnography';

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

/** Mimics and alerts as the clinician view and the notes state them (the headline is before the colon). */
const alerts = {
  peripheralNeuropathyMimic: 'Peripheral neuropathy features: mimic or co-existing condition.',
  akathisiaMimic: 'Possible akathisia: whole-body restlessness with a dopamine antagonist.',
  positionalDiscomfortMimic: 'Positional discomfort: relieved by a single change of position.',
  venousOrOedemaMimic: 'Venous stasis or oedema pattern: relief by rest or elevation.',
  claudicationMimic: 'Claudication pattern: exertional calf pain relieved by rest; vascular examination / ABPI.',
  arthritisMimic: 'Arthritis or myalgia: joint-localised ache.',
  habitualFootTappingMimic: 'Habitual foot tapping: no discomfort or urge.',
  hypnicJerksMimic: 'Hypnic jerks reported.',
  dystoniaMimic: "Parkinson's disease or tremor/slowness: consider dystonia as a cramp mimic.",
  daytimeOrExerciseCramps: 'Cramps outside time in bed: daytime or exercise-associated cramps, not sleep-related leg cramps.',
  rlsAugmentationToReview: 'Dopamine agonist or levodopa with earlier, spreading or daytime symptoms: review for augmentation.',
  osaToExclude: 'Snoring or witnessed apnoeas: exclude OSA; PLMD cannot be diagnosed while OSA is untreated.',
} satisfies Record<MimicLabel, string>;

const labs = {
  ferritin: 'Serum ferritin',
  transferrinSaturation: 'Transferrin saturation (serum iron, TIBC)',
  fullBloodCount: 'Full blood count',
  renalFunction: 'Urea and electrolytes, creatinine (eGFR)',
  calcium: 'Calcium',
  magnesium: 'Magnesium',
  thyroidFunction: 'Thyroid function (TSH)',
  hba1c: 'HbA1c',
  liverFunction: 'Liver function tests',
  creatineKinase: 'Creatine kinase',
  b12Folate: 'Vitamin B12 and folate',
  polysomnography: 'Sleep study (polysomnography) referral',
} satisfies Record<LabId, string>;

const reasons = {
  rlsAllFour: () => 'IRLSSG 1–4 met; no discordant mimic; criterion 5 to be confirmed clinically.',
  rlsAkathisia: () => 'IRLSSG 1–4 met; akathisia (dopamine antagonist) cannot be excluded; criterion 5 uncertain.',
  rlsCoexistingMimic: (r: { mimics: MimicGroup[] }) =>
    `IRLSSG 1–4 met; co-existing ${listInWords(r.mimics.map((m) => ({ nerve: 'neuropathy', vein: 'venous disease or oedema', circulation: 'claudication' })[m]))} — criterion 5 needs clinical judgement (RLS and the mimic may co-exist).`,
  rlsOneMissing: (r: { missing: RlsCriterion[] }) =>
    `IRLSSG: criterion ${r.missing.map((c) => c.slice(1)).join(', ')} not met (in very severe RLS, relief or evening worsening may not be noticeable but must have been present before).`,
  rlsOneMissingAndMimic: (r: { missing: RlsCriterion[]; mimics: MimicLabel[] }) =>
    `IRLSSG criterion ${r.missing.map((c) => c.slice(1)).join(', ')} not met and criterion 5 fails: ${r.mimics.map((m) => alerts[m].split(':')[0]).join('; ')}.`,
  rlsNoUrge: () => 'IRLSSG 1 (urge to move) not met.',
  rlsTooFewFeatures: (r: { missing: RlsCriterion[] }) =>
    `IRLSSG criteria ${r.missing.map((c) => c.slice(1)).join(', ')} not met.`,
  crampsAllThree: () => 'ICSD-3 cramp features A–C present.',
  crampsSome: (r: { unconfirmed: ('A' | 'C')[] }) => `ICSD-3: element ${r.unconfirmed.join(' and ')} not confirmed.`,
  crampsParkinsonsDowngrade: () => "Downgraded to possible: Parkinson's disease or tremor/slowness (dystonia mimic).",
  crampsNotDescribed: () => 'ICSD-3 cramp A not reported.',
  crampsNotInBed: () => 'ICSD-3 cramp B (during time in bed) not met.',
  plmdRlsTakesPrecedence: () =>
    'Limb movements in sleep are common in RLS and are recorded as PLMS; PLMD is not diagnosed when RLS is present.',
  plmdSuspected: () =>
    'PLMD suspected; PSG required (ICSD-3 A–B); criterion C plausible; exclude D (OSA, narcolepsy, RBD, drugs).',
  plmdNotSuspected: () => 'No witnessed repetitive movements with sleep disturbance.',
  plmdCannotAssessWithoutObserver: () => 'PLMD cannot be assessed without an observer or PSG; consider other causes of unrefreshing sleep.',
} satisfies ReasonWords;

export const enGp = {
  reasons,
  alerts,
  labs,
  conditionShort: { rls: 'RLS', nocturnalLegCramps: 'Sleep-related leg cramps', plmd: 'PLMD' } satisfies Record<ConditionId, string>,
  clinician: {
    title: 'Clinician summary',
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
      excessiveThirst: 'Thirst or polyuria: consider diabetes.',
      muscleWastingOrTwitching: 'Muscle wasting or fasciculations: consider a lower motor neuron cause.',
      lightheadedOnStanding: 'Light-headed on standing: consider postural (orthostatic) hypotension.',
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
      'Symptoms began or worsened after starting or increasing a medicine: consider a drug-induced cause, including akathisia.',
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
      crampsLiver: 'Cramps with liver disease or heavy alcohol use.',
      crampsMuscle: 'Cramps with a statin, or muscle wasting or twitching.',
      plmdWorkUp: 'PLMD suspected: polysomnography is required for the diagnosis; first blood tests.',
      neuropathyPattern: 'Neuropathy features: common secondary causes (nerve conduction studies if indicated).',
    } satisfies Record<LabRuleId, string>,
    ironNoteTitle: 'Iron studies (AASM 2024)',
    ironNote:
      'Check ferritin and transferrin saturation in clinically significant RLS. Take a morning sample, with no iron supplements or iron-containing foods for at least 24 hours. Adult thresholds for iron therapy: ferritin ≤\u00a075\u00a0ng/mL or transferrin saturation <\u00a020%.',
    ironOlder: 'Older sources use ferritin <\u00a050\u00a0ng/mL.',
    ironInflammation: 'Ferritin is an acute-phase protein: it rises with inflammation.',

    examTitle: 'Examination',
    examLead: 'Look for a secondary cause or a mimic:',
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
    header: (date: string, mode: 'patient' | 'gp', version: string) =>
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
};

export type GpMessages = typeof enGp;

/** The clinician messages in use (only English exists today). */
export const gpMessages: GpMessages = enGp;
