/**
 * docs/clinical-basis.md is the clinical basis a reviewer reads instead of the code. Its tables are
 * generated from the code's data (tests/docs/clinical-basis.ts); this fails when the file differs from
 * what `npm run docs` would write, so an id added to or removed from the code fails the suite until
 * the document is regenerated. It also checks that every source id the hand-written text cites exists.
 */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { sources } from '../src/catalogue/sources';
import { regenerate } from './docs/clinical-basis';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const doc = readFileSync(resolve(root, 'docs/clinical-basis.md'), 'utf8');

describe('docs/clinical-basis.md', () => {
  it('matches what npm run docs writes from the code (run it after changing a rule, id or source)', () => {
    expect(regenerate(doc)).toBe(doc);
  });

  it('cites only sources that are in the reference list', () => {
    const cited = [...doc.matchAll(/\[([A-Za-z0-9]+)\]\(#ref-/g)].map((m) => m[1]);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.filter((id) => !(id in sources))).toEqual([]);
  });
});
