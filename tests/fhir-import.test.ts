/**
 * FHIR R4 import: the app's own saved document, and each rejection with its exact message. The export
 * and its round trip are in fhir.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { codeSystemFor, questionnaireUrl } from '../src/fhir/questionnaire-resource';
import { fromImport, maxImportBytes } from '../src/fhir/questionnaire-response';
import { currentVersion } from '../src/persistence/saved-session';
import { readAnswers, type KnownAnswers } from '../src/catalogue/answers';
import { fixtures } from './fixtures/answers';
import { authored, changed, itemOf, response, typical } from './fhir-responses';

/** The problems of a rejected import, or a failure naming the answers that were wrongly accepted. */
function problemsOf(text: string): string[] {
  const result = fromImport(text);
  if (result.ok) throw new Error(`Expected a rejection, got ${JSON.stringify(result.answers)}`);
  return result.problems;
}

describe('the app’s own saved document', () => {
  const saved = (answers: unknown, extra: object = {}) =>
    JSON.stringify({ version: currentVersion, savedAt: authored, step: 'timing', answers, returningToReview: false, ...extra });

  it('is accepted', () => {
    expect(fromImport(saved(fixtures.typicalCramps.answers))).toEqual({
      ok: true,
      answers: readAnswers(fixtures.typicalCramps.answers),
    });
    expect(fromImport(saved({ redFlags: ['none'], ageBand: '18to49' }))).toEqual({
      ok: true,
      answers: { redFlags: ['none'], ageBand: '18to49' },
    });
  });

  it('is rejected whole when one answer is wrong, naming each problem', () => {
    expect(problemsOf(saved({ ageBand: '65plus', sensation: ['urgeWithCrawlingAching', 'tickles'], shoeSize: 9 }))).toEqual([
      '"shoeSize" is not a question in this questionnaire.',
      'Question "sensation": "tickles" is not one of its answers.',
    ]);
    expect(problemsOf(saved({ ageBand: ['65plus'] }))).toEqual(['Question "ageBand" takes one answer, but the file gives a list.']);
    expect(problemsOf(saved({ location: 'calf' }))).toEqual([
      'Question "location" takes a list of answers, but the file does not give a list.',
    ]);
    expect(problemsOf(saved({ ageBand: 65 }))).toEqual(['Question "ageBand": the number 65 is not one of its answers.']);
  });

  it('is rejected when it is from a newer version or of an unknown form', () => {
    expect(problemsOf(saved({ ageBand: '65plus' }, { version: currentVersion + 1 }))).toEqual([
      'The file was saved by a newer version of nightlegs, which this version cannot read.',
    ]);
    expect(problemsOf(JSON.stringify({ answers: { ageBand: '65plus' } }))).toEqual([
      'The file looks like answers saved by nightlegs, but it is in a form this version does not know.',
    ]);
    expect(problemsOf(saved('yes'))).toEqual([
      'The file looks like answers saved by nightlegs, but it is in a form this version does not know.',
    ]);
  });

  it('reports __proto__ and constructor keys as unknown questions, without touching any prototype', () => {
    const text = `{"version":1,"savedAt":"x","step":"start","answers":{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"ageBand":"65plus"}}`;
    expect(problemsOf(text)).toEqual([
      '"__proto__" is not a question in this questionnaire.',
      '"constructor" is not a question in this questionnaire.',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('rejections, with the exact message', () => {
  it('refuses what is not a JSON object', () => {
    expect(problemsOf('')).toEqual(['The file is not a JSON file, so its answers cannot be read.']);
    expect(problemsOf('{"resourceType": "QuestionnaireResponse",')).toEqual([
      'The file is not a JSON file, so its answers cannot be read.',
    ]);
    expect(problemsOf('[1, 2]')).toEqual(['The file does not hold a set of answers (a JSON object).']);
    expect(problemsOf('null')).toEqual(['The file does not hold a set of answers (a JSON object).']);
    expect(problemsOf('{"hello": "world"}')).toEqual([
      'The file is neither a FHIR QuestionnaireResponse nor answers saved by nightlegs.',
    ]);
  });

  it('refuses a file over 1 MB before reading it', () => {
    expect(problemsOf(' '.repeat(maxImportBytes + 1))).toEqual(['The file is too large (over 1 MB) to be a set of answers.']);
  });

  it('refuses another resource type or another questionnaire', () => {
    expect(problemsOf('{"resourceType": "Patient"}')).toEqual([
      'The file is a FHIR "Patient" resource, not a QuestionnaireResponse.',
    ]);
    expect(problemsOf(changed((r) => (r.questionnaire = 'http://example.org/Questionnaire/phq9|1')))).toEqual([
      'The file answers a different questionnaire ("http://example.org/Questionnaire/phq9|1"), not this one.',
    ]);
  });

  it('accepts another version of this questionnaire, or none named', () => {
    expect(fromImport(changed((r) => (r.questionnaire = `${questionnaireUrl}|0.0.1`)))).toEqual({ ok: true, answers: typical });
    expect(fromImport(changed((r) => delete r.questionnaire))).toEqual({ ok: true, answers: typical });
  });

  it('refuses a missing, unknown or entered-in-error status', () => {
    expect(problemsOf(changed((r) => delete (r as { status?: string }).status))).toEqual([
      'The QuestionnaireResponse has no status.',
    ]);
    expect(problemsOf(changed((r) => ((r as { status: unknown }).status = 7)))).toEqual([
      'The status the number 7 is not a status of a QuestionnaireResponse.',
    ]);
    expect(problemsOf(changed((r) => ((r as { status: string }).status = 'done')))).toEqual([
      'The status "done" is not a status of a QuestionnaireResponse.',
    ]);
    expect(problemsOf(changed((r) => (r.status = 'entered-in-error')))).toEqual([
      'The file is marked "entered in error", so its answers should not be used.',
    ]);
  });

  it('refuses an unknown linkId', () => {
    expect(problemsOf(changed((r) => r.item?.push({ linkId: 'shoeSize', answer: [{ valueString: '9' }] })))).toEqual([
      '"shoeSize" is not a question in this questionnaire.',
    ]);
  });

  it('refuses an option that is not one of the question’s answers', () => {
    expect(
      problemsOf(changed((r) => (itemOf(r, 'ageBand').answer = [{ valueCoding: { system: codeSystemFor('ageBand'), code: '200plus' } }]))),
    ).toEqual(['Question "ageBand": "200plus" is not one of its answers.']);
  });

  it('refuses a coding of another code system, or none', () => {
    expect(
      problemsOf(changed((r) => (itemOf(r, 'ageBand').answer = [{ valueCoding: { system: 'http://snomed.info/sct', code: '65plus' } }]))),
    ).toEqual([
      'Question "ageBand": the code system "http://snomed.info/sct" is not this question\'s ("urn:nightlegs:codesystem:ageBand").',
    ]);
    expect(problemsOf(changed((r) => (itemOf(r, 'ageBand').answer = [{ valueCoding: { code: '65plus' } }])))).toEqual([
      'Question "ageBand": an answer has no code system.',
    ]);
    // The right code under another question's system.
    expect(
      problemsOf(changed((r) => (itemOf(r, 'urgeToMove').answer = [{ valueCoding: { system: codeSystemFor('muscleHardens'), code: 'yes' } }]))),
    ).toEqual([
      'Question "urgeToMove": the code system "urn:nightlegs:codesystem:muscleHardens" is not this question\'s ("urn:nightlegs:codesystem:urgeToMove").',
    ]);
  });

  it('refuses an answer that is not a coding', () => {
    expect(problemsOf(changed((r) => (itemOf(r, 'ageBand').answer = [{ valueString: '65plus' }])))).toEqual([
      'Question "ageBand": every answer must be a coding (valueCoding) from this questionnaire.',
    ]);
  });

  it('refuses two answers to a single-choice question', () => {
    expect(
      problemsOf(
        changed((r) =>
          itemOf(r, 'ageBand').answer?.push({ valueCoding: { system: codeSystemFor('ageBand'), code: '18to49' } }),
        ),
      ),
    ).toEqual(['Question "ageBand" takes one answer, but the file gives 2.']);
  });

  it('refuses "none" or "notApplicable" together with other options', () => {
    expect(
      problemsOf(
        changed((r) =>
          itemOf(r, 'conditions').answer?.push({ valueCoding: { system: codeSystemFor('conditions'), code: 'none' } }),
        ),
      ),
    ).toEqual(['Question "conditions": "none" cannot be combined with other answers.']);
    const relief = { ...typical, relief: ['keepMoving', 'notApplicable'] } as KnownAnswers;
    expect(problemsOf(JSON.stringify({ version: 1, savedAt: authored, step: 'relief', answers: relief }))).toEqual([
      'Question "relief": "notApplicable" cannot be combined with other answers.',
    ]);
  });

  it('refuses the same option twice', () => {
    expect(
      problemsOf(
        changed((r) => itemOf(r, 'location').answer?.push({ valueCoding: { system: codeSystemFor('location'), code: 'calf' } })),
      ),
    ).toEqual(['Question "location": "calf" is given more than once.']);
  });

  it('refuses an answer to a question the other answers would skip', () => {
    const text = changed((r) => {
      itemOf(r, 'relief').answer = [{ valueCoding: { system: codeSystemFor('relief'), code: 'forcefulStretch' } }];
    });
    expect(problemsOf(text)).toEqual([
      'Question "returnsOnRest" is answered, but it is only asked when "relief" includes one of: keepMoving.',
    ]);
    const medicine = JSON.stringify(response({ ...typical, medications: ['statin'], medStartedRecently: 'no' }));
    expect(fromImport(medicine).ok).toBe(true);
    expect(problemsOf(medicine.replace('"code":"statin"', '"code":"none"'))).toEqual([
      'Question "medStartedRecently" is answered, but it is only asked when "medications" includes one of: diuretic, statin, longActingBetaAgonist, calciumChannelBlocker, lithium, nsaid, ivIronSucrose, estrogenOrRaloxifene, teriparatide, sedatingAntihistamine, antipsychotic, dopamineBlockingAntiemetic, antidepressant, dopamineAgonistOrLevodopa, oralIron, otherMedicine.',
    ]);
  });

  it('refuses a completed response with a question on the path unanswered, but not one in progress', () => {
    const withoutTiming = (status: 'completed' | 'in-progress') =>
      changed((r) => {
        r.status = status;
        r.item = r.item?.filter((i) => i.linkId !== 'timing');
      });
    expect(problemsOf(withoutTiming('completed'))).toEqual([
      'The file says the answers are complete, but question "timing" has no answer.',
    ]);
    const { timing: _timing, ...rest } = typical;
    expect(fromImport(withoutTiming('in-progress'))).toEqual({ ok: true, answers: rest });
  });

  it('refuses a question that appears twice', () => {
    expect(problemsOf(changed((r) => r.item?.push(structuredClone(itemOf(r, 'ageBand')))))).toEqual([
      'Question "ageBand" appears more than once.',
    ]);
  });

  it('refuses nested items', () => {
    expect(problemsOf(changed((r) => (itemOf(r, 'ageBand').item = [{ linkId: 'ageBand' }])))).toEqual([
      'Question "ageBand" has questions inside it, but this questionnaire has no nested questions.',
    ]);
    expect(
      problemsOf(
        changed((r) => {
          const answer = itemOf(r, 'timing').answer?.[0];
          if (answer) answer.item = [{ linkId: 'frequency' }];
        }),
      ),
    ).toEqual(['Question "timing" has questions inside it, but this questionnaire has no nested questions.']);
  });

  it('refuses items that are not questions, and an "item" that is not a list', () => {
    expect(problemsOf(changed((r) => ((r as unknown as { item: unknown }).item = { linkId: 'ageBand' })))).toEqual([
      'The "item" of the QuestionnaireResponse is not a list of questions.',
    ]);
    const count = Object.keys(typical).length;
    expect(problemsOf(changed((r) => (r.item as unknown[]).push(42, { text: 'no link' })))).toEqual([
      `Item ${count + 1} in the file is not a question with answers.`,
      `Item ${count + 2} in the file has no "linkId", so it is not clear which question it answers.`,
    ]);
  });

  it('refuses an empty file of answers', () => {
    expect(problemsOf(changed((r) => (r.item = [])))).toEqual(['The file does not contain any answers.']);
  });

  it('lists every problem at once, up to 20, and counts the rest', () => {
    const many = changed((r) => {
      for (let n = 0; n < 30; n++) r.item?.push({ linkId: `extra${n}` });
    });
    const problems = problemsOf(many);
    expect(problems).toHaveLength(21);
    expect(problems[0]).toBe('"extra0" is not a question in this questionnaire.');
    expect(problems[20]).toBe('…and 10 more problems.');
  });

  it('quotes at most the start of a huge value', () => {
    const [problem] = problemsOf(changed((r) => r.item?.push({ linkId: 'x'.repeat(500_000) })));
    expect(problem).toBe(`"${'x'.repeat(57)}…" is not a question in this questionnaire.`);
  });
});
