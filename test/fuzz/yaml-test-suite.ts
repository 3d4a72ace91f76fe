// The YAML conformance suite's inputs, vendored in test/fixtures/yaml-test-suite (see its README).
import fs from 'node:fs';
import path from 'node:path';
import { ROOT } from '../unit/helpers';

export const SUITE = path.join(ROOT, 'test/fixtures/yaml-test-suite');

export interface SuiteInput {
  id: string;
  file: string;
  text: string;
  /** the suite marks it (`<id>.error`) as YAML a conforming parser must reject */
  invalid: boolean;
}

export function suiteInputs(): SuiteInput[] {
  return fs.readdirSync(SUITE).filter(f => f.endsWith('.yaml')).sort().map(f => ({
    id: f.slice(0, -'.yaml'.length),
    file: path.join(SUITE, f),
    text: fs.readFileSync(path.join(SUITE, f), 'utf8'),
    invalid: fs.existsSync(path.join(SUITE, f.replace(/\.yaml$/, '.error'))),
  }));
}

/**
 * A plan whose first phase ends where an input is embedded, followed by a second phase whose owner
 * is undefined: that diagnostic moves with every chunk typed above it, so a stale offset shows.
 */
export const HEAD = `apiVersion: plan-as-code/v1
kind: RolloutPlan
metadata:
  id: campaign
  title: Campaign
  owner: marie
people:
  marie: { name: Marie Dupont, role: Lead }
phases:
  - id: pilote
    type: pilot
    title: Pilote
    owner: marie
`;
export const TAIL = `  - id: deploiement
    type: scale-up
    title: Déploiement
    owner: paul
    after: [pilote]
`;

const indent = (text: string, spaces: number) => text.replace(/^/gm, ' '.repeat(spaces));
const ending = (text: string) => (/[\r\n]$/.test(text) || text === '' ? text : `${text}\n`);

/** Where an input goes inside the first phase (HEAD + place(input) + TAIL): the text put there. */
export const PLACES: Record<string, (text: string) => string> = {
  'as the value of description': text => `    description:\n${ending(indent(text, 6))}`,
  'as extra keys of the phase': text => ending(indent(text, 4)),
};
