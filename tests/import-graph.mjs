/**
 * Prints which top-level folders of src/ import which (type imports and lazy imports included), and
 * fails when two folders import each other, directly or round a longer loop. ESLint's
 * `import-x/no-restricted-paths` keeps the layer order and `import-x/no-cycle` catches loops between
 * files; this shows the picture a newcomer draws. Files directly in src/ (the entry scripts) count as
 * one node, `(entry)`.
 *
 *   node tests/import-graph.mjs
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const srcDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const codeFile = /\.(ts|tsx)$/;

function filesUnder(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return filesUnder(path);
    return codeFile.test(name) ? [path] : [];
  });
}

function folderOf(file) {
  const parts = relative(srcDir, file).split(sep);
  return parts.length === 1 ? '(entry)' : parts[0];
}

/** The code file a relative specifier names, or null for anything else (CSS, package.json). */
function resolveSpecifier(from, specifier) {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts')]) {
    if (codeFile.test(candidate) && existsSync(candidate)) return candidate;
  }
  return null;
}

const specifiers = [
  /\b(?:import|export)\s[^;]*?\bfrom\s*['"](\.[^'"]+)['"]/g,
  /\bimport\s*\(\s*['"](\.[^'"]+)['"]\s*\)/g,
  /\bimport\s*['"](\.[^'"]+)['"]/g,
];

/** folder -> folder -> number of import statements */
const edges = new Map();
for (const file of filesUnder(srcDir)) {
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|^\s*\/\/.*$/gm, '');
  const from = folderOf(file);
  for (const pattern of specifiers) {
    for (const [, specifier] of text.matchAll(pattern)) {
      const target = resolveSpecifier(file, specifier);
      if (!target || !target.startsWith(srcDir)) continue;
      const to = folderOf(target);
      if (to === from) continue;
      const row = edges.get(from) ?? new Map();
      row.set(to, (row.get(to) ?? 0) + 1);
      edges.set(from, row);
    }
  }
}

for (const from of [...edges.keys()].sort()) {
  const targets = [...edges.get(from)].sort(([a], [b]) => a.localeCompare(b));
  console.log(`${from} -> ${targets.map(([to, count]) => `${to} (${count})`).join(', ')}`);
}

// Tarjan's strongly connected components: any component of more than one folder is a cycle.
const nodes = new Set([...edges.keys(), ...[...edges.values()].flatMap((row) => [...row.keys()])]);
const index = new Map();
const low = new Map();
const stack = [];
const onStack = new Set();
const cycles = [];
let counter = 0;
function visit(node) {
  index.set(node, counter);
  low.set(node, counter);
  counter += 1;
  stack.push(node);
  onStack.add(node);
  for (const next of edges.get(node)?.keys() ?? []) {
    if (!index.has(next)) {
      visit(next);
      low.set(node, Math.min(low.get(node), low.get(next)));
    } else if (onStack.has(next)) {
      low.set(node, Math.min(low.get(node), index.get(next)));
    }
  }
  if (low.get(node) !== index.get(node)) return;
  const component = [];
  let member;
  do {
    member = stack.pop();
    onStack.delete(member);
    component.push(member);
  } while (member !== node);
  if (component.length > 1) cycles.push(component.sort());
}
for (const node of nodes) if (!index.has(node)) visit(node);

if (cycles.length > 0) {
  for (const cycle of cycles) console.error(`Folders that import each other: ${cycle.join(', ')}`);
  process.exit(1);
}
console.log('No folder-level import cycle.');
