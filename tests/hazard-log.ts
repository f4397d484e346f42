/**
 * Reads the hazard log of docs/clinical-safety.md: its table, the test references in each row's tests
 * cell, and the ids listed as accepted gaps.
 */

export const expectedColumns = [
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

export interface TestReference {
  file: string;
  name: string;
}

export interface HazardRow {
  line: number;
  cells: Record<(typeof expectedColumns)[number], string>;
  references: TestReference[];
  /** Parts of the tests cell that are not a `file › name` reference. */
  unreadable: string[];
}

/** The cells of a Markdown table row: outer pipes removed, split on unescaped pipes, trimmed. */
function tableCells(line: string): string[] {
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
