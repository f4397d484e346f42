/**
 * Every word the app shows, in English, keyed by the ids of the catalogue and the assessment.
 * Patient wording aims at a reading age of about 9–11; clinician wording is terse and precise.
 * A second language is another module of the same `Messages` type.
 */
import type { OptionId, QuestionId } from '../catalogue/questions';

interface OptionText {
  label: string;
  hint?: string;
}

interface QuestionText<Q extends QuestionId> {
  /** The question as the page heading. */
  text: string;
  hint?: string;
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
    short: 'Urge to move the legs',
    required: 'Select yes, no or not sure',
    options: yesNoUnsure,
  },
  muscleHardens: {
    text: 'During an episode, does the muscle itself go hard or tight?',
    hint: 'You can feel or see a knot, and sometimes it pulls your foot or toes into a fixed position.',
    short: 'Muscle goes hard',
    required: 'Select yes, no or not sure',
    options: yesNoUnsure,
  },
  restTrigger: {
    text: 'Does it start, or get worse, when you are sitting or lying still?',
    hint: 'For example watching TV, in a car or plane, or in bed before you fall asleep.',
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
    short: 'Comes back when still again',
    required: 'Select an answer',
    options: { ...yesNoUnsure, notApplicable: { label: "Doesn't apply" } },
  },
  timing: {
    text: 'Does it change through the day?',
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
    short: 'Unrefreshed or sleepy',
    required: 'Select yes or no',
    options: { yes: { label: 'Yes' }, no: { label: 'No' } },
  },
  snoringApnoea: {
    text: 'Do you snore loudly, or has anyone seen you stop breathing, choke or gasp in your sleep?',
    short: 'Loud snoring or breathing pauses',
    required: 'Select yes, no or not sure',
    options: { yes: { label: 'Yes' }, no: { label: 'No' }, unknown: { label: 'Not sure' } },
  },
  medications: {
    text: 'Do you take any of these medicines?',
    hint: 'Tick all that apply.',
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
    short: 'Started with a medicine',
    required: 'Select an answer',
    options: { yes: { label: 'Yes' }, no: { label: 'No' }, notApplicable: { label: "Doesn't apply" } },
  },
  conditions: {
    text: 'Has a doctor ever told you that you have any of these?',
    hint: 'Tick all that apply.',
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

export const en = {
  appName: 'nightlegs',
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
    errorConfirmStartAgain: 'Starting again removes your saved answers from this device. If you want to keep them, download them first.',
    errorConfirmRemove: 'Yes, remove my answers and start again',
    errorKeepAnswers: 'No, keep my answers',
    loadFailedTitle: 'This page could not load',
    loadFailedBody: 'Check your internet connection and try again. Your answers are still saved on this device.',
    loadFailedSection: 'This part of the page could not load. Check your internet connection and try again.',
    loadFailedTryAgain: 'Try again',
    changedInAnotherTab:
      'Your answers were changed in another tab or window. This page now shows the latest answers. Check the page before you carry on.',
    hideNotice: 'Hide this message',
    removedInAnotherTab: 'Your answers were removed in another tab or window, so this page has gone back to the start.',
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
  },
  questions,
  gp: {
    screens: {
      screening: 'Red flags and patient details',
      symptoms: 'Symptom character and the four RLS questions',
      crampDetails: 'Duration, distribution and frequency',
      sleep: 'Sleep and bed partner',
      medicinesAndConditions: 'Medicines, conditions and other symptoms',
    },
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
  takeAway: {
    title: 'Take your answers to your GP',
  },
  checkAnswers: {
    title: 'Check your answers',
    lead: 'Check your answers before you see the summary.',
    change: 'Change',
    notAnswered: 'Not answered',
    confirm: 'See my results',
  },
};

export type Messages = typeof en;
