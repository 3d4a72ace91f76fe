// What a plan's cached diagnostics depend on, hashed into one key: the tool's version, the
// language and the day of the run, the plan's text, the config that applies to it, and its
// context: its programme (every member's summary, the programme file's roster and freezes, the
// problems) and the summaries of the plans outside it that its links name. A change elsewhere in
// the programme that can alter its cross-plan findings changes the key; a change in another
// programme does not. The world digest says when every context is the one cached.
import type { FileSummary, Programme } from '../service';
import type { PlanFile } from './plans';
import { fileHash, textHash, type KnownSummaries } from './summary-store';
import { folderOfUri, once, type CliSession } from './workspace';

const KEY_FORMAT = 3;

/** per session: one digest per programme, one index of plans by id */
const digests = new WeakMap<CliSession, { programmes: Map<string, string>; linked: Map<string, string>; byId?: Map<string, FileSummary[]> }>();

function memoOf(session: CliSession) {
  let memo = digests.get(session);
  if (!memo) digests.set(session, (memo = { programmes: new Map(), linked: new Map() }));
  return memo;
}

/**
 * A member's summary is a function of its URI and text (and of the build, in every key): when it is
 * the summary made from a known text, that text's hash stands for it (the JSON of 2,000 summaries
 * was ~100 MB to hash); any other summary stands for itself.
 */
function memberDigest(known: KnownSummaries, summary: FileSummary): string[] {
  const entry = known.get(summary.uri);
  return [summary.uri, entry?.summary === summary ? `#${entry.hash}` : JSON.stringify(summary)];
}

async function programmeDigest(session: CliSession, known: KnownSummaries, uri: string): Promise<string> {
  const programme: Programme = await session.service.programme(uri);
  // the membership is the same for every plan of one run: a programme is its file, else its folder
  const name = programme.file?.uri ?? `folder:${session.workspace.folderOf?.(uri) ?? uri}`;
  const memo = memoOf(session).programmes;
  let digest = memo.get(name);
  if (digest === undefined) {
    const members = { file: programme.file && memberDigest(known, programme.file), plans: programme.plans.map(p => memberDigest(known, p)), problems: programme.problems };
    memo.set(name, (digest = textHash(JSON.stringify(members))));
  }
  return digest;
}

/** the summaries of the plans its `plan/phase` links name, wherever they are */
function linkedPlans(session: CliSession, known: KnownSummaries, own: FileSummary | undefined): string {
  const memo = memoOf(session);
  if (!memo.byId) {
    memo.byId = new Map();
    // in URI order: the key must not depend on which worker summarised first
    for (const { summary } of [...known.values()].sort((a, b) => (a.summary.uri < b.summary.uri ? -1 : 1))) {
      const id = summary.kind === 'plan' ? summary.id?.value : undefined;
      if (id !== undefined) memo.byId.set(id, [...memo.byId.get(id) ?? [], summary]);
    }
  }
  const ids = new Set((own?.references ?? []).flatMap(r => (r.kind === 'phase' && r.name.value.includes('/') ? [r.name.value.split('/')[0]] : [])));
  // hashed once per set of ids: many plans link to the same few
  const name = [...ids].sort().join('\n');
  let digest = memo.linked.get(name);
  if (digest === undefined) memo.linked.set(name, (digest = textHash(JSON.stringify([...ids].sort().map(id => memo.byId!.get(id) ?? [])))));
  return digest;
}

/**
 * What a plan's findings take from other files: its programme and the plans its links name. A
 * function of the run's world (`worldDigest`), the plan's URI and its text, so a cache entry keeps
 * it and a run over the same world takes it from there rather than asking the programme index.
 */
export async function planContext(session: CliSession, known: KnownSummaries, plan: PlanFile): Promise<string> {
  const text = plan.doc.getText();
  const own = known.get(plan.uri);
  const summary = own?.hash === fileHash(plan.uri, text) ? own.summary : undefined;
  return textHash([
    await programmeDigest(session, known, plan.uri),
    // a plan that is no listed file (selected by its text): its own links, from a summary made now
    linkedPlans(session, known, summary ?? session.service.summary(plan.doc)),
  ].join('\u0000'));
}

/** the config that applies to `uri`, as a key: its settings and where it is */
async function configKey(session: CliSession, uri: string): Promise<string> {
  const loaded = await session.service.configFor(uri);
  return JSON.stringify({ config: loaded.config, uri: loaded.uri });
}

/** The key of a plan's findings: the run (version, locale, day), its text, its config and its `context` (planContext). */
export async function resultKey(session: CliSession, plan: PlanFile, context: string, run: { version: string; today: string }): Promise<string> {
  return textHash([
    KEY_FORMAT, run.version, session.service.locale, run.today, fileHash(plan.uri, plan.doc.getText()), await configKey(session, plan.uri), context,
  ].join('\u0000'));
}

/**
 * Everything the contexts of one run's plans are made of: the build, the language, every listed
 * plan-named file (its URI and text hash, or that it could not be read), its folder for implicit
 * programmes and the config that applies to it (whose `exclude` may take it out of its programme).
 * The same world gives every plan the same context as the run that cached it.
 */
export async function worldDigest(session: CliSession, files: readonly { uri: string; hash?: string }[], version: string): Promise<string> {
  const { service, workspace } = session;
  // one config per folder (the nearest one up from it)
  const configOf = once(folderOfUri, uri => configKey(session, uri));
  const parts: string[] = [String(KEY_FORMAT), version, service.locale];
  for (const { uri, hash } of files) parts.push(uri, hash ?? 'unreadable', workspace.folderOf?.(uri) ?? '', await configOf(uri));
  return textHash(parts.join('\u0000'));
}
