// Lint configuration: typescript-eslint's recommended rules over the sources and tests, then the
// project's boundaries, one block per boundary (docs/architecture.md, "Boundaries").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

const SERVICE = 'server/src/service';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', '.vscode-test/', 'test-results/', 'bench/results/', `${SERVICE}/plan/generated/*.js`] },
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
  // the timeline webview's script runs in the browser
  { files: ['client/src/timeline/webview/*.ts'], languageOptions: { globals: { ...globals.browser } } },
  // the harness evaluates code inside the browser page
  { files: ['test/vscode/*.mjs', 'scripts/*.mjs'], languageOptions: { globals: { ...globals.node, ...globals.browser } } },

  // How import-x finds and reads the file behind an import: the sources import `.ts` files without
  // their extension, the generated validators through their `.d.ts` (the `.js` exists only once
  // built), the schemas as `.json`.
  {
    files: ['**/*.ts'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.d.ts', '.js', '.json'] })],
      'import-x/extensions': ['.ts'],
    },
  },

  // Boundary: no import cycle anywhere (a cycle makes the load order decide what is defined).
  // Packages are not followed: their own imports are not the project's concern.
  {
    files: ['**/*.ts'],
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },

  // Boundary: the service is pure, so the LSP server, the CLI, the tests and a browser worker can
  // all run it. It imports nothing outside its folder but the schemas (the single source, also read
  // by the manifest), and only the packages that run anywhere; `ajv` for its types only (the
  // validators are compiled at build time). Its tsconfig (no Node types) backs this up.
  {
    files: [`${SERVICE}/**/*.ts`],
    rules: {
      'import-x/no-restricted-paths': ['error', {
        basePath: import.meta.dirname,
        zones: [{
          target: `./${SERVICE}`,
          from: '.',
          // packages resolve into node_modules: the next rule says which ones the service may use
          except: [`./${SERVICE}`, './schemas', './node_modules'],
          message: 'The service imports nothing outside server/src/service but schemas/ (docs/architecture.md, "Boundaries").',
        }],
      }],
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          {
            regex: '^(?!\\.{1,2}/|yaml$|vscode-languageserver-types$|vscode-languageserver-textdocument$|ajv$)',
            message: 'The service runs in Node and in a Web Worker: it may import only yaml, vscode-languageserver-types and vscode-languageserver-textdocument (no Node module, no vscode, no vscode-languageserver).',
          },
          { regex: '^ajv$', allowTypeImports: true, message: 'The service imports ajv for its types only: the validators are compiled at build time (scripts/gen-validators.mjs).' },
        ],
      }],
    },
  },
);
