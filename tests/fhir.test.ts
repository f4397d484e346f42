import { clinicianPrompts } from '../src/content/en-clinician';
/**
 * FHIR R4 export and import (issue 5 item 4): the generated Questionnaire's structure, the round trip
 * of every named fixture, the exported response checked against the Questionnaire, each rejection
 * with its exact message, the app's own saved document (the file picker in the page is in import-answers.test.tsx).
 */
import type { Coding, Questionnaire, QuestionnaireItem, QuestionnaireResponse } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { en } from '../src/content/en';
import {
  buildQuestionnaire,
  codeSystemFor,
  patientTextExtensionUrl,
  questionnaireCanonical,
  questionnaireUrl,
} from '../src/fhir/questionnaire-resource';
import { fromImport, maxImportBytes } from '../src/fhir/questionnaire-response';
import { currentVersion } from '../src/persistence/saved-session';
import { readAnswers, type KnownAnswers } from '../src/catalogue/answers';
import { isMultiChoice, questionIds, questionOptions, type QuestionId } from '../src/catalogue/questions';
import { stepIds } from '../src/questionnaire/steps';
import { fixtures } from './fixtures/answers';
import { authored, changed, itemOf, response, typical } from './fhir-responses';

const questionnaire = buildQuestionnaire();
const items = questionnaire.item ?? [];

/** The problems of a rejected import, or a failure naming the answers that were wrongly accepted. */
function problemsOf(text: string): string[] {
  const result = fromImport(text);
  if (result.ok) throw new Error(`Expected a rejection, got ${JSON.stringify(result.answers)}`);
  return result.problems;
}

function sameCoding(a: Coding | undefined, b: Coding | undefined): boolean {
  return a?.system === b?.system && a?.code === b?.code;
}

/**
 * Checks a QuestionnaireResponse against a Questionnaire by reading only the two resources: required
 * fields, linkIds that exist, codings in the item's answerOption list, one answer unless it repeats.
 */
function validateAgainst(q: Questionnaire, r: QuestionnaireResponse): string[] {
  const errors: string[] = [];
  if (r.resourceType !== 'QuestionnaireResponse') errors.push('resourceType');
  if (!['in-progress', 'completed', 'amended', 'entered-in-error', 'stopped'].includes(r.status)) errors.push('status');
  if (r.questionnaire !== `${q.url}|${q.version}`) errors.push('questionnaire');
  if (typeof r.authored !== 'string') errors.push('authored');
  const byLinkId = new Map((q.item ?? []).map((i) => [i.linkId, i]));
  const seen = new Set<string>();
  for (const item of r.item ?? []) {
    const definition = byLinkId.get(item.linkId);
    if (!definition) {
      errors.push(`unknown linkId ${item.linkId}`);
      continue;
    }
    if (seen.has(item.linkId)) errors.push(`duplicate ${item.linkId}`);
    seen.add(item.linkId);
    const answers = item.answer ?? [];
    if (answers.length === 0) errors.push(`${item.linkId} has no answer`);
    if (answers.length > 1 && !definition.repeats) errors.push(`${item.linkId} does not repeat`);
    for (const answer of answers) {
      if (!definition.answerOption?.some((o) => sameCoding(o.valueCoding, answer.valueCoding))) {
        errors.push(`${item.linkId}: ${answer.valueCoding?.code} not in answerOption`);
      }
    }
  }
  return errors;
}

describe('the generated Questionnaire', () => {
  it('has the required fields and a stable canonical url', () => {
    expect(questionnaire).toMatchObject({
      resourceType: 'Questionnaire',
      url: 'urn:nightlegs:questionnaire',
      version,
      status: 'draft',
    });
    expect(questionnaire.name).toMatch(/^[A-Z][A-Za-z0-9_]{0,254}$/); // FHIR inv-0 (computer-friendly name)
    expect(questionnaire.title).toBeTruthy();
    expect(questionnaireCanonical).toBe(`${questionnaireUrl}|${version}`);
    expect(JSON.parse(JSON.stringify(questionnaire))).toEqual(questionnaire);
    expect(buildQuestionnaire()).toEqual(questionnaire);
  });

  it('has one item per question, in step order, with linkId = question id', () => {
    expect(items.map((i) => i.linkId)).toEqual([...stepIds]);
    expect(new Set(items.map((i) => i.linkId))).toEqual(new Set(questionIds));
  });

  it('gives each item the clinician wording as text, the patient wording as an extension, and marks it required', () => {
    for (const item of items) {
      const id = item.linkId as QuestionId;
      expect(item.type).toBe('choice');
      expect(item.required).toBe(true);
      expect(item.text).toBe(clinicianPrompts[id]);
      expect(item.extension).toContainEqual({ url: patientTextExtensionUrl, valueString: en.questions[id].text });
    }
  });

  it('lists exactly the catalogue options as codings of the question code system, with the patient labels', () => {
    for (const item of items) {
      const id = item.linkId as QuestionId;
      const codings = (item.answerOption ?? []).map((o) => o.valueCoding);
      expect(codings.map((c) => c?.code)).toEqual([...questionOptions[id]]);
      for (const coding of codings) {
        expect(coding?.system).toBe(`urn:nightlegs:codesystem:${id}`);
        const options = en.questions[id].options as Record<string, { label: string }>;
        expect(coding?.display).toBe(options[coding?.code ?? '']?.label);
      }
    }
  });

  it('repeats exactly the multi-choice items', () => {
    for (const item of items) expect(item.repeats).toBe(isMultiChoice(item.linkId as QuestionId));
  });

  it('turns the skip rules into enableWhen on earlier items, with codings among their answerOptions', () => {
    const earlier = new Map<string, QuestionnaireItem>();
    const conditional: string[] = [];
    for (const item of items) {
      for (const condition of item.enableWhen ?? []) {
        const source = earlier.get(condition.question);
        expect(source, `${item.linkId} depends on ${condition.question}`).toBeDefined();
        expect(condition.operator).toBe('=');
        expect(source?.answerOption?.some((o) => sameCoding(o.valueCoding, condition.answerCoding))).toBe(true);
      }
      if (item.enableWhen) {
        conditional.push(item.linkId);
        expect(item.enableBehavior).toBe('any');
      } else {
        expect(item.enableBehavior).toBeUndefined();
      }
      earlier.set(item.linkId, item);
    }
    expect(conditional).toEqual(['muscleHardens', 'returnsOnRest', 'location', 'onset', 'medStartedRecently']);
    const muscleHardens = items.find((i) => i.linkId === 'muscleHardens');
    expect(muscleHardens?.enableWhen).toEqual([
      { question: 'sensation', operator: '=', answerCoding: { system: codeSystemFor('sensation'), code: 'suddenPainfulTightening' } },
    ]);
    const location = items.find((i) => i.linkId === 'location');
    expect(location?.enableWhen?.map((w) => w.answerCoding?.code)).not.toContain('none');
    expect(location?.enableWhen?.map((w) => w.answerCoding?.code)).not.toContain('noFeelingPartnerNotices');
  });
});

describe('export and import of every named fixture', () => {
  for (const [name, fixture] of Object.entries(fixtures)) {
    it(`${name}: export → JSON → import gives the same answers`, () => {
      const answers = readAnswers(fixture.answers);
      const exported = response(answers, 'completed');
      expect(validateAgainst(questionnaire, exported)).toEqual([]);
      const result = fromImport(JSON.stringify(exported));
      expect(result).toEqual({ ok: true, answers });
    });
  }

  it('exports an item per answered question, in step order, with codings and the canonical reference', () => {
    const exported = response(typical, 'in-progress');
    expect(exported).toMatchObject({
      resourceType: 'QuestionnaireResponse',
      questionnaire: questionnaireCanonical,
      status: 'in-progress',
      authored,
    });
    expect(exported.item?.map((i) => i.linkId)).toEqual(stepIds.filter((id) => id in typical));
    expect(itemOf(exported, 'location').answer).toEqual([
      { valueCoding: { system: 'urn:nightlegs:codesystem:location', code: 'calf', display: 'Calf' } },
      { valueCoding: { system: 'urn:nightlegs:codesystem:location', code: 'thigh', display: 'Thigh' } },
      { valueCoding: { system: 'urn:nightlegs:codesystem:location', code: 'bothLegs', display: 'Both legs' } },
    ]);
  });

  it('exports and imports partial answers while in progress', () => {
    const partial: KnownAnswers = { redFlags: ['none'], ageBand: '65plus', sensation: ['suddenPainfulTightening'] };
    const exported = response(partial, 'in-progress');
    expect(validateAgainst(questionnaire, exported)).toEqual([]);
    expect(fromImport(JSON.stringify(exported))).toEqual({ ok: true, answers: partial });
  });

  it('leaves out answers to questions the journey no longer asks, so the export can be imported', () => {
    const exported = response({ ...typical, relief: ['forcefulStretch'] });
    expect(exported.item?.map((i) => i.linkId)).not.toContain('returnsOnRest');
  });

  it('accepts codings in another order and with another display, and reads them in catalogue order', () => {
    const text = changed((r) => {
      const location = itemOf(r, 'location');
      location.answer = [...(location.answer ?? [])].reverse().map((a) => ({ valueCoding: { ...a.valueCoding, display: 'x' } }));
      r.item?.reverse();
    });
    expect(fromImport(text)).toEqual({ ok: true, answers: typical });
  });
});

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
