// New list items offered by completion, drawn from the deployment method (../shared/seeds: pilot
// with measurable success criteria and a feedback task, Go/No-Go gate with criteria and approvers,
// go-live with a window, a rollback plan and post-checks, scale-up wave by wave with a local
// champion, run with governance every 3 to 6 months and an SLA). Values are French placeholders,
// as in the method; ids, owners and references are taken from the plan being edited so the new
// item starts out consistent with it. Each template is a list of snippet lines, the first one
// written after `- ` (or as the map key for criteria and people), the next ones relative to it.

import { PHASE_TYPES, RISK_LIKELIHOODS, RISK_SEVERITIES, TASK_AREAS } from '../../plan/schema-enums';

export { PHASE_TYPES };

export interface TemplateContext {
  /** a person id for owners (the plan's owner or first person), or a placeholder */
  owner: string;
  sponsor?: string;
  /** the phase just before the insertion point, for `after` */
  previous?: string;
  /** criterion ids defined in the plan */
  criteria: string[];
  /** ids already used (phases, waves, risks, tasks, criteria, people), to keep new ids unique */
  used: Set<string>;
}

/** a phase type of the schema (its enum is read from the schema, so it is a plain string here) */
export type PhaseType = (typeof PHASE_TYPES)[number];

const TODAY = '${CURRENT_YEAR}-${CURRENT_MONTH}-${CURRENT_DATE}';
const date = (n: number) => `\${${n}:${TODAY}}`;

function unique(ctx: TemplateContext, base: string): string {
  if (!ctx.used.has(base)) return base;
  for (let i = 2; ; i++) if (!ctx.used.has(`${base}-${i}`)) return `${base}-${i}`;
}

const esc = (s: string) => s.replace(/[$}\\]/g, m => `\\${m}`);

/** `after: [...]` when there is a phase before; otherwise nothing. */
const afterLine = (ctx: TemplateContext, n: number) => (ctx.previous ? [`after: [\${${n}:${esc(ctx.previous)}}]`] : []);

function criteriaList(ctx: TemplateContext, n: number, fallback: string[]): string {
  const ids = ctx.criteria.length > 0 ? ctx.criteria.slice(0, 2) : fallback;
  return ids.map((id, i) => `\${${n + i}:${esc(id)}}`).join(', ');
}

function task(owner: string, n: number, text: string, area: string, due: number): string[] {
  return [`- task: \${${n}:${text}}`, `  area: ${area}`, `  owner: ${owner}`, `  due: \${${due}:${TODAY}}`];
}

const indent = (lines: string[], by = 2) => lines.map(l => ' '.repeat(by) + l);

/** A snippet choice among the values of a schema enum: `${n|low,medium,high|}`. */
const choice = (n: number, values: readonly string[]) => `\${${n}|${values.join(',')}|}`;

export function phaseTemplate(type: PhaseType, ctx: TemplateContext): string[] {
  const owner = `\${3:${esc(ctx.owner)}}`;
  const head = (id: string, title: string) => [`id: \${1:${unique(ctx, id)}}`, `type: ${type}`, `title: \${2:${title}}`, `owner: ${owner}`, `start: ${date(4)}`, `end: ${date(5)}`];
  switch (type) {
    case 'definition':
      return [...head('cadrage', 'Définition'), ...afterLine(ctx, 6),
        'objectives:', '  - ${7:Aligner la stratégie et définir des objectifs mesurables et partagés}',
        'deliverables: [${8:Charte de projet}, ${9:Périmètre}]',
        'checklist:', ...indent(task(owner, 10, 'Constituer une équipe projet dédiée et identifier le sponsor exécutif', 'governance', 5))];
    case 'planning':
      return [...head('planification', 'Planification'), ...afterLine(ctx, 6),
        'deliverables: [${7:Plan de projet}, ${8:Budget}]',
        'checklist:', ...indent(task(owner, 9, 'Planifier les jalons et les ressources avec des scénarios de risques', 'governance', 5)),
        ...indent(task(owner, 10, 'Identifier les utilisateurs qui participeront au pilote', 'communication', 5))];
    case 'pilot':
      return [...head('pilote', 'Pilote'), ...afterLine(ctx, 6),
        'objectives:', '  - ${7:Valider l\'expérience utilisateur et la mise en œuvre technique}',
        `exitCriteria: [${criteriaList(ctx, 8, ['satisfaction-pilote'])}]`,
        'checklist:', ...indent(task(owner, 10, 'Recueillir les retours des utilisateurs pilotes', 'communication', 5)),
        'risks:', `  - id: \${11:${unique(ctx, 'echantillon-biaise')}}`, '    title: ${12:Participants pilotes non représentatifs de l\'organisation}',
        '    severity: high', '    mitigation: ${13:Inclure des participants sceptiques ou très occupés}', `    owner: ${owner}`];
    case 'gate':
      return [...head('go-no-go', 'Réunion Go/No-Go'), ...afterLine(ctx, 6),
        `criteria: [${criteriaList(ctx, 7, ['satisfaction-pilote'])}]`,
        'decision: pending',
        `approvers: [${ctx.sponsor && ctx.sponsor !== ctx.owner ? `\${9:${esc(ctx.sponsor)}}, ` : ''}${owner}]`];
    case 'go-live':
      return [...head('mise-en-production', 'Mise en production'), ...afterLine(ctx, 6),
        `window: { start: \${7:${TODAY}T22:00}, end: \${8:${TODAY}T23:59} }`,
        'rollback: ${9:Restaurer la version précédente et rouvrir l\'ancien parcours}',
        'postChecks:', ...indent(task(owner, 10, 'Les principales fonctionnalités sont accessibles et opérationnelles', 'operations', 5)),
        ...indent(task(owner, 11, 'Les flux de données circulent correctement', 'technical', 5))];
    case 'scale-up':
      return [...head('deploiement', 'Déploiement par vagues'), ...afterLine(ctx, 6),
        'waves:', ...indent(waveTemplate(ctx, 7))];
    case 'generalization':
      return [...head('generalisation', 'Généralisation'), ...afterLine(ctx, 6),
        'objectives:', '  - ${7:Étendre la solution à toute l\'organisation et standardiser les procédures}',
        'checklist:', ...indent(task(owner, 8, 'Documenter les retours et mettre à jour les procédures', 'operations', 5))];
    case 'run':
      return [...head('run', 'Run'), ...afterLine(ctx, 6),
        'governance: { cadenceMonths: ${7|3,6|}, forum: ${8:Comité de suivi} }',
        'sla: { availability: "${9:99.5%}", supportLevel1: ${10:helpdesk}, supportLevel2: ${11:Équipe applicative} }',
        'checklist:', ...indent(task(owner, 12, 'Mettre en place des tableaux de bord pour mesurer l\'utilisation et les bénéfices', 'governance', 5))];
    // a type added to the schema before the method gives it a template: the keys every phase has
    default:
      return [...head(type, type), ...afterLine(ctx, 6)];
  }
}

/** A scale-up wave: its scope, its local champion, dates and a first checklist item. `n`: first tab stop. */
export function waveTemplate(ctx: TemplateContext, n = 1): string[] {
  const champion = `\${${n + 2}:${esc(ctx.owner)}}`;
  return [`- id: \${${n}:${unique(ctx, 'vague-1')}}`, `  scope: [\${${n + 1}:RH}]`, `  champion: ${champion}`,
    `  start: ${date(n + 3)}`, `  end: ${date(n + 4)}`,
    '  checklist:', ...indent(task(champion, n + 5, 'Former et équiper le référent local avant la vague', 'training', n + 3), 4)];
}

export function taskTemplate(ctx: TemplateContext): string[] {
  return ['- task: ${1:Identifier les utilisateurs du pilote}', `  area: ${choice(2, TASK_AREAS)}`,
    `  owner: \${3:${esc(ctx.owner)}}`, `  due: ${date(4)}`, '  done: false'];
}

export function riskTemplate(ctx: TemplateContext): string[] {
  return [`- id: \${1:${unique(ctx, 'resistance-changement')}}`, '  title: ${2:Résistance au changement des utilisateurs}',
    `  severity: ${choice(3, RISK_SEVERITIES)}`, `  likelihood: ${choice(4, RISK_LIKELIHOODS)}`,
    '  mitigation: ${5:Communication multicanale et réseau de référents locaux}', '  status: open', `  owner: \${6:${esc(ctx.owner)}}`];
}

/** A success criterion under `criteria:` (first line is its id as a key). */
export function criterionTemplate(ctx: TemplateContext, id?: string): string[] {
  const key = id ? esc(id) : `\${1:${unique(ctx, 'taux-adoption')}}`;
  return [`${key}:`, '  title: ${2:Utilisateurs actifs chaque semaine}', '  kind: quantitative', '  metric: ${3:Utilisateurs actifs / utilisateurs ciblés}',
    '  target: "${4:>= 80%}"', '  measuredBy: ${5:Statistiques d\'utilisation}', `  owner: \${6:${esc(ctx.owner)}}`];
}

/** A person of the `people` roster (first line is its id as a key). */
export function personTemplate(ctx: TemplateContext, id?: string): string[] {
  const key = id ? esc(id) : `\${1:${unique(ctx, 'prenom')}}`;
  return [`${key}: { name: \${2:Prénom Nom}, role: \${3:Référent local}, email: \${4:prenom.nom@exemple.fr}, team: \${5:Équipe} }`];
}

/** A freeze of a programme file; without `plans` it applies to every plan of the programme. */
export function freezeTemplate(ctx: TemplateContext): string[] {
  return [`- id: \${1:${unique(ctx, 'cloture-annuelle')}}`, '  title: ${2:Clôture comptable annuelle}', `  start: ${date(3)}`, `  end: ${date(4)}`];
}

/** Continuation lines are indented from `col`; the first line goes where the cursor is. */
export function layout(lines: string[], col: number): string {
  const pad = ' '.repeat(col);
  return lines.map((l, i) => (i === 0 ? l : pad + l)).join('\n');
}
