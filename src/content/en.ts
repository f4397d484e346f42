/**
 * Every word the app shows, in English, keyed by the ids of the catalogue and the assessment.
 * Patient wording aims at a reading age of about 9–11; clinician wording is terse and precise.
 * A second language is another module of the same `Messages` type.
 */
import type { OptionId, QuestionId } from '../catalogue/questions';

/** Words for a person answering for someone else: only the parts that differ are given. */
interface ThirdPersonOption {
  label?: string;
  hint?: string;
}

interface OptionText {
  label: string;
  hint?: string;
  /** The same option when someone else is answering for the person (the `respondent` answer). */
  thirdPerson?: ThirdPersonOption;
}

interface QuestionWords {
  /** The question as the page heading. */
  text: string;
  hint?: string;
  /** Short label for the check-answers list. */
  short: string;
  /** Error shown when nothing is chosen. */
  required: string;
}

interface QuestionText<Q extends QuestionId> extends QuestionWords {
  options: Record<OptionId<Q>, OptionText>;
  /** The question's words when someone else is answering; what is not given reads the same. */
  thirdPerson?: Partial<QuestionWords>;
}

const yesNoUnsure = { yes: { label: 'Yes' }, no: { label: 'No' }, unsure: { label: 'Not sure' } };

const questions: { [Q in QuestionId]: QuestionText<Q> } = {
  // Asked of the person holding the device, so it reads the same whoever the answers are about.
  respondent: {
    text: 'Who are you answering for?',
    short: 'Answering for',
    required: 'Select who you are answering for',
    options: {
      self: { label: 'Myself' },
      someoneElse: { label: 'Someone else (for example my child, my partner, or a person I care for)' },
    },
  },
  redFlags: {
    text: 'Before we start: do you have any of these right now?',
    hint: 'Tick all that apply.',
    short: 'Urgent warning signs',
    required: 'Tick the signs you have, or tick "None of these"',
    thirdPerson: {
      text: 'Before we start: do they have any of these right now?',
      required: 'Tick the signs they have, or tick "None of these"',
    },
    options: {
      oneLegSwollenHotRed: {
        label: 'One leg (calf or thigh) has become swollen, warm, red or tender — especially if it is only one leg.',
      },
      breathlessChestPain: {
        label: 'Sudden shortness of breath, chest pain that is worse when you breathe in, or coughing up blood.',
        thirdPerson: {
          label: 'Sudden shortness of breath, chest pain that is worse when they breathe in, or coughing up blood.',
        },
      },
      coldPaleNumbLeg: {
        label: 'A leg or foot that has suddenly become very painful, pale or bluish, cold, numb, or hard to move.',
      },
      severeTenseCalf: {
        label:
          'Severe, constant pain in the lower leg that keeps getting worse, with a tight, swollen, hard calf — especially after an injury or a tight cast or bandage.',
      },
      darkUrineWeakness: {
        label: 'Dark brown, cola- or tea-coloured urine, together with muscle pain or weakness.',
      },
      saddleNumbnessBladder: {
        label:
          'New numbness between your legs or around your bottom, or new trouble passing urine or controlling your bladder or bowels, with back or leg pain.',
        thirdPerson: {
          label:
            'New numbness between their legs or around their bottom, or new trouble passing urine or controlling their bladder or bowels, with back or leg pain.',
        },
      },
      newLegWeakness: {
        label:
          'New weakness in a leg or foot that has come on over days or weeks (for example the foot slapping or catching when you walk), or numbness that is spreading over hours or days.',
        thirdPerson: {
          label:
            'New weakness in a leg or foot that has come on over days or weeks (for example the foot slapping or catching when they walk), or numbness that is spreading over hours or days.',
        },
      },
      crampOver10minUnrelieved: {
        label: 'A cramp that has lasted more than 10 minutes and will not ease, even with stretching or moving.',
      },
      stiffnessAfterWound: {
        label:
          'Muscle stiffness or painful spasms (for example a stiff jaw or trouble swallowing) in the days or weeks after a cut, wound, bite or burn.',
      },
      toxinExposure: {
        label: 'Muscle cramps or stiffness after contact with something poisonous (for example lead, mercury or weed killer).',
      },
      none: { label: 'None of these' },
    },
  },
  ageBand: {
    text: 'How old are you?',
    short: 'Age',
    required: 'Select your age group',
    thirdPerson: { text: 'How old are they?', required: 'Select their age group' },
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
    thirdPerson: { text: 'Are they pregnant, or have they given birth in the last 6 weeks?' },
    options: {
      pregnant: { label: 'Yes, pregnant' },
      postpartum6w: { label: 'Gave birth in the last 6 weeks' },
      no: { label: 'No' },
      notApplicable: { label: "Doesn't apply to me", thirdPerson: { label: "Doesn't apply to them" } },
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
        thirdPerson: {
          label:
            'An uncomfortable feeling deep in their legs (for example creeping, crawling, pulling, fizzing, tingling, aching or even painful) that comes with a need to move them',
        },
      },
      numbBurningTingling: {
        label: 'Numbness, burning or pins and needles, often in my feet, that is there whether or not I move',
        thirdPerson: { label: 'Numbness, burning or pins and needles, often in their feet, that is there whether or not they move' },
      },
      jointOrMuscleAche: {
        label: 'A dull ache, stiffness or heaviness in my legs, joints or muscles',
        thirdPerson: { label: 'A dull ache, stiffness or heaviness in their legs, joints or muscles' },
      },
      innerRestlessnessWholeBody: {
        label: "A restless feeling inside my whole body: I can't keep still, not just my legs",
        thirdPerson: { label: "A restless feeling inside their whole body: they can't keep still, not just their legs" },
      },
      suddenJerkFallingAsleep: {
        label: "A single sudden jump or jerk just as I'm falling asleep",
        thirdPerson: { label: "A single sudden jump or jerk just as they're falling asleep" },
      },
      noDiscomfortJustFidgeting: {
        label: 'No discomfort: I just jiggle or tap my feet out of habit',
        thirdPerson: { label: 'No discomfort: they just jiggle or tap their feet out of habit' },
      },
      noFeelingPartnerNotices: {
        label: "I don't feel anything; someone else has noticed my legs moving while I sleep",
        thirdPerson: { label: "They don't feel anything; someone has noticed their legs moving while they sleep" },
      },
      none: {
        label: 'None of these / I have no leg symptoms',
        thirdPerson: { label: 'None of these / they have no leg symptoms' },
      },
    },
  },
  urgeToMove: {
    text: 'When it happens, do you feel a strong need or urge to move your legs?',
    short: 'Urge to move the legs',
    required: 'Select yes, no or not sure',
    thirdPerson: { text: 'When it happens, do they feel a strong need or urge to move their legs?' },
    options: yesNoUnsure,
  },
  muscleHardens: {
    text: 'During an episode, does the muscle itself go hard or tight?',
    hint: 'You can feel or see a knot, and sometimes it pulls your foot or toes into a fixed position.',
    short: 'Muscle goes hard',
    required: 'Select yes, no or not sure',
    thirdPerson: { hint: 'A knot can be felt or seen, and sometimes it pulls their foot or toes into a fixed position.' },
    options: yesNoUnsure,
  },
  restTrigger: {
    text: 'Does it start, or get worse, when you are sitting or lying still?',
    hint: 'For example watching TV, in a car or plane, or lying in bed awake.',
    short: 'Starts or gets worse when still',
    required: 'Select an answer',
    thirdPerson: { text: 'Does it start, or get worse, when they are sitting or lying still?' },
    options: {
      yes: { label: 'Yes' },
      no: { label: 'No' },
      onlyWakesFromSleep: { label: 'No, it wakes me up out of sleep', thirdPerson: { label: 'No, it wakes them up out of sleep' } },
    },
  },
  relief: {
    text: 'What makes it better?',
    hint: 'Tick all that apply.',
    short: 'What makes it better',
    required: 'Tick what makes it better, or tick "Doesn\'t apply"',
    options: {
      keepMoving: {
        label: 'Walking about or moving my legs: it stays better as long as I keep moving',
        thirdPerson: { label: 'Walking about or moving their legs: it stays better as long as they keep moving' },
      },
      forcefulStretch: {
        label:
          'Firmly stretching the muscle (for example pulling my toes up towards me, or standing with my weight on that foot) until the knot lets go',
        thirdPerson: {
          label:
            'Firmly stretching the muscle (for example pulling their toes up towards them, or standing with their weight on that foot) until the knot lets go',
        },
      },
      changePositionOnce: { label: 'Just shifting or changing position once, without needing to keep moving' },
      restOrElevate: {
        label: 'Stopping and resting, or putting my legs up',
        thirdPerson: { label: 'Stopping and resting, or putting their legs up' },
      },
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
      daytimeWorse: {
        label: "Worse in the daytime, for example when I'm active or walking",
        thirdPerson: { label: "Worse in the daytime, for example when they're active or walking" },
      },
      onlyInBedOrSleep: {
        label: 'It only happens in bed, often waking me from sleep',
        thirdPerson: { label: 'It only happens in bed, often waking them from sleep' },
      },
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
      repeatedJerks: { label: 'Short jerks or kicks that keep coming back, again and again, for a while' },
      lastsWhileStill: {
        label: 'It keeps going for as long as I stay still',
        thirdPerson: { label: 'It keeps going for as long as they stay still' },
      },
      constant: { label: "It's there most of the time" },
      unknown: { label: 'Not sure' },
    },
  },
  location: {
    text: 'Where do you feel it?',
    hint: 'Tick all that apply.',
    short: 'Where you feel it',
    required: 'Tick where you feel it',
    thirdPerson: { text: 'Where do they feel it?', short: 'Where they feel it', required: 'Tick where they feel it' },
    options: {
      calf: { label: 'Calf' },
      foot: { label: 'Foot' },
      thigh: { label: 'Thigh' },
      hipsOrButtocks: { label: 'Hips or buttocks' },
      bothLegs: { label: 'Both legs' },
      oneLegOnly: { label: 'Only one leg' },
      switchesSides: { label: 'Sometimes one leg, sometimes the other' },
      arms: { label: 'Arms' },
      wholeBody: { label: 'All over my body', thirdPerson: { label: 'All over their body' } },
      joints: { label: 'In my joints', thirdPerson: { label: 'In their joints' } },
    },
  },
  onset: {
    text: 'When did this first start?',
    short: 'When it started',
    required: 'Select when it started',
    options: {
      underOneMonth: { label: 'Less than a month ago' },
      oneToTwelveMonths: { label: 'Between a month and a year ago' },
      overOneYear: { label: 'More than a year ago' },
      unsure: { label: 'Not sure' },
    },
  },
  frequency: {
    text: 'How often does it happen?',
    hint: 'Think about the time since it started, or the last year if it started longer ago.',
    short: 'How often',
    required: 'Select how often it happens',
    options: {
      fewerThan5Ever: { label: 'Only a few times so far (fewer than 5 times)' },
      under2PerWeek: { label: 'Less than twice a week on average' },
      '2plusPerWeek': { label: 'Twice a week or more on average' },
    },
  },
  impact: {
    text: 'How does it affect you?',
    hint: 'Tick all that apply.',
    short: 'How it affects you',
    required: 'Tick how it affects you',
    thirdPerson: { text: 'How does it affect them?', short: 'How it affects them', required: 'Tick how it affects them' },
    options: {
      none: { label: "It doesn't really bother me", thirdPerson: { label: "It doesn't really bother them" } },
      sleepOnsetOrWaking: {
        label: 'It stops me getting to sleep or wakes me up',
        thirdPerson: { label: 'It stops them getting to sleep or wakes them up' },
      },
      daytimeTiredness: {
        label: 'I feel tired or sleepy in the day because of it',
        thirdPerson: { label: 'They feel tired or sleepy in the day because of it' },
      },
      distressOrFunction: {
        label: 'It upsets me, or affects my mood, concentration, work or daily life',
        thirdPerson: { label: 'It upsets them, or affects their mood, concentration, work or daily life' },
      },
    },
  },
  partnerObserved: {
    text: 'Has a bed partner or anyone else seen your legs jerk or kick again and again while you are asleep?',
    short: 'Leg kicks seen in sleep',
    required: 'Select an answer',
    thirdPerson: { text: 'Has anyone seen their legs jerk or kick again and again while they are asleep?' },
    options: {
      kickingIUnaware: { label: "Yes, and I'm not aware of it", thirdPerson: { label: "Yes, and they're not aware of it" } },
      kickingIAware: {
        label: 'Yes, and I sometimes notice it too',
        thirdPerson: { label: 'Yes, and they sometimes notice it too' },
      },
      no: { label: 'No' },
      noObserver: { label: 'I sleep alone / nobody would know', thirdPerson: { label: 'They sleep alone / nobody would know' } },
    },
  },
  unrefreshed: {
    text: 'Do you often wake up feeling unrefreshed, or feel very sleepy in the day, even after a normal amount of time in bed?',
    short: 'Unrefreshed or sleepy',
    required: 'Select yes or no',
    thirdPerson: {
      text: 'Do they often wake up feeling unrefreshed, or feel very sleepy in the day, even after a normal amount of time in bed?',
    },
    options: { yes: { label: 'Yes' }, no: { label: 'No' } },
  },
  snoringApnoea: {
    text: 'Do you snore loudly, or has anyone seen you stop breathing, choke or gasp in your sleep?',
    short: 'Loud snoring or breathing pauses',
    required: 'Select yes, no or not sure',
    thirdPerson: { text: 'Do they snore loudly, or has anyone seen them stop breathing, choke or gasp in their sleep?' },
    options: { yes: { label: 'Yes' }, no: { label: 'No' }, unknown: { label: 'Not sure' } },
  },
  medications: {
    text: 'Do you take any of these medicines?',
    hint: 'Tick all that apply.',
    short: 'Medicines',
    required: 'Tick the medicines you take, or tick "None of these"',
    thirdPerson: {
      text: 'Do they take any of these medicines?',
      required: 'Tick the medicines they take, or tick "None of these"',
    },
    options: {
      diuretic: { label: 'Water tablets', hint: 'For example furosemide, bendroflumethiazide, indapamide, spironolactone' },
      statin: { label: 'A statin for cholesterol', hint: 'For example atorvastatin, simvastatin' },
      longActingBetaAgonist: { label: 'A long-acting asthma or COPD inhaler', hint: 'For example salmeterol, formoterol' },
      calciumChannelBlocker: { label: 'Nifedipine or amlodipine' },
      lithium: { label: 'Lithium' },
      nsaid: {
        label: 'Anti-inflammatory painkiller tablets taken most days',
        hint: 'For example naproxen or ibuprofen. Gels, and a tablet now and then, do not count.',
      },
      ivIronSucrose: { label: 'Iron given by drip' },
      estrogenOrRaloxifene: { label: 'Oestrogen or HRT, or raloxifene' },
      teriparatide: { label: 'Teriparatide' },
      sedatingAntihistamine: {
        label: "Drowsy allergy medicines or 'night-time' sleep or cold remedies",
        hint: 'For example Piriton, Nytol, Phenergan, or night-time cold and flu remedies (diphenhydramine, chlorphenamine, doxylamine, promethazine, hydroxyzine)',
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
      oralIron: { label: 'Iron tablets, or vitamins with iron in them' },
      otherMedicine: { label: 'Another medicine that is not on this list' },
      none: { label: 'None of these' },
    },
  },
  medStartedRecently: {
    text: 'Did the leg symptoms start, or get worse, within a few weeks of starting or increasing one of those medicines?',
    short: 'Started with a medicine',
    required: 'Select an answer',
    options: { yes: { label: 'Yes' }, no: { label: 'No' }, unsure: { label: 'Not sure' }, notApplicable: { label: "Doesn't apply" } },
  },
  conditions: {
    text: 'Do any of these apply to you?',
    hint: 'Tick all that apply. Include anything a doctor, nurse or midwife has told you.',
    short: 'Health conditions',
    required: 'Tick the conditions you have, or tick "None of these"',
    thirdPerson: {
      text: 'Do any of these apply to them?',
      hint: 'Tick all that apply. Include anything a doctor, nurse or midwife has said about them.',
      required: 'Tick the conditions they have, or tick "None of these"',
    },
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
      familyHistoryRLS: { label: 'A parent, brother, sister or child with restless legs, or with the same kind of leg feelings' },
      heavyAlcohol: { label: 'I drink a lot of alcohol', thirdPerson: { label: 'They drink a lot of alcohol' } },
      none: { label: 'None of these' },
    },
  },
  otherSymptoms: {
    text: 'Do you also have any of these?',
    hint: 'Tick all that apply.',
    short: 'Other symptoms',
    required: 'Tick the symptoms you have, or tick "None of these"',
    thirdPerson: {
      text: 'Do they also have any of these?',
      required: 'Tick the symptoms they have, or tick "None of these"',
    },
    options: {
      numbTinglingFeet: {
        label: 'Numbness or tingling in my feet most of the time',
        thirdPerson: { label: 'Numbness or tingling in their feet most of the time' },
      },
      calfPainWalkingEasesRest: {
        label: 'Calf pain when I walk that goes when I stop',
        thirdPerson: { label: 'Calf pain when they walk that goes when they stop' },
      },
      excessiveThirst: { label: 'Being very thirsty or passing a lot of urine' },
      bothAnklesSwell: { label: 'Both ankles swell' },
      tremorOrSlowness: { label: 'A shake (tremor), stiffness or slowness of movement' },
      lightheadedOnStanding: {
        label: 'Feeling faint or light-headed when I stand up',
        thirdPerson: { label: 'Feeling faint or light-headed when they stand up' },
      },
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
  sectionsThirdPerson: { aboutYou: 'About them' },
  /** Shown on the pages about the other feeling when cramps and another kind of feeling were both ticked. */
  mixedFeelingsHint: {
    self: 'You told us about cramps and another kind of feeling. Answer this about the other feeling. We ask about the cramps separately.',
    thirdPerson:
      'You told us they have cramps and another kind of feeling. Answer this about the other feeling. We ask about the cramps separately.',
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
    confirmThirdPerson: 'See the results',
    carriedOver:
      'One answer was asked in a different way before, so we have ticked both new choices. Please check them.',
  },
};

export type Messages = typeof en;
