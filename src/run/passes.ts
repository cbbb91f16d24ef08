/**
 * A streamed run's per-set work after the check: the post-passes (config `checks`, inline
 * disables, the baseline, the minimum severity), what the run counts of the set, and the set's
 * text in every output format. It runs in the thread that checked the set, so that a worker
 * hands over the set's finished text and counts (strings, cheap to pass between threads), not
 * its report: the main thread then neither parses reports nor formats them, and stays free to
 * check sets and write output.
 */
import { applyBaseline } from '../noise/baseline.js';
import { applyCheckSettings, applyMinSeverity, type CheckSettings } from '../noise/filter.js';
import { readVersionText } from '../load/directives.js';
import { applyInlineDisables, type VersionRef } from '../noise/inline.js';
import type { Report, SetReport, Severity } from '../types.js';
import { VERSION } from '../version.js';
import { countsOf, formatSet, worstOf, type SetCounts, type StreamFormat } from './stream.js';
import type { CheckedSet } from './worker.js';
import path from 'node:path';

/** What to do with each set: plain data, given to each worker once (its baseline can be large). */
export interface SetPasses {
  checks: CheckSettings;
  /** Fingerprints of `--baseline`, or null without one. */
  baseline: readonly string[] | null;
  minSeverity: Severity | null;
  /** Base of the sets' version paths, to read their `factlint-disable` lines. */
  cwd: string;
  /** The run's outputs, in order. */
  formats: ReadonlyArray<{ name: StreamFormat; color: boolean }>;
}


/** What a progress line says of a set (as checked, before the post-passes). */
export interface SetGist extends SetCounts {
  path: string;
  versions: number;
}

/** A set after the post-passes: what the run counts of it, and its text for each output. */
export interface PassedSet {
  position: number;
  gist: SetGist;
  /** Findings left, by severity. */
  counts: SetCounts;
  /** The rank of the worst finding left (-1: none). */
  worst: number;
  /** Findings left out by inline disables, by the baseline, below the minimum severity. */
  disabled: number;
  baselined: number;
  hidden: number;
  /** Whether any version of the set could be read. */
  anyVersion: boolean;
  /** Messages of the set's input errors. */
  inputErrors: string[];
  /** The set's text in each format of `SetPasses.formats`, in pieces (see stream.ts `formatSet`). */
  outputs: string[][];
}

/** A progress line's facts of a set. */
export function gistOf(set: SetReport): SetGist {
  return { path: set.path, versions: set.versions.length, ...countsOf(set.findings) };
}

/** The passes of `spec` as one function of a checked set (the baseline made a Set once). */
export function setPasser(spec: SetPasses): (set: CheckedSet, position: number) => PassedSet {
  const baseline = spec.baseline === null ? null : new Set(spec.baseline);
  return ({ report: checked, directives }, position) => {
    // directive lines kept when the set was read; other versions' files are read now
    const read = (v: VersionRef): string | null => (directives.has(v.id) ? (directives.get(v.id) ?? null) : readVersionText(path.resolve(spec.cwd, v.path)));
    let report: Report = { tool: { name: 'factlint', version: VERSION }, sets: [checked], findings: [], summary: { errors: 0, warnings: 0, infos: 0 } };
    report = applyCheckSettings(report, spec.checks);
    report = applyInlineDisables(report, read);
    if (baseline !== null) report = applyBaseline(report, baseline);
    if (spec.minSeverity !== null) report = applyMinSeverity(report, spec.minSeverity);
    const set = report.sets[0] as SetReport;
    const s = report.summary;
    return {
      position,
      gist: gistOf(checked),
      counts: countsOf(set.findings),
      worst: worstOf(set.findings),
      disabled: s.disabled ?? 0,
      baselined: s.baselined ?? 0,
      hidden: s.hidden ?? 0,
      anyVersion: set.versions.length > 0,
      inputErrors: set.findings.filter((f) => f.type === 'input' && f.severity === 'error').map((f) => f.message),
      outputs: spec.formats.map((format) => formatSet(format.name, set, format.color)),
    };
  };
}
