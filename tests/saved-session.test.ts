import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { currentVersion, loadSession, parseSession, saveSession } from '../src/persistence/saved-session';
import { currentStep, resumeStep, restoredSnapshot } from '../src/questionnaire/questionnaire-machine';
import { fixtures } from './fixtures/answers';
import { readAnswers } from '../src/catalogue/answers';

const valid = { version: currentVersion, savedAt: '2026-11-29T07:00:00.000Z', step: 'timing', answers: { ageBand: '65plus' } };

describe('reading a saved session', () => {
  it('reads back what it saved', () => {
    expect(saveSession({ step: 'timing', answers: { ageBand: '65plus' }, returningToReview: false })).toBe('saved');
    const loaded = loadSession();
    expect(loaded.kind).toBe('loaded');
    expect(loaded.kind === 'loaded' && loaded.session.answers).toEqual({ ageBand: '65plus' });
  });

  it('keeps the notice that an old answer was carried over across a reload, until it has been shown', () => {
    saveSession({ step: 'checkAnswers', answers: { redFlags: ['stiffnessAfterWound', 'toxinExposure'] }, returningToReview: false, carriedOver: true });
    const loaded = loadSession();
    expect(loaded.kind === 'loaded' && loaded.session.carriedOver).toBe(true);
    saveSession({ step: 'result', answers: { redFlags: ['stiffnessAfterWound', 'toxinExposure'] }, returningToReview: false });
    const later = loadSession();
    expect(later.kind === 'loaded' && later.session.carriedOver).toBe(false);
  });

  it('says the data is damaged when it is not JSON, and keeps the raw text to offer as a download', () => {
    expect(parseSession('{"version":1,')).toEqual({ kind: 'unreadable', problem: 'corrupt', raw: '{"version":1,' });
    expect(parseSession('"just a string"')).toMatchObject({ kind: 'unreadable', problem: 'corrupt' });
    expect(parseSession('[1,2]')).toMatchObject({ kind: 'unreadable', problem: 'corrupt' });
  });

  it('refuses a document from a newer version instead of mis-reading it', () => {
    expect(parseSession(JSON.stringify({ ...valid, version: currentVersion + 1 }))).toMatchObject({
      kind: 'unreadable',
      problem: 'newerVersion',
    });
  });

  it('refuses a version it never wrote, or the wrong shape', () => {
    expect(parseSession(JSON.stringify({ ...valid, version: 0 }))).toMatchObject({ problem: 'unknownFormat' });
    expect(parseSession(JSON.stringify({ ...valid, answers: 'yes' }))).toMatchObject({ problem: 'unknownFormat' });
    expect(parseSession(JSON.stringify({ version: currentVersion }))).toMatchObject({ problem: 'unknownFormat' });
  });

  it('keeps the answers it knows and says that the others were left out', () => {
    const raw = JSON.stringify({ ...valid, answers: { ageBand: '65plus', sensation: ['urgeWithCrawlingAching', 'tickles'], shoeSize: 9 } });
    const result = parseSession(raw);
    expect(result.kind).toBe('recovered');
    expect(result.kind === 'recovered' && result.session.answers).toEqual({ ageBand: '65plus', sensation: ['urgeWithCrawlingAching'] });
    expect(result.kind === 'recovered' && result.raw).toBe(raw);
  });

  it('reports a full storage as such', () => {
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      expect(saveSession({ step: 'ageBand', answers: {}, returningToReview: false })).toBe('quotaExceeded');
    } finally {
      Storage.prototype.setItem = original;
    }
  });

  it('treats unreadable storage (private mode) as unavailable, never as a crash', () => {
    const original = Storage.prototype.getItem;
    Storage.prototype.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    try {
      expect(loadSession()).toEqual({ kind: 'storageUnavailable' });
    } finally {
      Storage.prototype.getItem = original;
    }
  });
});

describe('hostile saved data', () => {
  const hostileValue = fc.letrec((tie) => ({
    value: fc.oneof(
      { depthSize: 'small' },
      fc.string(),
      fc.integer(),
      fc.constant(null),
      fc.boolean(),
      fc.array(tie('value'), { maxLength: 4 }),
      fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'version', 'answers', 'step', 'redFlags', 'ageBand'), tie('value'), { maxKeys: 5 }),
    ),
  })).value;

  it('never throws, never pollutes Object.prototype, and always says what happened', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          hostileValue.map((v) => JSON.stringify(v) ?? 'undefined'),
          hostileValue.map((answers) => JSON.stringify({ ...valid, answers })),
          fc.constant(`{"version":1,"savedAt":"x","step":"ageBand","answers":{"__proto__":{"polluted":true}}}`),
          fc.integer({ min: 1, max: 5000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
          fc.constant(JSON.stringify({ ...valid, step: 'x'.repeat(100_000) })),
        ),
        (raw) => {
          const result = parseSession(raw);
          expect(['loaded', 'recovered', 'unreadable']).toContain(result.kind);
          expect(({} as Record<string, unknown>).polluted).toBeUndefined();
          if (result.kind !== 'unreadable') expect(readAnswers(result.session.answers)).toEqual(result.session.answers);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('resuming at the saved step', () => {
  const rls = fixtures.typicalRls.answers;

  it('reopens on the saved question with its answers', () => {
    const snapshot = restoredSnapshot({ step: 'timing', answers: readAnswers(rls), returningToReview: false });
    expect(currentStep(snapshot)).toBe('timing');
    expect(snapshot.context.answers.timing).toBe(rls.timing);
  });

  it('never reopens past a question that is not answered yet', () => {
    expect(resumeStep('result', { respondent: 'self', redFlags: ['none'], ageBand: '65plus' })).toBe('pregnancy');
    expect(resumeStep('checkAnswers', readAnswers(rls))).toBe('checkAnswers');
  });

  it('reopens a step that no longer exists on the first open question', () => {
    expect(resumeStep('nonsense', { respondent: 'self', redFlags: ['none'] })).toBe('ageBand');
    expect(resumeStep('urgent', { respondent: 'self', redFlags: ['none'] })).toBe('ageBand');
    expect(resumeStep('returnsOnRest', { respondent: 'self', redFlags: ['none'], ageBand: '65plus' })).toBe('pregnancy');
  });
});

describe('a tab left open on a shared computer', () => {
  it('asks before resuming when the answers were saved more than a day ago, even on a reload', async () => {
    const { openSession, resumeWithoutAskingFor } = await import('../src/persistence/open-session');
    const now = Date.parse('2026-11-29T12:00:00.000Z');
    saveSession({ step: 'timing', answers: { ageBand: '65plus' }, returningToReview: false }, new Date(now - resumeWithoutAskingFor - 1));
    window.sessionStorage.setItem('nightlegs.tab-open', '1');
    expect(openSession(now).isReload).toBe(false);
    saveSession({ step: 'timing', answers: { ageBand: '65plus' }, returningToReview: false }, new Date(now - 60_000));
    expect(openSession(now).isReload).toBe(true);
  });
});
