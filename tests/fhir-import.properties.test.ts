/**
 * Hostile input for the file import: random and malformed JSON, wrong types, huge
 * strings, deep nesting, prototype-pollution keys and valid responses with one mutation. Whatever
 * comes in: no exception, no polluted prototype, and either a clear refusal or answers that are
 * already in their normal form and on the journey's path.
 */
import fc from 'fast-check';
import type { QuestionnaireResponse } from 'fhir/r4';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codeSystemFor } from '../src/fhir/questionnaire-resource';
import { fromImport, maxImportBytes, toQuestionnaireResponse, type ImportResult } from '../src/fhir/questionnaire-response';
import { readAnswers, type KnownAnswers } from '../src/catalogue/answers';
import { exclusiveOptionIds, isMultiChoice, questionIds, questionOptions } from '../src/catalogue/questions';
import { answersOnPath, holds, steps } from '../src/questionnaire/steps';

const numRuns = 300;

const prototypes = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
let before: string[][];
beforeEach(() => {
  before = prototypes.map((proto) => Reflect.ownKeys(proto).map(String).sort());
});
afterEach(() => {
  expect(prototypes.map((proto) => Reflect.ownKeys(proto).map(String).sort())).toEqual(before);
});

function notPolluted(): void {
  const probe = {} as Record<string, unknown>;
  for (const key of ['polluted', 'isAdmin', 'x', 'ageBand']) expect(probe[key]).toBeUndefined();
  expect(Object.getPrototypeOf(probe)).toBe(Object.prototype);
}

/** The one promise of the import, whatever the input. */
function checkResult(text: string): ImportResult {
  let result: ImportResult | undefined;
  expect(() => (result = fromImport(text))).not.toThrow();
  notPolluted();
  if (!result) throw new Error('no result');
  if (result.ok) {
    expect(readAnswers(result.answers)).toEqual(result.answers);
    expect(answersOnPath(result.answers)).toEqual(result.answers);
    expect(Object.getPrototypeOf(result.answers)).toBe(Object.prototype);
    for (const value of Object.values(result.answers)) {
      if (Array.isArray(value)) {
        expect(value.length).toBeGreaterThan(0);
        expect(value.length === 1 || !value.some((v) => exclusiveOptionIds.has(v))).toBe(true);
      }
    }
  } else {
    expect(result.problems.length).toBeGreaterThanOrEqual(1);
    expect(result.problems.length).toBeLessThanOrEqual(21);
    for (const problem of result.problems) {
      expect(typeof problem).toBe('string');
      expect(problem.length).toBeGreaterThan(0);
      expect(problem.length).toBeLessThan(600);
    }
  }
  return result;
}

/** A valid answer set: each question on the path so far is answered or not, at random. */
const answerSet: fc.Arbitrary<KnownAnswers> = fc
  .tuple(
    fc.array(fc.boolean(), { minLength: steps.length, maxLength: steps.length }),
    fc.array(fc.nat(), { minLength: steps.length, maxLength: steps.length }),
    fc.array(fc.array(fc.boolean(), { minLength: 15, maxLength: 15 }), { minLength: steps.length, maxLength: steps.length }),
  )
  .map(([answered, picks, ticks]) => {
    const answers: Record<string, string | string[]> = {};
    steps.forEach((step, index) => {
      if (!answered[index]) return;
      if (step.askIf && !holds(step.askIf, answers as KnownAnswers)) return;
      const options = questionOptions[step.id] as readonly string[];
      if (!isMultiChoice(step.id)) {
        answers[step.id] = options[picks[index] % options.length];
        return;
      }
      const ordinary = options.filter((o) => !exclusiveOptionIds.has(o));
      const exclusive = options.filter((o) => exclusiveOptionIds.has(o));
      const ticked = ordinary.filter((_, n) => ticks[index][n]);
      answers[step.id] =
        ticked.length > 0 || exclusive.length === 0 ? (ticked.length > 0 ? ticked : [ordinary[0]]) : [exclusive[0]];
    });
    return answers as KnownAnswers;
  });

const pollutionKey = fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', '__defineGetter__');
const oddString = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', 'none', 'None', 'yes ', '\u0000', '💥', 'urn:nightlegs:codesystem:', '__proto__'),
  fc.constantFrom(...questionIds),
);
const oddValue: fc.Arbitrary<unknown> = fc.oneof(
  oddString,
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.boolean(),
  fc.constant(null),
  fc.constant([]),
  fc.constant({}),
  fc.array(oddString, { maxLength: 3 }),
  fc.dictionary(oddString, oddString, { maxKeys: 3 }),
);

type Mutation = (r: Record<string, unknown>) => void;

/** Item i of the response (after JSON round trip), as a plain record. */
function items(r: Record<string, unknown>): Record<string, unknown>[] {
  return (Array.isArray(r.item) ? r.item : []) as Record<string, unknown>[];
}

const mutation: fc.Arbitrary<{ name: string; apply: Mutation }> = fc.oneof(
  fc.record({ key: fc.oneof(pollutionKey, fc.constantFrom('resourceType', 'status', 'questionnaire', 'item')), value: oddValue }).map(
    ({ key, value }) => ({ name: `top ${key}`, apply: (r: Record<string, unknown>) => void Object.defineProperty(r, key, { value, enumerable: true, configurable: true, writable: true }) }),
  ),
  fc.record({ index: fc.nat(), key: fc.oneof(pollutionKey, fc.constantFrom('linkId', 'answer', 'item', 'text')), value: oddValue }).map(
    ({ index, key, value }) => ({
      name: `item ${key}`,
      apply: (r: Record<string, unknown>) => {
        const list = items(r);
        if (list.length) Object.defineProperty(list[index % list.length], key, { value, enumerable: true, configurable: true, writable: true });
      },
    }),
  ),
  fc.record({ index: fc.nat(), field: fc.constantFrom('system', 'code', 'display', '__proto__'), value: oddValue }).map(
    ({ index, field, value }) => ({
      name: `coding ${field}`,
      apply: (r: Record<string, unknown>) => {
        const list = items(r);
        if (!list.length) return;
        const answer = (list[index % list.length].answer as Record<string, unknown>[])[0];
        const coding = answer.valueCoding as Record<string, unknown>;
        Object.defineProperty(coding, field, { value, enumerable: true, configurable: true, writable: true });
      },
    }),
  ),
  fc.record({ index: fc.nat() }).map(({ index }) => ({
    name: 'duplicate item',
    apply: (r: Record<string, unknown>) => {
      const list = items(r);
      if (list.length) list.push(structuredClone(list[index % list.length]));
    },
  })),
  fc.record({ index: fc.nat(), option: fc.nat() }).map(({ index, option }) => ({
    name: 'extra answer',
    apply: (r: Record<string, unknown>) => {
      const list = items(r);
      if (!list.length) return;
      const item = list[index % list.length];
      const id = item.linkId as (typeof questionIds)[number];
      const options = questionOptions[id] as readonly string[];
      (item.answer as unknown[]).push({ valueCoding: { system: codeSystemFor(id), code: options[option % options.length] } });
    },
  })),
  fc.record({ index: fc.nat() }).map(({ index }) => ({
    name: 'drop item',
    apply: (r: Record<string, unknown>) => {
      const list = items(r);
      if (list.length) list.splice(index % list.length, 1);
    },
  })),
  fc.record({ index: fc.nat(), other: fc.constantFrom(...questionIds) }).map(({ index, other }) => ({
    name: 'relink item',
    apply: (r: Record<string, unknown>) => {
      const list = items(r);
      if (list.length) list[index % list.length].linkId = other;
    },
  })),
);

describe('fromImport with hostile input', () => {
  it('survives any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => void checkResult(text)), { numRuns });
  });

  it('survives any JSON value', () => {
    fc.assert(fc.property(fc.jsonValue(), (value) => void checkResult(JSON.stringify(value))), { numRuns });
  });

  it('survives JSON that looks like a response or a saved document, with wrong types everywhere', () => {
    const looksLike = fc.oneof(
      fc.record(
        {
          resourceType: fc.oneof(fc.constant('QuestionnaireResponse'), oddValue),
          status: fc.oneof(fc.constantFrom('completed', 'in-progress', 'amended', 'stopped', 'entered-in-error'), oddValue),
          questionnaire: fc.oneof(fc.constant('urn:nightlegs:questionnaire'), oddValue),
          item: fc.oneof(
            oddValue,
            fc.array(
              fc.record(
                {
                  linkId: fc.oneof(fc.constantFrom(...questionIds), oddValue),
                  answer: fc.oneof(oddValue, fc.array(fc.record({ valueCoding: fc.record({ system: oddValue, code: oddValue }, { requiredKeys: [] }) }), { maxLength: 3 })),
                  item: oddValue,
                },
                { requiredKeys: [] },
              ),
              { maxLength: 6 },
            ),
          ),
        },
        { requiredKeys: ['resourceType'] },
      ),
      fc.record(
        {
          version: fc.oneof(fc.constantFrom(0, 1, 2), oddValue),
          savedAt: oddValue,
          step: oddValue,
          answers: fc.oneof(oddValue, fc.dictionary(fc.oneof(fc.constantFrom(...questionIds), pollutionKey, oddString), oddValue, { maxKeys: 6 })),
          returningToReview: oddValue,
        },
        { requiredKeys: [] },
      ),
    );
    fc.assert(fc.property(looksLike, (value) => void checkResult(JSON.stringify(value))), { numRuns });
  });

  it('survives prototype-pollution keys written into the JSON text itself', () => {
    const texts = fc.tuple(pollutionKey, oddValue, fc.constantFrom(...questionIds)).map(([key, value, question]) => [
      `{"resourceType":"QuestionnaireResponse","status":"completed","${key}":{"polluted":true},"item":[{"linkId":"${question}","${key}":${JSON.stringify(value)}}]}`,
      `{"version":1,"savedAt":"x","step":"start","answers":{"${key}":{"polluted":true,"isAdmin":true},"${question}":${JSON.stringify(value)}}}`,
      `{"__proto__":{"resourceType":"QuestionnaireResponse","status":"completed","item":[]}}`,
      `{"constructor":{"prototype":{"polluted":true}},"version":1,"answers":{"constructor":{"prototype":{"x":1}}}}`,
    ]);
    fc.assert(
      fc.property(texts, (list) => {
        for (const text of list) {
          const result = checkResult(text);
          expect(result.ok).toBe(false);
        }
      }),
      { numRuns },
    );
  });

  it('round-trips every valid answer set, in progress', () => {
    fc.assert(
      fc.property(answerSet, (answers) => {
        const text = JSON.stringify(toQuestionnaireResponse(answers, 'in-progress', '2026-11-29T07:00:00Z'));
        const result = checkResult(text);
        if (Object.keys(answers).length === 0) expect(result.ok).toBe(false);
        else expect(result).toEqual({ ok: true, answers: readAnswers(answers) });
      }),
      { numRuns },
    );
  });

  it('refuses, or accepts only normal answers, after one mutation of a valid response', () => {
    fc.assert(
      fc.property(answerSet, mutation, (answers, { apply }) => {
        const response = JSON.parse(JSON.stringify(toQuestionnaireResponse(answers, 'completed', 'now'))) as QuestionnaireResponse;
        apply(response as unknown as Record<string, unknown>);
        checkResult(JSON.stringify(response));
      }),
      { numRuns: numRuns * 2 },
    );
  });

  it('refuses huge strings, and deep nesting of arrays, objects and items, without a stack overflow', () => {
    const depth = 200_000;
    const cases = [
      '"' + 'x'.repeat(maxImportBytes) + '"',
      JSON.stringify({ resourceType: 'QuestionnaireResponse', status: 'completed', item: [{ linkId: 'x'.repeat(maxImportBytes - 200) }] }),
      '['.repeat(depth) + ']'.repeat(depth),
      '{"a":'.repeat(depth / 2) + '1' + '}'.repeat(depth / 2),
      '['.repeat(depth),
      `{"resourceType":"QuestionnaireResponse","status":"completed","item":[${'{"linkId":"ageBand","item":['.repeat(20_000)}${']}'.repeat(20_000)}]}`,
      `{"version":1,"savedAt":"x","step":"start","answers":{"sensation":${'['.repeat(50_000)}${']'.repeat(50_000)}}}`,
    ];
    for (const text of cases) expect(checkResult(text).ok).toBe(false);
  });
});
