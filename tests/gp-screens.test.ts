/** GP mode's screens, driven at machine level: their order, and the urgent screen after a red flag. */
import { describe, expect, it } from 'vitest';
import { fixtures } from './fixtures/answers';
import { answerGpScreensUntilResult, startedActor } from './machine-driver';

describe('GP mode screens', () => {
  it('groups the questions into at most 5 screens before the result', () => {
    const screens = answerGpScreensUntilResult(startedActor('gp'), fixtures.crampsAndRls.answers);
    expect(screens).toEqual(['screening', 'symptoms', 'crampDetails', 'sleep', 'medicinesAndConditions', 'result']);
  });

  it('a red flag on the first screen goes to the urgent screen first', () => {
    const screens = answerGpScreensUntilResult(startedActor('gp'), fixtures.redFlagEmergency.answers);
    expect(screens.slice(0, 2)).toEqual(['screening', 'urgent']);
    expect(screens.filter((s) => s === 'urgent')).toHaveLength(1);
    expect(screens.at(-1)).toBe('result');
  });

  it('never shows the urgent screen without a red flag', () => {
    expect(answerGpScreensUntilResult(startedActor('gp'), fixtures.typicalRls.answers)).not.toContain('urgent');
  });
});
