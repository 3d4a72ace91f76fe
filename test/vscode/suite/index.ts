// Mocha entry point that VS Code's extension host loads (extensionTestsPath = dist/test/vscode/suite).
// Runs every *.test.js next to it, logs mocha's report (forwarded by the workbench to the runner)
// and, when ROLLOUT_TEST_RESULT names a file, writes the result there for test/vscode/run.mjs.
import * as fs from 'fs';
import * as path from 'path';
import Mocha from 'mocha';

export interface SuiteResult {
  summary: string;
  passed: number;
  failed: number;
  skipped: number;
  tests: string[];
}

export function run(): Promise<void> {
  const mocha = new Mocha({ ui: 'tdd', color: false, timeout: 60_000 });
  // the README pictures first, while no other suite has opened a plan (pictures.test.ts)
  const first = (file: string) => (file === 'pictures.test.js' ? 0 : 1);
  const files = fs.readdirSync(__dirname).filter(f => f.endsWith('.test.js')).sort((a, b) => first(a) - first(b) || a.localeCompare(b));
  for (const file of files) {
    mocha.addFile(path.join(__dirname, file));
  }
  const tests: string[] = [];
  return new Promise((resolve, reject) => {
    const runner = mocha.run(failures => {
      const passed = runner.stats?.passes ?? 0;
      const skipped = runner.stats?.pending ?? 0;
      const summary = `${passed} passed, ${failures} failed` + (skipped ? `, ${skipped} skipped` : '');
      console.log(summary);
      const resultFile = process.env.ROLLOUT_TEST_RESULT;
      if (resultFile) {
        const result: SuiteResult = { summary, passed, failed: failures, skipped, tests };
        fs.writeFileSync(resultFile, JSON.stringify(result, null, 1));
      }
      if (failures > 0) reject(new Error(`${failures} tests failed.`));
      else resolve();
    });
    runner.on('pass', test => tests.push(`ok ${test.fullTitle()}`));
    runner.on('fail', (test, err: Error) => tests.push(`FAIL ${test.fullTitle()}: ${err.message}`));
    runner.on('pending', test => tests.push(`skip ${test.fullTitle()}`));
  });
}
