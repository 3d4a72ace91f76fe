// `pre-commit try-repo` (Debian's pre-commit) installs this repository's hook as a pre-commit user
// gets it (npm install, whose `prepare` builds, then npm pack) and runs it on a sample repository:
// a good plan passes, a bad one fails with its findings. About a minute and a half: each try-repo
// installs the dev dependencies from npm's cache, so it has its own script, `npm run test:pre-commit`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { ERRORS, ROOT, tempTree } from '../cli/cli-helpers';
import { run } from '../cli/package-helpers';

const GIT_IDENTITY = { GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' };
const INSTALL_MS = 240_000;

test('pre-commit try-repo: the hook passes a good plan and fails a bad one with its findings', { timeout: INSTALL_MS + 10_000 }, async () => {
  const version = await run('pre-commit', ['--version'], ROOT);
  assert.equal(version.code, 0, 'pre-commit is not installed: apt-get install -y pre-commit (.ci/run does)');
  const sample = tempTree({
    'good.rollout.yaml': fs.readFileSync(path.join(ROOT, 'examples/intune-pilote.rollout.yaml'), 'utf8'),
    'bad.rollout.yaml': ERRORS,
  });
  for (const args of [['init', '-q'], ['add', '.'], ['commit', '-qm', 'plans']]) assert.equal((await run('git', args, sample, GIT_IDENTITY)).code, 0);
  // npm's cache first: the dev dependencies are those `npm ci` just installed
  const env = { ...GIT_IDENTITY, npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false' };
  const tryRepo = (file: string) => run('pre-commit', ['try-repo', ROOT, 'rollout-plan-check', '--files', file], sample, env, INSTALL_MS);
  const [good, bad] = await Promise.all([tryRepo('good.rollout.yaml'), tryRepo('bad.rollout.yaml')]);
  assert.equal(good.code, 0, good.stdout + good.stderr);
  assert.match(good.stdout, /^rollout-plan check\.+Passed$/m);
  assert.equal(bad.code, 1, bad.stdout + bad.stderr);
  assert.match(bad.stdout, /^rollout-plan check\.+Failed$/m);
  assert.match(bad.stdout, /^bad\.rollout\.yaml:\d+:\d+ {2}error {2}The id `\S+` is already used .* {2}duplicate-id$/m);
  assert.match(bad.stdout, /^2 errors, 0 warnings in 1 of 1 plan/m);
});
