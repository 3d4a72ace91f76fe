// `rollout-plan` command line (placeholder entry until the CLI issue): prints its version.
import { version } from '../../package.json';

process.stdout.write(`rollout-plan ${version}\n`);
