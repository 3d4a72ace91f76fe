// Whether a YAML text declares a rollout plan, for a file not named `*.rollout.yaml`: a top-level
// `kind: RolloutPlan` or the plan's `apiVersion: plan-as-code/v1` (plan-format). A line test, not a
// YAML parse, so the editor can run it on the head of every YAML file it opens; the CLI runs it on
// the files its folders and globs select. The manifest's `firstLine` (package.json) is the same
// rule for a first line, and a unit test keeps the two in agreement.
const PLAN_KIND = /^kind:[ \t]*["']?RolloutPlan["']?[ \t]*(?:#.*)?$/m;
const PLAN_API_VERSION = /^apiVersion:[ \t]*["']?plan-as-code\/v1/m;

export function declaresPlan(text: string): boolean {
  return PLAN_KIND.test(text) || PLAN_API_VERSION.test(text);
}
