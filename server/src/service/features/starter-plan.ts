// The starter plan written by `rollout-plan init` and offered by the editor's welcome view: a
// small, realistic French plan that follows the deployment method (definition, pilot with
// measurable success criteria, Go/No-Go gate, go-live with a rollback plan, run) and passes
// every check with no diagnostic. Dates are in 2027 so no task starts out overdue.
import { SLUG } from '../plan/id-index';

export interface StarterPlanOptions {
  /** metadata.id: a slug (see planIdFrom) */
  id: string;
  /** metadata.title, free text */
  title: string;
}

export const DEFAULT_STARTER_TITLE = 'Nouveau déploiement';

export const isPlanId = (id: string) => SLUG.test(id);

/** A plan id from a file name or a title: `Déploiement CRM.rollout.yaml` → `deploiement-crm`. */
export function planIdFrom(name: string): string {
  const slug = name
    .replace(/\.rollout\.ya?ml$|\.ya?ml$/i, '')
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9._-]+/g, '-')
    .replace(/^[^a-z0-9]+|[-._]+$/g, '');
  return slug || 'nouveau-plan';
}

/** A YAML scalar for free text: plain when that reads back the same, double-quoted otherwise. */
export function scalar(text: string): string {
  const plain = /^[\p{L}\p{N}(][^\n#:"'`{}[\],&*!|>%@]*$/u.test(text) && text.trim() === text
    && !/^(true|false|yes|no|on|off|null|~|[-+]?\.(inf|nan)|0x[\da-f]+|0o[0-7]+|[-+.\d][\d.:eE+_-]*)$/i.test(text);
  return plain ? text : JSON.stringify(text);
}

export function starterPlan({ id, title }: StarterPlanOptions): string {
  return `# Plan de déploiement : remplacez les personnes, les dates et les critères par ceux de votre
# projet. \`rollout-plan check\` (ou l'éditeur) vérifie le plan à chaque modification.
apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: ${scalar(id)}
  title: ${scalar(title)}
  description: >-
    Décrire en quelques lignes le changement, les utilisateurs concernés et le
    résultat attendu à la fin du déploiement.
  owner: camille
  sponsor: alain
  language: fr

people:
  camille: { name: Camille Durand, role: Cheffe de projet, email: camille.durand@exemple.fr, team: PMO }
  alain: { name: Alain Girard, role: Sponsor exécutif, email: alain.girard@exemple.fr, team: Direction }
  hugo: { name: Hugo Lambert, role: Responsable technique, email: hugo.lambert@exemple.fr, team: DSI }
  ines: { name: Inès Roux, role: Responsable du support, email: ines.roux@exemple.fr, team: Support }
  lea: { name: Léa Fontaine, role: Propriétaire de la solution, email: lea.fontaine@exemple.fr, team: Métier }

criteria:
  adoption-pilote:
    title: Utilisateurs pilotes actifs chaque semaine
    kind: quantitative
    metric: Utilisateurs actifs / utilisateurs pilotes
    target: ">= 80%"
    measuredBy: Statistiques d'utilisation hebdomadaires
    owner: hugo
  satisfaction-pilote:
    title: Satisfaction des utilisateurs pilotes
    kind: quantitative
    metric: Note moyenne de l'enquête de fin de pilote (sur 5)
    target: ">= 4"
    measuredBy: Enquête de fin de pilote
    owner: camille
  incidents-bloquants:
    title: Incidents bloquants pendant le pilote
    kind: quantitative
    metric: Incidents de priorité 1 ouverts pendant le pilote
    target: "= 0"
    measuredBy: Outil de gestion des incidents
    owner: ines

phases:
  - id: cadrage
    type: definition
    title: Cadrage
    owner: camille
    start: 2027-01-04
    end: 2027-01-29
    objectives:
      - Définir ce que le pilote doit démontrer avant la mise en production
      - Fixer des critères de réussite clairs et mesurables
    deliverables: [Charte projet, Périmètre et population du pilote]
    checklist:
      - task: Rédiger les objectifs et les critères de réussite du pilote
        id: objectifs-pilote
        area: governance
        owner: camille
        due: 2027-01-22
      - task: Choisir des utilisateurs pilotes représentatifs, sceptiques compris
        id: participants
        area: communication
        owner: camille
        due: 2027-01-29

  - id: pilote
    type: pilot
    title: Pilote
    owner: hugo
    start: 2027-02-01
    end: 2027-03-26
    after: [cadrage]
    objectives: [Valider la solution en conditions réelles avec un petit groupe d'utilisateurs]
    deliverables: [Rapport de pilote]
    exitCriteria: [adoption-pilote, satisfaction-pilote, incidents-bloquants]
    checklist:
      - task: Former les utilisateurs pilotes et le support de niveau 1
        area: training
        owner: ines
        due: 2027-02-05
      - task: Recueillir les retours des utilisateurs pilotes
        id: retours-pilote
        area: communication
        owner: camille
        due: 2027-03-19
    risks:
      - id: echantillon-biaise
        title: Utilisateurs pilotes non représentatifs de l'organisation
        severity: high
        likelihood: medium
        mitigation: Inclure des utilisateurs de chaque service, avec des niveaux techniques différents
        status: open
        owner: camille

  - id: go-no-go
    type: gate
    title: Comité Go/No-Go
    owner: alain
    start: 2027-04-02
    end: 2027-04-02
    after: [pilote]
    criteria: [adoption-pilote, satisfaction-pilote, incidents-bloquants]
    decision: pending
    approvers: [alain, camille]

  - id: mise-en-production
    type: go-live
    title: Mise en production
    owner: hugo
    after: [go-no-go]
    window: { start: 2027-04-10T20:00, end: 2027-04-11T02:00 }
    rollback: Restaurer la version précédente et prévenir les utilisateurs par le support
    postChecks:
      - { task: Vérifier que les utilisateurs se connectent et que les données sont à jour, owner: ines }

  - id: exploitation
    type: run
    title: Exploitation
    owner: lea
    after: [mise-en-production]
    governance: { cadenceMonths: 3, forum: Comité de suivi }
    sla: { availability: "99.5%", supportLevel1: helpdesk, supportLevel2: editeur }
`;
}
