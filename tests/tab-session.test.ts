import { describe, expect, it } from 'vitest';
import { loadSession, saveSession, savedText } from '../src/persistence/saved-session';
import { tabSession } from '../src/persistence/tab-session';

const older = { step: 'timing', answers: { ageBand: '65plus' }, returningToReview: false } as const;
const newer = { step: 'sleepQuality', answers: { ageBand: '50to64' }, returningToReview: false } as const;

describe('two tabs sharing one saved session', () => {
  it('refuses to save over answers another tab saved since this tab last read them', () => {
    const tabA = tabSession(savedText());
    expect(tabA.save(older)).toBe('saved');
    const tabB = tabSession(savedText());
    expect(tabB.save(newer)).toBe('saved');
    expect(tabA.save({ ...older, step: 'location' })).toBe('changedElsewhere');
    const stored = loadSession();
    expect(stored.kind === 'loaded' && stored.session.answers).toEqual(newer.answers);
  });

  it('saves again once it has seen the newer answers', () => {
    const tabA = tabSession(savedText());
    tabA.save(older);
    saveSession(newer, new Date('2026-11-29T12:00:00.000Z')); // another tab
    expect(tabA.knows(savedText())).toBe(false);
    tabA.seen(savedText());
    expect(tabA.save({ ...newer, step: 'location' })).toBe('saved');
    const stored = loadSession();
    expect(stored.kind === 'loaded' && stored.session.step).toBe('location');
  });

  it('refuses to bring back answers another tab removed', () => {
    const tabA = tabSession(savedText());
    tabA.save(older);
    tabSession(savedText()).forget(); // "Forget my answers" in another tab
    expect(tabA.save(older)).toBe('changedElsewhere');
    expect(savedText()).toBeNull();
  });
});
