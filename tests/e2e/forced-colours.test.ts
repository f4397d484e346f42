/**
 * Forced colours (Windows high contrast): the browser swaps the page's colours for the person's
 * system colours and drops backgrounds and shadows. A chosen radio or checkbox and the keyboard focus
 * must still show.
 */
import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, inject, it } from 'vitest';
import { choice, completeJourney, freshPagePerTest } from './browser';

const baseUrl = inject('baseUrl');
const session = freshPagePerTest();
let page: Page;
beforeEach(async () => {
  page = session.page;
  await page.emulateMedia({ forcedColors: 'active' });
  await page.goto(baseUrl);
  await completeJourney(page, { respondent: 'self' }, { stopAt: 'redFlags' });
});

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The drawn box of a choice: the label's ::before, which the (invisible) input overlaps by 2 px each side. */
async function drawnBox(step: string, option: string): Promise<Box> {
  const input = await choice(page, step, option).boundingBox();
  if (!input) throw new Error(`${step}=${option} is not on the page`);
  return { x: input.x + 2, y: input.y + 2, width: input.width - 4, height: input.height - 4 };
}

/** The RGBA pixels of the page within `box` grown by `margin`, as painted now. */
async function pixels(box: Box, margin: number): Promise<number[]> {
  const clip = { x: box.x - margin, y: box.y - margin, width: box.width + 2 * margin, height: box.height + 2 * margin };
  const png = (await page.screenshot({ clip, animations: 'disabled', caret: 'hide' })).toString('base64');
  return page.evaluate(
    async ({ data, width, height }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${data}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0, width, height);
      return [...context.getImageData(0, 0, width, height).data];
    },
    { data: png, width: Math.round(clip.width), height: Math.round(clip.height) },
  );
}

/** How many pixels differ clearly between two same-sized images, optionally only outside an inner square. */
function differingPixels(a: number[], b: number[], size: number, outsideInner = 0): number {
  let count = 0;
  for (let i = 0; i < a.length; i += 4) {
    const x = (i / 4) % size;
    const y = Math.floor(i / 4 / size);
    const inside = x >= outsideInner && x < size - outsideInner && y >= outsideInner && y < size - outsideInner;
    if (outsideInner > 0 && inside) continue;
    const difference = Math.abs(a[i] - b[i]) + Math.abs(a[i + 1] - b[i + 1]) + Math.abs(a[i + 2] - b[i + 2]);
    if (difference > 96) count++;
  }
  return count;
}

function blur(): Promise<void> {
  return page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
}

describe('forced colours', () => {
  it('a chosen radio shows its dot: its pixels differ from an unchosen one', async () => {
    await choice(page, 'redFlags', 'none').check();
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.locator('main[data-step="ageBand"]').waitFor();
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);

    await choice(page, 'ageBand', '65plus').check();
    await blur();
    const chosen = await drawnBox('ageBand', '65plus');
    const unchosen = await drawnBox('ageBand', '50to64');
    expect(chosen.width).toBe(unchosen.width);
    const chosenPixels = await pixels(chosen, 0);
    const unchosenPixels = await pixels(unchosen, 0);
    // The dot is 1.25rem across (about 310 px² at 16 px to the rem).
    expect(differingPixels(chosenPixels, unchosenPixels, Math.round(chosen.width))).toBeGreaterThan(150);
  });

  it('a ticked checkbox shows its tick', async () => {
    await choice(page, 'redFlags', 'none').check();
    await blur();
    const box = await drawnBox('redFlags', 'none');
    const ticked = await pixels(box, 0);
    await choice(page, 'redFlags', 'none').uncheck();
    await blur();
    const unticked = await pixels(box, 0);
    expect(differingPixels(ticked, unticked, Math.round(box.width))).toBeGreaterThan(80);
  });

  it('the keyboard focus ring shows around a checkbox', async () => {
    const inputs = page.locator('input[name="redFlags"]');
    const second = await inputs.nth(1).getAttribute('value');
    const box = await drawnBox('redFlags', second!);
    const margin = 8;
    const before = await pixels(box, margin);
    await inputs.nth(0).focus();
    await page.keyboard.press('Tab');
    expect(await inputs.nth(1).evaluate((input) => input === document.activeElement && input.matches(':focus-visible'))).toBe(true);
    const focused = await pixels(box, margin);
    // Only the ring outside the drawn box counts (the box's own border also thickens on focus).
    expect(differingPixels(before, focused, Math.round(box.width + 2 * margin), margin)).toBeGreaterThan(100);
  });
});
