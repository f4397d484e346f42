/**
 * Property tests for assess(): random answer sets built from the question catalogue, with unknown ids
 * and malformed values mixed in (reading 14 of docs/clinical-basis.md, contract §1).
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assess } from '../src/assessment/assess';
import type { Answers } from '../src/catalogue/answers';
import { questionOptions } from '../src/catalogue/questions';
import { contractLabIds, contractSecondaryLabels } from './fixtures/answers';
import { conditionIds, redFlagIds, redFlagLabels, reference } from './assessment-reference-model';

const numRuns = 500;
const run = (input: unknown) => assess(input as Answers);

const multiChoice = new Set([
  'redFlags', 'sensation', 'relief', 'episodeLength', 'location', 'impact', 'medications', 'conditions', 'otherSymptoms',
]);

const unknownId = fc.constantFrom('bogus', 'None', '', 'yes ', '__proto__', 'constructor', 'toString', 'hasOwnProperty');

/** Values that are not answers at all. */
const garbage: fc.Arbitrary<unknown> = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.constant(undefined),
  fc.boolean(),
  fc.string({ maxLength: 8 }),
  fc.object({ maxDepth: 2, maxKeys: 3 }),
  fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
  fc.constant(JSON.parse('{"__proto__": {"polluted": "yes", "redFlags": ["breathlessChestPain"]}}') as unknown),
  fc.constant({ constructor: { prototype: { polluted: 'yes' } } }),
);

function multiAnswer(options: readonly string[]): fc.Arbitrary<unknown> {
  const valid = fc.shuffledSubarray([...options]);
  const mixed = fc
    .tuple(fc.shuffledSubarray([...options]), fc.array(fc.oneof(unknownId, garbage), { maxLength: 3 }))
    .map(([ids, junk]) => [...ids, ...junk]);
  return fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: mixed, weight: 2 }, { arbitrary: garbage, weight: 1 });
}

function singleAnswer(options: readonly string[]): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constantFrom(...options), weight: 8 },
    { arbitrary: unknownId, weight: 1 },
    { arbitrary: garbage, weight: 1 },
  );
}

const model = Object.fromEntries(
  Object.entries(questionOptions).map(([id, options]) => [
    id,
    multiChoice.has(id) ? multiAnswer(options) : singleAnswer(options),
  ]),
) as Record<string, fc.Arbitrary<unknown>>;

/** A random subset of the questions, answered mostly from the catalogue. */
const answerObject = fc.record(model, { requiredKeys: [] });

/** Red flags are rare in uniformly random subsets; this keeps plenty of scored answer sets too. */
const lowRedFlag = answerObject.map((a) => {
  const out: Record<string, unknown> = { ...a };
  if (Array.isArray(out.redFlags)) out.redFlags = out.redFlags.filter((id) => !redFlagIds.includes(id as string));
  return out;
});

const withExtras = fc
  .tuple(answerObject, fc.dictionary(fc.string({ maxLength: 6 }), garbage, { maxKeys: 3 }), fc.boolean())
  .map(([a, extra, protoKey]) => {
    const out: Record<string, unknown> = { ...extra, ...a };
    if (protoKey) {
      Object.defineProperty(out, '__proto__', {
        value: { redFlags: ['breathlessChestPain'], polluted: 'yes' },
        enumerable: true,
        configurable: true,
        writable: true,
      });
    }
    return out;
  });

/** Cores of the three pictures (docs/clinical-basis.md §3–§4), partly kept and merged into random answers. */
const cores: Record<string, unknown>[] = [
  { sensation: ['urgeWithCrawlingAching'], urgeToMove: 'yes', restTrigger: 'yes', relief: ['keepMoving'], timing: 'eveningNightWorse' },
  { sensation: ['suddenPainfulTightening'], muscleHardens: 'yes', restTrigger: 'onlyWakesFromSleep', relief: ['forcefulStretch'], timing: 'onlyInBedOrSleep' },
  { partnerObserved: 'kickingIUnaware', unrefreshed: 'yes', impact: ['sleepOnsetOrWaking'] },
];
const coreKeys = [...new Set(cores.flatMap((c) => Object.keys(c)))];
const nearPicture = fc
  .tuple(lowRedFlag, fc.subarray(cores, { minLength: 1 }), fc.option(fc.constantFrom(...coreKeys), { nil: undefined }))
  .map(([random, picked, dropped]) => {
    const out: Record<string, unknown> = { ...random };
    for (const core of picked) {
      for (const [key, value] of Object.entries(core)) {
        if (key === dropped) continue; // one core answer left to chance
        const current = out[key];
        out[key] = Array.isArray(value) && Array.isArray(current) ? [...new Set([...current, ...value])] : value;
      }
    }
    return out;
  });

const input: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: answerObject, weight: 3 },
  { arbitrary: lowRedFlag, weight: 2 },
  { arbitrary: nearPicture, weight: 5 },
  { arbitrary: withExtras, weight: 2 },
  { arbitrary: garbage, weight: 1 },
);

/** Readings 1 and 14: an own `redFlags` array holding at least one red-flag id. */
function hasRedFlag(x: unknown): boolean {
  if (typeof x !== 'object' || x === null || Array.isArray(x)) return false;
  if (!Object.prototype.hasOwnProperty.call(x, 'redFlags')) return false;
  const v = (x as Record<string, unknown>).redFlags;
  return Array.isArray(v) && v.some((id) => typeof id === 'string' && redFlagIds.includes(id));
}

const prop = (predicate: (x: unknown) => void) => fc.assert(fc.property(input, predicate), { numRuns });

describe('assess() properties', () => {
  let protoNames: string[];
  let arrayProtoNames: string[];
  beforeAll(() => {
    protoNames = Object.getOwnPropertyNames(Object.prototype).sort();
    arrayProtoNames = Object.getOwnPropertyNames(Array.prototype).sort();
  });
  afterAll(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoNames);
    expect(Object.getOwnPropertyNames(Array.prototype).sort()).toEqual(arrayProtoNames);
  });

  it('never throws', () => {
    prop((x) => {
      expect(() => run(x)).not.toThrow();
    });
  });

  it('red flag ⇒ urgentReferral, redFlag true, labs empty, bands null, only red-flag labels', () => {
    prop((x) => {
      const r = run(x);
      if (!hasRedFlag(x)) return;
      expect(r.primary).toBe('urgentReferral');
      expect(r.redFlag).toBe(true);
      expect(r.labs).toEqual([]);
      expect(r.bands).toBeNull();
      expect(['emergency', 'sameDay']).toContain(r.urgency);
      expect(r.secondary.length).toBeGreaterThan(0);
      expect(r.secondary).toEqual(redFlagLabels.filter((l) => (r.secondary as string[]).includes(l)));
    });
  });

  it('no red flag ⇒ bands non-null and urgency routine', () => {
    prop((x) => {
      const r = run(x);
      if (hasRedFlag(x)) return;
      expect(r.primary).not.toBe('urgentReferral');
      expect(r.redFlag).toBe(false);
      expect(r.bands).not.toBeNull();
      expect(r.urgency).toBe('routine');
    });
  });

  it('PLMD is never likely', () => {
    prop((x) => {
      expect(run(x).bands?.plmd).not.toBe('likely');
    });
  });

  it('RLS likely or possible ⇒ iron studies (and FBC, renal function) are listed; RLS supersedes PLMD', () => {
    prop((x) => {
      const r = run(x);
      if (!r.bands || r.bands.rls === 'unlikely') return;
      expect(r.labs).toEqual(expect.arrayContaining(['ferritin', 'transferrinSaturation', 'fullBloodCount', 'renalFunction']));
      expect(r.bands.plmd).toBe('unlikely');
    });
  });

  it('cramps likely or possible ⇒ the "consider" panel; PLMD possible ⇔ polysomnography', () => {
    prop((x) => {
      const r = run(x);
      if (!r.bands) return;
      if (r.bands.nocturnalLegCramps !== 'unlikely') {
        expect(r.labs).toEqual(expect.arrayContaining(['renalFunction', 'calcium', 'thyroidFunction']));
      }
      expect(r.labs.includes('polysomnography')).toBe(r.bands.plmd === 'possible');
    });
  });

  it('labs are contract ids in display order without duplicates', () => {
    prop((x) => {
      const { labs } = run(x);
      for (const lab of labs) expect(contractLabIds as readonly string[]).toContain(lab);
      expect(labs).toEqual(contractLabIds.filter((id) => (labs as string[]).includes(id)));
    });
  });

  it('primary follows the bands (docs/clinical-basis.md §5): first likely, else first possible, else noneFits', () => {
    prop((x) => {
      const r = run(x);
      if (!r.bands) return;
      const bands = r.bands;
      const expected =
        conditionIds.find((c) => bands[c] === 'likely') ?? conditionIds.find((c) => bands[c] === 'possible') ?? 'noneFits';
      expect(r.primary).toBe(expected);
    });
  });

  it('secondary = other conditions ≥ possible in order, then mimic/alert labels in the documented order', () => {
    const mimicOrder = contractSecondaryLabels.slice(12) as readonly string[];
    prop((x) => {
      const r = run(x);
      if (!r.bands) return;
      const bands = r.bands;
      const conditions = conditionIds.filter((c) => c !== r.primary && bands[c] !== 'unlikely');
      expect(r.secondary.slice(0, conditions.length)).toEqual(conditions);
      const rest = r.secondary.slice(conditions.length) as string[];
      expect(rest).toEqual(mimicOrder.filter((l) => rest.includes(l)));
      expect(rest.length).toBe(new Set(rest).size);
    });
  });

  it('matches a reference model written straight from the rules of docs/clinical-basis.md §3–§7', () => {
    prop((x) => {
      const r = run(x);
      expect({ primary: r.primary, urgency: r.urgency, bands: r.bands, secondary: r.secondary, labs: r.labs }).toEqual(reference(x));
    });
  });

  it('is deterministic', () => {
    prop((x) => {
      expect(run(x)).toEqual(run(x));
    });
  });

  it('does not mutate its input', () => {
    prop((x) => {
      const before = snapshot(x);
      run(x);
      expect(snapshot(x)).toEqual(before);
    });
  });

  it('does not pollute Object.prototype', () => {
    prop((x) => {
      run(x);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(({} as Record<string, unknown>).redFlags).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(protoNames);
    });
  });

  it('never mentions quinine', () => {
    prop((x) => {
      expect(JSON.stringify(run(x))).not.toMatch(/quinine/i);
    });
  });
});

/** A structural copy that keeps own `__proto__` keys, undefined values and array holes distinguishable. */
function snapshot(x: unknown): unknown {
  if (typeof x === 'number' && Number.isNaN(x)) return 'NaN';
  if (typeof x !== 'object' || x === null) return x === undefined ? '<undefined>' : x;
  if (Array.isArray(x)) return ['<array>', ...Array.from(x, snapshot)];
  return [
    '<object>',
    Object.getPrototypeOf(x) === null ? 'null-proto' : 'proto',
    ...Reflect.ownKeys(x).map((k) => [String(k), snapshot((x as Record<PropertyKey, unknown>)[k])]),
  ];
}
