// Lint configuration: typescript-eslint's recommended rules over the sources and tests.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.vscode-test/', 'test-results/', 'bench/results/', 'server/src/service/plan/generated/*.js'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The front ends (server, LSP handlers, CLI, Node helpers, protocol, VS Code client) reach the
  // service through its entry only, so its internals can move freely; unit tests may test them.
  {
    files: ['server/src/**/*.ts', 'client/src/**/*.ts'],
    ignores: ['server/src/service/**'],
    rules: {
      'no-restricted-imports': ['error', { patterns: [{
        group: ['**/service/*'],
        message: 'Import the language service from its entry (server/src/service/index.ts) and export what you need there.',
      }] }],
    },
  },
  // tests build plans as loose JSON and mutate them: `any` is the honest type there
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // the harness evaluates code inside the browser page
  { files: ['test/vscode/*.mjs', 'scripts/*.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
