// The values the plan schema allows for a phase's type and a gate's decision, a risk's severity,
// likelihood and status, and a task's area (and the defaults it gives): read from
// schemas/rollout-plan.schema.json itself, so completion, the templates and the labels follow the
// schema and no copy of a list is kept by hand. The JSON's types are plain strings: a unit test
// checks that the catalog has a label for each value shown.
import planSchemaJson from '../../../../schemas/rollout-plan.schema.json';

const { phase, risk, checklistItem } = planSchemaJson.definitions;

export const PHASE_TYPES: readonly string[] = phase.properties.type.enum;
export const DECISIONS: readonly string[] = phase.properties.decision.enum;
/** what a gate without `decision` has decided */
export const DEFAULT_DECISION: string = phase.properties.decision.default;
export const RISK_SEVERITIES: readonly string[] = risk.properties.severity.enum;
export const RISK_LIKELIHOODS: readonly string[] = risk.properties.likelihood.enum;
export const RISK_STATUSES: readonly string[] = risk.properties.status.enum;
/** the status of a risk without `status` */
export const DEFAULT_RISK_STATUS: string = risk.properties.status.default;
export const TASK_AREAS: readonly string[] = checklistItem.properties.area.enum;
