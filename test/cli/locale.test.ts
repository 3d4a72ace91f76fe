// The command line's own words in both languages: every stderr line (I/O, config, usage), notices,
// help texts and the summary come from the message catalog, in the language of --locale, else of
// LC_ALL/LC_MESSAGES/LANG; no English sentence in a French run, no French in an English one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { catalog } from '../../server/src/service/l10n/catalog';
import { CLEAN, cli, json, tempTree, WARNINGS } from './cli-helpers';

const NBSP = '\u00a0';
/** English words that the CLI's sentences used; none may reach a French user */
const ENGLISH = /\b(cannot|no such|unknown|must be|missing|not a|already|did you mean|takes|needs|run|skipped|matches|permission|folder|Usage|Exit codes|show|default)\b/;
/** the words of a text, without what the user typed or the program names: paths, globs, check codes, options */
const prose = (text: string) => text.replace(/\S*[-/.*_]\S*/g, ' ');
/** French words and typography; none may reach an English user */
const FRENCH = /[«»’\u00a0éèàç]|\b(impossible|introuvable|inconnue?|lancez|fichier|dossier|aucun)\b/i;

interface Case {
  name: string;
  args: string[];
  files?: Record<string, string>;
  setup?: (dir: string) => void;
  code: number;
  fr: string | RegExp;
  en: string | RegExp;
}

const CONFIG = 'rollout-plan.config.json';
const cases: Case[] = [
  {
    name: 'check: a missing path',
    args: ['check', 'absent.rollout.yaml', 'ok.rollout.yaml'], files: { 'ok.rollout.yaml': CLEAN }, code: 2,
    fr: `rollout-plan${NBSP}: absent.rollout.yaml${NBSP}: fichier ou dossier introuvable\n`,
    en: 'rollout-plan: absent.rollout.yaml: no such file or folder\n',
  },
  {
    name: 'check: a glob that matches nothing',
    args: ['check', 'plans/**/*.yaml'], code: 2,
    fr: `rollout-plan${NBSP}: aucun fichier ne correspond à plans/**/*.yaml (plans${NBSP}: fichier ou dossier introuvable)\n`,
    en: 'rollout-plan: no file matches plans/**/*.yaml (plans: no such file or folder)\n',
  },
  {
    name: 'check: a config that is not valid JSON',
    args: ['check'], files: { [CONFIG]: '{\n  "rules": { "missing-owner": "off", }\n', 'w.rollout.yaml': WARNINGS }, code: 2,
    fr: `rollout-plan${NBSP}: ${CONFIG}${NBSP}: JSON invalide (ligne 2, colonne 38)\n`,
    en: `rollout-plan: ${CONFIG}: not valid JSON (line 2, column 38)\n`,
  },
  {
    name: 'check: a config with an unknown code and a bad severity',
    args: ['check'], files: { [CONFIG]: JSON.stringify({ rules: { 'missing-owners': 'off', 'missing-owner': 'loud' } }), 'w.rollout.yaml': WARNINGS }, code: 2,
    fr: new RegExp(`^rollout-plan${NBSP}: ${CONFIG}${NBSP}: code de vérification inconnu «${NBSP}missing-owners${NBSP}» \\(codes connus${NBSP}: [a-z-]+, .*\\)\n`
      + `rollout-plan${NBSP}: ${CONFIG}${NBSP}: «${NBSP}missing-owner${NBSP}» doit valoir error, warning, information, hint ou off\n$`),
    en: new RegExp(`^rollout-plan: ${CONFIG}: unknown check code "missing-owners" \\(known: [a-z-]+, .*\\)\n`
      + `rollout-plan: ${CONFIG}: "missing-owner" must be one of error, warning, information, hint, off\n$`),
  },
  {
    name: 'check: a config file that cannot be read (a folder)',
    args: ['check'], files: { [`${CONFIG}/x`]: '', 'ok.rollout.yaml': CLEAN }, code: 2,
    fr: `rollout-plan${NBSP}: ${CONFIG}${NBSP}: lecture impossible${NBSP}: c’est un dossier\n`,
    en: `rollout-plan: ${CONFIG}: cannot read: is a folder\n`,
  },
  {
    name: 'check: a missing --config',
    args: ['check', '--config', 'nope.json'], code: 2,
    fr: `rollout-plan${NBSP}: impossible de lire la configuration nope.json${NBSP}: fichier ou dossier introuvable\n`,
    en: 'rollout-plan: cannot read config nope.json: no such file or folder\n',
  },
  {
    name: 'check: symbolic link loops',
    args: ['check'], setup: dir => {
      fs.symlinkSync('b.rollout.yaml', path.join(dir, 'a.rollout.yaml'));
      fs.symlinkSync('a.rollout.yaml', path.join(dir, 'b.rollout.yaml'));
    }, code: 2,
    fr: `rollout-plan${NBSP}: a.rollout.yaml${NBSP}: lecture impossible${NBSP}: boucle de liens symboliques\nrollout-plan${NBSP}: b.rollout.yaml${NBSP}: lecture impossible${NBSP}: boucle de liens symboliques\n`,
    en: 'rollout-plan: a.rollout.yaml: cannot read: symbolic link loop\nrollout-plan: b.rollout.yaml: cannot read: symbolic link loop\n',
  },
  {
    name: 'check: a named file that is not a plan',
    args: ['check', 'notes.md'], files: { 'notes.md': '# notes\n' }, code: 0,
    fr: `rollout-plan${NBSP}: notes.md${NBSP}: ce n’est pas un plan de déploiement (ni nommé *.rollout.yaml, ni déclarant kind: RolloutPlan)${NBSP}; ignoré\n`,
    en: 'rollout-plan: notes.md: not a rollout plan (neither named *.rollout.yaml nor declaring kind: RolloutPlan); skipped\n',
  },
  {
    name: 'check: an unknown option, with the closest one',
    args: ['check', '--quite'], code: 2,
    fr: `rollout-plan${NBSP}: option inconnue --quite pour «${NBSP}check${NBSP}» (vouliez-vous dire --quiet${NBSP}?)${NBSP}; lancez rollout-plan check --help\n`,
    en: 'rollout-plan: unknown option --quite for "check" (did you mean --quiet?); run rollout-plan check --help\n',
  },
  {
    name: 'check: a bad option value and a bad number',
    args: ['check', '--max-warnings', 'many'], code: 2,
    fr: `rollout-plan${NBSP}: l’option --max-warnings attend un nombre entier (0 ou plus), pas «${NBSP}many${NBSP}»\n`,
    en: 'rollout-plan: option --max-warnings must be a whole number (0 or more), not "many"\n',
  },
  {
    name: 'check: more warnings than --max-warnings',
    args: ['check', '--max-warnings', '4', '-f', 'json'], files: { 'w.rollout.yaml': WARNINGS }, code: 1,
    fr: `rollout-plan${NBSP}: 5 avertissements, plus que --max-warnings 4\n`,
    en: 'rollout-plan: 5 warnings, more than --max-warnings 4\n',
  },
  {
    name: 'report: a missing path and a config with an unknown code',
    args: ['report', 'absent.rollout.yaml', 'ok.rollout.yaml'], files: { [CONFIG]: '{"rules": {"nope": "off"}}', 'ok.rollout.yaml': CLEAN }, code: 2,
    fr: new RegExp(`^rollout-plan${NBSP}: ${CONFIG}${NBSP}: code de vérification inconnu «${NBSP}nope${NBSP}» .*\nrollout-plan${NBSP}: absent\\.rollout\\.yaml${NBSP}: fichier ou dossier introuvable\n$`),
    en: new RegExp(`^rollout-plan: ${CONFIG}: unknown check code "nope" .*\nrollout-plan: absent\\.rollout\\.yaml: no such file or folder\n$`),
  },
  {
    name: 'report: a config that is not valid JSON',
    args: ['report'], files: { [CONFIG]: '{ "rules": ', 'ok.rollout.yaml': CLEAN }, code: 2,
    fr: `rollout-plan${NBSP}: ${CONFIG}${NBSP}: JSON invalide${NBSP}: le texte s’arrête trop tôt\n`,
    en: `rollout-plan: ${CONFIG}: not valid JSON: the text ends too early\n`,
  },
  {
    name: 'report: an unknown option',
    args: ['report', '--quiet'], code: 2,
    fr: `rollout-plan${NBSP}: option inconnue --quiet pour «${NBSP}report${NBSP}»${NBSP}; lancez rollout-plan report --help\n`,
    en: 'rollout-plan: unknown option --quiet for "report"; run rollout-plan report --help\n',
  },
  {
    name: 'report: --output not writable',
    args: ['report', '--output', 'no/such/folder/r.md'], code: 2,
    fr: `rollout-plan${NBSP}: impossible d’écrire no/such/folder/r.md${NBSP}: fichier ou dossier introuvable\n`,
    en: 'rollout-plan: cannot write no/such/folder/r.md: no such file or folder\n',
  },
  {
    name: 'report: an option without its value',
    args: ['report', '--output'], code: 2,
    fr: `rollout-plan${NBSP}: l’option --output attend une valeur\n`,
    en: 'rollout-plan: option --output needs a value\n',
  },
  {
    name: 'init: an existing file',
    args: ['init', 'mine.rollout.yaml'], files: { 'mine.rollout.yaml': 'keep me\n' }, code: 2,
    fr: `rollout-plan${NBSP}: mine.rollout.yaml existe déjà${NBSP}; init n’écrase jamais un fichier (choisissez un autre nom)\n`,
    en: 'rollout-plan: mine.rollout.yaml already exists; init never overwrites a file (give another name)\n',
  },
  {
    name: 'init: a bad id, and two files',
    args: ['init', 'x.rollout.yaml', '--id', 'Not A Slug'], code: 2,
    fr: `rollout-plan${NBSP}: --id «${NBSP}Not A Slug${NBSP}» n’est pas un identifiant de plan valide${NBSP}: utilisez des minuscules, des chiffres, «${NBSP}.${NBSP}», «${NBSP}_${NBSP}» ou «${NBSP}-${NBSP}», en commençant par une lettre ou un chiffre\n`,
    en: 'rollout-plan: --id "Not A Slug" is not a valid plan id: use lower-case letters, digits, ".", "_" or "-", starting with a letter or digit\n',
  },
  {
    name: 'init: two files',
    args: ['init', 'a.rollout.yaml', 'b.rollout.yaml'], code: 2,
    fr: `rollout-plan${NBSP}: init prend un seul fichier, pas 2${NBSP}; lancez rollout-plan init --help\n`,
    en: 'rollout-plan: init takes one file, not 2; run rollout-plan init --help\n',
  },
];

function expectStderr(stderr: string, expected: string | RegExp, what: string) {
  if (typeof expected === 'string') assert.equal(stderr, expected, what);
  else assert.match(stderr, expected, what);
}

for (const c of cases) {
  test(`French and English: ${c.name}`, async () => {
    for (const locale of ['fr', 'en'] as const) {
      const dir = tempTree(c.files);
      c.setup?.(dir);
      // --locale wins over the environment, which says the other language
      const r = await cli([...c.args, '--locale', locale], { cwd: dir, env: { LANG: locale === 'fr' ? 'en_US.UTF-8' : 'fr_FR.UTF-8' } });
      const what = `${locale}: ${c.args.join(' ')}`;
      assert.equal(r.code, c.code, `${what}\n${r.stderr}`);
      expectStderr(r.stderr, c[locale], what);
      if (locale === 'fr') assert.doesNotMatch(prose(r.stderr), ENGLISH, what);
      else assert.doesNotMatch(r.stderr, FRENCH, what);
    }
  });
}

test('usage errors before the command: the environment’s language (or a --locale already on the line)', async () => {
  const fr = { LANG: 'fr_FR.UTF-8' };
  const frenchRuns = [
    [['frobnicate'], `rollout-plan${NBSP}: commande inconnue «${NBSP}frobnicate${NBSP}» (les commandes sont check, report et init)${NBSP}; lancez rollout-plan --help\n`],
    [[], `rollout-plan${NBSP}: commande manquante (check, report ou init)${NBSP}; lancez rollout-plan --help\n`],
    [['--nope'], `rollout-plan${NBSP}: option inconnue --nope${NBSP}; lancez rollout-plan --help\n`],
    [['help', 'deploy'], `rollout-plan${NBSP}: pas d’aide pour «${NBSP}deploy${NBSP}»${NBSP}: les commandes sont check, report et init\n`],
    [['check', '--locale', 'de'], `rollout-plan${NBSP}: l’option --locale accepte en, fr, pas «${NBSP}de${NBSP}»\n`],
    [['check', '--no-color=yes'], `rollout-plan${NBSP}: l’option --no-color ne prend pas de valeur\n`],
  ] as const;
  for (const [args, expected] of frenchRuns) {
    const r = await cli([...args], { env: fr });
    assert.equal(r.code, 2, args.join(' '));
    assert.equal(r.stderr, expected, args.join(' '));
  }
  assert.equal((await cli(['frobnicate'], { env: { LC_ALL: 'fr_CA.UTF-8', LANG: 'en_US.UTF-8' } })).stderr, frenchRuns[0][1], 'LC_ALL first');
  assert.equal((await cli(['frobnicate'], { env: { LC_MESSAGES: 'fr_FR.UTF-8' } })).stderr, frenchRuns[0][1], 'then LC_MESSAGES');
  // a --locale anywhere before `--` chooses, even when the error comes before it on the line
  const early = await cli(['check', '--colour', '--locale', 'fr']);
  assert.match(early.stderr, new RegExp(`^rollout-plan${NBSP}: option inconnue --colour pour «${NBSP}check${NBSP}»`));
  const english = await cli(['check', '--colour', '--locale=en'], { env: fr });
  assert.match(english.stderr, /^rollout-plan: unknown option --colour for "check"/);
  assert.doesNotMatch(english.stderr, FRENCH);
});

test('help texts in both languages, with the same options; French for --locale fr or a French LANG', async () => {
  const topics = [['--help'], ['check', '--help'], ['report', '--help'], ['init', '--help']];
  for (const args of topics) {
    const fr = await cli(args, { env: { LANG: 'fr_FR.UTF-8' } });
    const en = await cli(args);
    assert.equal(fr.code, 0);
    assert.match(fr.stdout, new RegExp(`^Utilisation${NBSP}: rollout-plan `), args.join(' '));
    assert.match(en.stdout, /^Usage: rollout-plan /, args.join(' '));
    assert.doesNotMatch(prose(fr.stdout), ENGLISH, args.join(' '));
    assert.doesNotMatch(fr.stdout, / [:;?!]|\{\w+\}/, `${args.join(' ')}: French typography, no placeholder left`);
    assert.doesNotMatch(en.stdout, FRENCH, args.join(' '));
    const options = (text: string) => [...text.matchAll(/(?<![\w-])--?[a-z][a-z-]*/g)].map(m => m[0]).sort();
    assert.deepEqual(options(fr.stdout), options(en.stdout), `${args.join(' ')}: the same option names`);
    assert.equal((await cli([...args, '--locale', 'fr'])).stdout, fr.stdout, `${args.join(' ')} --locale fr`);
  }
  assert.equal((await cli(['help', 'report'], { env: { LANG: 'fr_FR.UTF-8' } })).stdout, (await cli(['report', '--help', '--locale', 'fr'])).stdout);
});

test('init’s confirmation, the summary line, SARIF notifications and rule descriptions follow the locale', async () => {
  const dir = tempTree({ 'w.rollout.yaml': WARNINGS });
  const made = await cli(['init', 'nouveau plan.rollout.yaml', '--locale', 'fr'], { cwd: dir });
  assert.equal(made.code, 0, made.stderr);
  assert.equal(made.stdout, `Plan créé${NBSP}: nouveau plan.rollout.yaml. Complétez-le, puis lancez${NBSP}: rollout-plan check "nouveau plan.rollout.yaml"\n`);
  // in a folder of its own: two starter plans side by side are one programme with overlapping go-lives
  const en = await cli(['init', 'other.rollout.yaml'], { cwd: tempTree() });
  assert.equal(en.stdout, 'Created other.rollout.yaml. Edit it, then run: rollout-plan check other.rollout.yaml\n');

  assert.equal((await cli(['check', '--locale', 'fr', 'nouveau plan.rollout.yaml'], { cwd: dir })).stdout, 'Aucun problème dans 1 plan.\n');
  assert.equal((await cli(['check', '--locale', 'fr', '-q'], { cwd: dir })).stdout, 'Aucun problème dans 2 plans.\n');
  assert.match((await cli(['check', '--locale', 'fr', 'w.rollout.yaml'], { cwd: dir })).stdout, /\n0 erreur, 5 avertissements dans 1 plan sur 1\n$/);
  assert.match((await cli(['check', 'w.rollout.yaml'], { cwd: dir })).stdout, /\n0 errors, 5 warnings in 1 of 1 plan\n$/);
  assert.equal((await cli(['check', '--locale', 'fr'], { cwd: tempTree() })).stdout, 'Aucun plan trouvé.\n');

  const sarif = await cli(['check', '--locale', 'fr', '--format', 'sarif', 'absent.rollout.yaml'], { cwd: dir });
  const [notification] = json(sarif.stdout).runs[0].invocations[0].toolExecutionNotifications;
  assert.equal(notification.message.text, 'fichier ou dossier introuvable');
  const rules = json(sarif.stdout).runs[0].tool.driver.rules;
  const missingOwner = rules.find((r: { id: string }) => r.id === 'missing-owner');
  assert.equal(missingOwner.shortDescription.text, 'Une phase, un élément de checklist, un critère ou un risque n’a pas de responsable, ou une vague n’a pas de référent.');
  assert.equal(missingOwner.fullDescription.text, `${missingOwner.shortDescription.text} Par défaut${NBSP}: warning.`);
});

test('every key the command line uses exists, in both languages', () => {
  const keys = Object.keys(catalog).filter(k => /^(cli|io|config)\./.test(k));
  assert.ok(keys.length > 50, String(keys.length));
  const sources = fs.readdirSync(path.join(__dirname, '../../../server/src/cli')).map(f => fs.readFileSync(path.join(__dirname, '../../../server/src/cli', f), 'utf8')).join('\n');
  for (const [, key] of sources.matchAll(/\bt\('([\w.]+)'/g)) assert.ok(key in catalog, key);
  assert.doesNotMatch(sources, /(CliError|warn)\(\s*[`'"]/, 'no sentence written in the CLI itself');
});
