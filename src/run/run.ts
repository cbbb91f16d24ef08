/**
 * The set loop of a run: each set checked in this thread (`jobs` 1) or by a worker pool,
 * and each outcome handed to `emit` in input order, as soon as it and every earlier one are
 * done. At most `2 × jobs` sets are in flight, so memory is bounded by them, not by the run.
 */
import os from 'node:os';
import type { Finding, SetReport } from '../types.js';
import type { PlanItem, RunPlan } from './plan.js';
import { displayPath } from './plan.js';
import { workerFile, workerPool, type Pool } from './pool.js';
import { inShard, type Shard } from './shard.js';
import { runTask, type SetResult, type SetTask } from './worker.js';

/** What one plan item gave: a set report, or config findings for the report's own list. */
export type Outcome = { kind: 'set'; position: number; report: SetReport } | { kind: 'config'; position: number; findings: Finding[] };

export interface RunOptions {
  /** Worker threads; 1 checks in this thread. Default: available cores. */
  jobs?: number;
  shard?: Shard | null;
  /** The config's language for versions without one of their own. */
  language?: string | null;
  /** Called once per item, in input order; awaited (so a slow writer holds the run back). */
  emit(outcome: Outcome): void | Promise<void>;
}

/** Cores this process may use. */
export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

/** The plan's items this shard checks (all without a shard). */
export function shardItems(plan: RunPlan, shard: Shard | null): PlanItem[] {
  const display = displayPath(plan.cwd);
  return plan.items.filter((item) => inShard(display(item.path), shard));
}

/** Runs the plan's sets (see the module comment). */
export async function runSets(plan: RunPlan, options: RunOptions): Promise<void> {
  const items = shardItems(plan, options.shard ?? null);
  const jobs = Math.max(1, Math.min(options.jobs ?? defaultJobs(), items.filter((i) => i.kind === 'set').length));
  const pool = jobs > 1 ? workerPool<SetTask, SetResult>(workerFile(), jobs) : null;
  const check = (item: PlanItem): Promise<Outcome> => {
    const p = outcomeOf(item, plan.cwd, options.language ?? null, pool);
    p.catch(() => undefined); // handled when its turn comes (awaited in order below)
    return p;
  };
  const window = pool ? jobs * 2 : 1;
  const inFlight: Array<Promise<Outcome>> = [];
  let next = 0;
  try {
    for (; next < items.length && inFlight.length < window; next++) inFlight.push(check(items[next] as PlanItem));
    while (inFlight.length > 0) {
      const outcome = await (inFlight.shift() as Promise<Outcome>);
      if (next < items.length) inFlight.push(check(items[next++] as PlanItem));
      await options.emit(outcome);
    }
  } finally {
    // Settle what is still running before stopping the workers (an emit error leaves some).
    await Promise.allSettled(inFlight);
    await pool?.close();
  }
}

async function outcomeOf(item: PlanItem, cwd: string, language: string | null, pool: Pool<SetTask, SetResult> | null): Promise<Outcome> {
  if (item.kind === 'config') return { kind: 'config', position: item.position, findings: item.findings };
  const task: SetTask = { set: item.set, rules: item.rules, cwd, language };
  if (!pool) return { kind: 'set', position: item.position, report: runTask(task) };
  const result = await pool.run(task);
  if (!result.ok) {
    const error = new Error(result.message);
    error.stack = result.stack;
    throw error;
  }
  return { kind: 'set', position: item.position, report: result.report };
}
