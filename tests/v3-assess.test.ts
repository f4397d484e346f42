/**
 * assess() on the rules changed in questionnaire version 3: the split wound/toxin red flag and the
 * retired id, the red-flag order, the course specifier with onset, the PLMD observer reason, advice for
 * under-18s, and which medicine links a patient is shown. Expected values are read from the spec.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../src/assessment/assess';
import type { Answers } from '../src/catalogue/answers';
import { fixtures } from './fixtures/answers';

const rls = fixtures.typicalRls.answers;
const cramps = fixtures.typicalCramps.answers;

describe('red flags (v3)', () => {
  it.each([
    [['stiffnessAfterWound'], 'emergency', ['suspectedTetanus']],
    [['toxinExposure'], 'sameDay', ['toxinExposure']],
    [['stiffnessAfterWound', 'toxinExposure'], 'emergency', ['suspectedTetanus', 'toxinExposure']],
    // The retired id counts as both new ids, so the safer (emergency) tier applies.
    [['woundOrToxinExposure'], 'emergency', ['suspectedTetanus', 'toxinExposure']],
    [['woundOrToxinExposure', 'toxinExposure'], 'emergency', ['suspectedTetanus', 'toxinExposure']],
    [['none', 'woundOrToxinExposure'], 'emergency', ['suspectedTetanus', 'toxinExposure']],
    [['toxinExposure', 'crampOver10minUnrelieved'], 'sameDay', ['prolongedCramp', 'toxinExposure']],
  ])('%j → %s, %j', (redFlags, urgency, secondary) => {
    const r = assess({ ...cramps, redFlags });
    expect(r.primary).toBe('urgentReferral');
    expect(r.redFlag).toBe(true);
    expect(r.urgency).toBe(urgency);
    expect(r.secondary).toEqual(secondary);
    expect(r.bands).toBeNull();
    expect(r.labs).toEqual([]);
  });

  it('lists every flag in the v3 order, whatever order they were ticked in', () => {
    const order = [
      'oneLegSwollenHotRed', 'breathlessChestPain', 'coldPaleNumbLeg', 'severeTenseCalf', 'darkUrineWeakness',
      'saddleNumbnessBladder', 'newLegWeakness', 'crampOver10minUnrelieved', 'stiffnessAfterWound', 'toxinExposure',
    ];
    const r = assess({ redFlags: [...order].reverse() });
    expect(r.redFlags.map((f) => f.id)).toEqual(order);
    expect(r.secondary).toEqual([
      'suspectedDvt', 'suspectedPe', 'suspectedAcuteLimbIschaemia', 'suspectedCompartmentSyndrome', 'suspectedRhabdomyolysis',
      'suspectedCaudaEquina', 'suspectedNewNeurologicalDeficit', 'prolongedCramp', 'suspectedTetanus', 'toxinExposure',
    ]);
  });

  it('cites the NHS tetanus page for the emergency tier', () => {
    expect(assess({ redFlags: ['stiffnessAfterWound'] }).redFlags[0].sources).toContain('nhsTetanus');
  });
});

describe('RLS course specifier with onset (v3)', () => {
  it.each([
    ['fewerThan5Ever', 'underOneMonth', 'tooFewToClassify'],
    ['fewerThan5Ever', 'overOneYear', 'tooFewToClassify'],
    ['2plusPerWeek', 'underOneMonth', 'lessThanAYear'],
    ['2plusPerWeek', 'oneToTwelveMonths', 'lessThanAYear'],
    ['under2PerWeek', 'underOneMonth', 'lessThanAYear'],
    ['under2PerWeek', 'oneToTwelveMonths', 'lessThanAYear'],
    ['2plusPerWeek', 'overOneYear', 'chronicPersistent'],
    ['2plusPerWeek', 'unsure', 'chronicPersistent'],
    ['2plusPerWeek', undefined, 'chronicPersistent'],
    ['under2PerWeek', 'overOneYear', 'intermittent'],
    ['under2PerWeek', 'unsure', 'intermittent'],
    ['under2PerWeek', undefined, 'intermittent'],
    [undefined, 'underOneMonth', null],
  ])('frequency %s, onset %s → %s', (frequency, onset, course) => {
    const answers: Answers = { ...rls, frequency, onset };
    if (frequency === undefined) delete answers.frequency;
    if (onset === undefined) delete answers.onset;
    expect(assess(answers).specifiers.course).toBe(course);
  });

  it('does not change any band: onset is not scored', () => {
    for (const onset of ['underOneMonth', 'oneToTwelveMonths', 'overOneYear', 'unsure']) {
      expect(assess({ ...rls, onset }).bands).toEqual(assess(rls).bands);
    }
  });
});

describe('PLMD reason without an observer (v3)', () => {
  // Nothing suggests restless legs here, so PLMD is judged on its own.
  const noRls: Answers = { ...fixtures.plmdNoObserver.answers };
  it.each([
    ['noObserver', 'yes', 'plmdCannotAssessWithoutObserver'],
    [undefined, 'yes', 'plmdCannotAssessWithoutObserver'],
    ['no', 'yes', 'plmdNotSuspected'],
    ['noObserver', 'no', 'plmdNotSuspected'],
    ['no', 'no', 'plmdNotSuspected'],
  ])('partnerObserved %s, unrefreshed %s → %s', (partnerObserved, unrefreshed, reason) => {
    const answers: Answers = { ...noRls, partnerObserved, unrefreshed, impact: ['none'] };
    if (partnerObserved === undefined) delete answers.partnerObserved;
    const r = assess(answers);
    expect(r.bands?.rls).toBe('unlikely');
    expect(r.bands?.plmd).toBe('unlikely');
    expect(r.reasons.plmd.map((x) => x.id)).toEqual([reason]);
  });
});

describe('advice for under-18s (v3)', () => {
  it.each([
    ['under18', false],
    ['18to49', true],
    ['65plus', true],
  ])('ageBand %s: alcohol and caffeine advice shown = %s', (ageBand, shown) => {
    const r = assess({ ...rls, ageBand, pregnancy: 'notApplicable' });
    expect(r.bands?.rls).toBe('likely');
    expect(r.advice.includes('rlsAlcoholCaffeine')).toBe(shown);
  });

  it('keeps the stretching advice for an under-18 with cramps', () => {
    expect(assess({ ...cramps, ageBand: 'under18' }).advice).toContain('crampStretching');
  });
});

describe('which medicine links a patient is shown (v3)', () => {
  const patientLinks = (answers: Answers, medicine: string) =>
    assess(answers).contributing.medicines.find((m) => m.id === medicine)?.patientLinks;
  const plmdPossible = fixtures.plmdSuspected.answers;
  const nothingFits = fixtures.mimicNoneFits.answers;

  it.each([
    // An RLS link: shown when RLS is not unlikely, or PLMD is possible.
    ['typical RLS', rls, 'sedatingAntihistamine', ['rlsWorse']],
    ['PLMD possible', plmdPossible, 'sedatingAntihistamine', ['rlsWorse']],
    ['typical cramps (RLS unlikely)', cramps, 'sedatingAntihistamine', []],
    ['nothing fits', nothingFits, 'antidepressant', []],
    ['typical RLS', rls, 'dopamineAgonistOrLevodopa', ['augmentation']],
    ['typical cramps', cramps, 'dopamineAgonistOrLevodopa', []],
    // A cramp link: shown when cramps are not unlikely.
    ['typical cramps', cramps, 'diuretic', ['cramps']],
    ['typical RLS (cramps unlikely)', rls, 'diuretic', []],
    ['PLMD possible', plmdPossible, 'statin', []],
    // Lithium: never a patient-facing link.
    ['typical RLS', rls, 'lithium', []],
    ['typical cramps', cramps, 'lithium', []],
  ])('%s, %s → %j', (_name, answers, medicine, shown) => {
    const medications = [medicine];
    expect(patientLinks({ ...answers, medications, medStartedRecently: 'no' }, medicine)).toEqual(shown);
  });

  it('keeps every sourced link for the clinician', () => {
    const r = assess({ ...cramps, medications: ['sedatingAntihistamine', 'lithium'], medStartedRecently: 'no' });
    expect(r.contributing.medicines.map((m) => [m.id, m.links])).toEqual([
      ['lithium', ['plmsWorse']],
      ['sedatingAntihistamine', ['rlsWorse']],
    ]);
  });

  it('shows no link on a red flag, when nothing was scored', () => {
    const r = assess({ ...rls, redFlags: ['toxinExposure'], medications: ['diuretic', 'antidepressant'], medStartedRecently: 'no' });
    expect(r.contributing.medicines.map((m) => m.patientLinks)).toEqual([[], []]);
  });

  it('claims nothing for iron tablets or another medicine', () => {
    const r = assess({ ...rls, medications: ['oralIron', 'otherMedicine'], medStartedRecently: 'unsure' });
    expect(r.contributing.medicines).toEqual([]);
    expect(r.notes).not.toContain('medStartedRecently');
  });
});

describe('iron test preparation note (v3)', () => {
  it('is given whenever an iron test is listed, and not otherwise', () => {
    expect(assess(rls).labs).toContain('ferritin');
    expect(assess(rls).notes).toContain('ironTestPreparation');
    expect(assess(cramps).labs).not.toContain('ferritin');
    expect(assess(cramps).notes).not.toContain('ironTestPreparation');
    expect(assess({ ...rls, redFlags: ['toxinExposure'] }).notes).not.toContain('ironTestPreparation');
  });
});

describe('new options are read but not scored (v3)', () => {
  it('leaves the result unchanged for respondent, repeated jerks, hips, sides and onset', () => {
    const base = assess(rls);
    const withNew = assess({
      ...rls,
      respondent: 'someoneElse',
      episodeLength: [...(rls.episodeLength ?? []), 'repeatedJerks'],
      location: [...(rls.location ?? []), 'hipsOrButtocks', 'switchesSides'],
      onset: 'overOneYear',
    });
    expect({ ...withNew, specifiers: base.specifiers }).toEqual(base);
  });
});
