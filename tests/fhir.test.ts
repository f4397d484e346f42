/**
 * FHIR R4 export: the generated Questionnaire's structure, the round trip of every named fixture and the
 * exported response checked against the Questionnaire. What an import refuses, and the app's own saved
 * document, are in fhir-import.test.ts (the file picker in the page is in import-answers.test.tsx).
 */
import type { Coding, Questionnaire, QuestionnaireItem, QuestionnaireResponse } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { version } from '../package.json';
import { clinicianPrompts } from '../src/content/en-clinician';
import { en } from '../src/content/en';
import {
  buildQuestionnaire,
  codeSystemFor,
  patientTextExtensionUrl,
  questionnaireCanonical,
  questionnaireUrl,
} from '../src/fhir/questionnaire-resource';
import { fromImport } from '../src/fhir/questionnaire-response';
import { readAnswers, type KnownAnswers } from '../src/catalogue/answers';
import { isMultiChoice, questionIds, questionOptions, type QuestionId } from '../src/catalogue/questions';
import { stepIds } from '../src/questionnaire/steps';
import { fixtures } from './fixtures/answers';
import { authored, changed, itemOf, response, typical } from './fhir-responses';

const questionnaire = buildQuestionnaire();
const items = questionnaire.item ?? [];

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
