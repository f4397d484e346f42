/**
 * assess() against the readings of docs/clinical-basis.md §10, where the criteria are ambiguous
 * (contract §1–§2). The named fixtures and whole-output checks are in tests/assessment.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { assess } from '../src/assessment/assess';
import type { Answers } from '../src/catalogue/answers';
import { questionOptions } from '../src/catalogue/questions';
import { fixtures } from './fixtures/answers';

const run = (answers: unknown) => assess(answers as Answers);
/** The contract's fixed fields only. */
const contractFields = (answers: unknown) => {
  const r = run(answers);
  return { primary: r.primary, redFlag: r.redFlag, urgency: r.urgency, bands: r.bands, secondary: r.secondary, labs: r.labs };
};

describe('readings (docs/clinical-basis.md §10)', () => {
  const cramps = fixtures.typicalCramps.answers;
  const rls = fixtures.typicalRls.answers;

  it('1: assess({}) scores normally and gives noneFits with routine urgency', () => {
    expect(contractFields({})).toEqual({
      primary: 'noneFits',
      redFlag: false,
      urgency: 'routine',
      bands: { rls: 'unlikely', nocturnalLegCramps: 'unlikely', plmd: 'unlikely' },
      secondary: [],
      labs: [],
    });
  });

  it('1: [], [none] and only unknown ids mean no red flag', () => {
    for (const redFlags of [[], ['none'], ['somethingNew'], ['none', 'somethingNew']]) {
      expect(contractFields({ ...cramps, redFlags }), JSON.stringify(redFlags)).toEqual(contractFields(cramps));
    }
  });

  it('1: a red flag ticked together with none still counts', () => {
    const r = run({ ...rls, redFlags: ['coldPaleNumbLeg', 'none'] });
    expect(r.primary).toBe('urgentReferral');
    expect(r.redFlag).toBe(true);
    expect(r.urgency).toBe('emergency');
    expect(r.secondary).toEqual(['suspectedAcuteLimbIschaemia']);
    expect(r.bands).toBeNull();
    expect(r.labs).toEqual([]);
    expect(run({ redFlags: ['none', 'toxinExposure'] }).primary).toBe('urgentReferral');
  });

  it('2: urgency is the highest tier among the ticked flags', () => {
    const emergency = [
      'breathlessChestPain', 'coldPaleNumbLeg', 'severeTenseCalf', 'darkUrineWeakness', 'saddleNumbnessBladder', 'stiffnessAfterWound',
    ];
    const sameDay = ['oneLegSwollenHotRed', 'newLegWeakness', 'crampOver10minUnrelieved', 'toxinExposure'];
    for (const s of sameDay) {
      expect(run({ redFlags: [s] }).urgency, s).toBe('sameDay');
      for (const e of emergency) {
        expect(run({ redFlags: [s, e] }).urgency, `${s}+${e}`).toBe('emergency');
        expect(run({ redFlags: [e, s] }).urgency, `${e}+${s}`).toBe('emergency');
      }
    }
    for (const e of emergency) expect(run({ redFlags: [e] }).urgency, e).toBe('emergency');
    expect(run({ redFlags: sameDay }).urgency).toBe('sameDay');
    expect(run({ redFlags: [...questionOptions.redFlags].filter((id) => id !== 'none') }).urgency).toBe('emergency');
  });

  it('2: pregnancy or post-partum with a swollen hot leg → maternity assessment, tier unchanged', () => {
    for (const pregnancy of ['pregnant', 'postpartum6w']) {
      const r = run({ ...cramps, ageBand: '18to49', pregnancy, redFlags: ['oneLegSwollenHotRed'] });
      expect(r.urgency).toBe('sameDay');
      expect(r.notes).toContain('maternityAssessment');
      expect(r.primary).toBe('urgentReferral');
    }
    expect(fixtures.redFlagDvtPregnant.expected.urgency).toBe('sameDay');
    expect(assess(fixtures.redFlagDvtPregnant.answers).notes).toContain('maternityAssessment');
    // Not pregnant: no maternity note.
    for (const pregnancy of ['no', 'notApplicable']) {
      expect(run({ ...cramps, pregnancy, redFlags: ['oneLegSwollenHotRed'] }).notes).not.toContain('maternityAssessment');
    }
  });

  it('3: red-flag secondary holds only red-flag labels, in the order they are asked, whatever order they were ticked', () => {
    const r = run({ ...fixtures.crampsAndRls.answers, redFlags: ['toxinExposure', 'newLegWeakness', 'oneLegSwollenHotRed'] });
    expect(r.secondary).toEqual(['suspectedDvt', 'suspectedNewNeurologicalDeficit', 'toxinExposure']);
    expect(r.bands).toBeNull();
    expect(r.labs).toEqual([]);
    // Mimic features (neuropathy, OSA) do not leak into the red-flag output.
    const r2 = run({ ...fixtures.mimicNoneFits.answers, snoringApnoea: 'yes', redFlags: ['darkUrineWeakness'] });
    expect(r2.secondary).toEqual(['suspectedRhabdomyolysis']);
    expect(r2.labs).toEqual([]);
  });

  it("4: R1 accepts an 'unsure' urge only beside urgeWithCrawlingAching", () => {
    expect(run({ ...rls, urgeToMove: 'unsure' }).bands?.rls).toBe('likely');
    expect(run({ ...rls, urgeToMove: 'unsure', sensation: ['jointOrMuscleAche'] }).bands?.rls).toBe('unlikely');
    const noSensation: Record<string, unknown> = { ...rls, urgeToMove: 'unsure' };
    delete noSensation.sensation;
    delete noSensation.location;
    expect(run(noSensation).bands?.rls).toBe('unlikely');
    expect(run({ ...rls, urgeToMove: 'no' }).bands?.rls).toBe('unlikely');
  });

  it("4: CA accepts 'unsure' hardening beside the sudden painful tightening; only 'no' undoes it", () => {
    expect(run({ ...cramps, muscleHardens: 'unsure' }).bands?.nocturnalLegCramps).toBe('likely');
    expect(run({ ...cramps, muscleHardens: 'no' }).bands?.nocturnalLegCramps).toBe('possible');
    const unanswered: Record<string, unknown> = { ...cramps };
    delete unanswered.muscleHardens;
    expect(run(unanswered).bands?.nocturnalLegCramps).toBe('likely');
  });

  it('4: hypnic jerks beside R1–R4 do not lower the RLS band but are listed', () => {
    const r = assess(fixtures.rlsLikelyWithHypnicJerks.answers);
    expect(r.bands?.rls).toBe('likely');
    expect(r.secondary).toContain('hypnicJerksMimic');
  });

  it('4: habitual tapping beside R1–R4 (unsure urge) does not lower the RLS band', () => {
    const r = run({ ...rls, sensation: ['urgeWithCrawlingAching', 'noDiscomfortJustFidgeting'], urgeToMove: 'unsure' });
    expect(r.bands?.rls).toBe('likely');
    expect(r.secondary).toEqual(['habitualFootTappingMimic']);
  });

  it('5: exactly two of R2–R4 is a literal count; R1 with fewer than two → unlikely', () => {
    expect(run({ ...rls, timing: 'daytimeWorse' }).bands?.rls).toBe('possible'); // R2, R3
    expect(run({ ...rls, restTrigger: 'no' }).bands?.rls).toBe('possible'); // R3, R4
    expect(run({ ...rls, relief: ['nothingHelps'], returnsOnRest: undefined }).bands?.rls).toBe('possible'); // R2, R4
    expect(run({ ...rls, restTrigger: 'no', timing: 'daytimeWorse' }).bands?.rls).toBe('unlikely'); // R3 only
    expect(run({ urgeToMove: 'yes' }).bands?.rls).toBe('unlikely');
  });

  it('6: augmentation is reported even with RLS unlikely', () => {
    const r = assess(fixtures.augmentationWithRlsUnlikely.answers);
    expect(r.bands?.rls).toBe('unlikely');
    expect(r.secondary).toContain('rlsAugmentationToReview');
    const bare = run({ medications: ['dopamineAgonistOrLevodopa'], timing: 'daytimeWorse' });
    expect(bare.bands?.rls).toBe('unlikely');
    expect(bare.secondary).toEqual(['rlsAugmentationToReview']);
    expect(run({ medications: ['dopamineAgonistOrLevodopa'], location: ['arms'] }).secondary).toEqual(['rlsAugmentationToReview']);
    expect(run({ medications: ['dopamineAgonistOrLevodopa'], timing: 'eveningNightWorse', location: ['bothLegs'] }).secondary).toEqual([]);
  });

  it("7: the Parkinson's downgrade adds dystoniaMimic only when it fires", () => {
    expect(assess(fixtures.crampsParkinsonsDowngrade.answers).secondary).toContain('dystoniaMimic');
    // Cramps only possible anyway (no stretch relief): Parkinson's present but no downgrade → no dystoniaMimic.
    const r = run({ ...cramps, relief: ['nothingHelps'], conditions: ['parkinsons'] });
    expect(r.bands?.nocturnalLegCramps).toBe('possible');
    expect(r.secondary).not.toContain('dystoniaMimic');
  });

  it("8: daytimeOrExerciseCramps needs muscleHardens === 'yes' when there is no stretch relief", () => {
    const base = fixtures.daytimeOrExerciseCramps.answers;
    expect(run({ ...base, relief: ['nothingHelps'] }).secondary).toEqual(['daytimeOrExerciseCramps']);
    expect(run({ ...base, relief: ['nothingHelps'], muscleHardens: 'unsure' }).secondary).toEqual([]);
    expect(run({ ...base, muscleHardens: 'no' }).secondary).toEqual(['daytimeOrExerciseCramps']); // CC suffices
  });

  it('9: sleep apnoea does not cancel PLMD possible; osaToExclude is added whatever the bands', () => {
    expect(assess(fixtures.plmdWithOsa.answers).bands?.plmd).toBe('possible');
    for (const f of [fixtures.typicalRls, fixtures.typicalCramps, fixtures.mimicNoneFits]) {
      const r = run({ ...f.answers, snoringApnoea: 'yes' });
      expect(r.bands).toEqual(f.expected.bands);
      expect(r.secondary.at(-1)).toBe('osaToExclude');
    }
  });

  it('10: akathisiaMimic keys on akathisia whatever medStartedRecently says', () => {
    for (const medStartedRecently of ['yes', 'no', 'notApplicable', undefined]) {
      const r = run({ ...fixtures.rlsPossibleAkathisia.answers, medStartedRecently });
      expect(r.bands?.rls).toBe('possible');
      expect(r.secondary).toContain('akathisiaMimic');
    }
  });

  it('11: labs on noneFits come from neuropathy features only', () => {
    expect(contractFields({ sensation: ['numbBurningTingling'] })).toMatchObject({
      primary: 'noneFits',
      labs: ['renalFunction', 'thyroidFunction', 'hba1c', 'b12Folate'],
      secondary: ['peripheralNeuropathyMimic'],
    });
    expect(run({ conditions: ['neuropathy'] }).labs).toEqual(['renalFunction', 'thyroidFunction', 'hba1c', 'b12Folate']);
    expect(run({ otherSymptoms: ['bothAnklesSwell'] }).labs).toEqual([]);
    const r = assess(fixtures.mimicNoneFits.answers);
    expect(r.primary).toBe('noneFits');
    expect(r.labs).toEqual(['renalFunction', 'thyroidFunction', 'hba1c', 'b12Folate']);
  });

  it("11: cramp lab rules use the band after the Parkinson's downgrade", () => {
    const r = run({
      ...cramps,
      medications: ['diuretic', 'statin'],
      medStartedRecently: 'no',
      conditions: ['liverDisease', 'parkinsons'],
    });
    expect(r.bands?.nocturnalLegCramps).toBe('possible');
    expect(r.primary).toBe('nocturnalLegCramps');
    expect(r.labs).toEqual(['renalFunction', 'calcium', 'magnesium', 'thyroidFunction', 'liverFunction', 'creatineKinase']);
    // Same contributors with cramps unlikely: no cramp labs at all.
    const unlikely = run({
      ...cramps,
      relief: ['nothingHelps'],
      muscleHardens: 'no',
      medications: ['diuretic', 'statin'],
      medStartedRecently: 'no',
      conditions: ['liverDisease', 'parkinsons'],
    });
    expect(unlikely.bands?.nocturnalLegCramps).toBe('unlikely');
    expect(unlikely.labs).toEqual([]);
  });

  it('12: episodeLength over10min does not raise the prolonged-cramp red flag', () => {
    const r = run({ ...cramps, episodeLength: ['over10min'] });
    expect(r.redFlag).toBe(false);
    expect(r.primary).toBe('nocturnalLegCramps');
    expect(r.secondary).not.toContain('prolongedCramp');
  });

  it('12: ageBand, pregnancy, returnsOnRest, frequency and medStartedRecently are not scored', () => {
    const variants: Record<string, unknown>[] = [
      { ageBand: 'under18' }, { pregnancy: 'pregnant' }, { returnsOnRest: 'no' }, { frequency: 'fewerThan5Ever' },
      { medStartedRecently: 'yes' }, { episodeLength: ['constant'] },
    ];
    for (const v of variants) {
      expect(contractFields({ ...rls, ...v }), JSON.stringify(v)).toEqual(contractFields(rls));
      expect(contractFields({ ...cramps, ...v }), JSON.stringify(v)).toEqual(contractFields(cramps));
    }
  });

  it("13: sensation ['none'] scores like an unanswered sensation", () => {
    const withNone = { ...fixtures.plmdNoObserver.answers };
    const without: Record<string, unknown> = { ...withNone };
    delete without.sensation;
    expect(contractFields(withNone)).toEqual(contractFields(without));
    expect(run(withNone).reasons).toEqual(run(without).reasons);
    expect(contractFields({ sensation: ['none'] })).toEqual(contractFields({}));
    expect(contractFields({ ...plmdSafe(), sensation: ['none'] })).toEqual(contractFields(plmdSafe()));
  });

  it('13: ids ticked beside none / notApplicable are honoured', () => {
    expect(run({ ...rls, relief: ['keepMoving', 'notApplicable'] }).bands?.rls).toBe('likely');
    expect(run({ ...fixtures.rlsPossibleAkathisia.answers, medications: ['antipsychotic', 'none'] }).secondary).toContain(
      'akathisiaMimic',
    );
    expect(run({ ...cramps, otherSymptoms: ['tremorOrSlowness', 'none'] }).bands?.nocturnalLegCramps).toBe('possible');
  });

  it('14: unknown keys are ignored', () => {
    const extra = { ...rls, sleepStudyDone: 'yes', version: 7, nested: { redFlags: ['breathlessChestPain'] } };
    expect(run(extra)).toEqual(assess(rls));
  });

  it('14: unknown option ids are ignored', () => {
    const noisy = {
      ...rls,
      sensation: ['tickling', 'urgeWithCrawlingAching'],
      relief: ['keepMoving', 'massage'],
      medications: ['none', 'cannabis'],
      conditions: ['familyHistoryRLS', 'gout'],
      redFlags: ['none', 'headache'],
    };
    expect(run(noisy)).toEqual(assess(rls));
    // An unknown single-choice id is the same as no answer.
    const unknownTiming: Record<string, unknown> = { ...rls, timing: 'weekendsOnly' };
    const noTiming: Record<string, unknown> = { ...rls };
    delete noTiming.timing;
    expect(run(unknownTiming)).toEqual(run(noTiming));
  });

  it('14: wrongly typed answers are absent; non-string items are ignored', () => {
    const noUrge: Record<string, unknown> = { ...rls };
    delete noUrge.urgeToMove;
    expect(run({ ...rls, urgeToMove: ['yes'] })).toEqual(run(noUrge));
    expect(run({ ...rls, urgeToMove: true })).toEqual(run(noUrge));
    const noRelief: Record<string, unknown> = { ...rls };
    delete noRelief.relief;
    expect(run({ ...rls, relief: 'keepMoving' })).toEqual(run(noRelief));
    expect(run({ ...rls, relief: { 0: 'keepMoving', length: 1 } })).toEqual(run(noRelief));
    expect(run({ ...rls, relief: [1, null, { id: 'keepMoving' }, ['keepMoving'], 'keepMoving'] })).toEqual(assess(rls));
    expect(run({ redFlags: 'breathlessChestPain' }).primary).toBe('noneFits');
    expect(run({ redFlags: [{ id: 'breathlessChestPain' }] }).primary).toBe('noneFits');
  });

  it('14: a non-object is treated as {}', () => {
    const empty = assess({});
    for (const input of [null, undefined, 42, 'redFlags', true, ['breathlessChestPain'], [fixtures.redFlagEmergency.answers]]) {
      expect(() => run(input)).not.toThrow();
      expect(run(input), String(input)).toEqual(empty);
    }
  });

  it('14: only own properties are read', () => {
    const inherited = Object.create({ redFlags: ['breathlessChestPain'], urgeToMove: 'yes' }) as Answers;
    expect(assess(inherited)).toEqual(assess({}));
    const viaProtoKey = JSON.parse('{"__proto__": {"redFlags": ["breathlessChestPain"]}, "timing": "eveningNightWorse"}');
    const r = run(viaProtoKey);
    expect(r.primary).toBe('noneFits');
    expect(r).toEqual(run({ timing: 'eveningNightWorse' }));
    expect(({} as Record<string, unknown>).redFlags).toBeUndefined();
  });

  it('14: a throwing getter does not make assess throw', () => {
    const hostile = { ...cramps };
    Object.defineProperty(hostile, 'sensation', { enumerable: true, get: () => { throw new Error('boom'); } });
    expect(() => assess(hostile)).not.toThrow();
  });
});

/** A PLMD-possible answer set with no sensation answered at all. */
function plmdSafe(): Record<string, unknown> {
  const a: Record<string, unknown> = { ...fixtures.plmdSuspected.answers };
  delete a.sensation;
  return a;
}
