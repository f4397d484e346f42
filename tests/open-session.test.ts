import { describe, expect, it } from 'vitest';
import { openingOf, type OpenedSession } from '../src/persistence/open-session';
import type { SavedSession } from '../src/persistence/saved-session';

function opened(step: string, answers: SavedSession['answers'], isReload: boolean): OpenedSession {
  return { saved: { version: 2, savedAt: '2026-11-29T12:00:00.000Z', step, answers, returningToReview: false, carriedOver: false }, isReload, notice: null, raw: null };
}

describe('how the app opens', () => {
  it('a session saved on the start page with answers is offered for resume, never opened fresh', () => {
    const answers: SavedSession['answers'] = { redFlags: ['none'], ageBand: '65plus' };
    expect(openingOf(opened('start', answers, true))).toBe('resume');
    expect(openingOf(opened('start', answers, false))).toBe('ask');
  });

  it('opens fresh only when nothing is saved, or the start page with no answer', () => {
    expect(openingOf({ saved: null, isReload: true, notice: null, raw: null })).toBe('fresh');
    expect(openingOf(opened('start', {}, true))).toBe('fresh');
    expect(openingOf(opened('start', {}, false))).toBe('fresh');
  });

  it('a reload resumes at any other step without asking; a return visit asks', () => {
    expect(openingOf(opened('timing', { redFlags: ['none'] }, true))).toBe('resume');
    expect(openingOf(opened('timing', { redFlags: ['none'] }, false))).toBe('ask');
  });
});
