import { statSync } from 'node:fs';
import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { check, nothingChecked, VERSION } from '../api.js';
import { REPORTERS, reporterFor } from '../report/index.js';
import { markdownReporter } from '../report/markdown.js';
import { safeLine } from '../report/safe.js';
import type { Report, Reporter, Severity } from '../types.js';
import { SEVERITY_RANK } from '../types.js';
import { formatHtmlSite } from '../report/html.js';
import { isFolderOutput, outputConflict, writeAtomic, writeFolder, type PendingFiles } from './output.js';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (for colour). */
  isTTY?: boolean;
  /** Temporary files being written; the caller removes them on an interrupt. */
  pending?: PendingFiles;
}

const USAGE = `Usage: factlint check [options] <dir|file>...
       factlint report [options] <dir|file>...   (check with --format html --fail-on none)

Checks sets of versions of one story for facts that disagree or were dropped.

Options:
  --rules <file>      rule file to use (repeatable); default: rules/news-core.yaml
                      plus every story rule file whose applies-to names the set
  --format <name>     output format: ${Object.keys(REPORTERS).join(', ')} (default: text)
  -o, --output <file> write the report to a file instead of stdout; with --format html, a
                      folder (ending in / or existing) gets index.html and one page per set
  --fail-on <level>   exit 1 on findings at or above: error, warning, info, none (default: error)
  --color / --no-color  force or disable colour (NO_COLOR and FORCE_COLOR are honoured)
  -h, --help          show this help
  -v, --version       show the version

Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it,
2 usage, rule-file or input errors that left nothing to check.
`;

type FailOn = Severity | 'none';

/** The command line. The only place that knows about argv, streams and exit codes. */
export async function runCli(argv: readonly string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        rules: { type: 'string', multiple: true },
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        'fail-on': { type: 'string' },
        color: { type: 'boolean' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (error) {
    io.stderr(`factlint: ${safeLine((error as Error).message)}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout(USAGE);
    return 0;
  }
  if (values.version) {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const [command, ...paths] = positionals;
  if (command !== 'check' && command !== 'report') {
    io.stderr(command ? `factlint: unknown command "${safeLine(command)}"\n\n${USAGE}` : USAGE);
    return 2;
  }
  if (paths.length === 0) {
    io.stderr(`factlint: give at least one article set (a directory) or version files\n\n${USAGE}`);
    return 2;
  }
  // `report` is `check` for a person: an HTML page by default, and no failing exit code.
  const isReport = command === 'report';
  const reporter = reporterFor(values.format ?? (isReport ? 'html' : 'text'));
  if (!reporter) {
    io.stderr(`factlint: unknown format "${safeLine(values.format ?? '')}" (use ${Object.keys(REPORTERS).join(', ')})\n`);
    return 2;
  }
  const failOn = (values['fail-on'] ?? (isReport ? 'none' : 'error')) as FailOn;
  if (!['error', 'warning', 'info', 'none'].includes(failOn)) {
    io.stderr(`factlint: --fail-on must be error, warning, info or none (got "${safeLine(failOn)}")\n`);
    return 2;
  }
  const output = values.output === undefined ? null : values.output;
  const outputError = output === null ? null : checkOutput(output, paths, io.cwd);
  if (outputError !== null) {
    io.stderr(`factlint: ${safeLine(outputError)}\n`);
    return 2;
  }
  const folder = output !== null && isFolderOutput(output, io.cwd, isDirectory);
  if (folder && reporter.name !== 'html') {
    io.stderr(`factlint: ${safeLine(output ?? '')} is a folder: only --format html writes a folder (one page per set)\n`);
    return 2;
  }
  try {
    return await run({ paths, rules: values.rules, reporter, failOn, output, folder, color: wantsColor(values, io) }, io);
  } catch (error) {
    // A bug, not bad input: say so in one line; the stack only on request.
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`factlint: internal error while checking ${safeLine(paths.join(' '))}: ${safeLine(message)}\n`);
    if (io.env.FACTLINT_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return 2;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Why `-o output` cannot be used, or null. */
function checkOutput(output: string, paths: readonly string[], cwd: string): string | null {
  if (output.trim() === '') return '-o/--output needs a file name';
  const conflict = outputConflict(output, paths, cwd, isDirectory);
  return conflict === null ? null : `refusing to write the report: ${conflict}`;
}

interface RunOptions {
  paths: string[];
  rules: string[] | undefined;
  reporter: Reporter;
  failOn: FailOn;
  output: string | null;
  /** Write `output` as a folder of pages (HTML only). */
  folder: boolean;
  color: boolean;
}

/** Check, write the report, and choose the exit code. */
async function run(opts: RunOptions, io: CliIO): Promise<number> {
  const { paths, reporter, failOn } = opts;
  const report: Report = await check(paths, opts.rules ? { rules: opts.rules, cwd: io.cwd } : { cwd: io.cwd });
  const color = opts.color && opts.output === null && reporter.name === 'text';
  const options = { color, cwd: io.cwd };
  const pages = opts.folder ? formatHtmlSite(report, options) : null;
  const text = pages === null ? reporter.format(report, options) : '';
  if (opts.output !== null) {
    const target = path.resolve(io.cwd, opts.output);
    const pending = io.pending ?? new Set<string>();
    try {
      if (pages !== null) await writeFolder(target, pages, pending);
      else await writeAtomic(target, text, pending);
    } catch (error) {
      io.stderr(`factlint: cannot write ${safeLine(opts.output)}: ${safeLine((error as NodeJS.ErrnoException).code ?? (error as Error).message)}\n`);
      return 2;
    }
  } else {
    io.stdout(text);
  }

  // In a GitHub Actions job, also leave a Markdown summary on the run's page.
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    try {
      await appendFile(summaryFile, markdownReporter.format(report, { color: false, cwd: io.cwd }));
    } catch (error) {
      io.stderr(`factlint: cannot write the step summary ${safeLine(summaryFile)}: ${safeLine((error as NodeJS.ErrnoException).code ?? (error as Error).message)}\n`);
    }
  }

  const blocking = [...report.findings, ...report.sets.flatMap((s) => s.findings)];
  printProblems(report, io);
  if (report.findings.some((f) => f.type === 'config') || nothingChecked(report)) return 2;
  if (failOn === 'none') return 0;
  return blocking.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) ? 1 : 0;
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

function wantsColor(values: { color?: boolean | undefined; 'no-color'?: boolean | undefined }, io: CliIO): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY === true;
}
