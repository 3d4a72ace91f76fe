// Mocha entry point for VS Code's web worker extension host (run-web.mjs points extensionTestsPath at
// its bundle, dist/web/test/vscode/suite/web-index.js). The same test files as index.ts, bundled for a
// Web Worker by esbuild.mjs, which lists them in `rollout:vscode-suites` in index.ts's order. A worker
// writes no file: the result goes to the runner as one console line, `WEBTEST-RESULT {…}`.
import { mocha } from './web/mocha-setup';
import 'rollout:vscode-suites';

export function run(): Promise<void> {
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      const { passes, pending } = runner.stats ?? { passes: 0, pending: 0 };
      console.log(`${passes} passed, ${failures} failed` + (pending ? `, ${pending} skipped` : ''));
      console.log(`WEBTEST-RESULT ${JSON.stringify({ passes, failures, pending })}`);
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
  });
}
