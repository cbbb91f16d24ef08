import { safeLine } from '../report/safe.js';
import { VERSION } from '../version.js';
import { parseCliOptions, type CliOptions } from './options.js';
import type { PendingFiles } from './output.js';
import { USAGE } from './usage.js';

export interface CliIO {
  /** Writes to stdout; false when the stream's buffer is full (then `drain` waits for the reader). */
  stdout(s: string): unknown;
  /** Resolves when stdout can take more (streamed reports wait for a slow reader). */
  drain?: () => Promise<void>;
  stderr(s: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (for colour). */
  isTTY?: boolean;
  /** Whether stderr is a terminal (for progress lines). */
  stderrIsTTY?: boolean;
  /** Reads all of stdin (for `-`); default: nothing. */
  readStdin?: () => Promise<Uint8Array>;
  /** Temporary files being written; the caller removes them on an interrupt. */
  pending?: PendingFiles;
}

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
