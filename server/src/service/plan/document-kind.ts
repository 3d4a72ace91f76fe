// Which kind of document a file is: a programme (`kind: Programme`) or a plan (anything else, as the
// schema's root decides), so the schema, the checks and completion follow the file's own `kind`.
import type { ParsedPlan } from './parse';
import { resolve, scalarText } from './nodes';

export type DocumentKind = 'plan' | 'programme';

export function documentKind(parsed: ParsedPlan): DocumentKind {
  const entry = parsed.top.find(e => e.key === 'kind');
  return entry && scalarText(resolve(entry.seg, entry.pair.value)) === 'Programme' ? 'programme' : 'plan';
}
