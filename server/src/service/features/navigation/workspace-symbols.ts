// Workspace symbols (Ctrl+T): the plans, phases, criteria and people of every programme of the
// repository, from the plans' summaries, named as the outline names them (`id — title`).
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver-types';
import { locationOf } from '../../programme/places';
import type { FileSummary, Place, Programme } from '../../programme/programme-types';
import { SYMBOL_KINDS, titled as named } from '../outline/symbols';
import { valueRange } from './programme-targets';

/** Past this many, the editor asks again as the query grows. */
export const MAX_WORKSPACE_SYMBOLS = 500;

/** Whether the query's characters appear in `name` in order, ignoring case (as the editor filters). */
export function matchesQuery(name: string, query: string): boolean {
  const haystack = name.toLowerCase();
  let at = 0;
  for (const c of query.toLowerCase()) {
    at = haystack.indexOf(c, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

function fileSymbols(file: FileSummary): SymbolInformation[] {
  const container = file.id?.value;
  const symbol = (name: string, kind: SymbolKind, location: Place): SymbolInformation => ({ name, kind, location: locationOf(location), ...(container ? { containerName: container } : {}) });
  const own: SymbolInformation[] = file.id ? [{
    name: named(file.id.value, file.title), kind: file.kind === 'programme' ? SymbolKind.Namespace : SYMBOL_KINDS.metadata, location: { uri: file.uri, range: valueRange(file.id) },
  }] : [];
  return [
    ...own,
    ...file.phases.map(p => symbol(named(p.id, p.title), p.type === 'gate' || p.type === 'go-live' ? SYMBOL_KINDS.milestone : SYMBOL_KINDS.phase, p.place)),
    ...(file.criteria ?? []).map(c => symbol(named(c.id, c.title), SYMBOL_KINDS.criterion, c.place)),
    ...(file.people ?? []).map(p => symbol(named(p.id, p.name), SYMBOL_KINDS.person, p.place)),
  ];
}

/** The symbols of these programmes whose names match `query`, each file once, capped. */
export function workspaceSymbols(programmes: readonly Programme[], query: string): SymbolInformation[] {
  const seen = new Set<string>();
  const files = programmes.flatMap(p => [...(p.file ? [p.file] : []), ...p.plans]).filter(f => !seen.has(f.uri) && seen.add(f.uri));
  const out: SymbolInformation[] = [];
  for (const file of files) {
    for (const s of fileSymbols(file)) {
      if (!matchesQuery(s.name, query)) continue;
      out.push(s);
      if (out.length === MAX_WORKSPACE_SYMBOLS) return out;
    }
  }
  return out;
}

const PLAN_FILE = /\.rollout\.ya?ml$/i;

/** Every programme of the workspace: one per plan file not already seen in a programme. */
export async function everyProgramme(files: readonly string[], programmeOf: (uri: string) => Promise<Programme>): Promise<Programme[]> {
  const covered = new Set<string>();
  const programmes: Programme[] = [];
  for (const uri of files) {
    if (covered.has(uri) || !PLAN_FILE.test(uri)) continue;
    const programme = await programmeOf(uri);
    for (const file of [uri, ...(programme.file ? [programme.file.uri] : []), ...programme.plans.map(p => p.uri)]) covered.add(file);
    programmes.push(programme);
  }
  return programmes;
}
