import type { Config } from '../config/load.js';
import { REPORTERS, reporterFor } from '../report/index.js';
import type { Severity } from '../types.js';
import type { CliOptions, FailOn } from './options.js';

/** The run's settings: the command line over the config file over the defaults. */
export interface Settings {
  formats: FormatTarget[];
  failOn: FailOn;
  minSeverity: Severity | null;
  baseline: string | null;
  writeBaseline: string | null;
}

/** One output: a format and its file (null: stdout). */
export interface FormatTarget {
  name: string;
  file: string | null;
}

const SEVERITIES: readonly string[] = ['error', 'warning', 'info'];

export function parseFormat(spec: string): FormatTarget | string {
  const colon = spec.indexOf(':');
  const name = colon < 0 ? spec : spec.slice(0, colon);
  const file = colon < 0 ? null : spec.slice(colon + 1);
  if (reporterFor(name) === null) return `unknown format "${name}" (use ${Object.keys(REPORTERS).join(', ')})`;
  if (file !== null && file.trim() === '') return `--format ${name}: needs a file name after the colon`;
  return { name, file };
}

function formatsOf(opts: CliOptions, config: Config, isReport: boolean): FormatTarget[] | string {
  // `report` is the page for a person: HTML unless --format says otherwise (the config's formats are for `check`).
  const specs = opts.formats.length > 0 ? opts.formats : isReport ? ['html'] : config.format ?? ['text'];
  const targets: FormatTarget[] = [];
  for (const spec of specs) {
    const t = parseFormat(spec);
    if (typeof t === 'string') return t;
    targets.push(t);
  }
  const toStdout = targets.filter((t) => t.file === null);
  if (toStdout.length > 1) return `only one format can go to stdout; give the others a file (--format ${toStdout[1]?.name}:FILE)`;
  if (opts.output !== undefined) {
    const first = toStdout[0];
    if (!first) return '-o/--output names the file of the format without one, but every format has a file';
    first.file = opts.output;
  }
  return targets;
}

/** Settings, or a usage message. */
export function settingsOf(opts: CliOptions, config: Config, isReport: boolean): Settings | string {
  const formats = formatsOf(opts, config, isReport);
  if (typeof formats === 'string') return formats;
  const failOn = opts.failOn ?? (isReport ? 'none' : config.failOn ?? 'error');
  if (![...SEVERITIES, 'none'].includes(failOn)) return `--fail-on must be error, warning, info or none (got "${failOn}")`;
  const min = opts.quiet ? 'error' : opts.minSeverity ?? config.minSeverity ?? null;
  if (min !== null && !SEVERITIES.includes(min)) return `--min-severity must be error, warning or info (got "${min}")`;
  if (opts.updateBaseline && opts.baseline === undefined && config.baseline === null) return '--update-baseline needs --baseline FILE (or baseline: in the config)';
  const baseline = opts.baseline ?? config.baseline;
  return {
    formats,
    failOn: failOn as FailOn,
    minSeverity: min as Severity | null,
    baseline: opts.updateBaseline ? null : baseline,
    writeBaseline: opts.writeBaseline ?? (opts.updateBaseline ? baseline : null),
  };
}
