import type { PendingFiles } from './output.js';

/** What the CLI may touch of the process: streams, working directory, environment, terminals, stdin. */
export interface CliIO {
  /** Writes to stdout; false when the stream's buffer is full (then `drain` waits for the reader). */
  stdout(s: string): unknown;
  /** Writes the concatenation of `parts` to stdout (as `stdout`), without making it one string; default: `stdout` of each part. */
  stdoutParts?: (parts: readonly string[]) => unknown;
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
