// "Compare with Branch…" over stdio: the refs of the plan's repository, and the readiness diff of
// the plan as the editor holds it (unsaved text) against a branch, or of every plan of a folder
// (a deleted plan too); outside git, a sentence in the user's language instead of a failed request.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  CompareMethod, GitRefsMethod, type CompareParams, type CompareResult, type GitRefsParams, type GitRefsResult,
} from '../../server/src/protocol';
import { LspClient } from './lsp-client';

const ROOT = path.resolve(__dirname, '../../..');
const EXAMPLE = fs.readFileSync(path.join(ROOT, 'examples/parcours-commande.rollout.yaml'), 'utf8');
const OTHER = fs.readFileSync(path.join(ROOT, 'examples/erp-go-live.rollout.yaml'), 'utf8');
let client: LspClient;
let repo: string;

const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=Test', '-c', 'user.email=test@example.org', ...args], { cwd: repo, stdio: 'pipe' });
const uriOf = (name: string) => pathToFileURL(path.join(repo, name)).href;
const compare = (params: CompareParams) => client.request<CompareResult>(CompareMethod, params);

before(async () => {
  repo = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-compare-')));
  fs.writeFileSync(path.join(repo, 'parcours.rollout.yaml'), EXAMPLE);
  fs.writeFileSync(path.join(repo, 'erp.rollout.yaml'), OTHER);
  git('init', '-q', '-b', 'main');
  git('add', '.');
  git('commit', '-q', '-m', 'approved');
  git('tag', 'v1');
  client = new LspClient();
  await client.initialize('fr', [repo]);
});
after(async () => {
  await client.stop();
  fs.rmSync(repo, { recursive: true, force: true });
});

test('the refs of the plan’s repository: the branch and the tag', async () => {
  const listed = await client.request<GitRefsResult>(GitRefsMethod, { uri: uriOf('parcours.rollout.yaml') } satisfies GitRefsParams);
  assert.ok('refs' in listed);
  assert.deepEqual(listed.refs.map(r => `${r.kind}:${r.name}`).sort(), ['branch:main', 'tag:v1']);
});

test('an open plan is compared as the editor holds it: the unsaved slip, in French', async () => {
  const uri = uriOf('parcours.rollout.yaml');
  await client.open(uri, EXAMPLE.replace('start: 2026-06-01', 'start: 2026-06-10'), 1);
  const result = await compare({ uri, plans: [uri], base: 'main' });
  assert.ok('markdown' in result, JSON.stringify(result));
  assert.equal(result.changedPlans, 1);
  assert.match(result.markdown, /`main`/);
  assert.match(result.markdown, /Pilote sur 10 % du trafic France/);
  assert.match(result.markdown, /\+9 j/);
  assert.equal(fs.readFileSync(path.join(repo, 'parcours.rollout.yaml'), 'utf8'), EXAMPLE, 'the file on disk is untouched');
});

test('a folder: every listed plan, and a plan deleted since the base', async () => {
  fs.rmSync(path.join(repo, 'erp.rollout.yaml'));
  try {
    const result = await compare({ uri: pathToFileURL(repo).href, plans: [uriOf('parcours.rollout.yaml')], base: 'v1' });
    assert.ok('markdown' in result, JSON.stringify(result));
    assert.equal(result.changedPlans, 2, result.markdown);
    assert.match(result.markdown, /erp\.rollout\.yaml/);
  } finally {
    fs.writeFileSync(path.join(repo, 'erp.rollout.yaml'), OTHER);
  }
});

test('an unknown ref, and a folder outside git: one sentence in the user’s language', async () => {
  const uri = uriOf('parcours.rollout.yaml');
  const unknown = await compare({ uri, plans: [uri], base: 'no-such-branch' });
  assert.ok('error' in unknown);
  assert.match(unknown.error, /no-such-branch/);
  const outside = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-nogit-'));
  try {
    const listed = await client.request<GitRefsResult>(GitRefsMethod, { uri: pathToFileURL(outside).href } satisfies GitRefsParams);
    assert.ok('error' in listed);
    assert.match(listed.error, /dépôt git/);
  } finally {
    fs.rmSync(outside, { recursive: true, force: true });
  }
});
