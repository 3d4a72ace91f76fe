// What a reference points to, described for hovers and completion items: a criterion (title,
// metric, target, actual, status), a phase (title, type, dates, progress), a person (name, role, team),
// and across plans a linked phase (its plan, title, type, dates) or a roster person.
import type { Translate } from '../../l10n/translate';
import type { MessageKey } from '../../l10n/catalog';
import type { Criterion, Person, Phase } from '../../plan/model';
import { phaseProgress, type CriterionStatus } from '../../plan/readiness';
import type { FileSummary, PhaseSummary } from '../../programme/programme-types';

const field = (t: Translate, label: MessageKey, value: string | undefined) =>
  value === undefined || value === '' ? [] : [`- ${t('describe.field', { label: t(label), value })}`];

const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

export function statusText(t: Translate, status: CriterionStatus): string {
  return t(status === 'met' ? 'describe.status.met' : status === 'unmet' ? 'describe.status.unmet' : 'describe.status.unknown');
}

export function describeCriterion(t: Translate, c: Criterion, status: CriterionStatus): string {
  const head = `**${t('describe.criterion', { id: code(c.id.value) })}**${c.title ? `: ${c.title.value}` : ''}`;
  const actual = c.kind === 'qualitative'
    ? (c.met === undefined ? undefined : t(c.met ? 'describe.yes' : 'describe.no'))
    : c.actual?.value;
  return [head, '', ...field(t, 'describe.metric', c.metric?.value), ...field(t, 'describe.target', c.target?.value),
    ...field(t, c.kind === 'qualitative' ? 'describe.met' : 'describe.actual', actual),
    ...field(t, 'describe.status', statusText(t, status)), ...field(t, 'describe.owner', c.owner?.value)].join('\n');
}

export function criterionDetail(t: Translate, c: Criterion, status: CriterionStatus): string {
  const parts = [c.title?.value, c.target ? t('describe.field', { label: t('describe.target'), value: c.target.value }) : undefined, statusText(t, status)];
  return parts.filter(Boolean).join(' · ');
}

export function describePhase(t: Translate, p: Phase): string {
  const id = p.id?.value ?? '?';
  const head = `**${t('describe.phase', { id: code(id) })}**${p.title ? `: ${p.title.value}` : ''}`;
  const dates = datesOf({ start: p.start?.value, end: p.end?.value });
  const progress = phaseProgress(p);
  return [head, '', ...field(t, 'describe.type', p.type ? code(p.type.value) : undefined), ...field(t, 'describe.dates', dates),
    ...field(t, 'describe.progress', progress.total > 0 ? t('describe.progressValue', { done: progress.done, total: progress.total }) : t('describe.noChecklist')),
    ...field(t, 'describe.owner', p.owner?.value)].join('\n');
}

export function phaseDetail(p: Phase): string {
  return [p.title?.value, p.type ? `(${p.type.value})` : undefined].filter(Boolean).join(' ');
}

/** A person as plain values: a plan's own (`Person`) or the programme roster's (`PersonSummary`). */
export interface PersonValues {
  id: string;
  name?: string;
  role?: string;
  team?: string;
}

export const personValues = (p: Person): PersonValues => ({ id: p.id.value, name: p.name?.value, role: p.role?.value, team: p.team?.value });

export function describePerson(t: Translate, p: PersonValues): string {
  const head = `**${t('describe.person', { id: code(p.id) })}**${p.name ? `: ${p.name}` : ''}`;
  return [head, '', ...field(t, 'describe.role', p.role), ...field(t, 'describe.team', p.team)].join('\n');
}

export function personDetail(p: PersonValues): string {
  return [p.name, p.role].filter(Boolean).join(' · ');
}

/** A phase of another plan, as a `plan/phase` link names it: title, type, dates, and its plan. */
export function describeLinkedPhase(t: Translate, plan: FileSummary, phase: PhaseSummary): string {
  const head = `**${t('describe.phase', { id: code(`${plan.id?.value ?? '?'}/${phase.id}`) })}**${phase.title ? `: ${phase.title}` : ''}`;
  return [head, '', ...field(t, 'describe.plan', plan.title ?? plan.id?.value), ...field(t, 'describe.type', phase.type ? code(phase.type) : undefined),
    ...field(t, 'describe.dates', datesOf(phase))].join('\n');
}

/** `start → end`, with `…` for a missing end; undefined when neither is written. */
export const datesOf = (p: { start?: string; end?: string }) => (p.start || p.end ? `${p.start ?? '…'} → ${p.end ?? '…'}` : undefined);
