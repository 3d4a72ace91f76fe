// The glob matcher shared by the editor and the command line: minimatch's results (with the
// options the CLI used: dot files match, `#` is literal) on the patterns plans use, in bounded
// time on hostile patterns, and clear reasons for the patterns it refuses.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { minimatch } from 'minimatch';
import { compileGlob, expandBraces, globProblem, matchesAnyGlob, MAX_ALTERNATIVES } from '../../server/src/service/workspace/glob';
import { DEFAULT_EXCLUDE, DEFAULT_INCLUDE } from '../../server/src/service/workspace/config';
import { renderMessage } from '../../server/src/service/l10n/translate';
import { translator } from '../../server/src/service/l10n/translate';

const PATTERNS = [
  ...DEFAULT_INCLUDE, ...DEFAULT_EXCLUDE, 'plans/**/*.yaml', 'plans/archive/**', '*.rollout.yaml', '**/*.{yaml,yml}',
  '**', '*', 'a/**/b', '**/b', 'a/*/c', '?.yaml', '[ab]*.yaml', '[!a]*.yaml', '[^a]*.yaml', '[a-c]?/x', 'x[', 'a\\*b',
  '!**/*.yaml', '#x', 'a//b', 'a/b/', '{a}', 'a{1..3}', 'x{a,{b,c}}y', '.hidden/**', '**/.*', 'Équipe */*.yaml', 'a**b',
  '*a*a*a*a*a*a*a*ab', '[[:digit:]]*', '[[:alpha:]_]?.yaml', '[![:upper:]]*',
];
const PATHS = [
  'x.rollout.yaml', 'a/x.rollout.yml', 'node_modules/p/x.rollout.yaml', 'a/node_modules/x', 'node_modules', '.git/x',
  'plans/p.yaml', 'plans/archive/old.yaml', 'plans/archive', 'plans/a/b/c.yaml', 'a', 'b', 'a/b', 'a/x/b', 'a/x/y/b', 'a/b/c',
  'a/bb/c', '1.yaml', 'a1.yaml', 'b1.yaml', 'c2/x', 'x[', 'a*b', 'axb', '#x', 'a1', 'a4', 'xay', 'xby', 'xcy', 'x{a}y',
  '{a}', '.hidden/x', 'p/.env', 'Équipe Nord/plan d’été.yaml', 'ab', 'aab', 'a.yaml', 'é1.yaml', '_x.yaml', 'Ab', '9z',
];

test('matches as minimatch did (dot: true, nocomment: true) on every pattern and path of the corpus', () => {
  for (const pattern of PATTERNS) {
    const glob = compileGlob(pattern);
    assert.ok('matches' in glob, pattern);
    for (const path of PATHS) {
      assert.equal(glob.matches(path), minimatch(path, pattern, { dot: true, nocomment: true }), `${pattern} on ${path}`);
    }
  }
});

test('a hostile pattern against a 150-character name answers in well under a second', () => {
  const name = 'a'.repeat(150);
  const started = performance.now();
  assert.equal(matchesAnyGlob(name, ['*a*a*a*a*a*a*a*ab']), false);
  assert.equal(matchesAnyGlob(`${name}b`, ['*a*a*a*a*a*a*a*ab']), true);
  assert.equal(matchesAnyGlob(`${'x/'.repeat(75)}y`, ['**/x/**/x/**/x/**/x/**/x/**/z']), false);
  const ms = performance.now() - started;
  assert.ok(ms < 500, `took ${Math.round(ms)} ms`);
});

test('braces expand within a bound; past it, and for extended globs, the pattern is refused with a reason', () => {
  assert.deepEqual(expandBraces('a{b,c{d,e}}f'), ['abf', 'acdf', 'acef']);
  assert.deepEqual(expandBraces('{1..3}'), ['1', '2', '3']);
  const bomb = '{a,b}'.repeat(9);
  assert.equal(expandBraces(bomb), undefined);
  const en = translator('en');
  const fr = translator('fr');
  assert.equal(renderMessage(en, globProblem(bomb)!), `its braces expand to more than ${MAX_ALTERNATIVES} patterns`);
  assert.equal(renderMessage(fr, globProblem(bomb)!), `ses accolades produisent plus de ${MAX_ALTERNATIVES} motifs`);
  assert.equal(renderMessage(en, globProblem('{1..100000}')!), `its braces expand to more than ${MAX_ALTERNATIVES} patterns`);
  assert.match(renderMessage(en, globProblem('@(a|b).yaml')!), /extended glob syntax .* is not supported; write \{a,b\}/);
  assert.match(renderMessage(en, globProblem('x'.repeat(2000))!), /longer than 1000 characters/);
  assert.equal(globProblem('**/*.rollout.yaml'), undefined);
  assert.equal(matchesAnyGlob('[x', ['[[:constructor:]]x']), false, 'an unknown class name is no prototype lookup');
  assert.equal(matchesAnyGlob('a', [bomb, 'a']), true, 'a refused pattern matches nothing; the others still apply');
});
