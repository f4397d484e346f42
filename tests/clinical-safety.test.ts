/**
 * Keeps the clinical risk record honest (issue 7): reads the hazard log in docs/clinical-safety.md and
 * fails when a hazard names no test, names a test file that does not exist, or names a test that is not
 * in that file, character for character, as the first argument of `it(…)`, `test(…)` or `it.each(…)(…)`.
 * It also checks that the ids are unique, that the scales are 1–5, and that every hazard issue 7 asks
 * for is in the log. Files are read as text (this runs in jsdom, so through node:fs).
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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

const expectedColumns = [
  'id',
  'hazard',
  'cause',
  'effect on a person',
  'severity (before)',
  'likelihood (before)',
  'controls in the product',
  'tests that show the control works',
  'residual risk',
] as const;

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

// ─── Reading the document ────────────────────────────────────────────────────────────────────────────

interface TestReference {
  file: string;
  name: string;
}

interface HazardRow {
  line: number;
  cells: Record<(typeof expectedColumns)[number], string>;
  references: TestReference[];
  /** Parts of the tests cell that are not a `file › name` reference. */
  unreadable: string[];
}

/** The cells of a Markdown table row: outer pipes removed, split on unescaped pipes, trimmed. */
export function tableCells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => cell.trim().replace(/\\\|/g, '|'));
}

/**
 * The test references in a tests cell: `tests/….test.ts(x) › exact name`, optionally in backticks,
 * separated by `<br>` or `;` before the next `tests/` path (a `;` inside a test name stays put).
 */
export function testReferences(cell: string): { references: TestReference[]; unreadable: string[] } {
  const references: TestReference[] = [];
  const unreadable: string[] = [];
  const pieces = cell
    .split(/\s*(?:<br\s*\/?>|;)\s*(?=`?tests\/)/i)
    .map((piece) => piece.trim())
    .filter((piece) => piece !== '');
  for (const piece of pieces) {
    const unquoted = /^`[^`]+`$/.test(piece) ? piece.slice(1, -1) : piece;
    const match = /^(tests\/[\w./-]+\.test\.tsx?) › (\S.*)$/u.exec(unquoted);
    if (match && !match[2].endsWith(' ')) references.push({ file: match[1], name: match[2] });
    else unreadable.push(piece);
  }
  return { references, unreadable };
}

/** The hazard log: the first table whose header row is exactly `expectedColumns`. */
export function hazardRows(markdown: string): HazardRow[] | null {
  const lines = markdown.split('\n');
  const header = lines.findIndex(
    (line) => line.trim().startsWith('|') && tableCells(line).map((c) => c.toLowerCase()).join('|') === expectedColumns.join('|'),
  );
  if (header < 0) return null;
  const rows: HazardRow[] = [];
  for (let i = header + 2; i < lines.length && lines[i].trim().startsWith('|'); i++) {
    const values = tableCells(lines[i]);
    const cells = Object.fromEntries(expectedColumns.map((column, n) => [column, values[n] ?? ''])) as HazardRow['cells'];
    if (values.length !== expectedColumns.length) cells.id = `${cells.id} (line ${i + 1}: ${values.length} cells)`;
    rows.push({ line: i + 1, cells, ...testReferences(cells['tests that show the control works']) });
  }
  return rows;
}

/** The ids listed under the "Accepted gaps" heading of the document. */
export function documentedGaps(markdown: string): string[] {
  const section = /^#+\s*Accepted gaps\s*$([\s\S]*?)(?=^#+\s|$(?![\s\S]))/im.exec(markdown);
  if (!section) return [];
  return [...section[1].matchAll(/^\s*[-*]\s*\*{0,2}(H\d+)\b/gm)].map((m) => m[1]);
}

// ─── Reading the test files ──────────────────────────────────────────────────────────────────────────

/**
 * The static names of the tests declared in a source file: the first argument of `it(…)`, `test(…)`,
 * their modifiers (`it.skip(…)`, `test.concurrent(…)`) and `it.each(…)(…)` / `it.each\`…\`(…)`, when
 * that argument is a string literal (quotes, double quotes or a backtick string without `${}`).
 * Names built at run time (template literals with `${}`) are not listed, so they cannot be cited.
 */
export function declaredTestNames(text: string): Set<string> {
  const source = withoutComments(text);
  const names = new Set<string>();
  const head = /(?<![\w$.])(?:it|test)((?:\s*\.\s*[A-Za-z]+)*)\s*/g;
  for (let match = head.exec(source); match; match = head.exec(source)) {
    const modifiers = match[1].split('.').map((m) => m.trim()).filter(Boolean);
    let at = match.index + match[0].length;
    if (modifiers.includes('each')) {
      // The table: either a call's arguments or a tagged template.
      if (source[at] === '(') at = skipBalanced(source, at);
      else if (source[at] === '`') at = skipTemplate(source, at);
      else continue;
      if (at < 0) continue;
      at = skipSpace(source, at);
    }
    if (source[at] !== '(') continue;
    const literal = readStringLiteral(source, skipSpace(source, at + 1));
    if (literal !== null) names.add(literal);
  }
  return names;
}

/** The source with every comment blanked out (strings, templates and regexes are kept as they are). */
function withoutComments(source: string): string {
  let out = '';
  let previous = '';
  for (let at = 0; at < source.length; ) {
    const c = source[at];
    let end = at + 1;
    if (source.startsWith('//', at) || source.startsWith('/*', at)) {
      const line = source.startsWith('//', at);
      const close = source.indexOf(line ? '\n' : '*/', at + 2);
      end = close < 0 ? source.length : line ? close : close + 2;
      out += source.slice(at, end).replace(/[^\n]/g, ' ');
      at = end;
      continue;
    }
    if (c === "'" || c === '"') end = skipQuoted(source, at);
    else if (c === '`') end = skipTemplate(source, at);
    else if (c === '/' && (previous === '' || /[(,=:[!&|?{};>+\-*%~^<]/.test(previous))) end = skipRegex(source, at);
    if (end < 0) end = at + 1;
    out += source.slice(at, end);
    if (!/\s/.test(source[end - 1])) previous = source[end - 1];
    at = end;
  }
  return out;
}

function skipSpace(source: string, at: number): number {
  for (;;) {
    while (at < source.length && /\s/.test(source[at])) at++;
    if (source.startsWith('//', at)) at = source.indexOf('\n', at) < 0 ? source.length : source.indexOf('\n', at);
    else if (source.startsWith('/*', at)) at = source.indexOf('*/', at) < 0 ? source.length : source.indexOf('*/', at) + 2;
    else return at;
  }
}

/** From an opening bracket, the index just after its matching closing bracket (or -1). */
function skipBalanced(source: string, at: number): number {
  const closing: Record<string, string> = { '(': ')', '[': ']', '{': '}' };
  const stack: string[] = [];
  let previous = '';
  while (at < source.length) {
    const c = source[at];
    if (c === "'" || c === '"') {
      at = skipQuoted(source, at);
    } else if (c === '`') {
      at = skipTemplate(source, at);
    } else if (source.startsWith('//', at) || source.startsWith('/*', at)) {
      at = skipSpace(source, at);
      continue;
    } else if (c === '/' && (previous === '' || /[(,=:[!&|?{};>+\-*%~^<]/.test(previous))) {
      at = skipRegex(source, at);
    } else {
      if (c in closing) stack.push(closing[c]);
      else if (c === ')' || c === ']' || c === '}') {
        if (stack.pop() !== c) return -1;
        if (stack.length === 0) return at + 1;
      }
      at++;
    }
    if (at < 0) return -1;
    previous = source[at - 1] ?? '';
    if (/\s/.test(previous)) {
      let back = at - 1;
      while (back >= 0 && /\s/.test(source[back])) back--;
      previous = source[back] ?? '';
    }
  }
  return -1;
}

function skipQuoted(source: string, at: number): number {
  const quote = source[at];
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === quote) return i + 1;
    else if (source[i] === '\n') return -1;
  }
  return -1;
}

function skipTemplate(source: string, at: number): number {
  for (let i = at + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === '`') return i + 1;
    else if (source.startsWith('${', i)) {
      const end = skipBalanced(source, i + 1);
      if (end < 0) return -1;
      i = end - 1;
    }
  }
  return -1;
}

function skipRegex(source: string, at: number): number {
  let inClass = false;
  for (let i = at + 1; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') inClass = true;
    else if (c === ']') inClass = false;
    else if (c === '/' && !inClass) {
      let end = i + 1;
      while (end < source.length && /[a-z]/i.test(source[end])) end++;
      return end;
    } else if (c === '\n') return -1;
  }
  return -1;
}

/** The value of a string literal starting at `at`, or null if there is none (or it has `${}`). */
function readStringLiteral(source: string, at: number): string | null {
  const quote = source[at];
  if (quote !== "'" && quote !== '"' && quote !== '`') return null;
  let value = '';
  for (let i = at + 1; i < source.length; i++) {
    const c = source[i];
    if (c === quote) return value;
    if (quote === '`' && source.startsWith('${', i)) return null;
    if (c === '\n' && quote !== '`') return null;
    if (c !== '\\') {
      value += c;
      continue;
    }
    const next = source[++i];
    const simple: Record<string, string> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', '0': '\0' };
    if (next in simple) value += simple[next];
    else if (next === 'x') {
      value += String.fromCharCode(parseInt(source.slice(i + 1, i + 3), 16));
      i += 2;
    } else if (next === 'u' && source[i + 1] === '{') {
      const end = source.indexOf('}', i);
      value += String.fromCodePoint(parseInt(source.slice(i + 2, end), 16));
      i = end;
    } else if (next === 'u') {
      value += String.fromCharCode(parseInt(source.slice(i + 1, i + 5), 16));
      i += 4;
    } else if (next === '\n') {
      // A line continuation adds nothing.
    } else value += next;
  }
  return null;
}

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

  it('covers every hazard issue 7 asks for', () => {
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

describe('the readers this check relies on', () => {
  const source = [
    "it('plain name', () => {});",
    'it("double \\"quoted\\" name", () => {});',
    'test(`backtick name`, () => {});',
    "it.each([['a'], ['b']] as const)(\n  '%s: parameterised, (with parens)',\n  (x) => {},\n);",
    "it.each(list.map((p) => [`${p.a}=${JSON.stringify(p.b)}`].filter((d) => /a|b=/.test(d))))('after a regex: %s', () => {});",
    'it.skip(\'skipped but declared\', () => {});',
    'it(`dynamic ${name}`, () => {});',
    "describe('a describe is not a test', () => {});",
    "expect(/x/.test('not a test either')).toBe(false);",
    "// it('commented out', () => {});",
  ].join('\n');
  const names = declaredTestNames(source);

  it('finds the first argument of it(), test(), it.each()() and modifiers, in any quotes', () => {
    for (const name of [
      'plain name',
      'double "quoted" name',
      'backtick name',
      '%s: parameterised, (with parens)',
      'after a regex: %s',
      'skipped but declared',
    ]) {
      expect(names.has(name), name).toBe(true);
    }
  });

  it('rejects near misses, run-time names, describe() names, other calls and commented-out tests', () => {
    for (const name of [
      'plain nam',
      'plain name ',
      'Plain name',
      'dynamic ${name}',
      'a describe is not a test',
      'not a test either',
      'commented out',
    ]) {
      expect(names.has(name), name).toBe(false);
    }
  });

  it('splits a tests cell on <br> and ; but not on a ; inside a test name', () => {
    const cell =
      '`tests/a.test.ts › one; with a semicolon`<br>`tests/b.test.tsx › two` ; tests/c.test.ts › three<br />`tests/d.test.ts ›no space`';
    expect(testReferences(cell)).toEqual({
      references: [
        { file: 'tests/a.test.ts', name: 'one; with a semicolon' },
        { file: 'tests/b.test.tsx', name: 'two' },
        { file: 'tests/c.test.ts', name: 'three' },
      ],
      unreadable: ['`tests/d.test.ts ›no space`'],
    });
  });
});
