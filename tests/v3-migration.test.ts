/**
 * Answers saved or exported before questionnaire version 3: the retired wound-or-toxin red flag is read
 * as both flags it was split into, the person is told once, and the two new questions are asked
 * without walking through every old answer again. Also the FHIR export's record of who answered.
 */
import type { QuestionnaireResponse } from 'fhir/r4';
import { describe, expect, it } from 'vitest';
import { assess } from '../src/assessment/assess';
import { codeSystemFor } from '../src/fhir/questionnaire-resource';
import { fromImport, toQuestionnaireResponse } from '../src/fhir/questionnaire-response';
import { currentVersion, parseSession } from '../src/persistence/saved-session';
import { readAnswers, type Answers } from '../src/catalogue/answers';
import { currentStep, restoredSnapshot } from '../src/questionnaire/questionnaire-machine';
import { fixtures } from './fixtures/answers';

/** A complete answer set as version 2 saved it: no respondent, no onset. */
function v2Answers(answers: Answers): Answers {
  const { respondent: _respondent, onset: _onset, ...rest } = answers;
  return rest;
}

const oldCramps = v2Answers({ ...fixtures.typicalCramps.answers, redFlags: ['woundOrToxinExposure'] });

function v1Document(answers: Answers, step = 'result') {
  return JSON.stringify({ version: 1, savedAt: '2026-10-01T09:00:00.000Z', step, answers, returningToReview: false });
}

describe('a session saved by version 1 of the saved format', () => {
  it('is upgraded: the retired red flag becomes both new flags, and the notice is due', () => {
    const loaded = parseSession(v1Document(oldCramps));
    expect(loaded.kind).toBe('loaded');
    if (loaded.kind !== 'loaded') return;
    expect(loaded.session.version).toBe(currentVersion);
    expect(loaded.session.answers.redFlags).toEqual(['stiffnessAfterWound', 'toxinExposure']);
    expect(loaded.session.carriedOver).toBe(true);
    expect(loaded.session.answers.ageBand).toBe(oldCramps.ageBand);
    expect(assess(loaded.session.answers).urgency).toBe('emergency');
  });

  it('keeps every other answer as it was, with no notice', () => {
    const old = v2Answers(fixtures.typicalRls.answers);
    const loaded = parseSession(v1Document(old));
    expect(loaded.kind).toBe('loaded');
    if (loaded.kind !== 'loaded') return;
    expect(loaded.session.answers).toEqual(readAnswers(old));
    expect(loaded.session.carriedOver).toBe(false);
  });

  it('reopens on who is answering, then asks only the new questions before the review', () => {
    const loaded = parseSession(v1Document(v2Answers(fixtures.typicalRls.answers)));
    if (loaded.kind !== 'loaded') throw new Error(loaded.kind);
    const snapshot = restoredSnapshot(loaded.session);
    expect(currentStep(snapshot)).toBe('respondent');
    expect(snapshot.context.returningToReview).toBe(true);
  });

  it('reports unknown keys of an old session instead of dropping them silently', () => {
    const loaded = parseSession(v1Document({ ...v2Answers(fixtures.typicalRls.answers), constructor: 'x' } as Answers));
    expect(loaded.kind).toBe('recovered');
  });
});

describe('a FHIR QuestionnaireResponse exported before version 3', () => {
  /** What version 2 exported: no respondent or onset items, and the retired red-flag code. */
  function oldResponse(answers: Answers, status: 'completed' | 'in-progress' = 'completed'): QuestionnaireResponse {
    const exported = toQuestionnaireResponse(readAnswers({ ...answers, redFlags: ['none'] }), status, '2026-10-01T09:00:00Z');
    exported.questionnaire = 'urn:nightlegs:questionnaire|0.1.0';
    exported.item = exported.item!.filter((i) => i.linkId !== 'respondent' && i.linkId !== 'onset');
    const redFlags = exported.item.find((i) => i.linkId === 'redFlags')!;
    redFlags.answer = (answers.redFlags ?? []).map((code) => ({ valueCoding: { system: codeSystemFor('redFlags'), code } }));
    return exported;
  }

  it('maps the retired red flag to both new flags on import, and says the answer was carried over', () => {
    const result = fromImport(JSON.stringify(oldResponse(oldCramps)));
    expect(result).toEqual({
      ok: true,
      answers: readAnswers({ ...oldCramps, redFlags: ['stiffnessAfterWound', 'toxinExposure'] }),
      carriedOver: true,
    });
  });

  it('accepts a completed file that lacks the questions added since, which the journey then asks', () => {
    const old = v2Answers(fixtures.typicalRls.answers);
    const result = fromImport(JSON.stringify(oldResponse(old)));
    expect(result).toEqual({ ok: true, answers: readAnswers(old) });
  });

  it('still refuses a completed file that lacks an older question', () => {
    const response = oldResponse(v2Answers(fixtures.typicalRls.answers));
    response.item = response.item!.filter((i) => i.linkId !== 'timing');
    expect(fromImport(JSON.stringify(response))).toEqual({
      ok: false,
      problems: ['The file says the answers are complete, but question "timing" has no answer.'],
    });
  });

  it('reads the retired red flag in an old saved-session file too', () => {
    const result = fromImport(v1Document(oldCramps));
    expect(result.ok && result.answers.redFlags).toEqual(['stiffnessAfterWound', 'toxinExposure']);
    expect(result.ok && result.carriedOver).toBe(true);
  });
});

describe('the FHIR export says who answered', () => {
  const authored = '2026-12-01T10:00:00Z';

  it('answers the respondent item and, for someone else, names a RelatedPerson with nothing identifying as source', () => {
    const exported = toQuestionnaireResponse(readAnswers({ ...fixtures.typicalRls.answers, respondent: 'someoneElse' }), 'completed', authored);
    expect(exported.item?.[0]).toMatchObject({
      linkId: 'respondent',
      text: 'History from',
      answer: [{ valueCoding: { system: codeSystemFor('respondent'), code: 'someoneElse' } }],
    });
    expect(exported.contained).toHaveLength(1);
    const informant = exported.contained![0];
    expect(informant.resourceType).toBe('RelatedPerson');
    expect(exported.source).toEqual({ reference: `#${informant.id}` });
    expect(Object.keys(informant).sort()).toEqual(['id', 'patient', 'resourceType']);
    expect(JSON.stringify(informant)).not.toMatch(/name|telecom|address|birthDate|gender|identifier/);
    expect(fromImport(JSON.stringify(exported))).toEqual({ ok: true, answers: readAnswers({ ...fixtures.typicalRls.answers, respondent: 'someoneElse' }) });
  });

  it('has no source or contained resource when the patient answered', () => {
    const exported = toQuestionnaireResponse(readAnswers(fixtures.typicalRls.answers), 'completed', authored);
    expect(exported.item?.[0]?.answer?.[0]?.valueCoding?.code).toBe('self');
    expect(exported.source).toBeUndefined();
    expect(exported.contained).toBeUndefined();
  });
});
