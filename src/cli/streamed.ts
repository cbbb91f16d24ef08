/**
 * `check` with JSON, NDJSON or text output, written set by set: each set's report goes out
 * as soon as it and every earlier set are done, so memory holds the sets in flight, not the
 * run (text after the report's own findings, which the plan settles; on a terminal that
 * shows progress lines, text is formatted set by set but written at the end). The bytes are
 * those of the whole-report path (`check()`, the post-passes, the reporter): per-set passes
 * (config `checks`, inline disables, the baseline, the minimum severity) and each output's
 * formatting are done by the thread that checked the set (run/passes.ts), and this thread
 * writes the texts and counts the summary as it goes.
 * Used when every output is JSON, NDJSON or text and nothing needs the whole report at the end
 * (`--write-baseline`, a GitHub step summary); command.ts chooses.
 */
import { randomBytes } from 'node:crypto';
import { open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { applyCheckSettings, applyMinSeverity, type CheckSettings } from '../noise/filter.js';
import { safeLine } from '../report/safe.js';
import { planRun, type PlanOptions } from '../run/plan.js';
import type { PassedSet, SetGist, SetPasses } from '../run/passes.js';
import { runPassedSets, shardItems } from '../run/run.js';
import type { Shard } from '../run/shard.js';
import { countsOf, worstOf, jsonSink, ndjsonSink, textSink, type ReportSink, type SetCounts, type StreamFormat, type Write, type WriteParts } from '../run/stream.js';
import { Encoder } from './encoder.js';
import { wantsColor } from './emit.js';
import type { Finding, Report, Severity } from '../types.js';
import { SEVERITY_RANK } from '../types.js';
import { VERSION } from '../version.js';
import type { CliIO } from './io.js';
import type { FailOn } from './options.js';
import type { Settings } from './settings.js';

/** Formats written set by set. */
const STREAMED: ReadonlySet<string> = new Set<StreamFormat>(['json', 'ndjson', 'text']);

/** Whether this run's outputs can be streamed (see the module comment). */
export function canStream(settings: Settings, io: CliIO): boolean {
  return settings.writeBaseline === null && !io.env.GITHUB_STEP_SUMMARY && settings.formats.every((t) => STREAMED.has(t.name));
}

export interface StreamedRun {
  plan: PlanOptions;
  paths: readonly string[];
  jobs: number | 'auto';
  shard: Shard | null;
  settings: Settings;
  /** Fingerprints of the baseline (`--baseline`), read before the run; null without one. */
  baseline: readonly string[] | null;
  /** Progress line of a set (before the post-passes, as `check()` reports it). */
  onSet?: (set: SetGist, done: number, total: number) => void;
  /** `--color` / `--no-color` for text on stdout (else the environment decides). */
  color?: boolean;
}

/** What the caller needs after the run: the exit-code facts and the stderr lines. */
export interface StreamedOutcome {
  ok: boolean;
  summary: Report['summary'];
  ownFindings: Finding[];
  /** Messages of input errors inside sets, in set order (printed after the report's own). */
  setInputErrors: string[];
  sets: number;
  setsWithErrors: number;
  setsWithWarnings: number;
  nothingChecked: boolean;
  worst: number;
}

interface Output {
  sink: ReportSink;
  /** Ends the output: renames the temporary file into place. False when it could not be written. */
  commit(): Promise<boolean>;
  abort(): Promise<void>;
}

/**
 * The report's own findings (missing paths, rule-file problems: all known once the run is
 * planned) through the report-wide passes (config `checks`, the minimum severity), and how
 * many the minimum severity left out. Inline disables and the baseline are about sets.
 */
function ownFindings(found: readonly Finding[], checks: CheckSettings, run: StreamedRun): { findings: Finding[]; hidden: number } {
  let tail: Report = { tool: { name: 'factlint', version: VERSION }, sets: [], findings: [...found], summary: { errors: 0, warnings: 0, infos: 0 } };
  tail = applyCheckSettings(tail, checks);
  if (run.settings.minSeverity !== null) tail = applyMinSeverity(tail, run.settings.minSeverity);
  return { findings: tail.findings, hidden: tail.summary.hidden ?? 0 };
}

/** What the run has counted so far: findings by severity, sets, what the post-passes left out. */
class RunTally {
  readonly counts = { errors: 0, warnings: 0, infos: 0 };
  readonly left = { disabled: 0, baselined: 0, hidden: 0 };
  readonly setInputErrors: string[] = [];
  sets = 0;
  setsWithErrors = 0;
  setsWithWarnings = 0;
  anyVersion = false;
  worst = -1;

  constructor(hidden: number) {
    this.left.hidden = hidden;
  }

  /** The report's own findings (they belong to no set). */
  findings(findings: readonly Finding[]): void {
    this.add(countsOf(findings), worstOf(findings));
  }

  /** A set as the post-passes left it. */
  set(done: PassedSet): void {
    this.left.disabled += done.disabled;
    this.left.baselined += done.baselined;
    this.left.hidden += done.hidden;
    this.add(done.counts, done.worst);
    if (done.counts.errors > 0) this.setsWithErrors++;
    if (done.counts.warnings > 0) this.setsWithWarnings++;
    if (done.anyVersion) this.anyVersion = true;
    this.setInputErrors.push(...done.inputErrors);
  }

  private add(counts: SetCounts, worst: number): void {
    this.counts.errors += counts.errors;
    this.counts.warnings += counts.warnings;
    this.counts.infos += counts.infos;
    this.worst = Math.max(this.worst, worst);
  }

  summary(withBaseline: boolean): Report['summary'] {
    const { counts, left } = this;
    return {
      ...counts,
      ...(left.disabled > 0 ? { disabled: left.disabled } : {}),
      ...(withBaseline ? { baselined: left.baselined } : {}),
      ...(left.hidden > 0 ? { hidden: left.hidden } : {}),
    };
  }
}

/** The run's outputs, in order, with the colour of each. */
function formatsOf(run: StreamedRun, io: CliIO): Array<{ name: StreamFormat; file: string | null; color: boolean }> {
  return run.settings.formats.map((target) => ({
    name: target.name as StreamFormat,
    file: target.file,
    color: target.file === null && target.name === 'text' && wantsColor(run.color, io),
  }));
}

/** Every output of the run, opened (null for one that could not be). */
async function openOutputs(run: StreamedRun, io: CliIO, textHead: readonly Finding[] | null): Promise<Array<Output | null>> {
  const outputs: Array<Output | null> = [];
  for (const target of formatsOf(run, io)) {
    outputs.push(await openOutput({ format: target.name, file: target.file, shard: run.shard, color: target.color, textHead }, io));
  }
  return outputs;
}

/** What the thread that checks a set does with its report (run/passes.ts). */
function passesOf(run: StreamedRun, io: CliIO, checks: CheckSettings): SetPasses {
  const formats = formatsOf(run, io).map(({ name, color }) => ({ name, color }));
  return { checks, baseline: run.baseline, minSeverity: run.settings.minSeverity, cwd: io.cwd, formats };
}

/** Runs the check and writes every output set by set. */
export async function runStreamed(run: StreamedRun, io: CliIO): Promise<StreamedOutcome> {
  const plan = await planRun(run.paths, run.plan);
  const checks = plan.config.checks;
  const own = ownFindings(plan.findings, checks, run);
  // Text on a terminal that also shows progress lines is written at the end, not between them.
  const opened = await openOutputs(run, io, run.onSet === undefined ? own.findings : null);
  // An output that could not be opened gets nothing (its set texts are made all the same).
  const outputs = opened.filter((o): o is Output => o !== null);
  let ok = outputs.length === opened.length;
  const tally = new RunTally(own.hidden);
  const total = shardItems(plan, run.shard).length;
  try {
    await runPassedSets(plan, {
      jobs: run.jobs,
      shard: run.shard,
      language: plan.language,
      passes: passesOf(run, io, checks),
      async emit(done) {
        tally.sets++;
        run.onSet?.(done.gist, tally.sets, total);
        tally.set(done);
        for (const [k, o] of opened.entries()) if (o !== null) await o.sink.set(done.outputs[k] ?? [], done.counts, done.position);
      },
    });
    tally.findings(own.findings);
    const summary = tally.summary(run.baseline !== null);
    // Own findings belong to no set (a missing path): position -1 in a shard report.
    for (const o of outputs) await o.sink.end(own.findings.map((finding) => ({ finding, position: -1 })), summary);
    for (const o of outputs) if (!(await o.commit())) ok = false;
    const { setInputErrors, sets, setsWithErrors, setsWithWarnings, worst } = tally;
    return { ok, summary, ownFindings: own.findings, setInputErrors, sets, setsWithErrors, setsWithWarnings, nothingChecked: !tally.anyVersion, worst };
  } catch (error) {
    for (const o of outputs) await o.abort();
    throw error;
  }
}

/** Whether any finding is at or above `failOn`. */
export function failsOn(worst: number, failOn: FailOn): boolean {
  return failOn !== 'none' && worst >= SEVERITY_RANK[failOn as Severity];
}

/** One streamed output; `textHead`: the report's own findings when text may be written set by set (see textSink). */
interface OutputTarget {
  format: string;
  file: string | null;
  shard: Shard | null;
  color: boolean;
  textHead: readonly Finding[] | null;
}

/** A streamed output: stdout (waiting for the reader when its buffer is full) or a file written under a temporary name. */
async function openOutput(output: OutputTarget, io: CliIO): Promise<Output | null> {
  const { format, file, shard, color, textHead } = output;
  const make = (write: Write, writeParts: WriteParts | null): ReportSink =>
    format === 'ndjson' ? ndjsonSink(write, shard, writeParts) : format === 'text' ? textSink(write, color, textHead) : jsonSink(write, shard);
  return file === null ? stdoutOutput(io, make) : fileOutput(file, io, make);
}

/** Output to `file`, written under a temporary name and renamed once complete (none left behind on failure). */
async function fileOutput(file: string, io: CliIO, make: (write: Write, writeParts: WriteParts | null) => ReportSink): Promise<Output | null> {
  const target = path.resolve(io.cwd, file);
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  const pending = io.pending ?? new Set<string>();
  let handle: Awaited<ReturnType<typeof open>>;
  try {
    pending.add(temp);
    handle = await open(temp, 'wx');
  } catch (error) {
    pending.delete(temp);
    io.stderr(`factlint: cannot write ${safeLine(file)}: ${safeLine(errorCode(error))}\n`);
    return null;
  }
  let failed: unknown = null;
  const write = async (chunk: string | Uint8Array): Promise<void> => {
    if (failed !== null) return;
    try {
      await (typeof chunk === 'string' ? handle.write(chunk) : handle.write(chunk));
    } catch (error) {
      failed = error;
    }
  };
  // a set's bytes, encoded into a buffer that is free again once written
  const encoder = new Encoder();
  const forget = async (): Promise<void> => {
    await rm(temp, { force: true });
    pending.delete(temp);
  };
  return {
    sink: make(write, (parts) => write(encoder.encode(parts))),
    async commit() {
      try {
        if (failed !== null) throw failed;
        await handle.close();
        await rename(temp, target);
        return true;
      } catch (error) {
        io.stderr(`factlint: cannot write ${safeLine(file)}: ${safeLine(errorCode(error))}\n`);
        return false;
      } finally {
        await forget();
      }
    },
    async abort() {
      await handle.close().catch(() => undefined);
      await forget();
    },
  };
}

/** Output to stdout, waiting for the reader when its buffer is full. */
function stdoutOutput(io: CliIO, make: (write: Write, writeParts: WriteParts | null) => ReportSink): Output {
  const wrote = async (accepted: unknown): Promise<void> => {
    if (accepted === false && io.drain) await io.drain();
  };
  const { stdoutParts } = io;
  const write = (chunk: string): Promise<void> => wrote(io.stdout(chunk));
  return { sink: make(write, stdoutParts ? (parts) => wrote(stdoutParts(parts)) : null), commit: async () => true, abort: async () => undefined };
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;
