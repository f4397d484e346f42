/** QuestionnaireResponses built from the typical RLS answers, for the FHIR import tests. */
import type { QuestionnaireResponse } from 'fhir/r4';
import { toQuestionnaireResponse } from '../src/fhir/questionnaire-response';
import { readAnswers, type KnownAnswers } from '../src/catalogue/answers';
import { fixtures } from './fixtures/answers';

export const authored = '2026-11-29T07:00:00.000Z';

export function response(answers: KnownAnswers, status: 'in-progress' | 'completed' = 'completed'): QuestionnaireResponse {
  return toQuestionnaireResponse(answers, status, authored);
}

export const typical = readAnswers(fixtures.typicalRls.answers);

/** A response to the typical RLS fixture, changed by `change` (which may mutate it). */
export function changed(change: (r: QuestionnaireResponse) => void): string {
  const r = structuredClone(response(typical));
  change(r);
  return JSON.stringify(r);
}

export function itemOf(r: QuestionnaireResponse, linkId: string) {
  const item = r.item?.find((i) => i.linkId === linkId);
  if (!item) throw new Error(`no item ${linkId}`);
  return item;
}
