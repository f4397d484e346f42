/**
 * The questionnaire as a FHIR R4 `Questionnaire`, generated from the catalogue (`questions.ts`), the
 * step order and skip rules (`steps.ts`) and the wording (`content`). Nothing here is written by hand
 * per question, so the resource cannot drift from what the app asks.
 *
 * Identifiers (all `urn:`, so no web domain is claimed):
 * - the Questionnaire: `urn:nightlegs:questionnaire`, version = the app's package.json version;
 * - answers: ONE CODE SYSTEM PER QUESTION, `urn:nightlegs:codesystem:<questionId>`, whose codes are
 *   exactly that question's option ids (`urn:nightlegs:codesystem:ageBand` / `65plus`). Option ids such
 *   as `yes`, `no` and `none` recur across questions; a system per question keeps every code equal to
 *   the option id the app, the saved sessions and the tests already use;
 * - the patient's wording of a question: extension `urn:nightlegs:extension:patient-text` (valueString).
 *   The item's `text` is the clinician's wording; each answerOption's `display` is the patient's label.
 *
 * The items are flat (no section groups), one per question in step order, linkId = question id.
 * A skip rule `askIf: { question, anyOf }` (or a list of them, any of which asks the question) becomes
 * one `enableWhen` per option of `anyOf` (`operator '='`, `answerCoding`) with `enableBehavior: 'any'`:
 * asked when any of them is ticked.
 */
import type { Coding, Extension, Questionnaire, QuestionnaireItem, QuestionnaireItemAnswerOption } from 'fhir/r4';
import { appVersion } from '../catalogue/app-version';
import { enFhir } from '../content/en-fhir';
import { clinicianPrompts } from '../content/en-clinician';
import { messages } from '../content/messages';
import { optionLabel } from '../content/option-label';
import { exclusiveOptionIds, isMultiChoice, questionOptions, type QuestionId } from '../catalogue/questions';
import { askIfByQuestion, steps } from '../questionnaire/steps';

export const questionnaireUrl = 'urn:nightlegs:questionnaire';
/** The app's version (package.json); also the version of the Questionnaire it generates. */
export const questionnaireVersion: string = appVersion;
/** `Questionnaire.url|version`, as a QuestionnaireResponse refers to it. */
export const questionnaireCanonical = `${questionnaireUrl}|${questionnaireVersion}`;

export const codeSystemPrefix = 'urn:nightlegs:codesystem:';
export const patientTextExtensionUrl = 'urn:nightlegs:extension:patient-text';
/** HL7's own extension (SDC, R5 core extensions): ticking this option excludes all others. */
export const optionExclusiveExtensionUrl = 'http://hl7.org/fhir/StructureDefinition/questionnaire-optionExclusive';

/** The code system of one question's options. */
export function codeSystemFor(question: QuestionId): string {
  return `${codeSystemPrefix}${question}`;
}

/** The coding of one option, as used in answerOption, enableWhen and QuestionnaireResponse answers. */
export function optionCoding(question: QuestionId, option: string, withDisplay = true): Coding {
  const coding: Coding = { system: codeSystemFor(question), code: option };
  if (withDisplay) coding.display = optionLabel(question, option);
  return coding;
}

function answerOption(question: QuestionId, option: string): QuestionnaireItemAnswerOption {
  const entry: QuestionnaireItemAnswerOption = { valueCoding: optionCoding(question, option) };
  if (isMultiChoice(question) && exclusiveOptionIds.has(option)) {
    entry.extension = [{ url: optionExclusiveExtensionUrl, valueBoolean: true }];
  }
  return entry;
}

function patientText(question: QuestionId): Extension {
  return { url: patientTextExtensionUrl, valueString: messages.questions[question].text };
}

function questionItem(step: (typeof steps)[number]): QuestionnaireItem {
  const question = step.id;
  const item: QuestionnaireItem = {
    linkId: question,
    text: clinicianPrompts[question],
    extension: [patientText(question)],
    type: 'choice',
    required: true,
    repeats: isMultiChoice(question),
    answerOption: questionOptions[question].map((option) => answerOption(question, option)),
  };
  if (step.askIf) {
    item.enableWhen = askIfByQuestion(step.askIf).flatMap(({ question: condition, anyOf }) =>
      anyOf.map((option) => ({
        question: condition,
        operator: '=' as const,
        answerCoding: optionCoding(condition, option, false),
      })),
    );
    item.enableBehavior = 'any';
  }
  return item;
}

export function buildQuestionnaire(): Questionnaire {
  const words = enFhir.questionnaire;
  return {
    resourceType: 'Questionnaire',
    url: questionnaireUrl,
    version: questionnaireVersion,
    name: words.name,
    title: words.title,
    status: 'draft',
    language: words.language,
    subjectType: ['Patient'],
    description: words.description,
    item: steps.map(questionItem),
  };
}
