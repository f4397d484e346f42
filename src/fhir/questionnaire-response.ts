/**
 * Answers out as a FHIR R4 `QuestionnaireResponse`, and answers back in from a file: either such a
 * response or the app's own saved-session document (`src/persistence/saved-session.ts`).
 *
 * Import is all-or-nothing. Every problem found is reported in a plain sentence and, if there is even
 * one, no answer is used. It never throws, and it never writes a key taken from the file into an
 * object: answers are collected in a Map and read back by question id, so `__proto__`, `constructor`
 * and friends are only ever reported as unknown questions.
 */
import type { QuestionnaireResponse, QuestionnaireResponseItem, RelatedPerson } from 'fhir/r4';
import { enFhir } from '../content/en-fhir';
import { clinicianPrompts } from '../content/en-clinician';
import { readAnswers, withoutRetiredOptions, type KnownAnswers } from '../catalogue/answers';
import {
  exclusiveOptionIds,
  isMultiChoice,
  questionIds,
  questionOptions,
  questionsAddedLater,
  type QuestionId,
} from '../catalogue/questions';
import { answersOnPath, askIfByQuestion, journeyPath, steps } from '../questionnaire/steps';
import { parseSession } from '../persistence/saved-session';
import { codeSystemFor, optionCoding, questionnaireCanonical, questionnaireUrl } from './questionnaire-resource';

/** Files larger than this are refused before they are read: a full set of answers is a few kB. */
export const maxImportBytes = 1_000_000;
/** At most this many problems are listed; the rest are counted. */
export const maxProblems = 20;

/** `carriedOver`: a retired answer was replaced by the options it was split into (the person is told). */
export type ImportResult = { ok: true; answers: KnownAnswers; carriedOver?: true } | { ok: false; problems: string[] };

export type ResponseStatus = 'in-progress' | 'completed';

/**
 * The answers as a QuestionnaireResponse: one item per answered question, in step order, each answer a
 * coding of the question's code system. Only answers the journey would ask for are included, so what
 * is exported can always be imported again.
 */
export function toQuestionnaireResponse(
  answers: KnownAnswers,
  status: ResponseStatus,
  authored: string,
): QuestionnaireResponse {
  const kept = answersOnPath(readAnswers(answers)) as Record<string, string | string[] | undefined>;
  const item: QuestionnaireResponseItem[] = [];
  for (const { id } of steps) {
    const value = kept[id];
    const options = value === undefined ? [] : Array.isArray(value) ? value : [value];
    if (options.length === 0) continue;
    item.push({
      linkId: id,
      text: clinicianPrompts[id],
      answer: options.map((option) => ({ valueCoding: optionCoding(id, option) })),
    });
  }
  const response: QuestionnaireResponse = {
    resourceType: 'QuestionnaireResponse',
    questionnaire: questionnaireCanonical,
    status,
    authored,
    item,
  };
  if (kept.respondent === 'someoneElse') {
    // Someone else answered: say so, and nothing more about them or about the patient.
    response.contained = [informant];
    response.source = { reference: `#${informant.id}` };
  }
  return response;
}

/**
 * The person who answered for the patient, with no name or other identifying data. `patient` is
 * required by FHIR; it is marked as withheld (data-absent-reason "masked"), as the app never knows it.
 */
const informant: RelatedPerson = {
  resourceType: 'RelatedPerson',
  id: 'informant',
  patient: { extension: [{ url: 'http://hl7.org/fhir/StructureDefinition/data-absent-reason', valueCode: 'masked' }] },
};

const p = enFhir.problems;
const questionIdSet: ReadonlySet<string> = new Set(questionIds);
const acceptedStatuses: ReadonlySet<string> = new Set(['in-progress', 'completed', 'amended', 'stopped']);
const completeStatuses: ReadonlySet<string> = new Set(['completed', 'amended']);

type JsonObject = Record<string, unknown>;

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function own(object: JsonObject, key: string): unknown {
  return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
}

function hasOwn(object: JsonObject, key: string): boolean {
  return Object.prototype.hasOwnProperty.call(object, key);
}

/** A value from the file, quoted for a message: short, and never the whole of a huge string. */
function quote(value: unknown): string {
  if (typeof value === 'string') {
    const text = value.length > 60 ? `${value.slice(0, 57)}…` : value;
    return `"${text}"`;
  }
  if (typeof value === 'number') return p.notText.number(value);
  if (typeof value === 'boolean') return p.notText.boolean(value);
  if (value === null) return p.notText.null;
  if (Array.isArray(value)) return p.notText.list;
  if (typeof value === 'object') return p.notText.object;
  return p.notText.other;
}

function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && questionIdSet.has(value);
}

function isOptionOf(question: QuestionId, value: string): boolean {
  return (questionOptions[question] as readonly string[]).includes(value);
}

/** The option ids given for each question, exactly as in the file (before any check). */
type Given = Map<QuestionId, unknown[]>;

function fail(problems: string[]): ImportResult {
  const listed = problems.slice(0, maxProblems);
  if (problems.length > maxProblems) listed.push(p.more(problems.length - maxProblems));
  return { ok: false, problems: listed };
}

/** Reads a QuestionnaireResponse's items into `given`, reporting everything that is wrong with them. */
function readResponse(document: JsonObject, problems: string[]): { given: Given; complete: boolean } {
  const given: Given = new Map();
  const resourceType = own(document, 'resourceType');
  if (resourceType !== 'QuestionnaireResponse') {
    problems.push(p.wrongResourceType(quote(resourceType)));
    return { given, complete: false };
  }

  if (hasOwn(document, 'questionnaire')) {
    const canonical = own(document, 'questionnaire');
    if (typeof canonical !== 'string') problems.push(p.questionnaireNotText);
    else if (canonical.split('|')[0] !== questionnaireUrl) problems.push(p.otherQuestionnaire(quote(canonical)));
  }

  const status = own(document, 'status');
  if (status === undefined) problems.push(p.noStatus);
  else if (status === 'entered-in-error') problems.push(p.enteredInError);
  else if (typeof status !== 'string' || !acceptedStatuses.has(status)) problems.push(p.badStatus(quote(status)));
  const complete = typeof status === 'string' && completeStatuses.has(status);

  if (!hasOwn(document, 'item')) return { given, complete };
  const items = own(document, 'item');
  if (!Array.isArray(items)) {
    problems.push(p.itemsNotList);
    return { given, complete };
  }
  // Bounded by the file size; each step below is constant work per entry.
  for (let index = 0; index < items.length; index++) {
    const position = index + 1;
    const item: unknown = items[index];
    if (!isObject(item)) {
      problems.push(p.itemNotObject(position));
      continue;
    }
    const linkId = own(item, 'linkId');
    if (typeof linkId !== 'string' || linkId === '') {
      problems.push(p.itemNoLinkId(position));
      continue;
    }
    if (!isQuestionId(linkId)) {
      problems.push(p.unknownQuestion(quote(linkId)));
      continue;
    }
    if (given.has(linkId)) {
      problems.push(p.duplicateQuestion(linkId));
      continue;
    }
    if (hasOwn(item, 'item')) {
      problems.push(p.nested(linkId));
      continue;
    }
    const answers = hasOwn(item, 'answer') ? own(item, 'answer') : [];
    if (!Array.isArray(answers)) {
      problems.push(p.answersNotList(linkId));
      continue;
    }
    const options: unknown[] = [];
    let itemOk = true;
    for (const answer of answers as unknown[]) {
      const option = readCoding(linkId, answer, problems);
      if (option === undefined) {
        itemOk = false;
        break;
      }
      options.push(option);
    }
    if (itemOk) given.set(linkId, options);
  }
  return { given, complete };
}

/** The code of one answer, or undefined after reporting why it is not a coding of this question. */
function readCoding(question: QuestionId, answer: unknown, problems: string[]): string | undefined {
  if (!isObject(answer)) {
    problems.push(p.answerNotCoding(question));
    return undefined;
  }
  if (hasOwn(answer, 'item')) {
    problems.push(p.nested(question));
    return undefined;
  }
  const otherValue = Object.keys(answer).some((key) => key.startsWith('value') && key !== 'valueCoding');
  const coding = own(answer, 'valueCoding');
  if (otherValue || !isObject(coding)) {
    problems.push(p.answerNotCoding(question));
    return undefined;
  }
  const system = own(coding, 'system');
  const code = own(coding, 'code');
  if (system === undefined) {
    problems.push(p.noSystem(question));
    return undefined;
  }
  if (system !== codeSystemFor(question)) {
    problems.push(p.wrongSystem(question, quote(system), quote(codeSystemFor(question))));
    return undefined;
  }
  if (typeof code !== 'string') {
    problems.push(p.unknownOption(question, quote(code)));
    return undefined;
  }
  return code;
}

/** Reads the `answers` of a saved-session document into `given`. */
function readSavedAnswers(saved: unknown, problems: string[]): Given {
  const given: Given = new Map();
  if (!isObject(saved)) {
    problems.push(p.answersNotObject);
    return given;
  }
  for (const key of Object.keys(saved)) {
    if (!isQuestionId(key)) {
      problems.push(p.unknownQuestion(quote(key)));
      continue;
    }
    const value = saved[key];
    if (isMultiChoice(key)) {
      if (!Array.isArray(value)) {
        problems.push(p.multiNotList(key));
        continue;
      }
      given.set(key, Array.from(value as unknown[]));
    } else if (Array.isArray(value)) {
      problems.push(p.singleIsList(key));
    } else {
      given.set(key, [value]);
    }
  }
  return given;
}

/**
 * Checks the answers given, question by question and then together (skip rules, completeness), and
 * returns them as KnownAnswers in catalogue order, or undefined if anything is wrong.
 */
function checkGiven(
  given: Given,
  complete: boolean,
  problems: string[],
): { answers: KnownAnswers; carriedOver: boolean } | undefined {
  const collected = new Map<QuestionId, string | string[]>();
  let carriedOver = false;
  for (const id of questionIds) {
    const givenOptions = given.get(id);
    if (!givenOptions) continue;
    // An answer from an older file keeps its meaning: a retired option stands for its replacements.
    const { ticked: options, replaced } = withoutRetiredOptions(id, givenOptions);
    carriedOver ||= replaced;
    let ok = true;
    const seen = new Set<string>();
    for (const option of options) {
      if (typeof option !== 'string' || !isOptionOf(id, option)) {
        problems.push(p.unknownOption(id, quote(option)));
        ok = false;
      } else if (seen.has(option)) {
        problems.push(p.repeatedOption(id, option));
        ok = false;
      } else {
        seen.add(option);
      }
    }
    if (!ok) continue;
    if (!isMultiChoice(id)) {
      if (options.length > 1) {
        problems.push(p.notOneAnswer(id, options.length));
        continue;
      }
      if (options.length === 1) collected.set(id, options[0] as string);
      continue;
    }
    const exclusive = options.find((option) => exclusiveOptionIds.has(option as string));
    if (exclusive !== undefined && options.length > 1) {
      problems.push(p.exclusive(id, exclusive as string));
      continue;
    }
    if (options.length > 0) collected.set(id, options as string[]);
  }
  if (problems.length > 0) return undefined;

  // Only own, known question ids are written, into an object built here.
  const record: Record<string, string | string[]> = {};
  for (const [id, value] of collected) record[id] = value;
  const answers = readAnswers(record);
  if (collected.size === 0) {
    problems.push(p.noAnswers);
    return undefined;
  }

  const onPath = answersOnPath(answers) as Record<string, unknown>;
  for (const step of steps) {
    if (collected.has(step.id) && !Object.prototype.hasOwnProperty.call(onPath, step.id) && step.askIf) {
      problems.push(p.notAsked(step.id, askIfByQuestion(step.askIf)));
    }
  }
  if (problems.length > 0) return undefined;

  if (complete) {
    // A file completed before a question was added lacks it: the journey asks it after the import.
    for (const id of journeyPath(answers)) {
      if (!collected.has(id) && !questionsAddedLater.has(id)) problems.push(p.missingAnswer(id));
    }
    if (problems.length > 0) return undefined;
  }
  return { answers, carriedOver };
}

function importDocument(text: string): ImportResult {
  if (text.length > maxImportBytes) return fail([p.tooLarge]);
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return fail([p.notJson]);
  }
  if (!isObject(document)) return fail([p.notObject]);

  const problems: string[] = [];
  let given: Given;
  let complete = false;
  let recovered = false;
  if (hasOwn(document, 'resourceType')) {
    ({ given, complete } = readResponse(document, problems));
  } else if (hasOwn(document, 'version') || hasOwn(document, 'answers')) {
    const session = parseSession(text);
    if (session.kind === 'unreadable') {
      return fail([
        session.problem === 'newerVersion' ? p.newerVersion : session.problem === 'corrupt' ? p.notJson : p.unknownFormat,
      ]);
    }
    // The file's own answers are checked, so that each problem is named. The migrations so far keep
    // their shape: a retired option is read below, as in any file.
    given = readSavedAnswers(own(document, 'answers'), problems);
    recovered = session.kind === 'recovered';
  } else {
    return fail([p.unknownDocument]);
  }
  const checked = checkGiven(given, complete, problems);
  if (!checked || problems.length > 0) return fail(problems);
  // parseSession dropped something these checks did not name (only possible after a migration).
  if (recovered) return fail([p.droppedAnswers]);
  return checked.carriedOver
    ? { ok: true, answers: checked.answers, carriedOver: true }
    : { ok: true, answers: checked.answers };
}

/**
 * Reads a file's text as answers: a QuestionnaireResponse to this questionnaire, or a document saved
 * by this app. All or nothing: any problem gives `ok: false` with every problem found (up to
 * `maxProblems`), in plain words. Never throws.
 */
export function fromImport(text: string): ImportResult {
  try {
    if (typeof text !== 'string') return fail([p.unreadable]);
    return importDocument(text);
  } catch {
    return fail([p.unreadable]);
  }
}
