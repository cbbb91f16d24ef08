/** `factlint merge [--format F] [-o FILE] shard-*.json`: the CLI side of src/run/merge.ts. */
import path from 'node:path';
import type { PendingFiles } from './output.js';
import { writeAtomic } from './output.js';
import { REPORTERS, reporterFor } from '../report/index.js';
import { safeLine } from '../report/safe.js';
import { MergeError, mergeFiles } from '../run/merge.js';

export interface MergeIO {
  format: string | undefined;
  output: string | undefined;
  cwd: string;
  pending: PendingFiles;
  stdout(s: string): void;
  stderr(s: string): void;
}

/** Merges shard reports and writes the report in the format asked for (JSON by default). Exit 0, or 2 on an error. */
export async function runMerge(files: readonly string[], io: MergeIO): Promise<number> {
  const reporter = reporterFor(io.format ?? 'json');
  if (!reporter) {
    io.stderr(`factlint: unknown format "${safeLine(io.format ?? '')}" (use ${Object.keys(REPORTERS).join(', ')})\n`);
    return 2;
  }
  if (io.output !== undefined && io.output.trim() === '') {
    io.stderr('factlint: -o/--output needs a file name\n');
    return 2;
  }
  try {
    const report = await mergeFiles(files.map((f) => path.resolve(io.cwd, f)));
    const text = reporter.format(report, { color: false, cwd: io.cwd });
    if (io.output === undefined) io.stdout(text);
    else await writeAtomic(path.resolve(io.cwd, io.output), text, io.pending);
    return 0;
  } catch (error) {
    if (!(error instanceof MergeError) && !(error as NodeJS.ErrnoException).code) throw error;
    io.stderr(`factlint: merge: ${safeLine((error as Error).message)}\n`);
    return 2;
  }
}
