/**
 * The clinician view as data: a plain function of the answers and the assessment that lists the
 * view's sections in the order they are shown, each with its words and the sources of each statement.
 * Sources are numbered while the sections are built, in that same order, so the inline [n] always
 * matches the reference list. The components in clinician-sections.tsx only lay the sections out.
 */
import type { Assessment, Band } from '../assessment/assess';
import { conditionIds, softFlags as softFlagData, type ConditionId } from '../assessment/knowledge';
import { gpMessages, type ChecklistStatus } from '../content/en-gp';
import { messages } from '../content/messages';
import { outcome } from '../content/outcome-messages';
import { reasonText } from '../content/reason-text';
import type { SourceId } from '../catalogue/sources';
import { capitalise } from '../content/text';
import type { KnownAnswers } from '../catalogue/answers';
import type { QuestionId } from '../catalogue/questions';
import type { CitedItem } from '../ui/citations';
import { sourceNumbering, type Citation, type SourceNumbering } from '../ui/source-numbering';
import { answerText, clinicianSoftFlags } from './clinical-notes';
import { shortLabel } from './findings';

/** Sources of the view's fixed statements (docs/clinical-basis.md §13 lists them all). */
const S = {
  rls: ['S1', 'S2'],
  significance: ['S5'],
  cramps: ['S22', 'S23'],
  plmd: ['S34', 'S35'],
  redFlagTests: ['S54', 'bosch2009'],
  medStarted: ['lohr2015'],
  iron: ['S39'],
  ironOlder: ['S44'],
  ironInflammation: ['uhbIron'],
  examCks: ['S25'],
  quinine: ['S27', 'S28', 'S26', 'S29'],
  dopamineAgonists: ['S40'],
  paediatric: ['S34', 'S2'],
  irls: ['S17', 'S16'],
} as const satisfies Record<string, readonly SourceId[]>;

/** Alerts that bear on IRLSSG criterion 5 (a mimic that may explain the picture). */
const criterion5Mimics = new Set<string>([
  'peripheralNeuropathyMimic', 'akathisiaMimic', 'positionalDiscomfortMimic', 'venousOrOedemaMimic',
  'claudicationMimic', 'arthritisMimic', 'habitualFootTappingMimic', 'hypnicJerksMimic',
]);

/** A statement with its sources, as a note under a checklist row. */
export interface CitedNote {
  text: string;
  citations: Citation[];
}

/** An answer behind a criterion: the question's short label and what was answered. */
export interface AnswerLine {
  question: QuestionId;
  label: string;
  answer: string;
}

export interface ChecklistRow {
  key: string;
  label: string;
  /** A criterion has a status; a specifier (`data-specifier`) has a value in words. */
  status?: ChecklistStatus;
  value?: string;
  specifier?: string;
  answers: AnswerLine[];
  notes: CitedNote[];
}

export interface Checklist {
  id: 'rls' | 'cramps' | 'plmd';
  caption: CitedNote;
  rows: ChecklistRow[];
  footnote?: string;
}

export interface BandRow {
  condition: ConditionId;
  name: string;
  band: Band;
  reasons: CitedItem[];
}

export interface TestRow {
  id: string;
  name: string;
  why: string;
  citations: Citation[];
}

export type ClinicianSection =
  | { kind: 'redFlags'; tier: string; flags: CitedItem[]; maternity: boolean; scoringStopped: CitedNote }
  | { kind: 'noRedFlags' }
  | { kind: 'historyFrom'; text: string }
  | { kind: 'paediatric'; note: CitedNote }
  | { kind: 'bands'; rows: BandRow[] }
  | { kind: 'criteria'; checklists: Checklist[] }
  | { kind: 'alerts'; items: CitedItem[] }
  | {
      kind: 'medicines';
      medicines: CitedItem[];
      /** "Other regular medicines: full medication review" when a medicine not on the list was ticked. */
      otherMedicine: string | null;
      startedRecently: CitedNote | null;
      conditions: CitedItem[];
    }
  | { kind: 'tests'; scored: boolean; rows: TestRow[]; iron: { note: CitedNote; older: CitedNote; inflammation: CitedNote } | null }
  | { kind: 'exam'; items: CitedItem[] }
  | { kind: 'cautions'; items: CitedItem[] }
  | { kind: 'irls'; hint: CitedNote };

export interface ClinicianView {
  /** In the order shown; the notes text and the reference list follow them. */
  sections: ClinicianSection[];
  /** Every cited source, once, in the order of its number. */
  references: SourceId[];
}

export function clinicianView(assessment: Assessment, answers: KnownAnswers): ClinicianView {
  const t = gpMessages.clinician;
  const numbering = sourceNumbering();
  const note = (text: string, ids: readonly SourceId[]): CitedNote => ({ text, citations: numbering.cite(ids) });
  const sections: ClinicianSection[] = [];

  if (assessment.redFlag) {
    sections.push({
      kind: 'redFlags',
      tier: t.redFlagTierWord[assessment.urgency === 'emergency' ? 'emergency' : 'sameDay'],
      flags: assessment.redFlags.map((flag) => ({
        key: flag.id,
        label: `${t.redFlagLabels[flag.label]}.`,
        text: t.redFlagTier[flag.tier],
        citations: numbering.cite(flag.sources),
      })),
      maternity: assessment.notes.includes('maternityAssessment'),
      scoringStopped: note(t.scoringStopped, S.redFlagTests),
    });
  } else sections.push({ kind: 'noRedFlags' });
  if (answers.respondent) sections.push({ kind: 'historyFrom', text: t.historyFrom[answers.respondent] });

  if (assessment.notes.includes('underEighteen')) sections.push({ kind: 'paediatric', note: note(t.paediatric, S.paediatric) });

  const { bands, criteria } = assessment;
  if (bands) {
    sections.push({
      kind: 'bands',
      rows: conditionIds.map((condition) => ({
        condition,
        name: outcome.conditions[condition].name,
        band: bands[condition],
        reasons: assessment.reasons[condition].map((reason) => ({
          key: reason.id,
          text: reasonText(reason, gpMessages.reasons),
          citations: numbering.cite(reason.sources),
        })),
      })),
    });
  }

  if (criteria) sections.push({ kind: 'criteria', checklists: checklists(assessment, answers, numbering) });

  if (!assessment.redFlag) {
    sections.push({
      kind: 'alerts',
      items: [
        ...assessment.alerts.map((alert) => ({
          key: alert.id,
          text: gpMessages.alerts[alert.id],
          citations: numbering.cite(alert.sources),
          data: { 'data-alert': alert.id },
        })),
        ...clinicianSoftFlags(assessment).map((flag) => ({
          key: flag,
          text: t.softFlags[flag],
          citations: numbering.cite(softFlagData[flag].sources),
          data: { 'data-soft-flag': flag },
        })),
      ],
    });
  }

  const { medicines, conditions } = assessment.contributing;
  sections.push({
    kind: 'medicines',
    medicines: medicines.map((medicine) => ({
      key: medicine.id,
      label: `${capitalise(shortLabel('medications', medicine.id))}:`,
      text: medicine.links.map((link) => t.medicineLinks[link]).join('; '),
      citations: numbering.cite(medicine.sources),
      data: { 'data-medicine': medicine.id },
    })),
    otherMedicine: answers.medications?.includes('otherMedicine') ? t.otherMedicine : null,
    startedRecently: assessment.notes.includes('medStartedRecently') ? note(t.medStartedRecently, S.medStarted) : null,
    conditions: conditions.map((condition) => ({
      key: condition.id,
      label: `${condition.id === 'pregnancy' ? t.pregnancy : capitalise(shortLabel('conditions', condition.id))}:`,
      text: condition.links.map((link) => t.conditionLinks[link]).join('; '),
      citations: numbering.cite(condition.sources),
    })),
  });

  const ironListed = assessment.labs.includes('ferritin') || assessment.labs.includes('transferrinSaturation');
  sections.push({
    kind: 'tests',
    scored: !assessment.redFlag,
    rows: assessment.redFlag
      ? []
      : assessment.labDetails.map((lab) => ({
          id: lab.id,
          name: gpMessages.labs[lab.id],
          why: lab.because.map((rule) => t.labWhy[rule]).join(' '),
          citations: numbering.cite(lab.sources),
        })),
    iron: ironListed
      ? { note: note(t.ironNote, S.iron), older: note(t.ironOlder, S.ironOlder), inflammation: note(t.ironInflammation, S.ironInflammation) }
      : null,
  });

  sections.push({
    kind: 'exam',
    items: [
      ...t.examCks.map((item) => ({ key: item, text: item, citations: numbering.cite(S.examCks) })),
    ],
  });
  sections.push({
    kind: 'cautions',
    items: [
      { key: 'quinine', text: t.quinine, citations: numbering.cite(S.quinine), data: { 'data-caution': 'quinine' } },
      {
        key: 'dopamineAgonists',
        text: t.dopamineAgonists,
        citations: numbering.cite(S.dopamineAgonists),
        data: { 'data-caution': 'dopamineAgonists' },
      },
    ],
  });
  sections.push({ kind: 'irls', hint: note(t.irlsHint, S.irls) });

  return { sections, references: numbering.references() };
}

function answerLines(answers: KnownAnswers, questions: readonly QuestionId[]): AnswerLine[] {
  return questions.map((question) => ({ question, label: messages.questions[question].short, answer: answerText(answers, question) }));
}

/** The IRLSSG, ICSD-3 cramp and ICSD-3 PLMD checklists, with the answers behind each criterion. */
function checklists(assessment: Assessment, answers: KnownAnswers, numbering: SourceNumbering): Checklist[] {
  const t = gpMessages.clinician;
  const { criteria, bands } = assessment;
  if (!criteria) return [];
  const note = (text: string, ids: readonly SourceId[] = []): CitedNote => ({ text, citations: numbering.cite(ids) });
  const row = (key: string, label: string, status: ChecklistStatus, questions: readonly QuestionId[], notes: CitedNote[] = []): ChecklistRow => ({
    key,
    label,
    status,
    answers: answerLines(answers, questions),
    notes,
  });

  const rlsCaption = note(t.rls.caption, S.rls);
  const mimics = assessment.alerts.filter((alert) => criterion5Mimics.has(alert.id));
  const r5Notes = [
    note(criteria.rls.R5 === 'notMet' ? t.rls.r5NotMet : t.rls.r5Unknown),
    ...mimics.map((mimic) => note(gpMessages.alerts[mimic.id], mimic.sources)),
  ];
  const { course, clinicallySignificant } = assessment.specifiers;
  const significance =
    clinicallySignificant === null ? t.rls.significance.unknown : clinicallySignificant ? t.rls.significance.present : t.rls.significance.absent;
  const rls: Checklist = {
    id: 'rls',
    caption: rlsCaption,
    rows: [
      row('R1', t.rls.rows.R1, criteria.rls.R1, ['urgeToMove', 'sensation']),
      row('R2', t.rls.rows.R2, criteria.rls.R2, ['restTrigger']),
      row('R3', t.rls.rows.R3, criteria.rls.R3, ['relief', 'returnsOnRest']),
      row('R4', t.rls.rows.R4, criteria.rls.R4, ['timing']),
      row('R5', t.rls.rows.R5, criteria.rls.R5, [], r5Notes),
      {
        key: 'course',
        specifier: 'course',
        label: t.rls.courseRow,
        value: course ? t.rls.course[course] : t.rls.course.unknown,
        answers: answerLines(answers, ['onset', 'frequency']),
        notes: [],
      },
      {
        key: 'clinicallySignificant',
        specifier: 'clinicallySignificant',
        label: t.rls.significanceRow,
        value: significance,
        answers: answerLines(answers, ['impact']),
        notes: [note(t.rls.significanceNote, S.significance)],
      },
    ],
  };

  const cramps: Checklist = {
    id: 'cramps',
    caption: note(t.cramps.caption, S.cramps),
    rows: [
      row('A', t.cramps.rows.A, criteria.cramps.A, ['sensation', 'muscleHardens']),
      row('B', t.cramps.rows.B, criteria.cramps.B, ['timing', 'restTrigger']),
      row('C', t.cramps.rows.C, criteria.cramps.C, ['relief']),
    ],
    footnote: t.cramps.note,
  };

  const plmdDNotes = [
    ...(bands && bands.rls !== 'unlikely' ? [note(t.plmd.rlsPrecedence)] : []),
    ...(answers.snoringApnoea === 'yes' ? [note(t.plmd.osa)] : []),
    note(t.plmd.dUnknown),
  ];
  const plmd: Checklist = {
    id: 'plmd',
    caption: note(t.plmd.caption, S.plmd),
    rows: [
      row('A', t.plmd.rows.A, criteria.plmd.A, ['partnerObserved'], [
        note(t.plmd.suspicionOnly),
        ...(answers.episodeLength?.includes('repeatedJerks') ? [note(t.plmd.repeatedJerks)] : []),
      ]),
      row('B', t.plmd.rows.B, criteria.plmd.B, []),
      row('C', t.plmd.rows.C, criteria.plmd.C, ['impact', 'unrefreshed']),
      row('D', t.plmd.rows.D, criteria.plmd.D, ['snoringApnoea'], plmdDNotes),
    ],
  };

  return [rls, cramps, plmd];
}
