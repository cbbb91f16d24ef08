import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { defaultConfig, loadConfig, type Config } from '../config/load.js';
import { formatProblem } from '../yaml/problems.js';
import { safeLine } from '../report/safe.js';
import type { MemorySet } from '../load/memory.js';
import type { SetGist } from '../run/passes.js';
import type { ConfigProblem, Report } from '../types.js';
import { isIncluded } from '../load/index.js';
import { parseShard, type Shard } from '../run/shard.js';
import { resolveInputs } from './inputs.js';
import type { CliIO } from './io.js';
import type { CliOptions } from './options.js';
import { isFolderOutput, outputConflict } from './output.js';
import { settingsOf, type Settings } from './settings.js';
import { USAGE } from './usage.js';

/** `check` and `report`: config, inputs, the check, post-passes, outputs and the exit code. */
export async function runCommand(opts: CliOptions, io: CliIO): Promise<number> {
  const usage = (message: string): number => {
    io.stderr(`factlint: ${safeLine(message)}\n`);
    return 2;
  };
  if (opts.command === 'merge') {
    const { runMerge } = await import('./merge.js');
    if (opts.formats.length > 1) return usage('merge writes one format');
    return runMerge(opts.paths, { format: opts.formats[0], output: opts.output, cwd: io.cwd, pending: io.pending ?? new Set(), stdout: io.stdout, stderr: io.stderr });
  }
  if (opts.command !== 'check' && opts.command !== 'report') {
    io.stderr(opts.command ? `factlint: unknown command "${safeLine(opts.command)}"\n\n${USAGE}` : USAGE);
    return 2;
  }
  if (opts.paths.length === 0 && opts.git.length === 0 && opts.gitBase === undefined) {
    io.stderr(`factlint: give at least one article set (a directory) or version files\n\n${USAGE}`);
    return 2;
  }
  const speed = parseSpeed(opts);
  if (typeof speed === 'string') return usage(speed);
  const loaded = await loadConfig(io.cwd, opts.config ?? null);
  const config = loaded.config;
  const isReport = opts.command === 'report';
  if (config === null) return configFailure(loaded.problems, opts, isReport, io);
  const settings = settingsOf(opts, withCliGlobs(config, opts), isReport);
  if (typeof settings === 'string') return usage(settings);
  for (const target of settings.formats) {
    const error = target.file === null ? null : checkOutput(target.file, opts.paths, io.cwd);
    if (error !== null) return usage(error);
    if (target.file !== null && target.name !== 'html' && isFolderOutput(target.file, io.cwd, isDirectory)) {
      return usage(`${target.file} is a folder: only --format html writes a folder (one page per set)`);
    }
  }
  try {
    return await run(opts, withCliGlobs(config, opts), settings, speed, io);
  } catch (error) {
    // A bug, not bad input: say so in one line; the stack only on request.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`factlint: internal error while checking ${safeLine(opts.paths.join(' '))}: ${safeLine(message)}\n`);
    if (io.env.FACTLINT_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return 2;
  }
}

interface Speed {
  /** `auto` without `--jobs`: workers only for large runs (see `AUTO_PARALLEL_VERSIONS`). */
  jobs: number | 'auto';
  shard: Shard | null;
}

/** `--jobs` (default: `auto`) and `--shard` checked, or the usage error. */
function parseSpeed(opts: CliOptions): Speed | string {
  const jobs = opts.jobs === undefined ? 'auto' : Number(opts.jobs);
  if (jobs !== 'auto' && (!Number.isInteger(jobs) || jobs < 1 || jobs > 256)) return `--jobs must be a whole number from 1 to 256 (got "${opts.jobs}")`;
  const shard = opts.shard === undefined ? null : parseShard(opts.shard);
  if (opts.shard !== undefined && shard === null) return `--shard must be i/n with 1 <= i <= n (got "${opts.shard}")`;
  return { jobs, shard };
}

/** `--include` / `--exclude` on the command line replace / extend the config's globs. */
function withCliGlobs(config: Config, opts: CliOptions): Config {
  return {
    ...config,
    include: opts.include.length > 0 ? opts.include : config.include,
    exclude: [...config.exclude, ...opts.exclude],
  };
}

/**
 * A config file that cannot be used: each problem as `file:line:col message` on stderr, and
 * the requested report (so that JUnit shows a failing case, not an empty suite); exit 2.
 */
async function configFailure(problems: readonly ConfigProblem[], opts: CliOptions, isReport: boolean, io: CliIO): Promise<number> {
  for (const p of problems) io.stderr(`factlint: ${safeLine(formatProblem(p))}\n`);
  const settings = settingsOf(opts, defaultConfig(io.cwd), isReport);
  if (typeof settings === 'string') return 2;
  const { configProblemReport } = await import('./post.js');
  const { emit } = await import('./emit.js');
  await emit(configProblemReport(problems, io.cwd), settings, io, false);
  return 2;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Why `file` cannot be written as a report, or null. */
function checkOutput(output: string, paths: readonly string[], cwd: string): string | null {
  if (output.trim() === '') return '-o/--output needs a file name';
  const conflict = outputConflict(output, paths, cwd, isDirectory);
  return conflict === null ? null : `refusing to write the report: ${conflict}`;
}

/** Check, apply the post-passes, write the outputs, and choose the exit code. */
async function run(opts: CliOptions, config: Config, settings: Settings, speed: Speed, io: CliIO): Promise<number> {
  const inputs = await resolveInputs({
    paths: opts.paths,
    git: opts.git,
    gitBase: opts.gitBase,
    cwd: io.cwd,
    readStdin: io.readStdin ?? (async () => new Uint8Array()),
    isVersionFile: (rel) => isIncluded(rel, { include: config.include, exclude: config.exclude }),
  });
  if (inputs.problems.length > 0) {
    for (const p of inputs.problems) io.stderr(`factlint: ${safeLine(p)}\n`);
    return 2;
  }
  if (opts.gitBase !== undefined && inputs.memory.length === 0) {
    io.stderr(`factlint: no story file changed since ${safeLine(opts.gitBase)}\n`);
  }
  const { checkRun, nothingChecked } = await import('../api.js');
  const { leftOutLine, progressLine, setsSummaryLine, wantsProgress } = await import('./progress.js');
  const progress = wantsProgress(opts.progress, opts.quiet, io.stderrIsTTY === true);
  const { gistOf } = await import('../run/passes.js');
  const { canStream } = await import('./streamed.js');
  if (canStream(settings, io)) return streamed(opts, config, settings, speed, io, inputs, progress);
  const { report: checked, directives } = await checkRun(inputs.paths, {
    cwd: io.cwd,
    config,
    memory: inputs.memory,
    oneSet: opts.oneSet,
    jobs: speed.jobs,
    shard: speed.shard,
    ...(opts.rules ? { rules: opts.rules } : {}),
    ...(opts.rulesDir ? { rulesDir: opts.rulesDir } : {}),
    ...(progress ? { onSet: (set, done, total) => io.stderr(progressLine(gistOf(set), done, total)) } : {}),
  });
  const { postProcess, withInlineDisables, exitCode } = await import('./post.js');
  const { emit, writeBaseline } = await import('./emit.js');
  if (settings.writeBaseline !== null && !(await writeBaseline(withInlineDisables(checked, io.cwd, directives), settings.writeBaseline, io))) return 2;
  const processed = await postProcess(checked, settings, io, directives);
  if (typeof processed === 'string') {
    io.stderr(`factlint: ${safeLine(processed)}\n`);
    return 2;
  }
  if (!(await emit(processed, settings, io, opts.color))) return 2;
  printProblems(processed, io);
  if (processed.sets.length > 1 && !opts.quiet) io.stderr(setsSummaryLine(processed.sets));
  if (!opts.quiet) io.stderr(leftOutLine(processed.summary));
  if (processed.findings.some((f) => f.type === 'config') || nothingChecked(processed)) return 2;
  return exitCode(processed, settings.failOn);
}

/** Problems with files (a missing path, an unreadable or empty version) and rule files: one stderr line each. */
function printProblems(report: Report, io: CliIO): void {
  for (const f of report.findings) {
    if (f.type === 'config' || f.type === 'input') io.stderr(`factlint: ${safeLine(f.message)}\n`);
  }
  for (const f of report.sets.flatMap((s) => s.findings)) {
    if (f.type === 'input' && f.severity === 'error') io.stderr(`factlint: ${safeLine(f.message)}\n`);
  }
}

/** The fingerprints of `settings.baseline` (null without one), or 'failed' once the problem is told on stderr. */
async function readBaselineOf(settings: Settings, io: CliIO): Promise<string[] | null | 'failed'> {
  if (settings.baseline === null) return null;
  const { parseBaseline } = await import('../noise/baseline.js');
  let text: string;
  try {
    text = await readFile(path.resolve(io.cwd, settings.baseline), 'utf8');
  } catch (err) {
    io.stderr(`factlint: ${safeLine(`cannot read the baseline ${settings.baseline}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`)}\n`);
    return 'failed';
  }
  const parsed = parseBaseline(text);
  if ('problem' in parsed) {
    io.stderr(`factlint: ${safeLine(`${settings.baseline}: ${parsed.problem}`)}\n`);
    return 'failed';
  }
  return [...parsed.fingerprints];
}

/**
 * `run` for JSON, NDJSON and text outputs: each set written (text: formatted) as soon as it and
 * the sets before it are done (src/cli/streamed.ts), with the same bytes, stderr lines and exit
 * code as `run`.
 */
async function streamed(
  opts: CliOptions,
  config: Config,
  settings: Settings,
  speed: Speed,
  io: CliIO,
  inputs: { paths: string[]; memory: MemorySet[] },
  progress: boolean,
): Promise<number> {
  const { runStreamed, failsOn } = await import('./streamed.js');
  const { leftOutLine, progressLine, setsCountLine } = await import('./progress.js');
  const baseline = await readBaselineOf(settings, io);
  if (baseline === 'failed') return 2;
  const out = await runStreamed(
    {
      plan: {
        cwd: io.cwd,
        config,
        memory: inputs.memory,
        oneSet: opts.oneSet,
        ...(opts.rules ? { rules: opts.rules } : {}),
        ...(opts.rulesDir ? { rulesDir: opts.rulesDir } : {}),
      },
      paths: inputs.paths,
      jobs: speed.jobs,
      shard: speed.shard,
      settings,
      baseline,
      ...(progress ? { onSet: (set: SetGist, done: number, total: number) => io.stderr(progressLine(set, done, total)) } : {}),
      ...(opts.color !== undefined ? { color: opts.color } : {}),
    },
    io,
  );
  if (!out.ok) return 2;
  for (const f of out.ownFindings) {
    if (f.type === 'config' || f.type === 'input') io.stderr(`factlint: ${safeLine(f.message)}\n`);
  }
  for (const message of out.setInputErrors) io.stderr(`factlint: ${safeLine(message)}\n`);
  if (out.sets > 1 && !opts.quiet) io.stderr(setsCountLine(out.sets, out.setsWithErrors, out.setsWithWarnings));
  if (!opts.quiet) io.stderr(leftOutLine(out.summary));
  if (out.ownFindings.some((f) => f.type === 'config') || out.nothingChecked) return 2;
  return failsOn(out.worst, settings.failOn) ? 1 : 0;
}
