/** The library entry: `check(paths, options) -> Report` over every set of a run. */
import { checkSet } from './pipeline.js';
import { applyCheckSettings, finish, summarize } from './noise/filter.js';
import { planRun, type PlanOptions } from './run/plan.js';
import { runSets, shardItems } from './run/run.js';
import type { Shard } from './run/shard.js';
import type { ShardedReport } from './run/stream.js';
import type { Finding, Report, SetReport } from './types.js';

export { checkSet };
export { VERSION } from './version.js';
import { VERSION } from './version.js';
export { bundledRulesDir } from './run/plan.js';

/** `check()`'s options: where rules and inputs come from (PlanOptions), and how the run goes. */
export interface CheckOptions extends PlanOptions {
  /** Called after each set is checked (progress lines). */
  onSet?: (set: SetReport, done: number, total: number) => void;
  /** Sets checked in parallel by worker threads (default 1: in this thread; `auto`: the cores for large runs, see run.ts); results stay in input order. */
  jobs?: number | 'auto';
  /** Check only the sets of this shard (`--shard=i/n`); the report then carries `shard` for `factlint merge`. */
  shard?: Shard | null;
}

/** Reads the article sets at `paths`, checks every rule in every version, and reports. */
export async function check(paths: readonly string[], options: CheckOptions = {}): Promise<Report> {
  return (await checkRun(paths, options)).report;
}

/**
 * A run's report, and the `factlint-disable` lines of its versions as they were read (by each
 * version's path in the report; a version not read from a file has none): the CLI applies them
 * without reading every version file again (cli/post.ts).
 */
export interface CheckedRun {
  report: Report;
  directives: ReadonlyMap<string, string | null>;
}

/** `check()`, with the directive lines of the versions kept for the CLI's post-passes. */
export async function checkRun(paths: readonly string[], options: CheckOptions = {}): Promise<CheckedRun> {
  const plan = await planRun(paths, options);
  const directives = new Map<string, string | null>();
  const report = emptyReport(plan.findings);
  const shard = options.shard ?? null;
  const total = shardItems(plan, shard).length;
  const positions: number[] = [];
  await runSets(plan, {
    jobs: options.jobs ?? 1,
    shard,
    language: plan.language,
    emit(outcome) {
      report.sets.push(outcome.report);
      positions.push(outcome.position);
      for (const v of outcome.report.versions) if (outcome.directives.has(v.id)) directives.set(v.path, outcome.directives.get(v.id) ?? null);
      options.onSet?.(outcome.report, report.sets.length, total);
    },
  });
  const out: ShardedReport = summarize(applyCheckSettings(finish(report), plan.config.checks));
  // A shard's report says where its sets sit in the whole run, for `factlint merge`.
  if (!shard) return { report: out, directives };
  const sharded: ShardedReport = { ...out, shard: { index: shard.index, count: shard.count, sets: positions, findings: out.findings.map(() => -1) } };
  return { report: sharded, directives };
}

/** A report with no sets yet. */
export function emptyReport(findings: readonly Finding[] = []): Report {
  return { tool: { name: 'factlint', version: VERSION }, sets: [], findings: [...findings], summary: { errors: 0, warnings: 0, infos: 0 } };
}

/** True when not a single version of any set could be read. */
export function nothingChecked(report: Report): boolean {
  return report.sets.every((s) => s.versions.length === 0);
}
