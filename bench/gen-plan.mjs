#!/usr/bin/env node
// Seeded generator of VALID rollout plans (plan-as-code/v1) for the benchmark.
//
//   node bench/gen-plan.mjs --phases 100 [--seed 42] [--out plan-100.rollout.yaml]
//   node bench/gen-plan.mjs --all [--dir bench/results/plans]   # plan-10/100/1000.rollout.yaml
//
// Adapted from shared/reference/lsp-bench/gen-plan.mjs, but for OUR format
// (schemas/rollout-plan.schema.json + plan-format.md): no `evidence`/`departments`, targets use
// the accepted comparators, every criterion is referenced and owned, every phase type appears with
// its type-specific keys only (gate: criteria/decision/decidedOn/approvers; go-live:
// window/rollback/postChecks; scale-up: waves; run: governance/sla), checklist items have owners
// and due dates in 2027+, risks have owners and mitigations, waves have champions, dates follow
// the `after` chain. A generated plan must give zero diagnostics (run.mjs asserts it).
// Layout: block style for the structure, one-line flow maps for leaf records, ~28 lines/phase
// (1000 phases ≈ 28,000 lines), like the reference. Same --phases + --seed => same bytes.
import { writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    bool: (p = 0.5) => next() < p,
  };
}

const FIRST = ['Marie', 'Paul', 'Léa', 'Hugo', 'Chloé', 'Louis', 'Emma', 'Jules', 'Camille', 'Arthur',
  'Inès', 'Gabriel', 'Manon', 'Raphaël', 'Sarah', 'Adam', 'Julie', 'Nathan', 'Clara', 'Théo',
  'Alice', 'Lucas', 'Zoé', 'Tom', 'Anaïs', 'Hélène', 'Karim', 'Sofia', 'Yanis', 'Élise'];
const LAST = ['Dupont', 'Martin', 'Bernard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent',
  'Lefèbvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'André'];
const ROLES = ['Cheffe de projet', 'Directeur financier', 'Responsable RH', 'Architecte SI', 'Product owner',
  'Responsable support', 'Référent métier', 'Responsable sécurité', 'Data analyst', 'Responsable formation',
  'Responsable communication', 'Directrice des opérations', 'Développeur', 'Utilisateur clé', 'Responsable achats'];
const TEAMS = ['PMO', 'DSI', 'RH', 'Finance', 'Service client', 'Logistique', 'Juridique', 'Marketing'];
const DEPTS = ['RH', 'Finance', 'Achats', 'Ventes', 'Support', 'Logistique', 'Juridique', 'Marketing', 'IT', 'Production'];
const SITES = ['Lyon', 'Lille', 'Nantes', 'Bordeaux', 'Toulouse', 'Marseille', 'Rennes', 'Strasbourg'];
const VERBS = ['Identifier', 'Former', 'Valider', 'Configurer', 'Documenter', 'Migrer', 'Tester', 'Communiquer sur',
  'Préparer', 'Auditer', 'Planifier', 'Mesurer', 'Recetter', 'Sécuriser', 'Arbitrer'];
const OBJECTS = ['les utilisateurs pilotes', 'le plan de formation', 'les accès SSO', 'le paramétrage des workflows',
  'les données de référence', 'le support niveau 1', 'les interfaces comptables', 'le kit de communication',
  'la matrice RACI', 'le plan de bascule', 'les tableaux de bord', 'les habilitations', 'le PV de recette',
  "la charte d'utilisation", 'les scénarios de test', 'le budget de la vague'];
const AREAS = ['technical', 'support', 'communication', 'training', 'operations', 'governance', 'budget'];
const OBJECTIVES = ['Réduire de 20 % le délai de traitement des commandes', 'Atteindre un NPS supérieur à 30',
  'Former 100 % des utilisateurs concernés', "Décommissionner l'ancien outil", 'Zéro incident bloquant en production',
  'Valider le modèle de coûts', 'Stabiliser le support en moins de 4 semaines', "Obtenir l'adhésion des managers",
  "Mesurer l'adoption hebdomadaire", 'Sécuriser les données personnelles (RGPD)'];
const DELIVERABLES = ['Note de cadrage', 'Planning détaillé', 'Rapport de pilote', 'Procès-verbal du comité',
  'Dossier de bascule', "Kit d'accompagnement", 'Bilan de vague', 'Convention de service'];
const RISKS = ['Résistance au changement des équipes terrain', "Retard de livraison de l'éditeur",
  'Indisponibilité des utilisateurs clés pendant la clôture', 'Qualité insuffisante des données migrées',
  'Dépassement du budget formation', 'Performance dégradée aux heures de pointe', 'Dépendance à un prestataire unique',
  'Conflit de calendrier avec un autre projet', 'Non-conformité RGPD', "Turn-over dans l'équipe projet"];
const MITIGATIONS = ['Plan de communication renforcé et ambassadeurs', 'Pénalités contractuelles et jalons intermédiaires',
  'Planifier les ateliers hors période de clôture', 'Campagne de nettoyage avant migration', 'Formation en e-learning',
  'Tests de charge avant la bascule', 'Clause de réversibilité', 'Arbitrage en comité de pilotage', 'Revue par le DPO',
  'Binômage et documentation'];
// [id, metric, comparator, target value, percent, actual lo, actual hi]
const METRICS = [['nps', 'NPS', '>=', 30, false, 20, 45], ['adoption', "Taux d'adoption", '>=', 80, true, 60, 95],
  ['incidents', 'Incidents bloquants', '=', 0, false, 0, 3], ['delai', 'Délai moyen de traitement (jours)', '<=', 2, false, 1, 4],
  ['tickets', 'Tickets support par semaine', '<', 50, false, 20, 90], ['formes', 'Utilisateurs formés', '>=', 95, true, 70, 100]];
const MEASURED_BY = ['Enquête utilisateurs', 'Outil de ticketing', 'Tableau de bord hebdomadaire', 'Audit interne'];
const QUALI = ['Retour positif du comité utilisateurs', 'PV de recette signé', 'Validation du DPO',
  'Accord des représentants du personnel', 'Documentation à jour', 'Go du sponsor'];
const ROLLBACKS = ["Restaurer la version N-1 et rouvrir l'ancien parcours", 'Basculer le DNS vers l’ancienne plateforme',
  'Réactiver les flux de l’ancien ERP et geler les saisies'];
const FORUMS = ['Comité de suivi', 'Comité de pilotage trimestriel', 'Revue de service'];

// The usual sequence of a rollout; N phases = this cycle repeated (every type appears from N = 8).
const CYCLE = [
  ['definition', 'cadrage', 'Cadrage'],
  ['planning', 'planification', 'Planification'],
  ['pilot', 'pilote', 'Pilote'],
  ['gate', 'go-no-go', 'Comité go/no-go'],
  ['go-live', 'mise-en-service', 'Mise en service'],
  ['scale-up', 'deploiement', 'Déploiement'],
  ['generalization', 'generalisation', 'Généralisation'],
  ['run', 'run', 'Passage en run'],
];
const SEVERITY = ['low', 'medium', 'high', 'critical'];
const LIKELIHOOD = ['low', 'medium', 'high'];

const slugify = (s) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

// A YAML plain scalar when safe (inside flow collections too: no , [ ] { }), else double-quoted.
function q(s) {
  s = String(s);
  if (/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2})?$/.test(s) || /^[a-z0-9.-]+@[a-z0-9.-]+$/.test(s)) return s;
  if (/^[A-Za-zÀ-ÿœŒ’][A-Za-z0-9À-ÿœŒ’' ()%./–-]*$/.test(s) && !/[ ]$/.test(s) && !/^(true|false|null|yes|no|on|off)$/i.test(s)) return s;
  return JSON.stringify(s);
}
const addDays = (d, n) => { const x = new Date(d.getTime()); x.setUTCDate(x.getUTCDate() + n); return x; };
const iso = (d) => d.toISOString().slice(0, 10);

function satisfies(cmp, target, actual) {
  switch (cmp) {
    case '>=': return actual >= target;
    case '>': return actual > target;
    case '<=': return actual <= target;
    case '<': return actual < target;
    default: return actual === target;
  }
}

/**
 * `member`: the plan's place in a generated programme (bench/ci.mjs, bench/scale.mjs): its own
 * `metadata.id`, its people's ids suffixed (another plan's champions are other people) and its
 * calendar shifted by `member.index` days (go-lives on different nights), as distinct rollouts are.
 * Without it, every plan is the same `altura-checkout` from 2027-01-04.
 */
export function generatePlan(nPhases, seed = 42, member) {
  const r = rng(seed * 1000003 + nPhases);
  const suffix = member ? `-${member.index}` : '';
  const people = [{ id: `marie${suffix}`, name: 'Marie Dupont', role: 'Cheffe de projet', team: 'PMO' },
    { id: `cfo${suffix}`, name: 'Claire Fontaine', role: 'Directrice financière', team: 'Finance' }];
  const used = new Set(people.map(p => p.id));
  while (people.length < 50) {
    const f = r.pick(FIRST), l = r.pick(LAST);
    let id = `${slugify(f)}${suffix}`;
    if (used.has(id)) id = `${slugify(f)}-${slugify(l)}${suffix}`;
    if (used.has(id)) continue;
    used.add(id);
    people.push({ id, name: `${f} ${l}`, role: r.pick(ROLES), team: r.pick(TEAMS) });
  }
  for (const p of people) p.email = `${p.id}@altura.example`;
  const pid = () => r.pick(people).id;

  const phases = [];
  const criteria = [];
  let date = addDays(new Date(Date.UTC(2027, 0, 4)), member ? member.index : 0);
  let prevId = null;
  let lastPilotCriteria = [];
  let riskNo = 0, taskNo = 0;
  const newCriterion = (phaseId, label, cyc, c) => {
    const quant = r.bool(0.7);
    if (quant) {
      const [mid, metric, cmp, tv, pct, lo, hi] = r.pick(METRICS);
      const crit = { id: `${mid}-${phaseId}-${c + 1}`, title: `${metric} ${cmp} ${tv}${pct ? ' %' : ''} (${label} ${cyc})`,
        kind: 'quantitative', metric, target: `${cmp} ${tv}${pct ? '%' : ''}` };
      crit.met = null;
      if (r.bool(0.6)) {
        const a = r.int(lo, hi);
        crit.actual = pct ? `${a}%` : a;
        crit.met = satisfies(cmp, tv, a);
      }
      crit.measuredBy = r.pick(MEASURED_BY);
      crit.owner = pid();
      return crit;
    }
    const crit = { id: `qualite-${phaseId}-${c + 1}`, title: r.pick(QUALI), kind: 'qualitative', met: null };
    if (r.bool(0.5)) crit.met = r.bool(0.7);
    crit.owner = pid();
    return crit;
  };
  const checklist = (start, len, n) => {
    const items = [];
    for (let k = 0; k < n; k++) {
      taskNo++;
      const item = { task: `${r.pick(VERBS)} ${r.pick(OBJECTS)}` };
      if (r.bool(0.5)) item.id = `tache-${taskNo}`;
      item.area = r.pick(AREAS);
      item.owner = pid();
      item.due = iso(addDays(start, r.int(0, len)));
      item.done = r.bool(0.4);
      items.push(item);
    }
    return items;
  };

  for (let i = 0; i < nPhases; i++) {
    const cyc = Math.floor(i / CYCLE.length) + 1;
    const [type, slug, label] = CYCLE[i % CYCLE.length];
    const id = `${slug}-${cyc}`;
    const len = type === 'gate' ? 3 : r.int(10, 30);
    const start = date, end = addDays(date, len);
    date = addDays(end, 1);
    const dept = r.pick(DEPTS);
    const ph = { id, type, title: `${label} ${cyc} – ${dept}`, description: `${label} pour le périmètre ${dept}, site de ${r.pick(SITES)}`, owner: pid(), start: iso(start), end: iso(end),
      after: prevId ? [prevId] : [] };
    if (type === 'gate') {
      // judged on the last pilot's criteria (or its own when the plan has no pilot before it)
      let crit = lastPilotCriteria;
      if (!crit.length) { crit = [newCriterion(id, label, cyc, 0)]; criteria.push(...crit); }
      ph.criteria = crit.map((c) => c.id);
      const allMet = crit.every((c) => c.met === true);
      ph.decision = allMet && r.bool(0.7) ? 'go' : r.pick(['pending', 'no-go']);
      if (ph.decision !== 'pending') ph.decidedOn = iso(end);
      ph.approvers = [people[1].id, people[0].id, pid()].filter((x, k, a) => a.indexOf(x) === k);
      ph.deliverables = ['Procès-verbal du comité'];
      ph.checklist = checklist(start, len, r.int(3, 5));
    } else {
      ph.objectives = [r.pick(OBJECTIVES), r.pick(OBJECTIVES)];
      ph.deliverables = [r.pick(DELIVERABLES)];
      const ex = [newCriterion(id, label, cyc, 0), newCriterion(id, label, cyc, 1)];
      criteria.push(...ex);
      ph.exitCriteria = ex.map((c) => c.id);
      if (type === 'pilot') lastPilotCriteria = ex;
      ph.checklist = checklist(start, len, r.int(5, 9));
      if (type === 'go-live') {
        ph.window = { start: `${iso(addDays(start, len - 1))}T22:00`, end: `${iso(end)}T04:00` };
        ph.rollback = r.pick(ROLLBACKS);
        ph.postChecks = checklist(end, 0, 2).map(({ id: _drop, ...it }) => it);
      }
      if (type === 'scale-up') {
        ph.waves = [];
        const nW = r.int(2, 3);
        let wd = start;
        const step = Math.floor(len / nW);
        for (let w = 0; w < nW; w++) {
          const d1 = r.pick(DEPTS), d2 = r.pick(SITES);
          const wend = w === nW - 1 ? end : addDays(wd, step - 1);
          const wave = { id: `vague-${slugify(d1)}-${cyc}-${w + 1}`, title: `Vague ${w + 1} – ${d1}`, scope: [d1, d2],
            champion: pid(), start: iso(wd), end: iso(wend), exitCriteria: [ex[w % ex.length].id] };
          ph.waves.push(wave);
          wd = addDays(wend, 1);
        }
      }
      if (type === 'run') {
        ph.governance = { cadenceMonths: r.pick([3, 4, 6]), forum: r.pick(FORUMS), nextReview: iso(addDays(end, 90)) };
        ph.sla = { availability: r.pick(['99.5%', '99.9%', '99%']), supportLevel1: 'Centre de services', supportLevel2: 'Éditeur' };
      }
    }
    ph.risks = [];
    const nRisks = r.int(1, 2);
    for (let k = 0; k < nRisks; k++) {
      riskNo++;
      ph.risks.push({ id: `risque-${riskNo}`, title: r.pick(RISKS), severity: r.pick(SEVERITY), likelihood: r.pick(LIKELIHOOD),
        mitigation: r.pick(MITIGATIONS), status: r.pick(['open', 'open', 'mitigated']), owner: pid() });
    }
    phases.push(ph);
    prevId = id;
  }
  return { people, criteria, phases };
}

function flowValue(v) {
  if (Array.isArray(v)) return `[${v.map(flowValue).join(', ')}]`;
  if (v && typeof v === 'object') return flowMap(v);
  if (typeof v === 'string') return q(v);
  return String(v);
}
function flowMap(obj) {
  return `{ ${Object.entries(obj).filter(([, v]) => v !== undefined && v !== null).map(([k, v]) => `${k}: ${flowValue(v)}`).join(', ')} }`;
}
// quoted targets: ">= 30" starts with an indicator
const target = (t) => JSON.stringify(t);

export function renderPlan({ id = 'altura-checkout', people, criteria, phases }) {
  const L = [];
  L.push('# Plan de déploiement – généré par bench/gen-plan.mjs (synthétique)');
  L.push('apiVersion: plan-as-code/v1');
  L.push('kind: RolloutPlan');
  L.push('metadata:');
  L.push(`  id: ${id}`);
  L.push('  title: Déploiement du nouveau parcours de commande Altura');
  L.push('  description: Refonte du tunnel de commande, pilote sur une région puis déploiement par vagues');
  L.push(`  owner: ${people[0].id}`);
  L.push(`  sponsor: ${people[1].id}`);
  L.push('  language: fr');
  L.push('');
  L.push('people:');
  for (const p of people) L.push(`  ${p.id}: ${flowMap({ name: p.name, role: p.role, email: p.email, team: p.team })}`);
  L.push('');
  L.push('criteria:');
  for (const c of criteria) {
    const parts = [`title: ${q(c.title)}`, `kind: ${c.kind}`];
    if (c.kind === 'quantitative') {
      parts.push(`metric: ${q(c.metric)}`, `target: ${target(c.target)}`);
      if (c.actual !== undefined) parts.push(`actual: ${typeof c.actual === 'string' ? JSON.stringify(c.actual) : c.actual}`);
      parts.push(`measuredBy: ${q(c.measuredBy)}`);
    } else if (c.met !== null) parts.push(`met: ${c.met}`);
    parts.push(`owner: ${c.owner}`);
    L.push(`  ${c.id}: { ${parts.join(', ')} }`);
  }
  L.push('');
  L.push('phases:');
  for (const ph of phases) {
    L.push(`  - id: ${ph.id}`);
    L.push(`    type: ${ph.type}`);
    L.push(`    title: ${q(ph.title)}`);
    L.push(`    description: ${q(ph.description)}`);
    L.push(`    owner: ${ph.owner}`);
    L.push(`    start: ${ph.start}`);
    L.push(`    end: ${ph.end}`);
    if (ph.after.length) L.push(`    after: [${ph.after.join(', ')}]`);
    if (ph.objectives) {
      L.push('    objectives:');
      for (const o of ph.objectives) L.push(`      - ${q(o)}`);
    }
    L.push(`    deliverables: ${flowValue(ph.deliverables)}`);
    if (ph.exitCriteria) L.push(`    exitCriteria: [${ph.exitCriteria.join(', ')}]`);
    if (ph.type === 'gate') {
      L.push('    criteria:');
      for (const c of ph.criteria) L.push(`      - ${c}`);
      L.push(`    decision: ${ph.decision}`);
      if (ph.decidedOn) L.push(`    decidedOn: ${ph.decidedOn}`);
      L.push(`    approvers: [${ph.approvers.join(', ')}]`);
    }
    if (ph.window) {
      L.push(`    window: { start: ${ph.window.start}, end: ${ph.window.end} }`);
      L.push(`    rollback: ${q(ph.rollback)}`);
      L.push('    postChecks:');
      for (const it of ph.postChecks) L.push(`      - ${flowMap(it)}`);
    }
    if (ph.waves) {
      L.push('    waves:');
      for (const w of ph.waves) L.push(`      - ${flowMap(w)}`);
    }
    if (ph.governance) {
      L.push(`    governance: ${flowMap(ph.governance)}`);
      L.push(`    sla: { availability: ${JSON.stringify(ph.sla.availability)}, supportLevel1: ${q(ph.sla.supportLevel1)}, supportLevel2: ${q(ph.sla.supportLevel2)} }`);
    }
    L.push('    checklist:');
    for (const it of ph.checklist) L.push(`      - ${flowMap(it)}`);
    L.push('    risks:');
    for (const rk of ph.risks) L.push(`      - ${flowMap(rk)}`);
    L.push('');
  }
  return L.join('\n');
}

export function planText(n, seed = 42) {
  return renderPlan(generatePlan(n, seed));
}

/** Plan `index` of a generated programme: its own id, people and dates (see generatePlan). */
export function memberPlanText(n, index) {
  return renderPlan({ ...generatePlan(n, 1000 + index, { index }), id: `altura-${String(index).padStart(4, '0')}` });
}

// run as a command (not when imported, nor when bundled into dist/bench/timeline.mjs)
if (/gen-plan\.mjs$/.test(process.argv[1] ?? '')) {
  const a = process.argv.slice(2);
  const o = { phases: 10, seed: 42, out: null, all: false, dir: '.' };
  for (let i = 0; i < a.length; i++) {
    const v = () => a[++i];
    switch (a[i]) {
      case '--phases': case '-n': o.phases = Number(v()); break;
      case '--seed': o.seed = Number(v()); break;
      case '--out': case '-o': o.out = v(); break;
      case '--all': o.all = true; break;
      case '--dir': o.dir = v(); break;
      case '-h': case '--help': console.log('usage: node bench/gen-plan.mjs --phases N [--seed S] [--out FILE] | --all [--dir D]'); process.exit(0); break;
      default: throw new Error(`unknown argument ${a[i]}`);
    }
  }
  const jobs = o.all ? [10, 100, 1000].map((n) => [n, join(o.dir, `plan-${n}.rollout.yaml`)]) : [[o.phases, o.out]];
  for (const [n, out] of jobs) {
    const text = planText(n, o.seed);
    if (!out) { process.stdout.write(text); continue; }
    mkdirSync(o.dir, { recursive: true });
    writeFileSync(out, text);
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    console.error(`${out}: ${n} phases, ${lines} lines, ${Buffer.byteLength(text)} bytes`);
  }
}
