// The texts the fast parse path is proven on: the examples, every fixture (the YAML test suite's
// too), plans from the bench's generator, and each piece splitPieces cuts from them.
import fs from 'node:fs';
import path from 'node:path';
import { splitPieces } from '../../server/src/service/plan/split';
import { ROOT } from './helpers';

export interface Input {
  name: string;
  text: string;
  /** an example or a generated plan: the fast path must read it, whole and piece by piece */
  mustAccept: boolean;
}

function yamlFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const file = path.join(dir, entry.name);
    return entry.isDirectory() ? yamlFiles(file) : /\.ya?ml$/.test(entry.name) ? [file] : [];
  });
}

/** The whole texts: examples and generated plans first. */
export async function planTexts(): Promise<Input[]> {
  // a dynamic import: the generator is an ES module, the tests are compiled to CommonJS
  const { memberPlanText, planText } = await import('../../bench/gen-plan.mjs');
  const examples = yamlFiles(path.join(ROOT, 'examples')).map(file => ({ name: path.relative(ROOT, file), text: fs.readFileSync(file, 'utf8'), mustAccept: true }));
  const generated = [10, 100].flatMap(n => [
    { name: `planText(${n})`, text: planText(n), mustAccept: true },
    { name: `memberPlanText(${n}, 1)`, text: memberPlanText(n, 1), mustAccept: true },
  ]);
  const fixtures = yamlFiles(path.join(ROOT, 'test/fixtures')).map(file => ({ name: path.relative(ROOT, file), text: fs.readFileSync(file, 'utf8'), mustAccept: false }));
  return [...examples, ...generated, ...fixtures];
}

/** Each text, then each of its pieces. */
export function withPieces(inputs: Input[]): Input[] {
  return inputs.flatMap(input => [input, ...(splitPieces(input.text) ?? []).map(piece => ({
    name: `${input.name} [${piece.start}, ${piece.end})`, text: input.text.slice(piece.start, piece.end), mustAccept: input.mustAccept,
  }))]);
}
