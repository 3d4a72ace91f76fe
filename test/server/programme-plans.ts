// Small plans of one programme, for the server's and the CLI's programme tests: plan `a` has phase
// `x`, plan `b` depends on it (`after: [a/x]`), and a programme file with a roster and a freeze.

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
    start: 2027-03-01
    end: 2027-03-02
    window: { start: 2027-03-01T20:00, end: 2027-03-02T06:00 }
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
    start: 2027-04-01
    end: 2027-04-30
    after: [a/x]
    checklist:
      - task: Recenser les interfaces avec l'ERP
        owner: nadia
        done: true
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
    start: 2027-12-20
    end: 2028-01-10
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
