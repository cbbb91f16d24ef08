import { appendFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { baselineOf, baselineText } from '../noise/baseline.js';
import { reporterFor } from '../report/index.js';
import { markdownReporter } from '../report/markdown.js';
import { safeLine } from '../report/safe.js';
import type { Report, ReporterOptions } from '../types.js';
import type { CliIO } from './io.js';
import { formatHtmlSite } from '../report/html.js';
import { isFolderOutput, writeAtomic, writeFolder } from './output.js';
import { statSync } from 'node:fs';
import type { Settings } from './settings.js';

/** Colour for text on stdout: the flag, else NO_COLOR / FORCE_COLOR, else whether stdout is a terminal. */
export function wantsColor(flag: boolean | undefined, io: CliIO): boolean {
  if (flag !== undefined) return flag;
  if (io.env.NO_COLOR) return false;
  if (io.env.FORCE_COLOR && io.env.FORCE_COLOR !== '0') return true;
  return io.isTTY === true;
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

const errorCode = (error: unknown): string => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

/** Writes a baseline of every finding in `report` (after inline disables, before any filter). */
export async function writeBaseline(report: Report, file: string, io: CliIO): Promise<boolean> {
  try {
    await writeFile(path.resolve(io.cwd, file), baselineText(baselineOf(report)));
    return true;
  } catch (error) {
    io.stderr(`factlint: cannot write the baseline ${safeLine(file)}: ${safeLine(errorCode(error))}\n`);
    return false;
  }
}

/**
 * Writes every requested format from one report (one run, many formats) and the Markdown job summary in GitHub Actions. False when a file could not be written.
 */
export async function emit(report: Report, settings: Settings, io: CliIO, color: boolean | undefined): Promise<boolean> {
  let ok = true;
  for (const target of settings.formats) {
    const reporter = reporterFor(target.name);
    if (!reporter) continue;
    const options: ReporterOptions = {
      color: target.file === null && target.name === 'text' && wantsColor(color, io),
      cwd: io.cwd,
      failOn: settings.failOn,
      annotateInfo: settings.minSeverity === 'info',
    };
    if (target.file === null) {
      io.stdout(reporter.format(report, options));
      continue;
    }
    const file = path.resolve(io.cwd, target.file);
    try {
      // html into a folder (`-o out/`): index.html and one page per set
      if (target.name === 'html' && isFolderOutput(target.file, io.cwd, isDirectory)) {
        await writeFolder(file, formatHtmlSite(report, options), io.pending ?? new Set());
      } else {
        await writeAtomic(file, reporter.format(report, options), io.pending ?? new Set());
      }
    } catch (error) {
      io.stderr(`factlint: cannot write ${safeLine(target.file)}: ${safeLine(errorCode(error))}\n`);
      ok = false;
    }
  }
  // In a GitHub Actions job, also leave a Markdown summary on the run's page.
  const summaryFile = io.env.GITHUB_STEP_SUMMARY;
  if (summaryFile) {
    try {
      await appendFile(summaryFile, markdownReporter.format(report, { color: false, cwd: io.cwd }));
    } catch (error) {
      io.stderr(`factlint: cannot write the step summary ${safeLine(summaryFile)}: ${safeLine(errorCode(error))}\n`);
    }
  }
  return ok;
}
