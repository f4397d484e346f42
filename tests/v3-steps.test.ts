/**
 * The flow of questionnaire version 3: who is answering comes first, when it started comes just before
 * how often (and only when there are symptoms), and the mixed-feelings hint. Driven through the
 * machine, the GP screens and the FHIR Questionnaire, which all follow the same step definitions.
 */
import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from '../src/fhir/questionnaire-resource';
import { readAnswers, type Answers } from '../src/catalogue/answers';
import { gpScreenQuestions, journeyPath, showsMixedFeelingsHint, stepIds } from '../src/questionnaire/steps';
import { answerUntilReview, startedActor, stepOf } from './machine-driver';
import { fixtures } from './fixtures/answers';

const rls = fixtures.typicalRls.answers;

describe('respondent comes first', () => {
  it('is the first question after Start, before the red flags', () => {
    const actor = startedActor();
    expect(stepOf(actor)).toBe('respondent');
    actor.send({ type: 'answer.submit', question: 'respondent', value: 'someoneElse' });
    expect(stepOf(actor)).toBe('redFlags');
    actor.send({ type: 'nav.back' });
    expect(stepOf(actor)).toBe('respondent');
    expect(actor.getSnapshot().context.answers.respondent).toBe('someoneElse');
    actor.send({ type: 'nav.back' });
    expect(stepOf(actor)).toBe('start');
  });

  it('refuses an answer that is not one of its options', () => {
    const actor = startedActor();
    actor.send({ type: 'answer.submit', question: 'respondent', value: 'patient' });
    expect(stepOf(actor)).toBe('respondent');
  });

  it('is asked in GP mode on the first screen, above the red flags', () => {
    expect(gpScreenQuestions('screening', {})).toEqual(['respondent', 'redFlags', 'ageBand', 'pregnancy']);
  });
});

describe('onset: asked just before frequency, whenever there are symptoms', () => {
  const seenWith = (answers: Answers) => answerUntilReview(startedActor(), answers);

  it('comes right before frequency when something is felt', () => {
    const seen = seenWith({ ...rls, onset: 'underOneMonth' });
    expect(seen.indexOf('onset')).toBe(seen.indexOf('frequency') - 1);
    expect(seen).toContain('location');
  });

  it('is asked when only a partner notices the movements (location is not)', () => {
    const seen = seenWith({ ...rls, sensation: ['noFeelingPartnerNotices'], onset: 'oneToTwelveMonths' });
    expect(seen).not.toContain('location');
    expect(seen.indexOf('onset')).toBe(seen.indexOf('frequency') - 1);
  });

  it('is not asked when there are no leg symptoms', () => {
    const seen = seenWith({ ...rls, sensation: ['none'] });
    expect(seen).not.toContain('onset');
    expect(seen).not.toContain('location');
    expect(seen).toContain('frequency');
  });

  it('is dropped when a change of sensation closes it, and asked again when it reopens', () => {
    const actor = startedActor();
    answerUntilReview(actor, { ...rls, onset: 'unsure' });
    expect(actor.getSnapshot().context.answers.onset).toBe('unsure');
    actor.send({ type: 'nav.change', question: 'sensation' });
    actor.send({ type: 'answer.submit', question: 'sensation', value: ['none'] });
    expect(actor.getSnapshot().context.answers.onset).toBeUndefined();
    expect(stepOf(actor)).toBe('checkAnswers');
    actor.send({ type: 'nav.change', question: 'sensation' });
    actor.send({ type: 'answer.submit', question: 'sensation', value: ['noFeelingPartnerNotices'] });
    expect(stepOf(actor)).toBe('onset');
  });

  it('is on the GP screen with the cramp details', () => {
    expect(gpScreenQuestions('crampDetails', readAnswers(rls))).toEqual(['episodeLength', 'location', 'onset', 'frequency']);
    expect(gpScreenQuestions('crampDetails', readAnswers({ ...rls, sensation: ['none'] }))).toEqual(['episodeLength', 'frequency']);
  });

  it('becomes an enableWhen on sensation with enableBehavior any: every option but "none"', () => {
    const item = buildQuestionnaire().item!.find((i) => i.linkId === 'onset')!;
    expect(item.enableBehavior).toBe('any');
    expect(item.enableWhen!.map((e) => [e.question, e.operator, e.answerCoding?.code])).toEqual(
      [
        'suddenPainfulTightening', 'urgeWithCrawlingAching', 'numbBurningTingling', 'jointOrMuscleAche',
        'innerRestlessnessWholeBody', 'suddenJerkFallingAsleep', 'noDiscomfortJustFidgeting', 'noFeelingPartnerNotices',
      ].map((code) => ['sensation', '=', code]),
    );
    expect(buildQuestionnaire().item!.map((i) => i.linkId)).toEqual([...stepIds]);
  });

  it('keeps every journey within the steps, with onset answered when asked', () => {
    for (const fixture of Object.values(fixtures)) {
      const path = journeyPath(readAnswers(fixture.answers));
      expect(path[0]).toBe('respondent');
      expect(path.includes('onset')).toBe((fixture.answers as Answers).onset !== undefined);
    }
  });
});

describe('mixed-feelings hint', () => {
  const mixed = readAnswers({ sensation: ['suddenPainfulTightening', 'urgeWithCrawlingAching'] });
  it.each(['urgeToMove', 'restTrigger', 'returnsOnRest', 'timing'] as const)('shows on %s with cramps and another feeling', (page) => {
    expect(showsMixedFeelingsHint(page, mixed)).toBe(true);
  });

  it('does not show with one kind of feeling, or on other pages', () => {
    expect(showsMixedFeelingsHint('urgeToMove', readAnswers({ sensation: ['suddenPainfulTightening'] }))).toBe(false);
    expect(showsMixedFeelingsHint('urgeToMove', readAnswers({ sensation: ['urgeWithCrawlingAching', 'numbBurningTingling'] }))).toBe(false);
    expect(showsMixedFeelingsHint('urgeToMove', readAnswers({ sensation: ['suddenPainfulTightening', 'suddenJerkFallingAsleep'] }))).toBe(false);
    expect(showsMixedFeelingsHint('relief', mixed)).toBe(false);
    expect(showsMixedFeelingsHint('muscleHardens', mixed)).toBe(false);
  });
});
