// One source for each list: the schema's enums are read from the schema (phase types, decisions,
// risk severities, likelihoods and statuses, task areas); the catalog has a word for every value the
// sidebar and the report show, and the method a template for every phase type.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { catalog } from '../../server/src/service/l10n/catalog';
import {
  DECISIONS, DEFAULT_DECISION, DEFAULT_RISK_STATUS, PHASE_TYPES, RISK_LIKELIHOODS, RISK_SEVERITIES, RISK_STATUSES, TASK_AREAS,
} from '../../server/src/service/plan/schema-enums';
import { phaseTemplate, riskTemplate, taskTemplate, type TemplateContext } from '../../server/src/service/features/completion/item-templates';
import planSchema from '../../schemas/rollout-plan.schema.json';

const { phase, risk, checklistItem } = planSchema.definitions;
const ctx = (): TemplateContext => ({ owner: 'marie', criteria: [], used: new Set() });

test('the lists are the schema’s enums and defaults', () => {
  assert.deepEqual(PHASE_TYPES, phase.properties.type.enum);
  assert.deepEqual(DECISIONS, phase.properties.decision.enum);
  assert.deepEqual(RISK_SEVERITIES, risk.properties.severity.enum);
  assert.deepEqual(RISK_LIKELIHOODS, risk.properties.likelihood.enum);
  assert.deepEqual(RISK_STATUSES, risk.properties.status.enum);
  assert.deepEqual(TASK_AREAS, checklistItem.properties.area.enum);
  assert.ok(DECISIONS.includes(DEFAULT_DECISION) && RISK_STATUSES.includes(DEFAULT_RISK_STATUS));
});

test('the catalog has a word for every value the readiness view shows', () => {
  const lists: [string, readonly string[]][] = [
    ['phaseType', PHASE_TYPES], ['decision', DECISIONS], ['severity', RISK_SEVERITIES], ['severity', RISK_LIKELIHOODS], ['riskStatus', RISK_STATUSES],
  ];
  for (const [prefix, values] of lists) {
    for (const value of values) assert.ok(`${prefix}.${value}` in catalog, `catalog.ts has ${prefix}.${value}`);
  }
});

test('every phase type of the schema has a template of its own from the method', () => {
  const head = phaseTemplate('a-type-the-method-does-not-know', ctx()).length;
  for (const type of PHASE_TYPES) {
    const lines = phaseTemplate(type, ctx());
    assert.ok(lines.includes(`type: ${type}`), type);
    assert.ok(lines.length > head, `${type} has more than the keys every phase has`);
  }
});

test('the templates offer the schema’s values as snippet choices', () => {
  assert.ok(taskTemplate(ctx()).includes(`  area: \${2|${TASK_AREAS.join(',')}|}`));
  const riskLines = riskTemplate(ctx());
  assert.ok(riskLines.includes(`  severity: \${3|${RISK_SEVERITIES.join(',')}|}`));
  assert.ok(riskLines.includes(`  likelihood: \${4|${RISK_LIKELIHOODS.join(',')}|}`));
});
