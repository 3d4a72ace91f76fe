// Ids that must be unique in a programme (duplicate-id: two plans with one `metadata.id`, two
// freezes with one id) and what is wrong with the programme's files themselves (two programme
// files in one folder, a programme file that does not read), each on the file it is about.
import { rangeOf } from './places';
import type { ProgrammeContext } from './programme-finding';
import { lookupOf } from './programme-lookup';

export function duplicatePlanIds(ctx: ProgrammeContext): void {
  const { own } = ctx;
  if (own.kind !== 'plan' || !own.id) return;
  // the first plan by URI order keeps the id; the later ones are told
  const first = lookupOf(ctx.programme).byId.get(own.id.value);
  if (!first || first === own) return;
  ctx.report({
    code: 'duplicate-id', range: rangeOf(own.id.place),
    message: ctx.t('duplicate-id.plan', { id: own.id.value }),
    related: [{ place: first.id!.place, message: ctx.t('duplicate-id.first', { id: own.id.value }) }],
  });
}

export function duplicateFreezeIds(ctx: ProgrammeContext): void {
  const { own } = ctx;
  if (own.kind !== 'programme') return;
  const seen = new Map<string, NonNullable<(typeof own.freezes)[number]['id']>>();
  for (const freeze of own.freezes) {
    if (!freeze.id) continue;
    const first = seen.get(freeze.id.value);
    if (!first) {
      seen.set(freeze.id.value, freeze.id);
      continue;
    }
    ctx.report({
      code: 'duplicate-id', range: rangeOf(freeze.id.place),
      message: ctx.t('duplicate-id.freeze', { id: freeze.id.value }),
      related: [{ place: first.place, message: ctx.t('duplicate-id.first', { id: freeze.id.value }) }],
    });
  }
}

export function programmeProblems(ctx: ProgrammeContext): void {
  const { uri } = ctx.own;
  for (const problem of ctx.programme.problems) {
    if (problem.kind === 'programme-syntax-errors') {
      if (problem.place.uri === uri) ctx.report({ code: 'yaml-syntax', range: rangeOf(problem.place), message: ctx.t('programme.syntaxErrors') });
      continue;
    }
    // each of the two files names the other
    const [here, there] = problem.place.uri === uri ? [problem.place, problem.other] : problem.other.uri === uri ? [problem.other, problem.place] : [];
    if (!here || !there) continue;
    ctx.report({
      code: 'duplicate-id', range: rangeOf(here),
      message: ctx.t('programme.twoFiles', { first: fileName(problem.place.uri), other: fileName(problem.other.uri) }),
      related: [{ place: there, message: ctx.t('programme.otherFile') }],
    });
  }
}

const fileName = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
