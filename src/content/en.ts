/**
 * Every word the app shows, in English, keyed by the ids of the catalogue and the assessment.
 * Patient wording aims at a reading age of about 9–11; clinician wording is terse and precise.
 * A second language is another module of the same `Messages` type.
 */
import type { MimicGroup, RlsCriterion } from '../assessment/assess';
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
import type { OptionId, QuestionId } from '../questionnaire/questions';
import type { GpScreenId, SectionId } from '../questionnaire/steps';

interface OptionText {
  label: string;
  hint?: string;
}

interface QuestionText<Q extends QuestionId> {
  /** The question as the page heading. */
  text: string;
  hint?: string;
  /** Terse prompt for the GP. */
  clinician: string;
  /** Short label for the check-answers list. */
  short: string;
  /** Error shown when nothing is chosen. */
  required: string;
  options: Record<OptionId<Q>, OptionText>;
}

const yesNoUnsure = { yes: { label: 'Yes' }, no: { label: 'No' }, unsure: { label: 'Not sure' } };

const questions: { [Q in QuestionId]: QuestionText<Q> } = {
  redFlags: {
    text: 'Before we start: do you have any of these right now?',
    hint: 'Tick all that apply.',
    clinician: 'Red-flag screen',
    short: 'Urgent warning signs',
    required: 'Tick the signs you have, or tick "None of these"',
    options: {
      oneLegSwollenHotRed: {
        label: 'One leg (calf or thigh) has become swollen, warm, red or tender — especially if it is only one leg.',
      },
      breathlessChestPain: {
        label: 'Sudden shortness of breath, chest pain that is worse when you breathe in, or coughing up blood.',
      },
      coldPaleNumbLeg: {
        label: 'A leg or foot that has suddenly become very painful, pale or bluish, cold, numb, or hard to move.',
      },
      severeTenseCalf: {
        label:
          'Severe, constant pain in the lower leg that keeps getting worse, with a tight, swollen, hard calf — especially after an injury or a tight cast or bandage.',
      },
      darkUrineWeakness: {
        label:
          'Dark brown, cola- or tea-coloured urine, or passing much less urine, together with muscle pain or weakness.',
      },
      saddleNumbnessBladder: {
        label:
          'New numbness between your legs or around your bottom, or new trouble controlling your bladder or bowels, with back or leg pain.',
      },
      newLegWeakness: {
        label:
          'New weakness in a leg or foot (for example the foot slapping or catching when you walk), or numbness that is spreading.',
      },
      crampOver10minUnrelieved: {
        label: 'A cramp that has lasted more than 10 minutes and will not ease, even with stretching or moving.',
      },
      woundOrToxinExposure: {
        label:
          'Muscle cramps or stiffness after a dirty wound, or after contact with something poisonous (for example lead or mercury).',
      },
      none: { label: 'None of these' },
    },
  },
  ageBand: {
    text: 'How old are you?',
    clinician: 'Age band',
    short: 'Age',
    required: 'Select your age group',
    options: {
      under18: { label: 'Under 18' },
      '18to49': { label: '18 to 49' },
      '50to64': { label: '50 to 64' },
      '65plus': { label: '65 or over' },
    },
  },
  pregnancy: {
    text: 'Are you pregnant, or have you given birth in the last 6 weeks?',
    clinician: 'Pregnant or post-partum (≤ 6 weeks)',
    short: 'Pregnancy',
    required: 'Select an answer about pregnancy',
    options: {
      pregnant: { label: 'Yes, pregnant' },
      postpartum6w: { label: 'Gave birth in the last 6 weeks' },
      no: { label: 'No' },
      notApplicable: { label: "Doesn't apply to me" },
    },
  },
  sensation: {
    text: 'What does it feel like?',
    hint: 'Tick everything that fits.',
    clinician: 'Symptom quality',
    short: 'What it feels like',
    required: 'Tick what it feels like, or tick "None of these"',
    options: {
      suddenPainfulTightening: {
        label: "A muscle suddenly tightens into a hard, very painful knot (a cramp or 'charley horse')",
      },
      urgeWithCrawlingAching: {
        label:
          'An uncomfortable feeling deep in my legs (for example creeping, crawling, pulling, fizzing, tingling, aching or even painful) that comes with a need to move them',
      },
      numbBurningTingling: {
        label: 'Numbness, burning or pins and needles, often in my feet, that is there whether or not I move',
      },
      jointOrMuscleAche: { label: 'A dull ache, stiffness or heaviness in my legs, joints or muscles' },
      innerRestlessnessWholeBody: { label: "A restless feeling inside my whole body: I can't keep still, not just my legs" },
      suddenJerkFallingAsleep: { label: "A single sudden jump or jerk just as I'm falling asleep" },
      noDiscomfortJustFidgeting: { label: 'No discomfort: I just jiggle or tap my feet out of habit' },
      noFeelingPartnerNotices: { label: "I don't feel anything; someone else has noticed my legs moving while I sleep" },
      none: { label: 'None of these / I have no leg symptoms' },
    },
  },
  urgeToMove: {
    text: 'When it happens, do you feel a strong need or urge to move your legs?',
    clinician: 'IRLSSG 1: urge to move the legs',
    short: 'Urge to move the legs',
    required: 'Select yes, no or not sure',
    options: yesNoUnsure,
  },
  muscleHardens: {
    text: 'During an episode, does the muscle itself go hard or tight?',
    hint: 'You can feel or see a knot, and sometimes it pulls your foot or toes into a fixed position.',
    clinician: 'ICSD-3 cramp A: involuntary muscle hardness or tightness',
    short: 'Muscle goes hard',
    required: 'Select yes, no or not sure',
    options: yesNoUnsure,
  },
  restTrigger: {
    text: 'Does it start, or get worse, when you are sitting or lying still?',
    hint: 'For example watching TV, in a car or plane, or in bed before you fall asleep.',
    clinician: 'IRLSSG 2: begins or worsens at rest ("wakes from sleep" favours cramps or PLMS arousal)',
    short: 'Starts or gets worse when still',
    required: 'Select an answer',
    options: {
      yes: { label: 'Yes' },
      no: { label: 'No' },
      onlyWakesFromSleep: { label: 'No, it wakes me up out of sleep' },
    },
  },
  relief: {
    text: 'What makes it better?',
    hint: 'Tick all that apply.',
    clinician: 'IRLSSG 3 (relief while moving) vs ICSD-3 cramp C (forceful stretch) vs positional, claudication or venous relief',
    short: 'What makes it better',
    required: 'Tick what makes it better, or tick "Doesn\'t apply"',
    options: {
      keepMoving: { label: 'Walking about or moving my legs: it stays better as long as I keep moving' },
      forcefulStretch: {
        label:
          'Firmly stretching the muscle (for example pulling my toes up towards me, or standing with my weight on that foot) until the knot lets go',
      },
      changePositionOnce: { label: 'Just shifting or changing position once, without needing to keep moving' },
      restOrElevate: { label: 'Stopping and resting, or putting my legs up' },
      nothingHelps: { label: 'Nothing seems to help' },
      notApplicable: { label: "Doesn't apply" },
    },
  },
  returnsOnRest: {
    text: 'If moving helps, does the feeling come back within a few minutes of sitting or lying down again?',
    clinician: 'Recurrence on resuming rest (supports IRLSSG 2–3)',
    short: 'Comes back when still again',
    required: 'Select an answer',
    options: { ...yesNoUnsure, notApplicable: { label: "Doesn't apply" } },
  },
  timing: {
    text: 'Does it change through the day?',
    clinician: 'IRLSSG 4: evening or night predominance; ICSD-3 cramp B: during time in bed',
    short: 'Time of day',
    required: 'Select when it happens',
    options: {
      eveningNightWorse: { label: 'It only happens, or is worse, in the evening or at night' },
      noDifference: { label: 'About the same at any time of day' },
      daytimeWorse: { label: "Worse in the daytime, for example when I'm active or walking" },
      onlyInBedOrSleep: { label: 'It only happens in bed, often waking me from sleep' },
    },
  },
  episodeLength: {
    text: 'How long does each episode last?',
    hint: 'Tick all that apply.',
    clinician: 'Episode duration (cramps: seconds to about 10 min; RLS persists while at rest)',
    short: 'How long it lasts',
    required: 'Tick how long it lasts, or tick "Not sure"',
    options: {
      secondsToMinutes: { label: 'From a few seconds up to about 10 minutes' },
      over10min: { label: 'Longer than 10 minutes' },
      lastsWhileStill: { label: 'It keeps going for as long as I stay still' },
      constant: { label: "It's there most of the time" },
      unknown: { label: 'Not sure' },
    },
  },
  location: {
    text: 'Where do you feel it?',
    hint: 'Tick all that apply.',
    clinician: 'Distribution: calf or foot (cramps); both legs ± arms (RLS); whole body (akathisia); joints (arthritis)',
    short: 'Where you feel it',
    required: 'Tick where you feel it',
    options: {
      calf: { label: 'Calf' },
      foot: { label: 'Foot' },
      thigh: { label: 'Thigh' },
      bothLegs: { label: 'Both legs' },
      oneLegOnly: { label: 'Only one leg' },
      arms: { label: 'Arms' },
      wholeBody: { label: 'All over my body' },
      joints: { label: 'In my joints' },
    },
  },
  frequency: {
    text: 'Over the past year, how often has this happened?',
    clinician: 'IRLSSG course specifier',
    short: 'How often',
    required: 'Select how often it happens',
    options: {
      fewerThan5Ever: { label: 'Fewer than 5 times in my life' },
      under2PerWeek: { label: 'Less than twice a week on average (but at least 5 times ever)' },
      '2plusPerWeek': { label: 'Twice a week or more on average' },
    },
  },
  impact: {
    text: 'How does it affect you?',
    hint: 'Tick all that apply.',
    clinician: 'Clinical significance (IRLSSG specifier / ICSD-3-TR RLS C); PLMD C',
    short: 'How it affects you',
    required: 'Tick how it affects you',
    options: {
      none: { label: "It doesn't really bother me" },
      sleepOnsetOrWaking: { label: 'It stops me getting to sleep or wakes me up' },
      daytimeTiredness: { label: 'I feel tired or sleepy in the day because of it' },
      distressOrFunction: { label: 'It upsets me, or affects my mood, concentration, work or daily life' },
    },
  },
  partnerObserved: {
    text: 'Has a bed partner or anyone else seen your legs jerk or kick again and again while you are asleep?',
    clinician: 'Witnessed repetitive leg movements in sleep (possible PLMS; PSG needed)',
    short: 'Leg kicks seen in sleep',
    required: 'Select an answer',
    options: {
      kickingIUnaware: { label: "Yes, and I'm not aware of it" },
      kickingIAware: { label: 'Yes, and I sometimes notice it too' },
      no: { label: 'No' },
      noObserver: { label: 'I sleep alone / nobody would know' },
    },
  },
  unrefreshed: {
    text: 'Do you often wake up feeling unrefreshed, or feel very sleepy in the day, even after a normal amount of time in bed?',
    clinician: 'Sleep disturbance or daytime impairment',
    short: 'Unrefreshed or sleepy',
    required: 'Select yes or no',
    options: { yes: { label: 'Yes' }, no: { label: 'No' } },
  },
  snoringApnoea: {
    text: 'Do you snore loudly, or has anyone seen you stop breathing, choke or gasp in your sleep?',
    clinician: 'OSA screen (PLMD exclusion; AASM modifiable factor)',
    short: 'Loud snoring or breathing pauses',
    required: 'Select yes, no or not sure',
    options: { yes: { label: 'Yes' }, no: { label: 'No' }, unknown: { label: 'Not sure' } },
  },
  medications: {
    text: 'Do you take any of these medicines?',
    hint: 'Tick all that apply.',
    clinician: 'Medication review: cramp-associated and RLS-exacerbating drugs',
    short: 'Medicines',
    required: 'Tick the medicines you take, or tick "None of these"',
    options: {
      diuretic: { label: 'Water tablets', hint: 'For example furosemide, bendroflumethiazide, indapamide, spironolactone' },
      statin: { label: 'A statin for cholesterol', hint: 'For example atorvastatin, simvastatin' },
      longActingBetaAgonist: { label: 'A long-acting asthma or COPD inhaler', hint: 'For example salmeterol, formoterol' },
      calciumChannelBlocker: { label: 'Nifedipine or amlodipine' },
      lithium: { label: 'Lithium' },
      nsaid: { label: 'Anti-inflammatory painkillers', hint: 'For example naproxen, ibuprofen' },
      ivIronSucrose: { label: 'Iron given by drip' },
      estrogenOrRaloxifene: { label: 'Oestrogen or HRT, or raloxifene' },
      teriparatide: { label: 'Teriparatide' },
      sedatingAntihistamine: {
        label: "Drowsy allergy medicines or 'night-time' sleep or cold remedies",
        hint: 'For example diphenhydramine, chlorphenamine, doxylamine, promethazine, hydroxyzine',
      },
      antipsychotic: {
        label: 'Antipsychotic medicine',
        hint: 'For example haloperidol, olanzapine, quetiapine, risperidone, aripiprazole',
      },
      dopamineBlockingAntiemetic: { label: 'Anti-sickness medicine such as metoclopramide or prochlorperazine' },
      antidepressant: {
        label: 'An antidepressant',
        hint: 'For example sertraline, citalopram, venlafaxine, mirtazapine, amitriptyline',
      },
      dopamineAgonistOrLevodopa: { label: 'Pramipexole, ropinirole, rotigotine or levodopa' },
      none: { label: 'None of these' },
    },
  },
  medStartedRecently: {
    text: 'Did the leg symptoms start, or get worse, within a few weeks of starting or increasing one of those medicines?',
    clinician: 'Temporal link to a medicine (akathisia; drug-induced RLS or cramps)',
    short: 'Started with a medicine',
    required: 'Select an answer',
    options: { yes: { label: 'Yes' }, no: { label: 'No' }, notApplicable: { label: "Doesn't apply" } },
  },
  conditions: {
    text: 'Has a doctor ever told you that you have any of these?',
    hint: 'Tick all that apply.',
    clinician: 'Associated or secondary conditions',
    short: 'Health conditions',
    required: 'Tick the conditions you have, or tick "None of these"',
    options: {
      kidneyDiseaseOrDialysis: { label: 'Kidney disease, or having dialysis' },
      diabetes: { label: 'Diabetes' },
      neuropathy: { label: 'Nerve damage in the feet or legs (neuropathy)' },
      ironDeficiencyOrBloodLoss: { label: 'Low iron or anaemia, heavy periods, or regular blood donation' },
      thyroidDisease: { label: 'A thyroid problem' },
      liverDisease: { label: 'Liver disease' },
      parkinsons: { label: "Parkinson's disease" },
      multipleSclerosis: { label: 'Multiple sclerosis (MS)' },
      peripheralArterialDisease: { label: 'Narrowed leg arteries (poor circulation)' },
      lumbarSpinalStenosis: { label: 'Narrowing in the lower back (spinal stenosis)' },
      venousDiseaseOrOedema: { label: 'Varicose veins or swollen legs' },
      arthritis: { label: 'Arthritis' },
      familyHistoryRLS: { label: 'A parent, brother or sister with restless legs' },
      heavyAlcohol: { label: 'I drink a lot of alcohol' },
      none: { label: 'None of these' },
    },
  },
  otherSymptoms: {
    text: 'Do you also have any of these?',
    hint: 'Tick all that apply.',
    clinician: 'Secondary-cause screen',
    short: 'Other symptoms',
    required: 'Tick the symptoms you have, or tick "None of these"',
    options: {
      numbTinglingFeet: { label: 'Numbness or tingling in my feet most of the time' },
      calfPainWalkingEasesRest: { label: 'Calf pain when I walk that goes when I stop' },
      excessiveThirst: { label: 'Being very thirsty or passing a lot of urine' },
      bothAnklesSwell: { label: 'Both ankles swell' },
      tremorOrSlowness: { label: 'A shake (tremor), stiffness or slowness of movement' },
      lightheadedOnStanding: { label: 'Feeling faint or light-headed when I stand up' },
      muscleWastingOrTwitching: { label: 'Muscles getting thinner, or twitching under the skin' },
      none: { label: 'None of these' },
    },
  },
};

const missingCriterion: Record<RlsCriterion, string> = {
  R1: 'an urge to move your legs',
  R2: 'starting or getting worse when you rest',
  R3: 'easing while you keep moving',
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

const alerts: Record<MimicLabel, { patient: string; clinician: string }> = {
  peripheralNeuropathyMimic: {
    patient: 'Numbness, burning or tingling can come from the nerves (neuropathy). Your GP can check this.',
    clinician: 'Peripheral neuropathy features: mimic or co-existing condition.',
  },
  akathisiaMimic: {
    patient:
      'Some medicines can cause a restless feeling in the whole body (akathisia). Talk to the person who prescribed it soon. Do not stop it on your own.',
    clinician: 'Possible akathisia: whole-body restlessness with a dopamine antagonist.',
  },
  positionalDiscomfortMimic: {
    patient: 'Discomfort that goes after one change of position is usually from how you were lying or sitting.',
    clinician: 'Positional discomfort: relieved by a single change of position.',
  },
  venousOrOedemaMimic: {
    patient: 'Heavy, aching legs that feel better when you rest or raise them can come from the veins or swelling.',
    clinician: 'Venous stasis or oedema pattern: relief by rest or elevation.',
  },
  claudicationMimic: {
    patient: 'Calf pain when walking that goes when you stop can be a sign of poor circulation. Your GP should check this.',
    clinician: 'Claudication pattern: exertional calf pain relieved by rest; vascular examination / ABPI.',
  },
  arthritisMimic: {
    patient: 'Aching in the joints may come from the joints themselves (arthritis).',
    clinician: 'Arthritis or myalgia: joint-localised ache.',
  },
  habitualFootTappingMimic: {
    patient: 'Tapping or jiggling your feet out of habit, without discomfort, is not restless legs.',
    clinician: 'Habitual foot tapping: no discomfort or urge.',
  },
  hypnicJerksMimic: {
    patient: 'A single jerk as you fall asleep (a "sleep start") is common and is not restless legs.',
    clinician: 'Hypnic jerks reported.',
  },
  dystoniaMimic: {
    patient: "Parkinson's can cause cramp-like muscle spasms (dystonia); your doctor should check.",
    clinician: "Parkinson's disease or tremor/slowness: consider dystonia as a cramp mimic.",
  },
  daytimeOrExerciseCramps: {
    patient: 'Your cramps happen in the daytime or with exercise, not in bed; that is a different type of cramp.',
    clinician: 'Cramps outside time in bed: daytime or exercise-associated cramps, not sleep-related leg cramps.',
  },
  rlsAugmentationToReview: {
    patient:
      'You take a medicine for restless legs and your symptoms are spreading or coming earlier. Ask your GP to review it. Do not stop it on your own.',
    clinician: 'Dopamine agonist or levodopa with earlier, spreading or daytime symptoms: review for augmentation.',
  },
  osaToExclude: {
    patient: 'Loud snoring or pauses in breathing need checking for sleep apnoea.',
    clinician: 'Snoring or witnessed apnoeas: exclude OSA; PLMD cannot be diagnosed while OSA is untreated.',
  },
};

export const en = {
  appName: 'nightlegs',
  appTitle: 'Night-time leg symptoms: what might they be?',
  ui: {
    continue: 'Continue',
    back: 'Back',
    or: 'or',
    errorSummaryTitle: 'There is a problem',
    errorPrefix: 'Error:',
    titleErrorPrefix: 'Error: ',
    exclusiveError: 'You cannot tick "{option}" together with other answers',
    skipToContent: 'Skip to main content',
    footer: 'nightlegs does not send your answers anywhere. They stay on this device.',
  },
  session: {
    resumeTitle: 'Continue where you left off?',
    resumeLead: 'Answers from an earlier visit are saved on this device.',
    resumeSavedAt: 'Last saved: {date}.',
    resumeContinue: 'Continue where you left off',
    resumeStartAgain: 'Start again',
    resumeSharedComputer: 'If this is not you, or this is a shared computer, choose "Start again": it removes the saved answers.',
    forget: 'Forget my answers',
    forgotten: 'Your answers have been removed from this device.',
    noticeTitle: 'Important',
    problems: {
      corrupt: 'Your saved answers were damaged and could not be read.',
      newerVersion: 'Your saved answers come from a newer version of nightlegs and cannot be read by this one.',
      unknownFormat: 'Your saved answers are in a form this version of nightlegs does not know.',
      someAnswersDropped: 'Some of your saved answers are no longer asked and were left out. The others are kept.',
    },
    downloadRaw: 'Download the saved answers',
    discardRaw: 'Remove them and carry on',
    storageUnavailable:
      'This browser is not letting nightlegs save your answers (for example in private browsing). You can still use it, but your answers will be lost if you close or reload this page.',
    quotaExceeded: 'Your answers could not be saved because this device is out of storage space. Do not close this page until you have finished.',
    errorTitle: 'Sorry, something went wrong',
    errorBody: 'The page could not be shown. Your answers are still saved on this device.',
    errorDownload: 'Download my answers',
    errorStartAgain: 'Start again',
  },
  start: {
    title: 'Night-time leg symptoms: what might they be?',
    lead: 'Answer some questions about your legs at night. You will get a summary to take to your GP.',
    whatItChecks:
      'It looks at three common causes: night-time leg cramps, restless legs syndrome, and periodic limb movement disorder (legs that jerk again and again in sleep).',
    takes: 'It takes about 5 minutes.',
    notDiagnosis: 'This is not a diagnosis. Only a doctor can tell you what is wrong.',
    emergency:
      'If you have chest pain, sudden breathlessness, or a leg that is suddenly cold, pale and very painful, call 999 now.',
    privacyTitle: 'Your answers stay on this device',
    privacy:
      'Your answers are kept only in this browser, so that you can come back to them. Nothing is sent to us or to anyone else: there is no account, no tracking and no analytics, and the page cannot connect to the internet once it has loaded. On a shared computer, use "Forget my answers" at the bottom of the page when you have finished.',
    button: 'Start now',
  },
  sections: {
    redFlags: 'Urgent warning signs',
    aboutYou: 'About you',
    symptoms: 'What it feels like',
    crampDetails: 'How long, where and how often',
    sleep: 'Sleep',
    medicinesAndConditions: 'Medicines and health',
  } satisfies Record<SectionId, string>,
  questions,
  gp: {
    modeName: 'GP mode',
    screens: {
      screening: 'Red flags and patient details',
      symptoms: 'Symptom character and the four RLS questions',
      crampDetails: 'Duration, distribution and frequency',
      sleep: 'Sleep and bed partner',
      medicinesAndConditions: 'Medicines, conditions and other symptoms',
    } satisfies Record<GpScreenId, string>,
    screenLead: 'Read each question to the patient; the patient wording is under each prompt.',
    patientWordingLabel: 'Ask:',
    startTitle: 'Night-time leg symptoms: GP mode',
    startLead:
      'Go through the questionnaire with the patient in five screens, with clinician prompts, and get criterion checklists, suggested tests and a note for the record.',
    startButton: 'Start in GP mode',
    switchToGp: 'Using this with a patient in a consultation? Open GP mode',
    switchToPatient: 'Switch to the patient version (one question per page)',
    confirm: 'See the result',
  },
  urgent: {
    emergencyTitle: 'Emergency: call 999 now',
    emergencyBody: 'One of the signs you ticked can be serious and needs help straight away. Call 999 or go to A&E now.',
    sameDayTitle: 'Urgent: get medical advice today',
    sameDayBody: 'One of the signs you ticked needs to be checked today. Contact your GP straight away for an urgent appointment, or call 111.',
    maternity: 'Because you are pregnant or had a baby in the last 6 weeks, contact your maternity unit or midwife today.',
    youTicked: 'You told us about:',
    carryOnIntro:
      'When you have got help, or while you wait, you can carry on answering. Your answers will go into a summary for your GP, with these warning signs at the top.',
    carryOn: 'Carry on answering',
    changeRedFlags: 'Change my answer about warning signs',
    urgencyLabel: { emergency: 'Emergency', sameDay: 'Urgent' },
  },
  checkAnswers: {
    title: 'Check your answers',
    lead: 'Check your answers before you see the summary.',
    change: 'Change',
    notAnswered: 'Not answered',
    confirm: 'See my results',
  },
  result: {
    title: 'Your summary',
    clinicianTitle: 'Clinician summary',
    redFlagTitle: 'Your answers include urgent warning signs',
    suggestTitle: 'What your answers suggest',
    noneFits:
      "Your answers don't clearly match night cramps, restless legs or periodic limb movements. Please discuss your symptoms with your GP.",
    twoThings: 'You may have two different things: restless legs AND night cramps.',
    bandWords: { likely: 'likely', possible: 'possible', unlikely: 'unlikely' },
    fitsLabel: 'How well it fits:',
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
    sourcesLead: 'The sources behind the reasons on this page:',
    sourceLabel: { G: 'guideline', P: 'study', R: 'review', W: 'weak source', 'R/W': 'review (weak)', 'P/W': 'study (weak)', 'G/W': 'draft guideline' } as Record<string, string>,
    startAgain: 'Start again',
    exportTitle: 'Take your answers to your GP',
    changeAnswers: 'Change my answers',
    urgentLinksNote: 'Because of the warning signs, the questionnaire did not score your other answers. Urgent care comes first.',
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
      clinician: () => 'IRLSSG 1–4 met; no discordant mimic; criterion 5 to be confirmed clinically.',
    },
    rlsAkathisia: {
      patient: () =>
        'You described the pattern of restless legs, but you also take a medicine that can cause whole-body restlessness (akathisia).',
      clinician: () => 'IRLSSG 1–4 met; akathisia (dopamine antagonist) cannot be excluded; criterion 5 uncertain.',
    },
    rlsCoexistingMimic: {
      patient: (r: { mimics: MimicGroup[] }) =>
        `You described the pattern of restless legs, but you also have ${listInWords(r.mimics.map((m) => mimicGroupWords[m]))} symptoms that can feel similar; your doctor will need to tell them apart.`,
      clinician: (r: { mimics: MimicGroup[] }) =>
        `IRLSSG 1–4 met; co-existing ${listInWords(r.mimics.map((m) => ({ nerve: 'neuropathy', vein: 'venous disease or oedema', circulation: 'claudication' })[m]))} — criterion 5 needs clinical judgement (RLS and the mimic may co-exist).`,
    },
    rlsOneMissing: {
      patient: (r: { missing: RlsCriterion[] }) =>
        `Some but not all features of restless legs. You did not describe ${listInWords(r.missing.map((c) => missingCriterion[c]))}.`,
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
      clinician: () => 'IRLSSG 1 (urge to move) not met.',
    },
    rlsTooFewFeatures: {
      patient: (r: { missing: RlsCriterion[] }) =>
        `You did not describe ${listInWords(r.missing.map((c) => missingCriterion[c]))}.`,
      clinician: (r: { missing: RlsCriterion[] }) =>
        `IRLSSG criteria ${r.missing.map((c) => c.slice(1)).join(', ')} not met.`,
    },
    crampsAllThree: {
      patient: () =>
        'Sudden, painful hardening of the muscle in bed that eases when you stretch it: the pattern of night-time leg cramps.',
      clinician: () => 'ICSD-3 cramp features A–C present.',
    },
    crampsSome: {
      patient: () => 'Some features of night cramps.',
      clinician: (r: { unconfirmed: ('A' | 'C')[] }) => `ICSD-3: element ${r.unconfirmed.join(' and ')} not confirmed.`,
    },
    crampsParkinsonsDowngrade: {
      patient: () => "Parkinson's can cause cramp-like muscle spasms (dystonia); your doctor should check.",
      clinician: () => "Downgraded to possible: Parkinson's disease or tremor/slowness (dystonia mimic).",
    },
    crampsNotDescribed: {
      patient: () => 'You did not describe a muscle that suddenly tightens into a painful knot.',
      clinician: () => 'ICSD-3 cramp A not reported.',
    },
    crampsNotInBed: {
      patient: () => 'Your cramps do not seem to happen in bed or at night.',
      clinician: () => 'ICSD-3 cramp B (during time in bed) not met.',
    },
    plmdRlsTakesPrecedence: {
      patient: () => 'Leg jerks in sleep are common with restless legs, so this is not counted separately.',
      clinician: () =>
        'Limb movements in sleep are common in RLS and are recorded as PLMS; PLMD is not diagnosed when RLS is present.',
    },
    plmdSuspected: {
      patient: () =>
        'Someone has seen your legs kick repeatedly in your sleep and you sleep badly or feel sleepy. This can be periodic limb movement disorder, but only an overnight sleep study can confirm it.',
      clinician: () =>
        'PLMD suspected; PSG required (ICSD-3 A–B); criterion C plausible; exclude D (OSA, narcolepsy, RBD, drugs).',
    },
    plmdNotSuspected: {
      patient: () => 'Nobody has reported leg kicks in your sleep together with poor sleep.',
      clinician: () => 'No witnessed repetitive movements with sleep disturbance.',
    },
    plmdCannotAssessWithoutObserver: {
      patient: () => 'Without someone to watch you sleep, or a sleep study, we cannot tell if your legs move in sleep.',
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
    tetanusOrToxinRisk: 'Possible tetanus or poisoning',
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
    crampsConsiderPanel: 'Often not needed for cramps, but salts, calcium and thyroid can be checked if a cause is suspected.',
    crampsMagnesium: 'Your medicines or health conditions can lower magnesium.',
    crampsDiabetes: 'Thirst or diabetes: blood sugar can be checked.',
    crampsLiver: 'Liver disease or alcohol can play a part in cramps.',
    crampsMuscle: 'Statins, thinning or twitching muscles: a muscle test can help.',
    plmdWorkUp: 'Only an overnight sleep study can confirm periodic limb movements; iron and kidney tests look for causes.',
    neuropathyPattern: 'Numbness or tingling: these tests look for common causes of nerve problems.',
    ankleSwelling: 'Both ankles swelling can come from the kidneys or heart.',
  } satisfies Record<LabRuleId, string>,
  medicineLinks: {
    cramps: 'has been linked to leg cramps',
    rlsWorse: 'can make restless legs worse',
    augmentation: 'can, over time, make restless legs come earlier or spread (augmentation)',
  } satisfies Record<MedicineLink, string>,
  conditionLinks: {
    cramps: 'is linked to leg cramps',
    rls: 'is linked to restless legs',
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
  advice: {
    crampStretching:
      'Gently stretch your calf muscles before bed. Some studies found this helps, others did not.',
    rlsAlcoholCaffeine: 'Cut down on alcohol and caffeine (coffee, tea, cola), especially in the evening.',
    keepTakingMedicines: 'Keep taking your medicines. Ask your GP or pharmacist if one of them could be playing a part.',
    bringSummary: 'Take this summary to your GP appointment, or show it on your phone.',
  } satisfies Record<AdviceId, string>,
  notes: {
    underEighteen: 'You are under 18: a doctor should go through these answers with you, because the rules for children are different.',
    maternityAssessment: 'Because you are pregnant or had a baby in the last 6 weeks, contact your maternity unit or midwife today.',
    medStartedRecently: 'You said the symptoms started or got worse after a medicine was started or increased. Tell your GP which one.',
  },
};

export type Messages = typeof en;
