/**
 * The answers and the assessment as short clinician text: the answer behind a criterion, and the
 * plain-text summary that a clinician pastes into the free-text box of a record. Pure: no React, no
 * clock (the date is passed in).
 */
import type { Assessment, CriterionStatus } from '../assessment/assess';
import { conditionIds, type ConditionId, type SoftFlagId } from '../assessment/knowledge';
import { gpMessages } from '../content/en-gp';
import { formatDate } from '../content/en-handout';
import { capitalise } from '../content/text';
import { getAnswer, type KnownAnswers } from '../catalogue/answers';
import type { QuestionId } from '../catalogue/questions';
import { journeyPath, type Mode } from '../questionnaire/steps';
import { pertinentFindings, shortLabel } from './findings';

/** Longest line of the notes text, and most lines: a record's free-text box takes about 25 lines. */
export const NOTES_MAX_WIDTH = 100;
export const NOTES_MAX_LINES = 25;

/** Soft flags that an alert of the same meaning already states, so the clinician is told once. */
const softFlagsSaidByAlerts = new Set<SoftFlagId>(['suspectedAkathisia', 'augmentation']);

/** The soft flags the clinician view and the notes list beside the alerts. */
export function clinicianSoftFlags(assessment: Assessment): SoftFlagId[] {
  return assessment.softFlags.filter((flag) => !softFlagsSaidByAlerts.has(flag));
}

/** What was answered to a question, in short words; "not asked" when its branch was skipped. */
export function answerText(answers: KnownAnswers, question: QuestionId): string {
  const t = gpMessages.clinician;
  if (!journeyPath(answers).includes(question)) return t.notAsked;
  const value = getAnswer(answers, question);
  const chosen = Array.isArray(value) ? value : value === undefined ? [] : [value];
  if (chosen.length === 0) return t.notAnswered;
  return capitalise(chosen.map((option) => shortLabel(question, option)).join(', '));
}

/** "1-4", "A, C": criterion keys without their prefix, runs of two or more joined by a hyphen. */
function keyList(keys: string[]): string {
  const names = keys.map((k) => k.replace(/^R/, ''));
  const order = (name: string) => (/^\d+$/.test(name) ? Number(name) : name.charCodeAt(0));
  const parts: string[] = [];
  for (let i = 0; i < names.length; ) {
    let j = i;
    while (j + 1 < names.length && order(names[j + 1]) === order(names[j]) + 1) j++;
    parts.push(j > i ? `${names[i]}-${names[j]}` : names[i]);
    i = j + 1;
  }
  return parts.join(', ');
}

/** "met 1-4; unknown 5" for one checklist. */
function statusSummary(statuses: Record<string, CriterionStatus | 'needsPolysomnography'>): string {
  const t = gpMessages.notes;
  const by = (status: string) => Object.keys(statuses).filter((k) => statuses[k] === status);
  const parts: string[] = [];
  const psg = by('needsPolysomnography');
  if (psg.length > 0) parts.push(`${keyList(psg)} ${t.needsPsg}`);
  for (const [status, word] of [['met', t.met], ['notMet', t.notMet], ['unknown', t.unknown]] as const) {
    const keys = by(status);
    if (keys.length > 0) parts.push(`${word} ${keyList(keys)}`);
  }
  return parts.join('; ');
}

/** One line per condition: band, the criteria behind it and, when RLS is not unlikely, its specifiers. */
export function bandLine(assessment: Assessment, condition: ConditionId): string | null {
  const { bands, criteria, specifiers } = assessment;
  if (!bands || !criteria) return null;
  const t = gpMessages.notes;
  const checklist = condition === 'rls' ? criteria.rls : condition === 'plmd' ? criteria.plmd : criteria.cramps;
  let line = `${gpMessages.conditionShort[condition]}: ${t.bandWords[bands[condition]]} (${t.framework[condition]} ${statusSummary(checklist)}).`;
  if (condition === 'rls' && bands.rls !== 'unlikely') {
    const extras: string[] = [];
    if (specifiers.course) extras.push(t.course[specifiers.course]);
    if (specifiers.clinicallySignificant !== null) extras.push(specifiers.clinicallySignificant ? t.significant : t.notSignificant);
    if (extras.length > 0) line += ` ${capitalise(extras.join('; '))}.`;
  }
  return line;
}

/** The word before the colon of a clinician alert ("Possible akathisia: …" → "Possible akathisia"). */
function headline(text: string): string {
  return text.split(':')[0].replace(/\.$/, '');
}

/** Greedy word wrap; continuation lines are indented by two spaces. */
export function wrap(text: string, width = NOTES_MAX_WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : lines.length > 0 ? `  ${word}` : word;
    if (candidate.length > width && line) {
      lines.push(line);
      line = `  ${word}`;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

export interface ClinicalNotesInput {
  assessment: Assessment;
  answers: KnownAnswers;
  date: Date;
  mode: Mode;
  appVersion: string;
  /** An IRLS total recorded by the clinician (0–40), if any. */
  irlsScore?: number | null;
}

/**
 * The plain-text summary for clinical notes: no HTML and no tables, at most 25 lines of at most 100
 * characters. Long lists of findings are shortened (with a pointer to the app) to keep within 25.
 */
export function clinicalNotesText({ assessment, answers, date, mode, appVersion, irlsScore }: ClinicalNotesInput): string {
  const t = gpMessages.notes;
  const c = gpMessages.clinician;
  const findings = pertinentFindings(answers, ['medications']);

  const head: string[] = [t.header(formatDate(date), mode, appVersion)];
  // Who gave the history sits with the age: together they say whose answers these are.
  const about = [
    answers.ageBand ? `${t.age} ${shortLabel('ageBand', answers.ageBand)}.` : null,
    answers.respondent ? `${t.historyFrom[answers.respondent]}.` : null,
  ].filter((part) => part !== null);
  if (about.length > 0) head.push(about.join(' '));

  if (assessment.redFlags.length === 0) head.push(t.redFlagsNone);
  else {
    const flags = assessment.redFlags.map((f) => `${c.redFlagLabels[f.label]} (${t.tierWords[f.tier]})`).join('; ');
    const maternity = assessment.notes.includes('maternityAssessment') ? ` ${c.maternity}` : '';
    head.push(`${t.redFlagsReported} ${flags}.${maternity}`);
    head.push(t.scoringStopped);
  }

  const positives = findings.positives.length > 0 ? `${t.positives}: ${findings.positives.join('; ')}.` : null;
  const negatives = findings.negatives.length > 0 ? `${t.negatives}: ${findings.negatives.join('; ')}.` : null;
  const unsure = findings.unsure.length > 0 ? `${t.unsure}: ${findings.unsure.join('; ')}.` : null;

  const tail: string[] = [];
  for (const condition of conditionIds) {
    const line = bandLine(assessment, condition);
    if (line) tail.push(line);
  }
  const alerts = [
    ...assessment.alerts.map((a) => headline(gpMessages.alerts[a.id])),
    ...clinicianSoftFlags(assessment).map((f) => headline(c.softFlags[f])),
  ];
  if (alerts.length > 0) tail.push(`${t.alerts}: ${alerts.join('; ')}.`);

  const medicines = assessment.contributing.medicines.map(
    (m) => `${shortLabel('medications', m.id)} (${m.links.map((l) => t.medicineLinks[l]).join(', ')})`,
  );
  const started = assessment.notes.includes('medStartedRecently') ? ` ${t.medStartedRecently}` : '';
  const other = answers.medications?.includes('otherMedicine') ? ` ${t.otherMedicine}.` : '';
  tail.push(`${t.medicines}: ${medicines.length > 0 ? medicines.join('; ') : t.medicinesNone}.${other}${started}`);

  if (!assessment.redFlag) {
    const labs = assessment.labDetails.map((l) => t.labShort[l.id]);
    tail.push(`${t.tests}: ${labs.length > 0 ? labs.join(', ') : t.testsNone}.`);
    if (assessment.labs.includes('ferritin') || assessment.labs.includes('transferrinSaturation')) tail.push(t.ironNote);
  }
  if (typeof irlsScore === 'number') tail.push(t.irls(irlsScore));
  if (assessment.notes.includes('underEighteen')) tail.push(t.paediatric);
  tail.push(t.disclaimer);

  const fixed = [...head, ...tail].flatMap((line) => wrap(line));
  let blocks = [positives, negatives, unsure].map((line) => (line ? wrap(line) : []));
  // Shorten the findings, longest first, until everything fits in the line budget.
  const budget = NOTES_MAX_LINES - fixed.length;
  while (blocks.reduce((n, b) => n + b.length, 0) > budget) {
    const longest = blocks.reduce((max, b, i) => (b.length > blocks[max].length ? i : max), 0);
    if (blocks[longest].length <= 1) break;
    blocks = blocks.map((b, i) => (i === longest ? shorten(b) : b));
  }
  const findingLines = blocks.flat();
  return [...head.flatMap((line) => wrap(line)), ...findingLines, ...tail.flatMap((line) => wrap(line))].join('\n');
}

/** Drops the last line of a wrapped block and marks the cut. */
function shorten(block: string[]): string[] {
  const kept = block.slice(0, -1);
  const more = ` ${gpMessages.notes.more}`;
  const last = kept[kept.length - 1];
  const room = NOTES_MAX_WIDTH - more.length;
  kept[kept.length - 1] = (last.length > room ? `${last.slice(0, last.lastIndexOf(' ', room))}` : last) + more;
  return kept;
}
