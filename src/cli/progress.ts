import type { SetGist } from '../run/passes.js';
import type { SetReport } from '../types.js';
import { safeLine } from '../report/safe.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;

/** `[3/200] stories/flood: 1 error, 2 warnings, 5 infos (4 versions)` (run/passes.ts `gistOf` gives a set's facts) */
export function progressLine(set: SetGist, done: number, total: number): string {
  const counts = `${plural(set.errors, 'error')}, ${plural(set.warnings, 'warning')}, ${plural(set.infos, 'info')}`;
  return `factlint: [${done}/${total}] ${safeLine(set.path)}: ${counts} (${plural(set.versions, 'version')})\n`;
}

/** `factlint: 3 of 200 sets have errors, 12 have warnings` (after the run, on stderr). */
export function setsSummaryLine(sets: readonly SetReport[]): string {
  const withErrors = sets.filter((s) => s.findings.some((f) => f.severity === 'error')).length;
  const withWarnings = sets.filter((s) => s.findings.some((f) => f.severity === 'warning')).length;
  return setsCountLine(sets.length, withErrors, withWarnings);
}

/** The same line from counts kept while the sets were streamed. */
export function setsCountLine(sets: number, withErrors: number, withWarnings: number): string {
  return `factlint: ${withErrors} of ${plural(sets, 'set')} ${withErrors === 1 ? 'has' : 'have'} errors, ${withWarnings} ${withWarnings === 1 ? 'has' : 'have'} warnings\n`;
}

/** Progress lines: on a terminal, or with --progress; never with --no-progress or --quiet. */
export function wantsProgress(flag: boolean | undefined, quiet: boolean, stderrIsTTY: boolean): boolean {
  if (flag !== undefined) return flag;
  return !quiet && stderrIsTTY;
}

/** `factlint: left out 5 findings in the baseline, 1 disabled inline, 12 below --min-severity` (or ''). */
export function leftOutLine(summary: { baselined?: number; disabled?: number; hidden?: number }): string {
  const parts = [
    ...(summary.baselined ? [`${plural(summary.baselined, 'finding')} in the baseline`] : []),
    ...(summary.disabled ? [`${summary.disabled} disabled inline`] : []),
    ...(summary.hidden ? [`${summary.hidden} below --min-severity`] : []),
  ];
  return parts.length > 0 ? `factlint: left out ${parts.join(', ')}\n` : '';
}
