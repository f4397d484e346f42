/**
 * Writes the generated parts of docs/clinical-basis.md from the code's own data: the questions and
 * their skip rules, the red flags, the reasons behind each band, the mimics, the lab rules, the
 * medicine and condition links, the soft flags and advice, and the reference list. Each part sits
 * between `<!-- generated:name -->` and `<!-- /generated:name -->`; the text around them is written by
 * hand. `npm run docs` rewrites the file; tests/clinical-basis.test.ts fails when it is out of date.
 *
 * The short "when" descriptions below are typed by the code's ids, so an id added to the code does not
 * compile until it is described here.
 */
import type { Band, NoteId } from '../../src/assessment/assess';
import {
  advice,
  conditionLinks,
  labOrder,
  labRules,
  medicineLinks,
  mimicLabels,
  reasonSources,
  redFlags,
  softFlags,
  type AdviceId,
  type ConditionId,
  type LabRuleId,
  type MimicLabel,
  type ReasonId,
  type SoftFlagId,
} from '../../src/assessment/knowledge';
import { gpMessages } from '../../src/content/en-gp';
import { messages } from '../../src/content/messages';
import { outcome } from '../../src/content/outcome-messages';
import { backgroundSources, sourceIds, sources, type SourceId } from '../../src/catalogue/sources';
import { questionOptions, questions, redFlagIds, type QuestionId } from '../../src/catalogue/questions';
import { askIfByQuestion, steps } from '../../src/questionnaire/steps';

/** The rule behind each reason: the condition it scores, the band it gives, and when. */
const bandRules: Record<ReasonId, { condition: ConditionId; band: Band | 'downgrade'; when: string }> = {
  rlsAllFour: { condition: 'rls', band: 'likely', when: 'R1, R2, R3 and R4 all met; no akathisia; no co-existing mimic feature.' },
  rlsAkathisia: { condition: 'rls', band: 'possible', when: 'R1–R4 met, but whole-body restlessness with an antipsychotic or a dopamine-blocking anti-sickness medicine (akathisia).' },
  rlsCoexistingMimic: { condition: 'rls', band: 'possible', when: 'R1–R4 met, with a nerve, vein or circulation feature beside them (criterion 5 needs clinical judgement).' },
  rlsOneMissing: { condition: 'rls', band: 'possible', when: 'R1 met and exactly one of R2, R3, R4 missing; no akathisia; no discordant mimic.' },
  rlsOneMissingAndMimic: { condition: 'rls', band: 'unlikely', when: 'R1 met and exactly one of R2–R4 missing, with akathisia or a discordant mimic that explains the picture.' },
  rlsNoUrge: { condition: 'rls', band: 'unlikely', when: 'R1 (urge to move) not met.' },
  rlsTooFewFeatures: { condition: 'rls', band: 'unlikely', when: 'R1 met but two or more of R2–R4 missing.' },
  crampsAllThree: { condition: 'nocturnalLegCramps', band: 'likely', when: 'Cramp features A, B and C all met (no Parkinson\'s or tremor).' },
  crampsSome: { condition: 'nocturnalLegCramps', band: 'possible', when: 'B met, with A, or with the sudden painful tightening and C.' },
  crampsParkinsonsDowngrade: { condition: 'nocturnalLegCramps', band: 'downgrade', when: 'A–C met but Parkinson\'s disease, or tremor or slowness: likely becomes possible (dystonia can mimic cramps).' },
  crampsNotDescribed: { condition: 'nocturnalLegCramps', band: 'unlikely', when: 'No sudden painful tightening described.' },
  crampsNotInBed: { condition: 'nocturnalLegCramps', band: 'unlikely', when: 'Sudden painful tightening, but not during time in bed (B not met).' },
  plmdRlsTakesPrecedence: { condition: 'plmd', band: 'unlikely', when: 'RLS likely or possible: limb movements in sleep count as part of RLS, PLMD is not scored (the patient reads "not scored separately", not "unlikely").' },
  plmdSuspected: { condition: 'plmd', band: 'possible', when: 'RLS unlikely; someone has seen repeated kicking in sleep; and sleep is disturbed or unrefreshing, or daytime tiredness.' },
  plmdNotSuspected: { condition: 'plmd', band: 'unlikely', when: 'RLS unlikely and no witnessed kicking with disturbed sleep; also when someone watched the person sleep and saw no kicking.' },
  plmdCannotAssessWithoutObserver: { condition: 'plmd', band: 'unlikely', when: 'RLS unlikely, sleep unrefreshing, and nobody has watched the person sleep (`partnerObserved` is `noObserver` or unanswered).' },
};

const mimicWhen: Record<MimicLabel, string> = {
  peripheralNeuropathyMimic: 'Numbness, burning or tingling (sensation or other symptoms), or known neuropathy.',
  akathisiaMimic: 'Whole-body restlessness (sensation or location) with an antipsychotic or a dopamine-blocking anti-sickness medicine.',
  positionalDiscomfortMimic: 'Eased by one change of position, and not by keeping moving.',
  venousOrOedemaMimic: 'Eased by rest or raising the legs, with varicose veins, swollen legs or both ankles swelling, and not by keeping moving.',
  claudicationMimic: 'Calf pain on walking that eases with rest, and not eased by keeping moving.',
  arthritisMimic: 'Dull ache in the joints (sensation and location), not eased by keeping moving.',
  habitualFootTappingMimic: 'Foot tapping out of habit without discomfort, and no urge to move.',
  hypnicJerksMimic: 'A single jerk on falling asleep.',
  dystoniaMimic: 'Only when the Parkinson\'s downgrade of the cramp band fires.',
  daytimeOrExerciseCramps: 'Sudden painful tightening, eased by stretching or with a hard muscle, but not during time in bed.',
  rlsAugmentationToReview: 'A dopamine agonist or levodopa, with symptoms in the arms or no longer worse in the evening; whatever the RLS band.',
  osaToExclude: 'Loud snoring or pauses in breathing; whatever the bands.',
};

const labRuleWhen: Record<LabRuleId, string> = {
  rlsIronAndKidneys: 'RLS likely or possible.',
  rlsDiabetes: 'RLS likely or possible, with thirst, known diabetes, or numb or tingling feet.',
  rlsNeuropathy: 'RLS likely or possible, with numb or tingling feet or known neuropathy.',
  rlsThyroid: 'RLS likely or possible, with thyroid disease.',
  crampsConsiderPanel: 'Cramps likely or possible (after the Parkinson\'s downgrade).',
  crampsMagnesium: 'Cramps likely or possible, with a diuretic, kidney disease, liver disease or heavy alcohol use.',
  crampsLiver: 'Cramps likely or possible, with liver disease or heavy alcohol use.',
  crampsMuscle: 'Cramps likely or possible, with a statin, or muscle wasting or twitching.',
  plmdWorkUp: 'PLMD possible.',
  neuropathyPattern: 'Numbness, burning or tingling, or known neuropathy; whatever the bands.',
};

const softFlagWhen: Record<SoftFlagId, string> = {
  bothAnklesSwell: 'Ticked under other symptoms.',
  calfPainWalkingEasesRest: 'Ticked under other symptoms.',
  excessiveThirst: 'Ticked under other symptoms.',
  muscleWastingOrTwitching: 'Ticked under other symptoms.',
  lightheadedOnStanding: 'Ticked under other symptoms.',
  suspectedAkathisia: 'Whenever the akathisia mimic is listed.',
  augmentation: 'Whenever the augmentation alert is listed.',
};

const adviceWhen: Record<AdviceId, string> = {
  crampStretching: 'Cramps likely or possible.',
  rlsAlcoholCaffeine: 'RLS likely or possible, and the person is 18 or over.',
  keepTakingMedicines: 'A ticked medicine has a link to the symptoms.',
  bringSummary: 'Always, also after a red flag.',
};

const noteWhen: Record<NoteId, string> = {
  underEighteen: 'Age under 18: shown first, before any result, asking a doctor to go through the answers.',
  maternityAssessment: 'Pregnant or gave birth in the last 6 weeks, with the swollen, hot leg red flag: shown with the urgent advice.',
  medStartedRecently: 'The symptoms began or worsened after a ticked medicine was started or increased.',
  ironTestPreparation: 'Ferritin or transferrin saturation is listed: shown under the tests.',
};

const conditionNames: Record<ConditionId, string> = { rls: 'RLS', nocturnalLegCramps: 'Cramps', plmd: 'PLMD' };

/** Markdown-safe table cell. */
function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
  ].join('\n');
}

function cite(ids: readonly SourceId[]): string {
  return ids.length === 0 ? '—' : ids.map((id) => `[${id}](#ref-${id.toLowerCase()})`).join(', ');
}

function optionLabel(question: QuestionId, option: string): string {
  const options = messages.questions[question].options as Record<string, { label: string }>;
  return options[option]?.label ?? option;
}

function questionsBlock(): string {
  return table(
    ['#', 'question id', 'asked', 'what it asks', 'options (id: wording)', 'feeds', 'sources'],
    steps.map((step, index) => {
      const q = questions[step.id];
      const asked = step.askIf
        ? `Only when ${askIfByQuestion(step.askIf)
            .map(({ question, anyOf }) => `\`${question}\` includes any of ${anyOf.map((o) => `\`${o}\``).join(', ')}`)
            .join(', or when ')}`
        : 'Always';
      const options = questionOptions[step.id].map((o) => `\`${o}\`: ${optionLabel(step.id, o)}`).join('<br>');
      return [
        String(index + 1),
        `\`${step.id}\` (${q.kind === 'multi' ? 'tick all that apply' : 'one answer'})`,
        asked,
        messages.questions[step.id].text,
        options,
        q.feeds.join(', '),
        cite(q.sources),
      ];
    }),
  );
}

function redFlagsBlock(): string {
  const action = { emergency: outcome.urgent.emergencyBody, sameDay: outcome.urgent.sameDayBody };
  return table(
    ['order', 'red flag id', 'wording', 'label', 'tier', 'action shown', 'sources'],
    redFlagIds.map((id, index) => {
      const flag = redFlags[id];
      return [
        String(index + 1),
        `\`${id}\``,
        optionLabel('redFlags', id),
        `\`${flag.label}\`: ${gpMessages.clinician.redFlagLabels[flag.label]}`,
        flag.tier === 'emergency' ? 'emergency' : 'same day',
        action[flag.tier],
        cite(flag.sources),
      ];
    }),
  );
}

function reasonsBlock(): string {
  return table(
    ['reason id', 'condition', 'band', 'when', 'sources'],
    (Object.keys(reasonSources) as ReasonId[]).map((id) => {
      const rule = bandRules[id];
      return [`\`${id}\``, conditionNames[rule.condition], rule.band === 'downgrade' ? 'likely → possible' : rule.band, rule.when, cite(reasonSources[id])];
    }),
  );
}

function mimicsBlock(): string {
  return table(
    ['label', 'listed when', 'clinician wording', 'sources'],
    (Object.keys(mimicLabels) as MimicLabel[]).map((id) => [`\`${id}\``, mimicWhen[id], gpMessages.alerts[id], cite(mimicLabels[id].sources)]),
  );
}

function labsBlock(): string {
  const ids = table(
    ['lab id (display order)', 'clinician name', 'patient name'],
    labOrder.map((id) => [`\`${id}\``, gpMessages.labs[id], outcome.labs[id]]),
  );
  const rules = table(
    ['lab rule', 'fires when', 'adds', 'reason given (clinician)', 'sources'],
    (Object.keys(labRules) as LabRuleId[]).map((id) => [
      `\`${id}\``,
      labRuleWhen[id],
      labRules[id].labs.map((lab) => `\`${lab}\``).join(', '),
      gpMessages.clinician.labWhy[id],
      cite(labRules[id].sources),
    ]),
  );
  return `${ids}\n\n${rules}`;
}

function linksBlock(): string {
  const medicines = table(
    ['medicine option', 'link shown', 'sources'],
    questionOptions.medications
      .filter((id) => id !== 'none')
      .map((id) => {
        const link = medicineLinks[id];
        return [
          `\`${id}\``,
          link ? link.links.map((l) => gpMessages.clinician.medicineLinks[l]).join('; ') : 'none: listed without a claim',
          link ? cite(link.sources) : '—',
        ];
      }),
  );
  const conditionIds = [...questionOptions.conditions.filter((id) => id !== 'none'), 'pregnancy' as const];
  const conditions = table(
    ['condition', 'link shown', 'sources'],
    conditionIds.map((id) => {
      const link = conditionLinks[id];
      return [
        `\`${id}\``,
        link ? link.links.map((l) => gpMessages.clinician.conditionLinks[l]).join('; ') : 'none (used only by the rules above, if at all)',
        link ? cite(link.sources) : '—',
      ];
    }),
  );
  return `${medicines}\n\n${conditions}`;
}

function softFlagsBlock(): string {
  const flags = table(
    ['soft flag id', 'shown when', 'clinician wording', 'patient wording', 'sources'],
    (Object.keys(softFlags) as SoftFlagId[]).map((id) => [
      `\`${id}\``,
      softFlagWhen[id],
      gpMessages.clinician.softFlags[id],
      outcome.softFlags[id],
      cite(softFlags[id].sources),
    ]),
  );
  const steps = table(
    ['advice id', 'shown when', 'wording', 'sources'],
    (Object.keys(advice) as AdviceId[]).map((id) => [`\`${id}\``, adviceWhen[id], outcome.advice[id], cite(advice[id].sources)]),
  );
  const notes = table(
    ['note id', 'shown when', 'wording'],
    (Object.keys(noteWhen) as NoteId[]).map((id) => [`\`${id}\``, noteWhen[id], outcome.notes[id]]),
  );
  return `${flags}\n\n${steps}\n\n${notes}`;
}

function referencesBlock(): string {
  const kinds = { G: 'guideline', P: 'study', R: 'review', I: 'patient information' } as const;
  return sourceIds
    .map((id) => {
      const s = sources[id];
      const notes = [
        kinds[s.label],
        s.patientVisible ? 'shown to patients' : 'clinician view only',
        ...(s.verified ? [] : ['link or identifier to check before release']),
        ...(backgroundSources[id] ? [`background: ${backgroundSources[id]}`] : []),
      ];
      const citation = /[.?!]$/.test(s.citation) ? s.citation : `${s.citation}.`;
      return `- <a id="ref-${id.toLowerCase()}"></a>**${id}**. ${citation} <${s.url}> (${notes.join('; ')})`;
    })
    .join('\n');
}

export const generatedBlocks: Record<string, () => string> = {
  questions: questionsBlock,
  'red-flags': redFlagsBlock,
  reasons: reasonsBlock,
  mimics: mimicsBlock,
  labs: labsBlock,
  links: linksBlock,
  'soft-flags': softFlagsBlock,
  references: referencesBlock,
};

/** The document with every generated block rewritten; throws when a block's markers are missing. */
export function regenerate(document: string): string {
  let text = document;
  for (const [name, build] of Object.entries(generatedBlocks)) {
    const start = `<!-- generated:${name} -->`;
    const end = `<!-- /generated:${name} -->`;
    const from = text.indexOf(start);
    const to = text.indexOf(end);
    if (from < 0 || to < from) throw new Error(`docs/clinical-basis.md has no ${start} … ${end} block`);
    text = `${text.slice(0, from + start.length)}\n${build()}\n${text.slice(to)}`;
  }
  return text;
}
