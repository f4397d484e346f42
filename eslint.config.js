// @ts-check
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * The folders of src/, from the top down. A folder may import only the folders below it, never one
 * above (type imports and lazy imports included), so no two folders can import each other. The README
 * ("How it is built") says what each one holds.
 */
const layers = [
  'app', // the shell: composes the features, reads the browser once, saves as the journey goes
  'result', // the patient's summary
  'gp', // GP mode: screens, clinician view, notes, the printed handout
  'fhir', // answer files in and out
  'questionnaire', // the journey: its machine, its plan (steps.ts) and the question pages
  'persistence', // the saved session
  'ui', // presentational components
  'content', // words, keyed by the ids below
  'assessment', // assess() and its clinical tables
  'catalogue', // question, option and source ids, the answer schema, the version
];

/** The entry scripts at the top of src/ (src/boot.ts, src/prerender.tsx) import the app; nothing imports them. */
const entryScripts = ['./src/*.{ts,tsx}'];

const layerZones = layers.map((layer, index) => ({
  target: `./src/${layer}`,
  from: [...layers.slice(0, index).map((above) => `./src/${above}/**`), ...entryScripts],
  message: `src/${layer}/ may import only the folders below it: ${layers.slice(index + 1).join(', ') || 'none'} (see eslint.config.js).`,
}));

export default tseslint.config(
  { ignores: ['dist/', 'dev-dist/', 'coverage/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  importX.flatConfigs.recommended,
  importX.flatConfigs.typescript,
  {
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver()],
    },
    rules: {
      // Packages cannot import the app: following imports into node_modules would only cost time.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      // tsc already checks that every import resolves and names something that exists; these only repeat it, slowly.
      'import-x/named': 'off',
      'import-x/namespace': 'off',
      'import-x/default': 'off',
      'import-x/no-unresolved': 'off',
      // fast-check and typescript-eslint are documented as `fc.property(...)` and `tseslint.config(...)`.
      'import-x/no-named-as-default-member': 'off',
      // `const { omitted: _omitted, ...rest } = value` is how a copy without one key is made.
      '@typescript-eslint/no-unused-vars': ['error', { ignoreRestSiblings: true, varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.flat.recommended.rules,
      // Warns that the React Compiler would skip components using react-hook-form; this app does not use the compiler.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['tests/**', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['tests/**/*.test.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    ...testingLibrary.configs['flat/react'],
    rules: {
      ...testingLibrary.configs['flat/react'].rules,
      // The contract's hooks (data-step, data-primary, data-lab) and the clinician tables' rows are
      // read with DOM queries on purpose: they have no role or label to query by.
      'testing-library/no-node-access': 'off',
    },
  },
);
