// Mocha in a Web Worker: its browser build, set up before web-index.ts imports the test files (they
// call the `suite`/`test` globals this defines). 'spec' prints through console.log, which the workbench
// forwards to the runner; mocha's browser default ('html') needs a DOM, and a worker has none.
// esbuild loads mocha/mocha.js as CommonJS (see esbuild.mjs): inlined as ESM, its UMD header would
// replace the bundle's exports, and VS Code would call mocha's run() instead of ours.
// eslint-disable-next-line @typescript-eslint/no-require-imports
export const mocha: BrowserMocha = require('mocha/mocha.js');

interface BrowserMocha {
  setup(options: { ui: 'tdd'; reporter: 'spec'; timeout: number; color: boolean }): void;
  run(done: (failures: number) => void): Mocha.Runner;
}

// the same options as index.ts gives Node's mocha
mocha.setup({ ui: 'tdd', reporter: 'spec', timeout: 60_000, color: false });
