import { safeLine } from '../report/safe.js';
import { VERSION } from '../version.js';
import { parseCliOptions, type CliOptions } from './options.js';
import { USAGE } from './usage.js';

export type { CliIO } from './io.js';
import type { CliIO } from './io.js';

/**
 * The command line. The only place that knows about argv, streams and exit codes. `--help` and
 * `--version` answer without loading anything else (the NLP model takes a second to load).
 */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let opts: CliOptions;
  try {
    opts = parseCliOptions(argv);
  } catch (error) {
    io.stderr(`factlint: ${safeLine((error as Error).message)}\n\n${USAGE}`);
    return 2;
  }
  if (opts.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (opts.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const { runCommand } = await import('./command.js');
  return runCommand(opts, io);
}
