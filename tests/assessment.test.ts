/**
 * assess() against the rules and readings of docs/clinical-basis.md (contract §1–§2). Expected values come
 * from those rules, read independently of the code: see tests/fixtures/answers.ts. The readings of §10 are
 * in tests/assessment.readings.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../src/assessment/assess';
import type { Answers } from '../src/catalogue/answers';
import { questionOptions } from '../src/catalogue/questions';
import { contractLabIds, fixtures, type Fixture } from './fixtures/answers';

const named = Object.entries(fixtures) as [string, Fixture][];
const byName = fixtures as Record<string, Fixture>;

const singleChoice = [
  'respondent', 'onset', 'ageBand', 'pregnancy', 'urgeToMove', 'muscleHardens', 'restTrigger', 'returnsOnRest', 'timing', 'frequency',
  'partnerObserved', 'unrefreshed', 'snoringApnoea', 'medStartedRecently',
] as const;
const multiChoice = [
  'redFlags', 'sensation', 'relief', 'episodeLength', 'location', 'impact', 'medications', 'conditions', 'otherSymptoms',
] as const;
const allQuestions = [
  'respondent', 'redFlags', 'ageBand', 'pregnancy', 'sensation', 'urgeToMove', 'muscleHardens', 'restTrigger', 'relief',
  'returnsOnRest', 'timing', 'episodeLength', 'location', 'onset', 'frequency', 'impact', 'partnerObserved', 'unrefreshed',
  'snoringApnoea', 'medications', 'medStartedRecently', 'conditions', 'otherSymptoms',
] as const;

describe('fixtures are complete, well-formed answer sets (docs/clinical-basis.md §1)', () => {
  it('has the required named fixtures and enough of them', () => {
    for (const name of [
      'typicalCramps', 'typicalRls', 'plmdSuspected', 'crampsAndRls', 'mimicNoneFits', 'redFlagEmergency', 'redFlagSameDay',
    ]) {
      expect(byName[name], name).toBeDefined();
    }
    expect(named.length).toBeGreaterThanOrEqual(35);
  });

  it('covers every red flag id', () => {
    const ticked = new Set(named.flatMap(([, f]) => f.answers.redFlags ?? []));
    for (const id of questionOptions.redFlags) expect(ticked.has(id), id).toBe(true);
  });

  it.each(named)('%s', (_name, { answers }) => {
    const a = answers as Record<string, unknown>;
    const has = (q: string, id: string) => Array.isArray(a[q]) && (a[q] as string[]).includes(id);
    const asked = (q: (typeof allQuestions)[number]): boolean => {
      switch (q) {
        case 'returnsOnRest': return has('relief', 'keepMoving');
        case 'muscleHardens': return has('sensation', 'suddenPainfulTightening');
        case 'location': return ((a.sensation as string[] | undefined) ?? []).some((s) => s !== 'noFeelingPartnerNotices' && s !== 'none');
        case 'medStartedRecently': return ((a.medications as string[] | undefined) ?? []).some((m) => m !== 'none');
        case 'onset': return ((a.sensation as string[] | undefined) ?? []).some((s) => s !== 'none');
        default: return true;
      }
    };
    for (const key of Object.keys(a)) expect(allQuestions as readonly string[], `unknown key ${key}`).toContain(key);
    for (const q of allQuestions) {
      if (asked(q)) expect(a[q], `${q} should be answered`).toBeDefined();
      else expect(a[q], `${q} should be absent`).toBeUndefined();
    }
    for (const q of singleChoice) {
      if (a[q] === undefined) continue;
      expect(questionOptions[q] as readonly string[], q).toContain(a[q]);
    }
    for (const q of multiChoice) {
      if (a[q] === undefined) continue;
      const ids = a[q] as string[];
      const catalogue = questionOptions[q] as readonly string[];
      expect(ids.length, q).toBeGreaterThan(0);
      for (const id of ids) expect(catalogue, q).toContain(id);
      expect(ids, `${q} in catalogue order without duplicates`).toEqual(catalogue.filter((o) => ids.includes(o)));
      if (ids.some((id) => id === 'none' || id === 'notApplicable')) expect(ids, `${q}: exclusive option`).toHaveLength(1);
    }
  });
});

describe('assess() on the named fixtures', () => {
  it.each(named)('%s', (_name, f) => {
    const r = assess(f.answers);
    expect({
      primary: r.primary,
      redFlag: r.redFlag,
      urgency: r.urgency,
      bands: r.bands,
      secondary: r.secondary,
      labs: r.labs,
    }).toEqual({ ...f.expected, redFlag: f.expected.primary === 'urgentReferral' });
  });
});

describe('whole-output properties on every fixture', () => {
  const inputs = [...named.map(([, f]) => f.answers), {}, ...extraInputs()];

  it('every reason has a non-empty sources array', () => {
    for (const answers of inputs) {
      const r = assess(answers);
      for (const list of Object.values(r.reasons)) {
        for (const reason of list) {
          expect(Array.isArray(reason.sources), reason.id).toBe(true);
          expect(reason.sources.length, reason.id).toBeGreaterThan(0);
        }
      }
    }
  });

  it('no band without a reason when scoring ran', () => {
    for (const [name, f] of named) {
      const r = assess(f.answers);
      if (r.bands === null) continue;
      for (const c of ['rls', 'nocturnalLegCramps', 'plmd'] as const) expect(r.reasons[c].length, `${name} ${c}`).toBeGreaterThan(0);
    }
  });

  it('labs are contract lab ids, in display order, without duplicates', () => {
    for (const answers of inputs) {
      const { labs } = assess(answers);
      for (const lab of labs) expect(contractLabIds as readonly string[]).toContain(lab);
      expect(labs).toEqual(contractLabIds.filter((id) => (labs as string[]).includes(id)));
    }
  });

  it('never mentions quinine', () => {
    for (const answers of inputs) expect(JSON.stringify(assess(answers))).not.toMatch(/quinine/i);
  });

  it('red flag ⇔ urgentReferral, bands null and labs empty', () => {
    for (const answers of inputs) {
      const r = assess(answers);
      expect(r.redFlag).toBe(r.primary === 'urgentReferral');
      if (r.redFlag) {
        expect(r.bands).toBeNull();
        expect(r.labs).toEqual([]);
        expect(r.urgency).not.toBe('routine');
      } else {
        expect(r.bands).not.toBeNull();
        expect(r.urgency).toBe('routine');
      }
    }
  });
});

function extraInputs(): Answers[] {
  return [
    { ...fixtures.typicalCramps.answers, medications: ['diuretic', 'statin'], conditions: ['kidneyDiseaseOrDialysis', 'liverDisease', 'parkinsons'] },
    { ...fixtures.crampsAndRls.answers, otherSymptoms: ['numbTinglingFeet', 'excessiveThirst', 'bothAnklesSwell'] },
    { ...fixtures.plmdSuspected.answers, snoringApnoea: 'yes', conditions: ['neuropathy'] },
  ];
}
