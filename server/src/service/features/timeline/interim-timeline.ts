// INTERIM, TO DELETE AT MERGE: a minimal Timeline drawn from the readiness view, so the SVG export
// and its CLI path work before T1's `buildTimeline` lands. It knows no `late` state, no inferred
// dates and no findings; at merge, front-door.ts's `timeline()` calls T1's builder instead (one line).
import type { Analysis } from '../../plan/analysis';
import type { Translate } from '../../l10n/translate';
import type { PlanReadiness } from '../readiness/view';
import type { Timeline, TimelineItem } from './timeline-types';

const POINT_TYPES = new Set(['gate', 'go-live']);

export function interimTimeline(view: PlanReadiness, analysis: Analysis, { t, today, locale }: { t: Translate; today: string; locale: string }): Timeline {
  const { model } = analysis;
  const people = new Map(view.people?.map(p => [p.id, p.name]));
  const owner = (id?: string) => (id === undefined ? undefined : { id, name: people.get(id) });
  const items: TimelineItem[] = [];
  const unscheduled: Timeline['unscheduled'] = [];
  const notScheduled = t('timeline.svg.unscheduled');
  const keyOfId = new Map<string, string>();

  view.phases.forEach(phase => {
    const key = `phase:${phase.key}`;
    if (phase.id) keyOfId.set(phase.id, key);
    const base = { key, id: phase.id, title: phase.title ?? phase.key, line: phase.line, state: phase.state, stateLabel: phase.stateLabel, findings: { count: 0 }, owner: owner(phase.owner) };
    if (phase.type && POINT_TYPES.has(phase.type) && phase.start) {
      const gate = phase.gate;
      const verdict = gate && (gate.decision === 'go' || gate.decision === 'no-go' ? gate.decision : gate.ready ? 'ready' : 'not-ready');
      items.push({ ...base, kind: 'milestone', type: phase.type as 'gate' | 'go-live', typeLabel: phase.typeLabel ?? phase.type, at: phase.start, until: phase.end,
        dateSource: 'plan', verdict, verdictLabel: gate?.decisionLabel, reasons: gate?.reasons.map(r => r.message) });
    } else if (phase.start && phase.end) {
      items.push({ ...base, kind: 'bar', start: phase.start, end: phase.end, outOfOrder: phase.end < phase.start || undefined, dateSource: 'plan',
        progress: phase.progress, type: phase.type ?? '', typeLabel: phase.typeLabel ?? '' });
    } else {
      unscheduled.push({ key, id: phase.id, title: base.title, line: phase.line, reason: notScheduled });
    }
    for (const wave of phase.waves) {
      const waveKey = `wave:${phase.key}/${wave.key}`;
      const title = wave.title ?? wave.key;
      if (!wave.start || !wave.end) {
        unscheduled.push({ key: waveKey, id: wave.id, title, line: wave.line, reason: notScheduled });
        continue;
      }
      const state = wave.progress.total > 0 && wave.progress.done === wave.progress.total ? 'done' : phase.state;
      items.push({ key: waveKey, id: wave.id, title, line: wave.line, state, stateLabel: t(`state.${state}`), findings: { count: 0 }, owner: owner(wave.champion),
        kind: 'bar', start: wave.start, end: wave.end, outOfOrder: wave.end < wave.start || undefined, dateSource: 'plan', progress: wave.progress,
        type: 'wave', typeLabel: t('kind.wave'), parent: key });
    }
  });

  const links = model.phases.flatMap((phase, i) => phase.after.flatMap(dep => {
    const [from, to] = [keyOfId.get(dep.value), `phase:${view.phases[i].key}`];
    return from ? [{ from, to }] : [];
  }));
  const dates = items.flatMap(item => (item.kind === 'bar' ? [item.start, item.end] : [item.at.slice(0, 10), (item.until ?? item.at).slice(0, 10)])).sort();
  return {
    uri: view.uri, title: view.title ?? view.id ?? view.uri, language: model.metadata.language?.value ?? locale, today, items, links, unscheduled,
    range: dates.length ? { start: dates[0], end: dates[dates.length - 1] } : undefined,
  };
}
