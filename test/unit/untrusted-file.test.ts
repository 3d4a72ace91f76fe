// Files from the workspace are untrusted: only regular files are read, within a size cap, and a
// FIFO or a device never blocks nor floods the reader. Each refusal says why, in both languages.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderMessage, type Message } from '../../server/src/service/l10n/translate';
import { translator } from '../../server/src/service/l10n/translate';
import { readUntrusted, readUntrustedSync, type UntrustedRead } from '../../server/src/node/untrusted-file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rollout-untrusted-'));
process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }));
const en = translator('en');
const fr = translator('fr');
const isWindows = process.platform === 'win32';

const refusal = (read: UntrustedRead) => {
  assert.ok('refused' in read, 'refused');
  return [renderMessage(en, read.refused as Message), renderMessage(fr, read.refused as Message)];
};

// the server's reader and the command line's read the same, refuse the same
async function both(file: string, max: number): Promise<UntrustedRead[]> {
  return [await readUntrusted(file, max), readUntrustedSync(file, max)];
}

test('a regular file is read as text, without its byte order mark, invalid bytes replaced', async () => {
  const file = path.join(dir, 'plan.rollout.yaml');
  fs.writeFileSync(file, Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('kind: x\n'), Buffer.from([0xff])]));
  for (const read of await both(file, 1024)) assert.deepEqual(read, { text: 'kind: x\n\uFFFD' });
});

test('a file past the cap is refused, saying the limit', async () => {
  const file = path.join(dir, 'big.rollout.yaml');
  fs.writeFileSync(file, Buffer.alloc(2 * 1024 * 1024 + 1, 0x61));
  for (const read of await both(file, 2 * 1024 * 1024)) {
    assert.deepEqual(refusal(read), ['larger than 2 MiB, the limit for this file', 'plus de 2 Mio, la limite pour ce fichier']);
  }
  for (const read of await both(file, 2 * 1024 * 1024 + 1)) assert.equal('text' in read && read.text.length, 2 * 1024 * 1024 + 1, 'exactly the cap is read');
});

test('a link to /dev/zero is refused at once, without reading it', { skip: isWindows }, async () => {
  const link = path.join(dir, 'zero.rollout.yaml');
  fs.symlinkSync('/dev/zero', link);
  const started = performance.now();
  for (const read of await both(link, 16 * 1024 * 1024)) {
    assert.deepEqual(refusal(read), [
      'not a regular file (a pipe, a device or a socket is never read)',
      'ce n’est pas un fichier ordinaire (un tube, un périphérique ou un socket n’est jamais lu)',
    ]);
  }
  assert.ok(performance.now() - started < 2000);
});

test('a FIFO with no writer is refused without waiting', { skip: isWindows, timeout: 5000 }, async () => {
  const fifo = path.join(dir, 'pipe.rollout.yaml');
  execFileSync('mkfifo', [fifo]);
  for (const read of await both(fifo, 1024)) assert.match(refusal(read)[0], /not a regular file/);
});

test('a folder and a missing file say so', async () => {
  for (const read of await both(dir, 1024)) assert.equal(refusal(read)[0], 'is a folder');
  for (const read of await both(path.join(dir, 'none'), 1024)) assert.equal(refusal(read)[0], 'no such file or folder');
});

test('a file of any size around a chunk is read whole, from empty to longer than a chunk', async () => {
  for (const size of [0, 1, 64 * 1024 - 1, 64 * 1024, 64 * 1024 + 1, 300 * 1024]) {
    const file = path.join(dir, `sized-${size}.rollout.yaml`);
    const text = 'é'.repeat(size >> 1) + 'a'.repeat(size & 1);
    fs.writeFileSync(file, text);
    for (const read of await both(file, 1024 * 1024)) assert.deepEqual(read, { text }, `${size} bytes`);
  }
});

test('a file that grows past the cap while it is read is refused', { skip: isWindows }, async () => {
  // /proc/self/status announces a size of 0 and then gives more: what stat said is never trusted
  for (const read of await both('/proc/self/status', 16)) assert.match(refusal(read)[0], /larger than/);
  for (const read of await both('/proc/self/status', 1024 * 1024)) assert.match('text' in read ? read.text : '', /^Name:/);
  // /proc/self/maps gives a page at a time: a short read before its end is not its end
  const maps = fs.readFileSync('/proc/self/maps', 'utf8').split('\n').length;
  for (const read of await both('/proc/self/maps', 16 * 1024 * 1024)) assert.ok('text' in read && read.text.split('\n').length >= maps * 0.9, 'read past the first page');
});
