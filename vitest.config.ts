import {fileURLToPath} from 'node:url';
import {defineConfig} from 'vitest/config';

/**
 * Unit tests live next to the code they test (`src/**\/*.test.ts`, and
 * `deploy/**\/*.test.ts` for the response headers, `tools/**\/*.test.ts` for the shared tooling, `plugins/**\/*.test.ts` for the build plugins); they run in
 * Node, and a component test opts into a DOM with a `// @vitest-environment jsdom` comment at the top of its file.
 */
export default defineConfig({
  // Docusaurus' tsconfig says `jsx: preserve` (its bundler compiles JSX); tests
  // must compile it themselves, with the automatic React runtime.
  esbuild: {jsx: 'automatic'},
  resolve: {
    alias: [
      {find: '@site', replacement: fileURLToPath(new URL('.', import.meta.url))},
      // Docusaurus' own webpack aliases, so that a component test can import components and vi.mock these.
      {
        find: /^@docusaurus\/(Translate|Link|Head|useBaseUrl|useBrokenLinks|useIsBrowser|useDocusaurusContext|useGlobalData|router)$/,
        replacement: fileURLToPath(new URL('node_modules/@docusaurus/core/lib/client/exports/$1.js', import.meta.url)),
      },
      {
        find: /^@theme\/(\w+)$/,
        replacement: fileURLToPath(new URL('node_modules/@docusaurus/theme-classic/lib/theme/$1/index.js', import.meta.url)),
      },
    ],
  },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'deploy/**/*.test.ts', 'tools/**/*.test.ts', 'plugins/**/*.test.ts'],
    // Each test file runs in its own child process, so a file that changes
    // `process.env.TZ` (schedule.test.ts does) cannot affect another file.
    pool: 'forks',
  },
});
