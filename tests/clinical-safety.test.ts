/**
 * Keeps the clinical risk record honest: reads the hazard log in docs/clinical-safety.md and
 * fails when a hazard names no test, names a test file that does not exist, or names a test that is not
 * in that file, character for character, as the first argument of `it(…)`, `test(…)` or `it.each(…)(…)`.
 * It also checks that the ids are unique, that the scales are 1–5, and that every hazard the log must
 * always have is in it. Files are read as text (through node:fs), by the readers in
 * hazard-log.ts and declared-test-names.ts, which clinical-safety.readers.test.ts checks.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { declaredTestNames } from './declared-test-names';
import { documentedGaps, expectedColumns, hazardRows } from './hazard-log';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const docPath = 'docs/clinical-safety.md';

/**
 * Hazards that may name no test yet. Each is a control that exists in the product but that no test
 * shows working; the document lists the same ids under "Accepted gaps" and says what test would close
 * each. Keep this list short: when a test is written, name it in the row and remove the id here (a
 * gap row that names a test fails below, so the list cannot go stale).
 */
const acceptedGaps = [] as const;
const maxAcceptedGaps = 3;

/** The hazards the log must always have, each matched against a row's hazard cell. */
const requiredHazards: { name: string; pattern: RegExp }[] = [
  { name: 'a red flag missed or shown below other content', pattern: /red flag.*(missed|below)/i },
  { name: 'the wrong tier (emergency shown as same-day)', pattern: /wrong tier|emergency shown as same-day/i },
  { name: 'RLS reported likely when a mimic explains the picture', pattern: /RLS.*likely.*mimic/i },
  { name: 'PLMD presented as confirmed', pattern: /PLMD.*confirmed/i },
  { name: 'quinine or a dopamine agonist suggested', pattern: /quinine.*dopamine agonist/i },
  { name: 'a medicine stopped by a patient because of the summary', pattern: /medicine.*stopped|stop.*medicine/i },
  { name: 'answers lost or mixed between people on a shared computer', pattern: /shared computer/i },
  { name: 'a stale answer from an abandoned branch changing the result', pattern: /stale answer.*abandoned branch/i },
  { name: 'a saved session from an older version mis-read', pattern: /saved session.*older version/i },
  { name: 'a translated or reworded question changing meaning', pattern: /translated or reworded/i },
  { name: 'unverified figures from the source article shown as fact', pattern: /unverified figures/i },
  { name: 'an inaccessible page blocking a screen-reader user', pattern: /inaccessible.*screen[- ]reader/i },
  { name: 'data leaving the device', pattern: /data leaving the device/i },
  { name: 'urgent advice replaced by an error page offline', pattern: /urgent advice replaced by an error page/i },
  { name: 'answers lost on Back to the start page', pattern: /answers lost on back to the start/i },
  { name: 'an overwrite by a second tab', pattern: /overwrite by a second tab/i },
];

// ─── The checks ──────────────────────────────────────────────────────────────────────────────────────

const markdown = existsSync(join(root, docPath)) ? readFileSync(join(root, docPath), 'utf8') : '';
const rows = hazardRows(markdown) ?? [];
const namesByFile = new Map<string, Set<string> | null>();
function namesIn(file: string): Set<string> | null {
  if (!namesByFile.has(file)) {
    const path = join(root, file);
    namesByFile.set(file, existsSync(path) ? declaredTestNames(readFileSync(path, 'utf8')) : null);
  }
  return namesByFile.get(file) ?? null;
}
const isGap = (id: string) => (acceptedGaps as readonly string[]).includes(id);

describe('the hazard log in docs/clinical-safety.md', () => {
  it('exists and has a table with the nine agreed columns and at least one hazard', () => {
    expect(existsSync(join(root, docPath)), `${docPath} is missing`).toBe(true);
    expect(hazardRows(markdown), `no table with the columns: ${expectedColumns.join(' | ')}`).not.toBeNull();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.cells.id, `line ${row.line}`).toMatch(/^H\d{2}$/);
  });

  it('gives every hazard a unique id', () => {
    const ids = rows.map((row) => row.cells.id);
    const repeated = ids.filter((id, n) => ids.indexOf(id) !== n);
    expect(repeated, 'ids used more than once').toEqual([]);
  });

  it('covers every hazard the log must always have', () => {
    const missing = requiredHazards
      .filter(({ pattern }) => !rows.some((row) => pattern.test(row.cells.hazard)))
      .map(({ name }) => name);
    expect(missing, 'hazards with no row').toEqual([]);
  });

  it('rates severity and likelihood before controls on the 1–5 scales, and fills every cell', () => {
    for (const row of rows) {
      const id = row.cells.id;
      expect(row.cells['severity (before)'], `${id} severity`).toMatch(/^[1-5]$/);
      expect(row.cells['likelihood (before)'], `${id} likelihood`).toMatch(/^[1-5]$/);
      for (const column of expectedColumns) expect(row.cells[column], `${id}: ${column}`).not.toBe('');
    }
  });

  it('names at least one test for every hazard that is not an accepted gap', () => {
    const untested = rows.filter((row) => row.references.length === 0 && !isGap(row.cells.id)).map((row) => row.cells.id);
    expect(untested, 'hazards with no test (name one, or make the case for an accepted gap)').toEqual([]);
  });

  it('writes every test as `tests/<file>.test.ts(x) › <exact name>`', () => {
    const problems = rows.flatMap((row) =>
      isGap(row.cells.id) && row.references.length === 0
        ? []
        : row.unreadable.map((piece) => `${row.cells.id}: cannot read "${piece}"`),
    );
    expect(problems).toEqual([]);
  });

  it('names only test files that exist', () => {
    const missing = rows.flatMap((row) =>
      row.references.filter((ref) => namesIn(ref.file) === null).map((ref) => `${row.cells.id}: ${ref.file}`),
    );
    expect(missing, 'test files that do not exist').toEqual([]);
  });

  it('names only tests that exist, with their exact names', () => {
    const missing = rows.flatMap((row) =>
      row.references
        .filter((ref) => {
          const names = namesIn(ref.file);
          return names !== null && !names.has(ref.name);
        })
        .map((ref) => `${row.cells.id}: ${ref.file} › ${ref.name}`),
    );
    expect(missing, 'no it()/test()/it.each()() with this exact name in the file').toEqual([]);
  });

  it('keeps the accepted gaps few, listed in the document, and still open', () => {
    expect(acceptedGaps.length).toBeLessThanOrEqual(maxAcceptedGaps);
    expect([...documentedGaps(markdown)].sort(), 'the "Accepted gaps" section of the document').toEqual([...acceptedGaps].sort());
    for (const id of acceptedGaps) {
      const row = rows.find((r) => r.cells.id === id);
      expect(row, `${id} is an accepted gap but has no row`).toBeDefined();
      expect(row?.references, `${id} now names a test: remove it from the accepted gaps`).toEqual([]);
      expect(row?.cells['tests that show the control works'], `${id} says it is an open gap`).toMatch(/open gap/i);
    }
  });
});
