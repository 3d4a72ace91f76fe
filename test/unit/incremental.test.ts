// The piecewise, cached analysis must give exactly what a from-scratch analysis gives, after any
// edit (property test with seeded random edits), and the piecewise parse must agree with a
// whole-document parse of the same text.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { SegmentCache } from '../../server/src/service/plan/parse';
import { random } from '../fuzz/prng';
import { docOf, planFiles, service } from './helpers';

const SNIPPETS = ['', 'x', ' ', '\n', ':', '- ', '  ', 'owner: marie\n', '[', ']', '#', 'pliot', '"', '\n  - id: extra\n    type: gate\n', 'phases:\n', '2027-02-30'];

function randomEdit(text: string, next: () => number): string {
  const at = Math.floor(next() * (text.length + 1));
  const removed = next() < 0.5 ? Math.floor(next() * 12) : 0;
  const insert = SNIPPETS[Math.floor(next() * SNIPPETS.length)];
  return text.slice(0, at) + insert + text.slice(at + removed);
}

const render = (d: ReturnType<ReturnType<typeof service>['diagnostics']>) => JSON.stringify(d);

for (const file of planFiles('examples')) {
  test(`incremental == from scratch over 100 random edits of ${file.split('/').pop()}`, () => {
    const next = random(file.length);
    const incremental = service();
    let text = fs.readFileSync(file, 'utf8');
    for (let version = 1; version <= 100; version++) {
      text = randomEdit(text, next);
      const got = incremental.diagnostics(docOf(text, 'file:///inc.rollout.yaml', version));
      const expected = service().diagnostics(docOf(text, 'file:///inc.rollout.yaml', 1));
      assert.equal(render(got), render(expected), `after edit ${version}:\n${text}`);
    }
  });

  test(`piecewise parse == whole-document parse for ${file.split('/').pop()} and its phase edits`, () => {
    const next = random(file.length * 7);
    let text = fs.readFileSync(file, 'utf8');
    for (let i = 0; i < 40; i++) {
      // a trailing comment holding `&` makes the service parse the whole document at once
      const whole = service().diagnostics(docOf(`${text}\n# &whole`));
      const pieces = service().diagnostics(docOf(text));
      assert.equal(render(pieces), render(whole), text);
      // valid-shaped edits: values change, structure stays readable
      text = text.replace(/(owner|champion): (\w+)/g, (m, k, v) => (next() < 0.1 ? `${k}: ${v}x` : m));
      text = text.replace(/done: (true|false)/g, m => (next() < 0.2 ? 'done: false' : m));
    }
  });
}

test('plans are parsed piece by piece, and an edit re-parses only the piece it touches', () => {
  for (const file of planFiles('examples')) {
    const text = fs.readFileSync(file, 'utf8');
    const cache = new SegmentCache();
    const before = cache.parse(text);
    assert.equal(before.mode, 'pieces', file);
    const at = text.lastIndexOf('owner: ');
    const after = cache.parse(`${text.slice(0, at)}owner: x${text.slice(at + 'owner: '.length)}`);
    const reparsed = after.segments.filter(seg => !before.segments.includes(seg));
    assert.equal(reparsed.length, 1, file);
  }
});

test('a lone CR (a line break for the editor, text for the YAML parser): piecewise == whole-document parse, incremental == fresh', () => {
  const base = fs.readFileSync(planFiles('examples')[0], 'utf8');
  const variants = [
    base.replace(/\n(?=phases:)/, '\r'), base.replace(/\n(?= {2}- id:)/, '\r'), base.replace(/\n(?=criteria:)/, '\r'),
    base.replace(/\n(?= {4}title:)/, '\r'), base.replace(/\n/g, '\r'), base.replace(/\n\n/, '\r\r\n'),
  ];
  for (const text of variants) {
    // the same text with a comment of the same length: `&` makes the service parse the whole document
    const whole = service().diagnostics(docOf(`${text}# &w\n`));
    const pieces = service().diagnostics(docOf(`${text}# .w\n`));
    assert.equal(render(pieces), render(whole), JSON.stringify(text.slice(0, 80)));
  }
  // typing a lone CR anywhere, then more edits: the cached analysis agrees with a fresh one
  const next = random(13);
  const incremental = service();
  let text = base;
  for (let version = 1; version <= 30; version++) {
    const at = Math.floor(next() * text.length);
    text = version % 3 === 0 ? text.slice(0, at) + '\r' + text.slice(at) : randomEdit(text, next);
    const got = incremental.diagnostics(docOf(text, 'file:///inc.rollout.yaml', version));
    assert.equal(render(got), render(service().diagnostics(docOf(text, 'file:///inc.rollout.yaml', 1))), `after edit ${version}`);
  }
});
