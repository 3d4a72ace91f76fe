// `--help` texts, one per command.
import { CONFIG_FILE, DEFAULT_INCLUDE } from '../service';

export const MAIN_HELP = `Usage: rollout-plan <command> [options]

Checks rollout plans (*.rollout.yaml) with the same rules as the editor, and reports their readiness.

Commands:
  check [paths or globs...]   check plans and report diagnostics (text, JSON or SARIF)
  report [paths or globs...]  readiness report of the plans (Markdown or JSON), as the editor exports it
  init [file]                 write a starter plan (default: rollout.rollout.yaml)

Options:
  -h, --help      show help (rollout-plan <command> --help for a command's options)
  -v, --version   show the version

Exit codes: 0 no error, 1 errors (or too many warnings; check only), 2 usage or I/O problem.
`;

export const CHECK_HELP = `Usage: rollout-plan check [options] [paths or globs...]

Checks rollout plans and prints their diagnostics. Without paths, checks every plan under the
current folder that the config's "include" globs select (default: ${DEFAULT_INCLUDE.join(', ')});
node_modules and .git are skipped. A path may be a file, a folder or a glob (quote globs so the
shell leaves them alone: 'plans/**/*.rollout.yaml').

Options:
  -f, --format <text|json|sarif>  output format (default: text)
  -c, --config <file>             config file to use for every plan (default: the nearest
                                  ${CONFIG_FILE} above each plan, as in the editor)
      --max-warnings <n>          exit with 1 when there are more than n warnings
  -q, --quiet                     report errors only
      --no-color                  no colours (colours only on a terminal, never with NO_COLOR set)
      --locale <en|fr>            language of the messages (default: from LC_ALL, LC_MESSAGES, LANG)
  -h, --help                      show this help

Exit codes: 0 no error (and warnings within --max-warnings), 1 errors or too many warnings,
2 usage or I/O problem (unknown option, missing path, unreadable file, invalid config).
`;

export const REPORT_HELP = `Usage: rollout-plan report [options] [paths or globs...]

Prints the readiness report of the plans, the one the editor's "Export readiness report" writes:
per plan, the phases with their progress, the success criteria, the Go/No-Go gates with their
verdict and reasons, the missing owners and the overdue tasks. Selects the same plans as
\`rollout-plan check\` (default: every plan under the current folder). A plan with errors is still
reported; YAML syntax errors are marked in its section.

Options:
  -f, --format <markdown|json>  output format (default: markdown, fit for a pull request comment)
      --locale <en|fr|plan>     language of the report (default: from LC_ALL, LC_MESSAGES, LANG);
                                plan: each plan's section in its metadata.language (fr: French,
                                anything else: English)
  -o, --output <file>           write the report to this file instead of standard output
  -c, --config <file>           config file to use for every plan (default: the nearest
                                ${CONFIG_FILE} above each plan, as in the editor)
  -h, --help                    show this help

Exit codes: 0 the report was written (whatever the plans' problems), 2 usage or I/O problem
(unknown option, missing path, unreadable file, invalid config, --output not writable).
`;

export const INIT_HELP = `Usage: rollout-plan init [options] [file]

Writes a starter plan (in French) that passes \`rollout-plan check\` with no diagnostic: definition,
pilot with exit criteria, Go/No-Go gate, go-live with rollback, run. Never overwrites a file.
A folder as <file> gets rollout.rollout.yaml inside it.

Arguments:
  file                 the plan to create (default: rollout.rollout.yaml)

Options:
      --id <id>        metadata.id of the plan (default: from the file name)
      --title <text>   metadata.title of the plan
  -h, --help           show this help
`;
