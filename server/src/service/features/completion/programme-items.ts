// References completed from the plan's programme: in `after`, the other plans' phases as
// `plan/phase` (the plan's title, the phase's type and dates; after the plan's own phases); in
// person fields, the roster's people the plan does not define itself (after its own).
import { CompletionItemKind, type CompletionItem } from 'vscode-languageserver-types';
import { datesOf, describeLinkedPhase, describePerson, personDetail } from '../hover/describe';
import { markdown, type CompletionEnv } from './completion-env';
import type { ValueMaker } from './reference-items';

const order = (i: number) => String(i).padStart(5, '0');

export function linkedPhaseItems(env: CompletionEnv, value: ValueMaker): CompletionItem[] {
  const self = env.analysis.model.metadata.id?.value;
  const others = (env.programme?.plans ?? []).filter(p => p.uri !== env.doc.uri && p.id && p.id.value !== self);
  return others.flatMap(plan => plan.phases.map(phase => ({ plan, phase }))).map(({ plan, phase }, i) => {
    const detail = [plan.title ?? plan.id!.value, phase.type, datesOf(phase)].filter(Boolean).join(' · ');
    return value(`${plan.id!.value}/${phase.id}`, CompletionItemKind.Reference, `4${order(i)}`, {
      detail, documentation: markdown(describeLinkedPhase(env.t, plan, phase)),
    });
  });
}

export function rosterItems(env: CompletionEnv, value: ValueMaker): CompletionItem[] {
  const own = env.analysis.index.people;
  const roster = (env.programme?.file?.people ?? []).filter(p => !own?.has(p.id));
  return roster.map((p, i) => value(p.id, CompletionItemKind.Reference, `2${order(i)}`, {
    detail: personDetail(p), documentation: markdown(describePerson(env.t, p)),
  }));
}
