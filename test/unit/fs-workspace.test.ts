// The Node workspace behind the server and the CLI: plans listed under its roots without entering
// node_modules or .git, each real folder once (a symlink loop ends), a URI that names no local
// file refused in words, the config searched no higher than the boundary, the root holding a file.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createFsWorkspace } from '../../server/src/node/fs-workspace';
import { renderMessage, translator } from '../../server/src/service';

test('the file system workspace lists, reads and finds configs within its boundary', { skip: process.platform === 'win32' }, async () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-fs-workspace-')));
  try {
    const root = path.join(dir, 'repo');
    for (const sub of ['plans', 'node_modules/x', '.git']) fs.mkdirSync(path.join(root, sub), { recursive: true });
    fs.writeFileSync(path.join(root, 'plans/a.rollout.yaml'), 'kind: RolloutPlan\n');
    fs.writeFileSync(path.join(root, 'node_modules/x/b.rollout.yaml'), '');
    fs.writeFileSync(path.join(root, '.git/c.rollout.yaml'), '');
    fs.symlinkSync(root, path.join(root, 'plans/loop'));
    fs.writeFileSync(path.join(dir, 'rollout-plan.config.json'), '{}'); // above the boundary: never applies
    const workspace = createFsWorkspace({ boundary: () => root, roots: () => [root] });
    const plan = pathToFileURL(path.join(root, 'plans/a.rollout.yaml')).href;

    assert.deepEqual(await workspace.listFiles(), [plan]);
    assert.deepEqual(await workspace.readFile(plan), { text: 'kind: RolloutPlan\n' });
    assert.equal(await workspace.findConfig(plan), undefined, 'the config above the boundary');
    fs.writeFileSync(path.join(root, 'rollout-plan.config.json'), '{}');
    assert.equal(await workspace.findConfig(plan), pathToFileURL(path.join(root, 'rollout-plan.config.json')).href);
    const remote = await workspace.readFile('vscode-vfs://github/o/r/a.rollout.yaml');
    assert.ok('refused' in remote && renderMessage(translator('en'), remote.refused) === 'not a file on this computer');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('folderOf names the deepest root holding a file (the implicit programme of its plans), none outside the roots', async () => {
  const dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-fs-folders-')));
  try {
    const [outer, inner] = [path.join(dir, 'repo'), path.join(dir, 'repo', 'site')];
    fs.mkdirSync(inner, { recursive: true });
    const workspace = createFsWorkspace({ boundary: () => outer, roots: () => [outer, inner] });
    const uri = (p: string) => pathToFileURL(p).href;
    assert.equal(workspace.folderOf?.(uri(path.join(outer, 'a.rollout.yaml'))), `${uri(outer)}/`);
    assert.equal(workspace.folderOf?.(uri(path.join(inner, 'plans/b.rollout.yaml'))), `${uri(inner)}/`);
    assert.equal(workspace.folderOf?.(uri(path.join(`${outer}-other`, 'c.rollout.yaml'))), undefined, 'a sibling whose name starts the same');
    assert.equal(workspace.folderOf?.('vscode-vfs://github/o/r/a.rollout.yaml'), undefined);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});
