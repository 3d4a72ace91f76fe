// The contract of plan-format.md on real plans: the examples are clean, and each defect fixture
// yields exactly the codes its `# expect:` markers name, on those lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { diagnose, expectedMarkers, found, planFiles } from './helpers';
import { checkDefectProgramme, defectProgrammes } from './programme-helpers';

for (const file of planFiles('examples')) {
  test(`example ${path.basename(file)} has no diagnostic of any severity`, async () => {
    const diags = await diagnose(fs.readFileSync(file, 'utf8'));
    assert.deepEqual(diags.map(d => `${d.range.start.line + 1}:${d.code} ${d.message}`), []);
  });
}

for (const file of planFiles('test/fixtures/defects')) {
  test(`defect fixture ${path.basename(file)} gives exactly its expected diagnostics`, async () => {
    const text = fs.readFileSync(file, 'utf8');
    const expected = expectedMarkers(text);
    assert.ok(expected.length > 0, 'fixture declares at least one expectation');
    const diags = await diagnose(text);
    assert.deepEqual(found(diags), expected, diags.map(d => `${d.range.start.line + 1}:${d.code} ${d.message}`).join('\n'));
  });
}

// a check across plans has its fixture as a folder: a programme whose plans carry the markers
for (const folder of defectProgrammes()) {
  test(`defect programme ${folder}/ gives exactly its expected diagnostics in each plan`, async () => {
    const plans = await checkDefectProgramme(folder);
    assert.ok(plans.some(p => expectedMarkers(p.text).length > 0), 'the programme declares at least one expectation');
    for (const { name, text, diagnostics } of plans) {
      assert.deepEqual(found(diagnostics), expectedMarkers(text), `${name}:\n${diagnostics.map(d => `${d.range.start.line + 1}:${d.code} ${d.message}`).join('\n')}`);
    }
  });
}
