// ESLint 9 flat config (`pnpm lint`, run in .ci/run): typescript-eslint's recommended rules for all
// TypeScript, and for the Lit elements eslint-plugin-lit (templates), eslint-plugin-wc (custom
// element habits) and eslint-plugin-lit-a11y (accessibility of what templates render).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', 'storybook-static/**', '**/*.d.ts', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['packages/components/src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['packages/components/src/**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    files: ['packages/components/src/**/*.ts'],
    ...litA11y.configs.recommended,
  },
  {
    rules: {
      // `_` for a deliberately unused part of a destructuring (e.g. `const { [id]: _, ...others }`).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    // Small files, one concern each (docs/contributing.md): no source file over 350 lines. The
    // i18n resources, every sentence of one language, are the exception.
    files: ['**/*.ts', '**/*.mjs', '**/*.cjs', '**/*.js'],
    ignores: ['packages/core/src/i18n/nl.ts', 'packages/core/src/i18n/en.ts', 'packages/core/src/i18n/en-browser.ts'],
    rules: { 'max-lines': ['error', { max: 350 }] },
  },
  {
    // Generated checks (`pnpm generate`, scripts/generated/schema-check.mjs): as long as the schemas
    // need, with zod's and the schemas' own patterns as written.
    files: ['**/*.generated.ts'],
    rules: { 'max-lines': 'off', 'no-useless-escape': 'off' },
  },
  {
    // Tests: chai's property assertions (`expect(x).to.be.true`) are expressions by design, and the
    // tests build deliberately malformed definitions and requests, typed `any` on purpose.
    files: ['**/test/**', '**/*.test.ts', 'test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    // Plain JavaScript that runs in the page (the benchmark's harness and adapters).
    files: ['bench/adapters/**/*.js', 'bench/harness/**/*.js'],
    languageOptions: { globals: { customElements: 'readonly', requestAnimationFrame: 'readonly', requestIdleCallback: 'readonly' } },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', '**/*.js'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        Buffer: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        module: 'writable',
        require: 'readonly',
        __dirname: 'readonly',
        fetch: 'readonly',
        AbortController: 'readonly',
        TextEncoder: 'readonly',
        TextDecoder: 'readonly',
        setInterval: 'readonly',
        clearInterval: 'readonly',
        structuredClone: 'readonly',
        performance: 'readonly',
        crypto: 'readonly',
        queueMicrotask: 'readonly',
        setImmediate: 'readonly',
        AbortSignal: 'readonly',
        Blob: 'readonly',
        Response: 'readonly',
        Request: 'readonly',
        Headers: 'readonly',
        FormData: 'readonly',
        File: 'readonly',
        document: 'readonly',
        window: 'readonly',
        globalThis: 'readonly',
      },
    },
  },
);
