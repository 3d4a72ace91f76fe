// The YAML conformance suite's inputs (test/fixtures/yaml-test-suite, valid and invalid YAML) as
// plans: as a whole file, inside a phase, and typed into a plan a chunk at a time through the
// service's incremental path (the CLI's run is test/cli/yaml-test-suite.test.ts). Never a throw, a
// hang, a range outside the text, or an incremental result that differs from a fresh one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range } from 'vscode-languageserver-types';
import { RolloutPlanService } from '../../server/src/service/language-service';
import { checkEachVersion, checkPiecewise, checkVersions, outsideText, URI, type Failure } from '../fuzz/oracle';
import { HEAD, PLACES, suiteInputs, TAIL } from '../fuzz/yaml-test-suite';
import { docOf, TODAY } from './helpers';

const inputs = suiteInputs();

/** Each analysis of a small input must take well under this; past it, something went quadratic or worse. */
const SLOW_MS = 2000;

function timed(id: string, failures: string[], check: () => (Failure & { index?: number }) | undefined) {
  const started = performance.now();
  const failure = check();
  const ms = performance.now() - started;
  if (failure) failures.push(`${id}: ${failure.kind}${failure.index !== undefined ? ` at chunk ${failure.index}` : ''}: ${failure.detail.split('\n').slice(0, 6).join(' | ')}`);
  else if (ms > SLOW_MS) failures.push(`${id}: took ${Math.round(ms)} ms`);
}

const report = (failures: string[]) => `${failures.length} inputs fail:\n${failures.join('\n')}`;

/** Typing `embedded` a chunk at a time into the clean plan: every version up to the whole input. */
function typed(embedded: string, chunks: number): string[] {
  const size = Math.max(1, Math.ceil(embedded.length / chunks));
  const versions = [HEAD + TAIL];
  for (let end = size; end < embedded.length + size; end += size) versions.push(HEAD + embedded.slice(0, end) + TAIL);
  return versions;
}

for (const invalid of [false, true]) {
  const group = inputs.filter(i => i.invalid === invalid);
  const what = invalid ? 'invalid YAML' : 'valid YAML';

  test(`yaml-test-suite, ${group.length} inputs of ${what}, as whole files`, { timeout: 60_000 }, () => {
    const failures: string[] = [];
    for (const { id, text } of group) timed(id, failures, () => checkVersions([text]) ?? checkPiecewise(text));
    assert.equal(failures.length, 0, report(failures));
  });

  for (const [place, embed] of Object.entries(PLACES)) {
    test(`yaml-test-suite, ${what}, ${place}`, { timeout: 60_000 }, () => {
      const failures: string[] = [];
      for (const { id, text } of group) {
        const plan = HEAD + embed(text) + TAIL;
        timed(id, failures, () => checkVersions([plan]) ?? checkPiecewise(plan));
      }
      assert.equal(failures.length, 0, report(failures));
    });

    test(`yaml-test-suite, ${what}, typed ${place} a chunk at a time: each version as a fresh analysis gives`, { timeout: 60_000 }, () => {
      const failures: string[] = [];
      for (const { id, text } of group) timed(id, failures, () => checkEachVersion(typed(embed(text), 6)));
      assert.equal(failures.length, 0, report(failures));
    });
  }

  test(`yaml-test-suite, ${what}: outline, folding, selection, completion and hover never fail`, { timeout: 60_000 }, () => {
    const failures: string[] = [];
    for (const { id, text } of group) {
      const errors: unknown[] = [];
      const svc = new RolloutPlanService({ today: () => TODAY, onError: error => errors.push(error) });
      const outside = askEverything(svc, docOf(text, URI, 1));
      if (errors.length > 0) failures.push(`${id}: ${String((errors[0] as Error)?.stack ?? errors[0]).split('\n').slice(0, 4).join(' | ')}`);
      else if (outside) failures.push(`${id}: ${outside}`);
    }
    assert.equal(failures.length, 0, report(failures));
  });
}

/** Every editor request at a few places (line starts, middles and ends); a range outside the text, if any. */
function askEverything(svc: RolloutPlanService, doc: TextDocument): string | undefined {
  const lines = doc.lineCount;
  const positions = [...new Set([0, 1, 2, 3, 4, 5].map(k => Math.floor((k * (lines - 1)) / 5)))].flatMap(line => {
    const length = doc.offsetAt({ line: line + 1, character: 0 }) - doc.offsetAt({ line, character: 0 });
    return [0, length >> 1, length].map(character => doc.positionAt(doc.offsetAt({ line, character: 0 }) + character));
  });
  const ranges = [
    ...svc.documentSymbols(doc).flatMap(function flat(s): Range[] {
      return [s.range, s.selectionRange, ...(s.children ?? []).flatMap(flat)];
    }),
    ...svc.selectionRanges(doc, positions).map(s => s.range),
    ...svc.foldingRanges(doc).map(f => ({ start: { line: f.startLine, character: 0 }, end: { line: f.endLine, character: 0 } })),
  ];
  for (const position of positions) {
    svc.complete(doc, position);
    svc.hover(doc, position);
    svc.definition(doc, position);
    svc.references(doc, position);
  }
  return outsideText(doc.getText(), ranges);
}
