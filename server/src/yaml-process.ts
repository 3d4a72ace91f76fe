// What the bundled `yaml` library gets for `require('process')` (see esbuild.mjs).
//
// yaml's parser checks `process.env.LOG_TOKENS` for every token and its composer
// `process.env.LOG_STREAM` for every document: debugging switches for yaml's own developers. Node's
// `process.env` is a native lookup (getenv) on each read, which made a quarter of the parse time of
// a plan. A plain object without those switches keeps the parse pure computation; warnings still
// reach the real process.
export const env: Record<string, string | undefined> = {};
export function emitWarning(warning: string | Error): void {
  process.emitWarning(warning);
}
