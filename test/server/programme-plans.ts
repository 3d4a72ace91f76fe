// Small plans of one programme, for the server's and the CLI's programme tests: plan `a` has phase
// `x` (a go-live), plan `b` depends on it (`after: [a/x]`) and has a gate decided go, and a
// programme file with a roster, a freeze to come (on plan a) and one long past. Dates are far
// ahead so the tests do not age.
export const PLAN_A = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: a
  title: ERP Finance
  owner: nadia
people:
  nadia: { name: Nadia Benali }
phases:
  - id: x
    type: go-live
    title: Bascule ERP
    owner: nadia
    start: 2099-03-01
    end: 2099-03-02
    window: { start: 2099-03-01T20:00, end: 2099-03-02T06:00 }
    rollback: Restaurer la sauvegarde de la veille
    checklist:
      - task: Geler les écritures
        owner: nadia
`;

export const PLAN_B = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: b
  title: CRM
  owner: nadia
people:
  nadia: { name: Nadia Benali }
phases:
  - id: y
    type: definition
    title: Cadrage CRM
    owner: nadia
    start: 2099-04-01
    end: 2099-04-30
    after: [a/x]
    checklist:
      - task: Recenser les interfaces avec l'ERP
        owner: nadia
        done: true
  - id: go-crm
    type: gate
    title: Go/No-Go CRM
    owner: nadia
    after: [y]
    decision: go
    decidedOn: 2099-05-02
`;

export const PROGRAMME = `apiVersion: plan-as-code/v1
kind: Programme
metadata:
  id: transformation-2027
  title: Programme de transformation 2027
  owner: pmo
people:
  pmo: { name: Nadia Benali, role: Directrice de programme }
freezes:
  - id: cloture-annuelle
    title: Clôture comptable annuelle
    start: 2099-12-20
    end: 2100-01-10
    plans: [a]
  - id: gel-2001
    title: Gel passé
    start: 2001-01-01
    end: 2001-01-31
`;

/** A plan whose only phase has no owner (a `missing-owner` warning), named `id`. */
export const planWithoutOwner = (id: string) => `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: ${id}
  title: Plan ${id}
phases:
  - id: cadrage
    type: definition
    title: Cadrage
    start: 2027-01-04
    end: 2027-01-29
`;

/**
 * The same plan, its phase after `link` (`a/x`) and dated after it: a change of plan a or of this
 * plan changes the other's findings across plans, so each re-checks the other.
 */
export const planWithoutOwnerAfter = (id: string, link: string) =>
  planWithoutOwner(id).replace('    start: 2027-01-04\n    end: 2027-01-29', `    after: [${link}]\n    start: 2099-04-01\n    end: 2099-04-30`);
