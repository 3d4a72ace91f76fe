// The plan schema is the single source for validation, completion and hover: check that it
// compiles, accepts the format's example, rejects defects at the right place, and that every
// node carries the English and French texts the language service shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import Ajv, { type ErrorObject } from 'ajv';
import schemaJson from '../../schemas/rollout-plan.schema.json';
import frJson from '../../schemas/rollout-plan.schema.fr.json';
import configSchemaJson from '../../schemas/rollout-plan.config.schema.json';
import { CHECK_CODES as CODE_SEVERITIES } from '../../server/src/service/checks/codes';

type Node = Record<string, unknown>;
const schema = schemaJson as unknown as Node;
const fr = frJson as unknown as Record<string, Node>;
const configSchema = configSchemaJson as unknown as Node;

/** Keywords the schema uses on top of draft-07; register them to compile in strict mode. */
const ANNOTATIONS = ['markdownDescription', 'enumDescriptions', 'markdownEnumDescriptions', 'x-phaseTypes'];

const CHECK_CODES = Object.keys(CODE_SEVERITIES);

function validPlan(): Record<string, any> {
  // The example of plan-format.md, completed so that every reference resolves.
  return {
    apiVersion: 'plan-as-code/v1',
    kind: 'RolloutPlan',
    metadata: {
      id: 'altura-checkout',
      title: 'Simplifier le parcours de commande en ligne',
      description: 'Refonte du tunnel de commande, pilote sur une région.',
      owner: 'marie',
      sponsor: 'cfo',
      language: 'fr',
    },
    people: {
      marie: { name: 'Marie Dupont', role: 'Cheffe de projet', email: 'marie@altura.example', team: 'PMO' },
      paul: { name: 'Paul Martin', role: 'Responsable de la solution', team: 'DSI' },
      lea: { name: 'Léa Bernard', role: 'Référente RH', team: 'RH' },
      cfo: { name: 'Claire Fournier', role: 'Directrice financière' },
    },
    criteria: {
      'nps-pilote': {
        title: 'Satisfaction des utilisateurs pilotes', kind: 'quantitative', metric: 'NPS',
        target: '>= 30', actual: 34, measuredBy: 'Enquête de fin de pilote', owner: 'marie',
      },
      'taux-incidents': { title: "Taux d'incidents", metric: 'Incidents / commandes', target: '< 2%', actual: '1.5%', owner: 'paul' },
      'adoption-rh': { title: 'Adoption par les RH', target: 80, owner: 'lea' },
      'retours-support': { title: 'Le support se sent prêt', kind: 'qualitative', met: true, owner: 'paul' },
    },
    phases: [
      { id: 'cadrage', type: 'definition', title: 'Cadrage', owner: 'marie', start: '2025-11-03', end: '2025-12-15',
        deliverables: ['Charte projet'] },
      {
        id: 'pilote', type: 'pilot', title: 'Pilote', owner: 'marie', start: '2026-01-05', end: '2026-03-01',
        after: ['cadrage'], objectives: ["Valider l'expérience utilisateur"], deliverables: ['Rapport de pilote'],
        exitCriteria: ['nps-pilote', 'taux-incidents'],
        checklist: [
          { task: 'Identifier les utilisateurs du pilote', id: 'participants', area: 'communication', owner: 'paul', due: '2026-01-10', done: true },
          { task: 'Former le support de niveau 1', area: 'training', owner: 'paul', due: '2026-01-20', done: false, notes: 'Deux sessions' },
        ],
        risks: [
          { id: 'echantillon-biaise', title: 'Participants non représentatifs', severity: 'high', likelihood: 'medium',
            mitigation: 'Inclure des sceptiques', status: 'open', owner: 'marie' },
        ],
      },
      { id: 'go-no-go', type: 'gate', after: ['pilote'], criteria: ['nps-pilote', 'taux-incidents'], decision: 'pending',
        decidedOn: '2026-03-05', approvers: ['cfo', 'marie'] },
      {
        id: 'mise-en-production', type: 'go-live', after: ['go-no-go'],
        window: { start: '2026-03-14T22:00', end: '2026-03-15T04:00' },
        rollback: "Restaurer la version N-1 et rouvrir l'ancien parcours",
        postChecks: [{ task: 'Les flux de données circulent', owner: 'paul' }],
      },
      {
        id: 'deploiement', type: 'scale-up', after: ['mise-en-production'],
        waves: [{
          id: 'vague-rh', title: 'Vague 1 – RH', scope: ['RH'], champion: 'lea', start: '2026-04-01', end: '2026-04-30',
          exitCriteria: ['adoption-rh'], checklist: [{ task: 'Former les référents RH', owner: 'lea' }],
        }],
      },
      { id: 'generalisation', type: 'generalization', after: ['deploiement'], exitCriteria: ['retours-support'] },
      {
        id: 'run', type: 'run', owner: 'paul', after: ['generalisation'],
        governance: { cadenceMonths: 3, forum: 'Comité de suivi', nextReview: '2026-09-15' },
        sla: { availability: '99.5%', supportLevel1: 'helpdesk', supportLevel2: 'editeur', supportLevel3: 'Éditeur (R&D)', responseTime: '4 h ouvrées' },
      },
    ],
  };
}

function newAjv(): Ajv {
  return new Ajv({ allErrors: true, strict: false });
}

const validate = newAjv().compile(schema);

function errorsAfter(mutate: (plan: Record<string, any>) => void): ErrorObject[] {
  const plan = validPlan();
  mutate(plan);
  assert.equal(validate(plan), false, 'the defect should make the plan invalid');
  return validate.errors ?? [];
}

function assertError(errors: ErrorObject[], instancePath: string, keyword: string, params?: Record<string, unknown>): void {
  const found = errors.some(e => e.instancePath === instancePath && e.keyword === keyword
    && Object.entries(params ?? {}).every(([k, v]) => (e.params as Record<string, unknown>)[k] === v));
  assert.ok(found, `expected a ${keyword} error at "${instancePath}" ${JSON.stringify(params ?? {})}, got:\n`
    + errors.map(e => `  ${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`).join('\n'));
}

/** Every schema node with its JSON pointer; `isProperty` marks the schemas of named properties. */
function walk(node: unknown, pointer: string, visit: (n: Node, pointer: string, isProperty: boolean) => void, isProperty = false): void {
  if (!node || typeof node !== 'object' || Array.isArray(node)) return;
  const n = node as Node;
  visit(n, pointer, isProperty);
  const esc = (k: string) => k.replace(/~/g, '~0').replace(/\//g, '~1');
  for (const key of ['properties', 'definitions']) {
    const children = n[key] as Node | undefined;
    if (children) for (const [k, v] of Object.entries(children)) walk(v, `${pointer}/${key}/${esc(k)}`, visit, key === 'properties');
  }
  // not `if`: a condition on the document (the root's `kind`), not a place a key can be
  for (const key of ['items', 'additionalProperties', 'propertyNames', 'not', 'then', 'else']) walk(n[key], `${pointer}/${key}`, visit);
  for (const key of ['allOf', 'anyOf', 'oneOf']) {
    const list = n[key] as unknown[] | undefined;
    list?.forEach((s, i) => walk(s, `${pointer}/${key}/${i}`, visit));
  }
}

function annotatedPointers(): string[] {
  const pointers: string[] = [];
  walk(schema, '', (n, p) => { if ('title' in n) pointers.push(p); });
  return pointers;
}

test('the schema compiles with ajv 8 in non-strict mode', () => {
  assert.equal(typeof validate, 'function');
  assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
});

test('the schema also compiles in strict mode once its annotation keywords are registered', () => {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addVocabulary(ANNOTATIONS);
  const strictValidate = ajv.compile(schema);
  assert.equal(strictValidate(validPlan()), true, JSON.stringify(strictValidate.errors, null, 2));
});

test('the full example plan of plan-format.md validates', () => {
  const ok = validate(validPlan());
  assert.equal(ok, true, JSON.stringify(validate.errors, null, 2));
});

test('a minimal plan validates', () => {
  const ok = validate({ apiVersion: 'plan-as-code/v1', kind: 'RolloutPlan', metadata: { id: 'p', title: 'P' }, phases: [{ id: 'a', type: 'pilot' }] });
  assert.equal(ok, true, JSON.stringify(validate.errors, null, 2));
});

test('an unknown key is reported on its parent object', () => {
  assertError(errorsAfter(p => { p.metadata.titel = 'x'; }), '/metadata', 'additionalProperties', { additionalProperty: 'titel' });
  assertError(errorsAfter(p => { p.phases[1].checklist[0].assignee = 'paul'; }), '/phases/1/checklist/0', 'additionalProperties', { additionalProperty: 'assignee' });
  assertError(errorsAfter(p => { p.phases[6].sla.uptime = '99%'; }), '/phases/6/sla', 'additionalProperties', { additionalProperty: 'uptime' });
  assertError(errorsAfter(p => { p.version = 2; }), '', 'additionalProperties', { additionalProperty: 'version' });
});

test('a bad enum value is reported on the value', () => {
  assertError(errorsAfter(p => { p.phases[1].type = 'pilote'; }), '/phases/1/type', 'enum');
  assertError(errorsAfter(p => { p.phases[1].risks[0].severity = 'severe'; }), '/phases/1/risks/0/severity', 'enum');
  assertError(errorsAfter(p => { p.phases[2].decision = 'yes'; }), '/phases/2/decision', 'enum');
  assertError(errorsAfter(p => { p.phases[1].checklist[0].area = 'tech'; }), '/phases/1/checklist/0/area', 'enum');
});

test('a missing required key is reported on the object that lacks it', () => {
  assertError(errorsAfter(p => { delete p.phases[1].checklist[0].task; }), '/phases/1/checklist/0', 'required', { missingProperty: 'task' });
  assertError(errorsAfter(p => { delete p.metadata.title; }), '/metadata', 'required', { missingProperty: 'title' });
  assertError(errorsAfter(p => { delete p.phases[0].type; }), '/phases/0', 'required', { missingProperty: 'type' });
  assertError(errorsAfter(p => { delete p.phases[3].window.end; }), '/phases/3/window', 'required', { missingProperty: 'end' });
  assertError(errorsAfter(p => { delete p.phases[1].risks[0].title; }), '/phases/1/risks/0', 'required', { missingProperty: 'title' });
  assertError(errorsAfter(p => { delete p.phases[4].waves[0].id; }), '/phases/4/waves/0', 'required', { missingProperty: 'id' });
  assertError(errorsAfter(p => { delete p.criteria['nps-pilote'].title; }), '/criteria/nps-pilote', 'required', { missingProperty: 'title' });
  assertError(errorsAfter(p => { delete p.phases; }), '', 'required', { missingProperty: 'phases' });
});

test('constants apiVersion and kind are exact', () => {
  assertError(errorsAfter(p => { p.apiVersion = 'plan-as-code/v2'; }), '/apiVersion', 'const');
  assertError(errorsAfter(p => { p.kind = 'Plan'; }), '/kind', 'const');
});

test('a bad slug is reported on the id or on the map key', () => {
  assertError(errorsAfter(p => { p.phases[1].id = 'Pilote 1'; }), '/phases/1/id', 'pattern');
  assertError(errorsAfter(p => { p.metadata.id = '-altura'; }), '/metadata/id', 'pattern');
  assertError(errorsAfter(p => { p.phases[1].risks[0].id = 'Échantillon'; }), '/phases/1/risks/0/id', 'pattern');
  assertError(errorsAfter(p => { p.phases[2].after = ['Pilote']; }), '/phases/2/after/0', 'pattern');
  assertError(errorsAfter(p => { p.people.Marie = { name: 'Marie' }; }), '/people', 'propertyNames', { propertyName: 'Marie' });
  assertError(errorsAfter(p => { p.criteria['NPS pilote'] = { title: 'x' }; }), '/criteria', 'propertyNames', { propertyName: 'NPS pilote' });
});

test('a bad date or date-time is reported on the value', () => {
  assertError(errorsAfter(p => { p.phases[1].start = '05/01/2026'; }), '/phases/1/start', 'pattern');
  assertError(errorsAfter(p => { p.phases[1].checklist[0].due = '2026-1-10'; }), '/phases/1/checklist/0/due', 'pattern');
  assertError(errorsAfter(p => { p.phases[3].window.start = '2026-03-14 22:00'; }), '/phases/3/window/start', 'pattern');
  assertError(errorsAfter(p => { p.phases[6].governance.nextReview = 20260915; }), '/phases/6/governance/nextReview', 'type');
});

test('other value constraints', () => {
  assertError(errorsAfter(p => { p.phases[6].governance.cadenceMonths = 36; }), '/phases/6/governance/cadenceMonths', 'maximum');
  assertError(errorsAfter(p => { p.phases[6].sla.availability = 'haute'; }), '/phases/6/sla/availability', 'pattern');
  assertError(errorsAfter(p => { p.criteria['taux-incidents'].actual = 'faible'; }), '/criteria/taux-incidents/actual', 'pattern');
  assertError(errorsAfter(p => { p.metadata.language = 'French'; }), '/metadata/language', 'pattern');
  assertError(errorsAfter(p => { p.phases[1].checklist[0].done = 'yes'; }), '/phases/1/checklist/0/done', 'type');
  assertError(errorsAfter(p => { p.phases = []; }), '/phases', 'minItems');
});

test('a target that is not comparator + number is left to the unmeasurable-criterion check', () => {
  const plan = validPlan();
  plan.criteria['nps-pilote'].target = 'bonne satisfaction';
  assert.equal(validate(plan), true, JSON.stringify(validate.errors));
});

test('every property and definition carries title, description, markdownDescription and examples', () => {
  const missing: string[] = [];
  walk(schema, '', (n, p, isProperty) => {
    if (!isProperty && !p.startsWith('/definitions/')) return;
    if (p.startsWith('/definitions/') && p.split('/').length !== 3 && !isProperty) return;
    for (const key of ['title', 'description', 'markdownDescription']) {
      if (typeof n[key] !== 'string' || !(n[key] as string).trim()) missing.push(`${p} ${key}`);
    }
    if (!Array.isArray(n.examples) || n.examples.length < 1 || n.examples.length > 3) missing.push(`${p} examples (1-3)`);
  });
  assert.deepEqual(missing, []);
});

test('every example is valid against its own node', () => {
  const ajv = newAjv();
  ajv.addSchema(schema, 'plan');
  const invalid: string[] = [];
  walk(schema, '', (n, p) => {
    if (!Array.isArray(n.examples)) return;
    const check = ajv.compile({ $ref: `plan#${p}` });
    n.examples.forEach((ex, i) => { if (!check(ex)) invalid.push(`${p} examples[${i}]: ${ajv.errorsText(check.errors)}`); });
  });
  assert.deepEqual(invalid, []);
});

test('enums carry enumDescriptions and markdownEnumDescriptions of the same length', () => {
  walk(schema, '', (n, p) => {
    if (!Array.isArray(n.enum)) return;
    assert.ok(Array.isArray(n.enumDescriptions), `${p} enumDescriptions`);
    assert.ok(Array.isArray(n.markdownEnumDescriptions), `${p} markdownEnumDescriptions`);
    assert.equal((n.enumDescriptions as string[]).length, n.enum.length, p);
    assert.equal((n.markdownEnumDescriptions as string[]).length, n.enum.length, p);
  });
});

test('every object schema forbids unknown keys', () => {
  walk(schema, '', (n, p) => {
    if (n.type === 'object') assert.ok(n.additionalProperties !== undefined && n.additionalProperties !== true, `${p} additionalProperties`);
  });
});

test('type-specific phase keys are annotated with x-phaseTypes', () => {
  const phase = (schema.definitions as Record<string, Node>).phase;
  const props = phase.properties as Record<string, Node>;
  const types = props.type.enum as string[];
  const byKey: Record<string, string[]> = {};
  for (const [key, node] of Object.entries(props)) {
    const allowed = node['x-phaseTypes'] as string[] | undefined;
    if (!allowed) continue;
    for (const t of allowed) assert.ok(types.includes(t), `${key}: unknown phase type ${t}`);
    byKey[key] = allowed;
  }
  assert.deepEqual(byKey, {
    criteria: ['gate'], decision: ['gate'], decidedOn: ['gate'], approvers: ['gate'],
    window: ['go-live'], rollback: ['go-live'], postChecks: ['go-live'],
    waves: ['scale-up'],
    governance: ['run'], sla: ['run'],
  });
  for (const common of ['id', 'type', 'title', 'description', 'owner', 'start', 'end', 'after', 'objectives',
    'deliverables', 'exitCriteria', 'checklist', 'risks']) {
    assert.ok(props[common] && !props[common]['x-phaseTypes'], `${common} is allowed on every phase`);
  }
});

test('every annotated node has a French entry, and every French entry an annotated node', () => {
  const english = annotatedPointers().sort();
  const french = Object.keys(fr).sort();
  assert.deepEqual(french, english);
});

test('French entries are complete and their enum descriptions match the English ones', () => {
  const resolve = (p: string): Node => p.split('/').slice(1)
    .map(s => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<Node>((n, k) => n[k] as Node, schema);
  for (const [pointer, entry] of Object.entries(fr)) {
    for (const key of ['title', 'description', 'markdownDescription']) {
      assert.ok(typeof entry[key] === 'string' && (entry[key] as string).trim(), `${pointer} ${key}`);
    }
    const node = resolve(pointer);
    for (const key of ['enumDescriptions', 'markdownEnumDescriptions']) {
      if (node[key] || entry[key]) {
        assert.ok(Array.isArray(entry[key]) && Array.isArray(node[key]), `${pointer} ${key}`);
        assert.equal((entry[key] as string[]).length, (node[key] as string[]).length, `${pointer} ${key}`);
      }
    }
  }
});

test('French texts follow French typography', () => {
  const bad: string[] = [];
  for (const [pointer, entry] of Object.entries(fr)) {
    const texts = [entry.title, entry.description, entry.markdownDescription,
      ...((entry.enumDescriptions as string[] | undefined) ?? []), ...((entry.markdownEnumDescriptions as string[] | undefined) ?? [])];
    for (const text of texts as string[]) {
      const prose = text.replace(/```[\s\S]*?```/g, '').replace(/`[^`]*`/g, '');
      if (/ [:;?!%»]/.test(prose) || /« /.test(prose)) bad.push(`${pointer}: plain space instead of U+00A0 in "${prose}"`);
      if (/[^\s\u00a0][:;?!](\s|$)/.test(prose)) bad.push(`${pointer}: missing U+00A0 before punctuation in "${prose}"`);
      if (/\d%/.test(prose)) bad.push(`${pointer}: missing U+00A0 before % in "${prose}"`);
    }
  }
  assert.deepEqual(bad, []);
});

test('the config schema compiles and covers every check code', () => {
  const ajv = newAjv();
  const validateConfig = ajv.compile(configSchema);
  const rules = (configSchema.properties as Record<string, Node>).rules;
  assert.deepEqual(((rules.propertyNames as Node).enum as string[]).slice().sort(), CHECK_CODES.slice().sort());
  assert.deepEqual(Object.keys(rules.properties as Node).sort(), CHECK_CODES.slice().sort());
  assert.equal(validateConfig({ rules: { 'missing-owner': 'error', 'unused-criterion': 'off' }, include: ['plans/**/*.rollout.yaml'], exclude: [] }), true,
    JSON.stringify(validateConfig.errors));
  assert.equal(validateConfig({}), true);
  assert.equal(validateConfig({ rules: { 'missing-owners': 'error' } }), false);
  assert.ok(validateConfig.errors?.some(e => e.instancePath === '/rules' && (e.keyword === 'propertyNames' || e.keyword === 'additionalProperties')));
  assert.equal(validateConfig({ rules: { 'missing-owner': 'fatal' } }), false);
  assert.ok(validateConfig.errors?.some(e => e.instancePath === '/rules/missing-owner' && e.keyword === 'enum'));
  assert.equal(validateConfig({ severity: {} }), false);
});

test('the root chooses by kind: a programme file validates as one, a plan refuses `freezes`, a programme refuses `phases`', () => {
  const programme = { apiVersion: 'plan-as-code/v1', kind: 'Programme', metadata: { id: 'transformation-2027', title: 'T' },
    people: { pmo: { name: 'Nadia Benali' } }, freezes: [{ id: 'cloture', title: 'Clôture', start: '2026-12-20', end: '2027-01-10T18:00', plans: ['erp-finance'] }] };
  assert.equal(validate(programme), true, JSON.stringify(validate.errors, null, 2));
  assert.equal(validate({ ...programme, phases: [{ id: 'a', type: 'pilot' }] }), false);
  assertError(validate.errors ?? [], '', 'additionalProperties', { additionalProperty: 'phases' });
  assert.equal(validate({ ...programme, freezes: [{ title: 'x', start: '2026-12-20', end: '2026-12-21' }] }), false);
  assertError(validate.errors ?? [], '/freezes/0', 'required', { missingProperty: 'id' });
  assertError(errorsAfter(p => { p.freezes = []; }), '', 'additionalProperties', { additionalProperty: 'freezes' });
  const plan = validPlan();
  plan.phases[2].after = ['pilote', 'erp-finance/go-no-go'];
  assert.equal(validate(plan), true, JSON.stringify(validate.errors));
  assertError(errorsAfter(p => { p.phases[2].after = ['erp/go/no']; }), '/phases/2/after/0', 'pattern');
});
