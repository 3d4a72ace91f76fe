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
  // tests build plans as loose JSON and mutate them: `any` is the honest type there
  { files: ['test/**/*.ts'], rules: { '@typescript-eslint/no-explicit-any': 'off' } },
  // the harness evaluates code inside the browser page
  { files: ['test/vscode/*.mjs', 'scripts/*.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },
);
