/**
 * Every word of the FHIR export and import, in English: the buttons, the file picker and the plain
 * messages that say what is wrong with a file. Question and option ids are quoted as they are in the
 * file, so that whoever made the file can find the mistake. A second language is another module of
 * the same `FhirMessages` type.
 */
import { enFhirImport } from './en-fhir-import';

export const enFhir = {
  questionnaire: {
    /** Computer-friendly name of the FHIR Questionnaire. */
    name: 'NightLegsQuestionnaire',
    title: 'Night-time leg symptoms questionnaire (nightlegs)',
    description:
      'Screening questions about night-time leg symptoms (leg cramps, restless legs syndrome, periodic limb movements), answered by the patient before seeing their GP.',
    language: 'en-GB',
  },
  export: {
    button: "Download answers for your GP's system (FHIR)",
    questionnaireButton: 'Download the questionnaire itself (FHIR)',
    hint: 'This saves a file on this device in FHIR, a standard format that GP computer systems can read. Nothing is sent anywhere: you choose who to give the file to.',
    fileName: 'nightlegs-answers.fhir.json',
    questionnaireFileName: 'nightlegs-questionnaire.fhir.json',
  },
  import: enFhirImport,
  problems: {
    tooLarge: 'The file is too large (over 1 MB) to be a set of answers.',
    unreadable: 'The file could not be read.',
    notJson: 'The file is not a JSON file, so its answers cannot be read.',
    notObject: 'The file does not hold a set of answers (a JSON object).',
    unknownDocument: 'The file is neither a FHIR QuestionnaireResponse nor answers saved by nightlegs.',
    wrongResourceType: (type: string) => `The file is a FHIR ${type} resource, not a QuestionnaireResponse.`,
    otherQuestionnaire: (canonical: string) => `The file answers a different questionnaire (${canonical}), not this one.`,
    questionnaireNotText: 'The "questionnaire" of the QuestionnaireResponse is not a text reference.',
    noStatus: 'The QuestionnaireResponse has no status.',
    badStatus: (status: string) => `The status ${status} is not a status of a QuestionnaireResponse.`,
    enteredInError: 'The file is marked "entered in error", so its answers should not be used.',
    itemsNotList: 'The "item" of the QuestionnaireResponse is not a list of questions.',
    itemNotObject: (position: number) => `Item ${position} in the file is not a question with answers.`,
    itemNoLinkId: (position: number) => `Item ${position} in the file has no "linkId", so it is not clear which question it answers.`,
    unknownQuestion: (id: string) => `${id} is not a question in this questionnaire.`,
    duplicateQuestion: (id: string) => `Question "${id}" appears more than once.`,
    nested: (id: string) => `Question "${id}" has questions inside it, but this questionnaire has no nested questions.`,
    answersNotList: (id: string) => `Question "${id}": its "answer" is not a list.`,
    answerNotCoding: (id: string) => `Question "${id}": every answer must be a coding (valueCoding) from this questionnaire.`,
    noSystem: (id: string) => `Question "${id}": an answer has no code system.`,
    wrongSystem: (id: string, system: string, expected: string) =>
      `Question "${id}": the code system ${system} is not this question's (${expected}).`,
    unknownOption: (id: string, option: string) => `Question "${id}": ${option} is not one of its answers.`,
    notOneAnswer: (id: string, count: number) => `Question "${id}" takes one answer, but the file gives ${count}.`,
    singleIsList: (id: string) => `Question "${id}" takes one answer, but the file gives a list.`,
    multiNotList: (id: string) => `Question "${id}" takes a list of answers, but the file does not give a list.`,
    repeatedOption: (id: string, option: string) => `Question "${id}": "${option}" is given more than once.`,
    exclusive: (id: string, option: string) => `Question "${id}": "${option}" cannot be combined with other answers.`,
    notAsked: (id: string, conditions: readonly { question: string; anyOf: readonly string[] }[]) =>
      `Question "${id}" is answered, but it is only asked when ${conditions
        .map(({ question, anyOf }) => `"${question}" includes one of: ${anyOf.join(', ')}`)
        .join(', or when ')}.`,
    missingAnswer: (id: string) => `The file says the answers are complete, but question "${id}" has no answer.`,
    noAnswers: 'The file does not contain any answers.',
    answersNotObject: 'The "answers" in the saved file are not a set of answers.',
    newerVersion: 'The file was saved by a newer version of nightlegs, which this version cannot read.',
    unknownFormat: 'The file looks like answers saved by nightlegs, but it is in a form this version does not know.',
    droppedAnswers: 'Some answers in the saved file are not recognised by this version of nightlegs.',
    more: (count: number) => `…and ${count} more ${count === 1 ? 'problem' : 'problems'}.`,
    /** How a value that is not an id is described inside a message. */
    notText: {
      number: (value: number) => `the number ${value}`,
      boolean: (value: boolean) => `the value ${value}`,
      null: 'an empty value (null)',
      list: 'a list',
      object: 'an object',
      other: 'a value that is not text',
    },
  },
};

export type FhirMessages = typeof enFhir;
