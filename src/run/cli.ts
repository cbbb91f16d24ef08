/**
 * The CLI's side of a run (`--jobs`, `--shard`, streamed JSON/NDJSON, `merge`), kept out of
 * src/cli/main.ts so that it only parses two more flags and calls `produceReport`.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { PendingFiles } from '../cli/output.js';
import { writeAtomic } from '../cli/output.js';
import type { Report, Reporter, SetReport } from '../types.js';
import { planRun } from './plan.js';
import { defaultJobs, runSets } from './run.js';
import { parseShard, type Shard } from './shard.js';
import { collectSink, feeder, jsonSink, ndjsonSink, type ReportSink, type Write } from './stream.js';

/** Flags for node:util parseArgs. */
export const RUN_FLAGS = {
  jobs: { type: 'string' },
  shard: { type: 'string' },
} as const;

export const RUN_USAGE = `  --jobs <n>           sets checked in parallel, one worker thread each (default: available cores)
  --shard <i/n>        check only the sets of shard i of n (by a stable hash of the set path)
`;

export interface RunFlags {
  jobs: number;
  shard: Shard | null;
}

/** `--jobs` and `--shard` checked, or the usage error. */
export function parseRunFlags(values: { jobs?: string | undefined; shard?: string | undefined }): RunFlags | { error: string } {
  const jobs = values.jobs === undefined ? defaultJobs() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) return { error: `--jobs must be a whole number from 1 to 256 (got "${values.jobs}")` };
  const shard = values.shard === undefined ? null : parseShard(values.shard);
  if (values.shard !== undefined && shard === null) return { error: `--shard must be i/n with 1 <= i <= n (got "${values.shard}")` };
  return { jobs, shard };
}

export interface ProduceOptions extends RunFlags {
  paths: string[];
  rules: string[] | undefined;
  cwd: string;
  reporter: Reporter;
  color: boolean;
  /** `-o` file (absolute), or null for stdout. */
  output: string | null;
  /** Keep every set whole in the returned report (the Markdown step summary needs it). */
  keepSets: boolean;
  pending: PendingFiles;
  stdout(s: string): void;
}

/** The report, or why it could not be written. With a streamed format, sets come back without claims or evidence. */
export type Produced = { report: Report } | { writeError: string };

/**
 * Checks the sets and writes the report: JSON and NDJSON set by set as soon as each set and
 * every earlier one are done (to stdout, or to the `-o` file's temporary file, renamed at the
 * end); other formats once the whole report is there.
 */
export async function produceReport(o: ProduceOptions): Promise<Produced> {
  const plan = await planRun(o.paths, { ...(o.rules ? { rules: o.rules } : {}), cwd: o.cwd });
  const streamed = o.reporter.name === 'json' || o.reporter.name === 'ndjson';
  if (!streamed) {
    const sink = collectSink(o.shard);
    await drive(plan, o, sink);
    const report = sink.report();
    const text = o.reporter.format(report, { color: o.color, cwd: o.cwd });
    if (o.output === null) o.stdout(text);
    else {
      try {
        await writeAtomic(o.output, text, o.pending);
      } catch (error) {
        return { writeError: (error as NodeJS.ErrnoException).code ?? (error as Error).message };
      }
    }
    return { report };
  }
  const kept = collectSink();
  const file = o.output === null ? null : await openAtomic(o.output, o.pending).catch((e: NodeJS.ErrnoException) => e);
  if (file instanceof Error) return { writeError: file.code ?? file.message };
  const write: Write = file ? (s) => file.write(s) : (s) => o.stdout(s);
  const out = o.reporter.name === 'json' ? jsonSink(write, o.shard) : ndjsonSink(write, o.shard);
  try {
    await drive(plan, o, teeSink(out, kept, o.keepSets));
    await file?.commit();
  } catch (error) {
    await file?.abort();
    if (file && (error as NodeJS.ErrnoException).code) return { writeError: (error as NodeJS.ErrnoException).code ?? '' };
    throw error;
  }
  return { report: kept.report() };
}

async function drive(plan: Awaited<ReturnType<typeof planRun>>, o: RunFlags, sink: ReportSink): Promise<void> {
  const feed = feeder(sink, plan.findings);
  await runSets(plan, { jobs: o.jobs, shard: o.shard, emit: (x) => feed.emit(x) });
  await feed.end();
}

/** Writes to `out`, and keeps in `kept` what the exit code and stderr need (or every set whole). */
function teeSink(out: ReportSink, kept: ReportSink, whole: boolean): ReportSink {
  return {
    async set(report, position) {
      await out.set(report, position);
      await kept.set(whole ? report : digest(report), position);
    },
    async end(findings) {
      await out.end(findings);
      await kept.end(findings);
    },
  };
}

/** What the CLI needs of a written set: its versions and findings, without claims or evidence. */
function digest(set: SetReport): SetReport {
  return { ...set, claims: [], findings: set.findings.map((f) => ({ ...f, evidence: [] })) };
}

interface AtomicFile {
  write(s: string): Promise<void>;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/** A temporary file next to `file`, renamed over it on commit (as writeAtomic, but written in pieces). */
async function openAtomic(file: string, pending: PendingFiles): Promise<AtomicFile> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  let handle: FileHandle;
  try {
    handle = await open(temp, 'wx');
  } catch (error) {
    pending.delete(temp);
    throw error;
  }
  const done = async (keep: boolean): Promise<void> => {
    try {
      await handle.close();
      if (keep) await rename(temp, file);
    } finally {
      pending.delete(temp);
      await rm(temp, { force: true });
    }
  };
  return {
    async write(s) {
      await handle.write(s);
    },
    commit: () => done(true),
    abort: () => done(false),
  };
}
