/**
 * Words of the printed appointment handout, in the patient's voice, and the short answer wording it
 * shares with the clinician view and the notes text (the clinician words are in en-gp.ts, which only
 * GP mode loads).
 */
import type { Urgency } from '../assessment/knowledge';
import type { MultiChoiceId, OptionId, QuestionId } from '../catalogue/questions';

type Tier = Exclude<Urgency, 'routine'>;

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

const monthsLong = [
  'January', 'February', 'March', 'April', 'May', 'June',
  'July', 'August', 'September', 'October', 'November', 'December',
];

/** "12 March 2026": unambiguous in any locale. */
export const formatDate = (date: Date) => `${date.getDate()} ${monthsLong[date.getMonth()]} ${date.getFullYear()}`;

export const enHandout = {
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
  notDiagnosis:
    'This is not a diagnosis. It shows which patterns my answers fit, to help me and my GP talk about them. Only a doctor can tell what is wrong.',
  printButton: 'Print or save as PDF',
  answeredBy: { self: 'Answered by: the patient', someoneElse: 'Answered by: someone else on their behalf' },
  /** The handout when someone else answered: the patient is "they", the GP is theirs. */
  thirdPerson: {
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
  optionShort,
  findings,
};

export type HandoutMessages = typeof enHandout;

/** The handout messages in use (only English exists today). */
export const handoutMessages: HandoutMessages = enHandout;
