// The ESLint rules for the whole repository, imported by ../../eslint.config.mjs.
//
// typescript-eslint loads the `typescript` module for its parser, and TypeScript 7 (the project's
// `tsc`) is the Go-native compiler with no JS API. So the linter lives in this npm workspace with
// its own TypeScript 5.9, which npm installs in tools/lint/node_modules and which only the linter
// sees; the project's `tsc` stays 7. The rules are the recommended sets, not type-aware (type
// checking is tsc's job), with Prettier owning the layout.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'coverage/', 'tools/lint/node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      // `_` marks an argument or binding kept for its position (an Apps Script event, a callback).
      // An object that refers to itself: `let self; const o = { m() { return self; } }; self = o;`.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  // Which globals TypeScript files may use is tsc's business (each tsconfig's `lib` and `types`:
  // no DOM or Node in src/, no Apps Script in src/client/); the JavaScript build scripts run in Node.
  { files: ['**/*.mjs'], languageOptions: { globals: { ...globals.node } } },
  { files: ['**/*.js', '**/*.cjs'], languageOptions: { sourceType: 'commonjs', globals: { ...globals.node } } },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Tests build emulator objects against Apps Script's interfaces and cast freely at the seams.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
  prettier,
);
