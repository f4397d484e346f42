/**
 * A whole journey in Chromium answered by someone for another person (a wife for her husband, say),
 * on a 320-pixel phone: the question pages, the summary and the printed handout speak about "them".
 * Screenshots and the PDF are written for a human look when E2E_SCREENSHOTS names a folder.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { fixtures } from '../fixtures/answers';
import { completeJourney, freshPagePerTest, type JourneyAnswers } from './browser';

const baseUrl = inject('baseUrl');
const session = freshPagePerTest({ startAt: baseUrl });
let page: Page;
beforeEach(() => {
  page = session.page;
});

const shots = process.env.E2E_SCREENSHOTS;
async function screenshot(name: string) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: join(shots, name), fullPage: true });
}

const text = async (selector: string) => ((await page.locator(selector).first().textContent()) ?? '').replace(/\s+/g, ' ').trim();

describe('answering for someone else', () => {
  it('asks about them, sums up about them and prints a handout for their GP', async () => {
    await page.setViewportSize({ width: 320, height: 640 });
    // Cramps and restless legs together: the pages about the other feeling also carry the hint.
    const answers = { ...fixtures.crampsAndRls.answers, respondent: 'someoneElse' } as JourneyAnswers;
    const seen: Record<string, string> = {};
    await completeJourney(page, answers, {
      onStep: async (step) => {
        if (step === 'urgeToMove' || step === 'partnerObserved' || step === 'checkAnswers') {
          await page.locator(`main[data-step="${step}"] h1`).waitFor();
          seen[step] = await text('main');
        }
        if (step === 'urgeToMove') await screenshot('someone-else-question-320.png');
      },
    });

    expect(seen.urgeToMove).toContain('When it happens, do they feel a strong need or urge to move their legs?');
    expect(seen.urgeToMove).toContain('You told us they have cramps and another kind of feeling.');
    expect(seen.urgeToMove).not.toMatch(/\byour legs\b/);
    expect(seen.partnerObserved).toContain('Has anyone seen their legs jerk or kick again and again while they are asleep?');
    expect(seen.partnerObserved).toContain("Yes, and they're not aware of it");
    expect(seen.checkAnswers).toContain('About them');
    expect(seen.checkAnswers).toContain('Someone else (for example my child, my partner, or a person I care for)');

    // The summary.
    await page.locator('main[data-step="result"] [data-primary="rls"]').waitFor();
    expect(await text('main h1')).toBe('Their summary');
    const summary = await text('main [data-primary]');
    expect(summary).toContain('They may have two different things: restless legs AND night cramps.');
    expect(summary).toContain('You described an urge to move their legs');
    expect(summary).toContain('Periodic limb movement disorder: not scored separately');
    expect(summary).not.toMatch(/\byour legs\b|\bYou may have\b/);
    await screenshot('someone-else-summary-320.png');

    // Printing shows the handout only, in the third person, and says who answered.
    await page.emulateMedia({ media: 'print' });
    const handout = page.getByTestId('handout');
    await expect.poll(() => handout.isVisible()).toBe(true);
    expect(await page.locator('main h1').isVisible()).toBe(false);
    const printed = ((await handout.innerText()) ?? '').replace(/\s+/g, ' ');
    expect(printed).toContain('Night-time leg symptoms: answers for their GP');
    expect(printed).toContain('Answered by: someone else on their behalf');
    expect(printed).toContain('What they have');
    expect(printed).not.toMatch(/\bmy GP\b|\bWhat I have\b/);

    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    if (shots) writeFileSync(join(shots, 'someone-else-handout.pdf'), pdf);
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? [];
    expect(pages).toHaveLength(1);
  });
});
