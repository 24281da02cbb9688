// @ts-check
/**
 * ESLint 9 flat config: JavaScript's and typescript-eslint's recommended rules,
 * the React hooks rules and Docusaurus' own (translatable strings, links), as
 * Docusaurus sites set them up. Formatting is Prettier's job (`npm run lint`
 * runs both; `npm run format` fixes formatting).
 */
import js from '@eslint/js';
import docusaurus from '@docusaurus/eslint-plugin';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'build/',
      '.docusaurus/',
      'node_modules/',
      'test-results/',
      'playwright-report/',
      'deploy/nginx/generated/',
      'bench/results/',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    // The site's code runs in the browser (and at build time in Node).
    files: ['src/**/*.{ts,tsx}'],
    plugins: {'@docusaurus': docusaurus},
    languageOptions: {globals: {...globals.browser}},
    rules: /** @type {import('eslint').Linter.RulesRecord} */ (docusaurus.configs.recommended.rules),
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    ...reactHooks.configs.flat.recommended,
  },
  {
    // The browser/Node line (ARCHITECTURE.md, "Where code runs"): code that runs in a visitor's
    // browser never imports src/node (build-only: node:fs, the policy file, the feeds, JSON-LD,
    // validation) nor a Node built-in. A type is erased, so `import type` may cross. Tests and their
    // fixtures run in Node and may import anything.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/node/**', 'src/__tests__/**', 'src/**/*.test.{ts,tsx}', 'src/**/*.fixture.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+node/|^\\./node/|(^|/)src/node/',
              allowTypeImports: true,
              message: 'src/node is build-only (Node): browser code must not import it (see ARCHITECTURE.md).',
            },
            {regex: '^node:', message: 'Node built-ins do not exist in the browser (see ARCHITECTURE.md).'},
          ],
        },
      ],
    },
  },
  {
    // src/data holds facts only: it imports its own files (types), never logic.
    files: ['src/data/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^\\.\\./',
              message: 'src/data holds facts only and imports nothing outside src/data (see ARCHITECTURE.md).',
            },
          ],
        },
      ],
    },
  },
  {
    // Everything else runs in Node: configs, plugins, scripts, benchmarks, tools, tests. Those that
    // drive a browser hand it functions (page.evaluate) that use the browser's globals.
    files: ['**/*.{js,mjs,cjs,ts}'],
    ignores: ['src/**'],
    languageOptions: {globals: {...globals.node, ...globals.browser}},
  },
  {
    // TypeScript itself reports undefined names, knowing the types (typescript-eslint's advice).
    files: ['**/*.{ts,tsx}'],
    rules: {'no-undef': 'off'},
  },
  {
    // CommonJS files use require; that is what they are for.
    files: ['**/*.cjs'],
    languageOptions: {sourceType: 'commonjs'},
    rules: {'@typescript-eslint/no-require-imports': 'off'},
  },
  {
    rules: {
      // `_`-prefixed names are deliberately unused (callback positions).
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none'}],
    },
  },
);
