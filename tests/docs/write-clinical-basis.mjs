// `npm run docs`: rewrites the generated blocks of docs/clinical-basis.md from the code's data.
// Vite's module runner loads the TypeScript generator, so no extra tool is needed.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const docPath = fileURLToPath(new URL('../../docs/clinical-basis.md', import.meta.url));
const generator = fileURLToPath(new URL('./clinical-basis.ts', import.meta.url));
const { module } = await runnerImport(generator, { configFile: false, logLevel: 'error' });
const before = readFileSync(docPath, 'utf8');
const after = module.regenerate(before);
if (after === before) {
  console.log('docs/clinical-basis.md is up to date');
} else {
  writeFileSync(docPath, after);
  console.log('docs/clinical-basis.md rewritten');
}
