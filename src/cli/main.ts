import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { check, nothingChecked, VERSION } from '../api.js';
import { REPORTERS, reporterFor } from '../report/index.js';
import { markdownReporter } from '../report/markdown.js';
import type { Report, Severity } from '../types.js';
import { SEVERITY_RANK } from '../types.js';

export interface CliIO {
  stdout(s: string): void;
  stderr(s: string): void;
  cwd: string;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (for colour). */
  isTTY?: boolean;
}

const USAGE = `Usage: factlint check [options] <dir|file>...
       factlint report [options] <dir|file>...   (check with --format html --fail-on none)

Checks sets of versions of one story for facts that disagree or were dropped.

Options:
  --rules <file>      rule file to use (repeatable); default: rules/news-core.yaml
                      plus every story rule file whose applies-to names the set
  --format <name>     output format: ${Object.keys(REPORTERS).join(', ')} (default: text)
  -o, --output <file> write the report to a file instead of stdout
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
    io.stderr(`factlint: ${(error as Error).message}\n\n${USAGE}`);
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
    io.stderr(command ? `factlint: unknown command "${command}"\n\n${USAGE}` : USAGE);
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
    io.stderr(`factlint: unknown format "${values.format}" (use ${Object.keys(REPORTERS).join(', ')})\n`);
    return 2;
  }
  const failOn = (values['fail-on'] ?? (isReport ? 'none' : 'error')) as FailOn;
  if (!['error', 'warning', 'info', 'none'].includes(failOn)) {
    io.stderr(`factlint: --fail-on must be error, warning, info or none (got "${failOn}")\n`);
    return 2;
  }

  let report: Report;
  try {
    report = await check(paths, values.rules ? { rules: values.rules, cwd: io.cwd } : { cwd: io.cwd });
  } catch (error) {
    // A bug, not bad input: say so in one line; the stack only on request.
    io.stderr(`factlint: internal error: ${(error as Error).message}\n`);
    if (io.env.FACTLINT_DEBUG) io.stderr(`${(error as Error).stack}\n`);
    return 2;
  }

  const color = wantsColor(values, io) && !values.output && reporter.name === 'text';
  const text = reporter.format(report, { color, cwd: io.cwd });
  if (values.output) {
    try {
      await writeFile(path.resolve(io.cwd, values.output), text);
    } catch (error) {
      io.stderr(`factlint: cannot write ${values.output}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
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
      io.stderr(`factlint: cannot write the step summary ${summaryFile}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    }
  }

  const blocking = [...report.findings, ...report.sets.flatMap((s) => s.findings)];
  for (const f of report.findings) {
    if (f.type === 'config' || f.type === 'input') io.stderr(`factlint: ${f.message}\n`);
  }
  if (report.findings.some((f) => f.type === 'config') || nothingChecked(report)) return 2;
  if (failOn === 'none') return 0;
  return blocking.some((f) => SEVERITY_RANK[f.severity] >= SEVERITY_RANK[failOn]) ? 1 : 0;
}

function wantsColor(values: { color?: boolean | undefined; 'no-color'?: boolean | undefined }, io: CliIO): boolean {
  if (values['no-color']) return false;
  if (values.color) return true;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY === true;
}
