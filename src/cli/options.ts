import { parseArgs } from 'node:util';
import type { Severity } from '../types.js';

/**
 * Command-line options, parsed with Node's own `util.parseArgs` (no dependency; strict: an
 * unknown option is a usage error) into one typed value. Defaults from the config file are
 * applied later (cli/settings.ts), so that the command line always wins.
 */

export type FailOn = Severity | 'none';

export interface CliOptions {
  command: string | undefined;
  paths: string[];
  rules: string[] | undefined;
  rulesDir: string | undefined;
  config: string | undefined;
  formats: string[];
  output: string | undefined;
  failOn: string | undefined;
  minSeverity: string | undefined;
  quiet: boolean;
  baseline: string | undefined;
  writeBaseline: string | undefined;
  updateBaseline: boolean;
  oneSet: boolean;
  include: string[];
  exclude: string[];
  git: string[];
  gitBase: string | undefined;
  progress: boolean | undefined;
  color: boolean | undefined;
  /** `--jobs <n>` as given (checked in cli/command.ts). */
  jobs: string | undefined;
  /** `--shard <i/n>` as given. */
  shard: string | undefined;
  help: boolean;
  version: boolean;
}

const SPEC = {
  rules: { type: 'string', multiple: true },
  'rules-dir': { type: 'string' },
  config: { type: 'string', short: 'c' },
  format: { type: 'string', short: 'f', multiple: true },
  output: { type: 'string', short: 'o' },
  'fail-on': { type: 'string' },
  'min-severity': { type: 'string' },
  quiet: { type: 'boolean', short: 'q' },
  baseline: { type: 'string' },
  'write-baseline': { type: 'string' },
  'update-baseline': { type: 'boolean' },
  set: { type: 'boolean' },
  include: { type: 'string', multiple: true },
  exclude: { type: 'string', multiple: true },
  git: { type: 'string', multiple: true },
  'git-base': { type: 'string' },
  'changed-since': { type: 'string' },
  progress: { type: 'boolean' },
  'no-progress': { type: 'boolean' },
  color: { type: 'boolean' },
  'no-color': { type: 'boolean' },
  jobs: { type: 'string', short: 'j' },
  shard: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const flag = (yes: boolean | undefined, no: boolean | undefined): boolean | undefined => (no ? false : yes ? true : undefined);

/** Parses argv; throws parseArgs' error (an unknown option, a missing value) for a usage message. */
export function parseCliOptions(argv: readonly string[]): CliOptions {
  const { values: v, positionals } = parseArgs({ args: [...argv], allowPositionals: true, options: SPEC });
  const [command, ...paths] = positionals;
  return {
    command,
    paths,
    rules: v.rules,
    rulesDir: v['rules-dir'],
    config: v.config,
    formats: v.format ?? [],
    output: v.output,
    failOn: v['fail-on'],
    minSeverity: v['min-severity'],
    quiet: v.quiet === true,
    baseline: v.baseline,
    writeBaseline: v['write-baseline'],
    updateBaseline: v['update-baseline'] === true,
    oneSet: v.set === true,
    include: v.include ?? [],
    exclude: v.exclude ?? [],
    git: v.git ?? [],
    gitBase: v['git-base'] ?? v['changed-since'],
    progress: flag(v.progress, v['no-progress']),
    color: flag(v.color, v['no-color']),
    jobs: v.jobs,
    shard: v.shard,
    help: v.help === true,
    version: v.version === true,
  };
}
