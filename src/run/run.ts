/**
 * The set loop of a run: each set checked in this thread (`jobs` 1) or by this thread and a
 * pool of `jobs - 1` workers, and each outcome handed to `emit` in input order, as soon as it
 * and every earlier one are done. The sets in flight (handed out, not yet emitted) are bounded
 * by count and by versions (see `Window`), so memory is bounded by them, not by the run.
 */
import os from 'node:os';
import type { Finding, SetReport } from '../types.js';
import type { RunPlan, SetItem } from './plan.js';
import { displayPath } from './plan.js';
import { workerFile, workerPool, type Pool } from './pool.js';
import { inShard, type Shard } from './shard.js';
import { setPasser, type PassedSet, type SetPasses } from './passes.js';
import { runTask, type SetResult, type SetTask, type WorkerSetup } from './worker.js';

/**
 * A checked set: its report, its position in the whole run, and the `factlint-disable` lines of
 * its versions read from files, by version id (load/directives.ts; for the CLI's post-passes).
 */
export type Outcome = { position: number; report: SetReport; directives: ReadonlyMap<string, string | null> };

/** How a run goes, whatever it hands on of each set. */
interface RunSettings {
  /**
   * Threads checking sets (this one and `jobs - 1` workers); 1 checks in this thread. `auto`
   * (the default): the available cores for a run of `AUTO_PARALLEL_VERSIONS` versions or more,
   * else 1.
   */
  jobs?: number | 'auto';
  shard?: Shard | null;
  /** The config's language for versions without one of their own. */
  language?: string | null;
}

export interface RunOptions extends RunSettings {
  /** Called once per item, in input order; awaited (so a slow writer holds the run back). */
  emit(outcome: Outcome): void | Promise<void>;
}

export interface PassedRunOptions extends RunSettings {
  /** What the thread that checks a set does with its report (run/passes.ts). */
  passes: SetPasses;
  /** Called once per item, in input order, with what the passes made of it; awaited. */
  emit(set: PassedSet): void | Promise<void>;
}

/** How the sets of a run are checked and handed on: here (`jobs` 1, and this thread's share) or in the pool. */
interface Checker<T> {
  here(item: SetItem): T;
  inPool(item: SetItem, pool: Pool<SetTask, SetResult>): Promise<T>;
  /** What each worker is given once (workers of a run with passes apply them). */
  workerData: WorkerSetup;
}

/** Cores this process may use. */
export function defaultJobs(): number {
  return Math.max(1, os.availableParallelism());
}

/**
 * Versions from which `auto` starts workers. Each worker loads its own model (about 0.5 s of
 * CPU) and warms up V8's compiler on its own; on the 2-vCPU machine of `npm run bench`,
 * `--jobs 2` took 0.8× the speed of `--jobs 1` on 1,000 versions and 1.24-1.46×
 * on 10,000.
 */
export const AUTO_PARALLEL_VERSIONS = 4000;

export function resolveJobs(jobs: number | 'auto' | undefined, items: readonly SetItem[]): number {
  if (typeof jobs === 'number') return jobs;
  const versions = items.reduce((n, item) => n + item.versions, 0);
  return versions >= AUTO_PARALLEL_VERSIONS ? defaultJobs() : 1;
}

/** The plan's items this shard checks (all without a shard). */
export function shardItems(plan: RunPlan, shard: Shard | null): SetItem[] {
  const display = displayPath(plan.cwd);
  return plan.items.filter((item) => inShard(display(item.path), shard));
}

/**
 * Sets posted to each worker ahead of time (see `workerPool`): one being checked and one
 * waiting, so a worker never waits for the main thread; more would leave a longer tail at the
 * end of the run, when this thread has nothing left and waits for the worker's queue.
 */
const PREFETCH = 2;

/**
 * How far checking may run ahead of output. Sets are emitted in input order, so when the set
 * due is slow (a big one, in a worker), the other threads go on with later ones; a narrow
 * window left this thread idle for a quarter of the time in parts of a 200-set run. The
 * window is wide in sets but capped in versions, as a set's report grows with its versions.
 */
class Window {
  private versions = 0;
  constructor(
    private readonly jobs: number,
    private readonly items: readonly SetItem[],
  ) {}
  /** Whether another set may be handed out while `open` sets are in flight. */
  room(open: number): boolean {
    return open < this.jobs || (open < this.jobs * 16 && this.versions < 2000);
  }
  take(position: number): void {
    this.versions += this.size(position);
  }
  release(position: number): void {
    this.versions -= this.size(position);
  }
  private size(position: number): number {
    return this.items[position]?.versions ?? 0;
  }
}

/** A check handed out: its outcome once settled. */
interface Pending<T> {
  settled: boolean;
  outcome?: T;
  error?: unknown;
  promise: Promise<unknown>;
}

function pending<T>(p: Promise<T>): Pending<T> {
  const entry: Pending<T> = { settled: false, promise: Promise.resolve() };
  entry.promise = p.then(
    (outcome) => Object.assign(entry, { settled: true, outcome }),
    (error: unknown) => Object.assign(entry, { settled: true, error }),
  );
  return entry;
}

function settledNow<T>(fn: () => T): Pending<T> {
  try {
    return { settled: true, outcome: fn(), promise: Promise.resolve() };
  } catch (error) {
    return { settled: true, error, promise: Promise.resolve() };
  }
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs the plan's sets (see the module comment) and hands each set's report to `emit`. With
 * `jobs` N > 1, N - 1 worker threads and this thread check sets: this thread takes the next set
 * whenever the one due for output is still in a worker, so no core waits and only N - 1 extra
 * copies of the model are loaded.
 */
export async function runSets(plan: RunPlan, options: RunOptions): Promise<void> {
  const language = options.language ?? null;
  await runChecked(plan, options, options.emit, {
    here: (item) => ({ position: item.position, ...runTask(taskOf(item, plan.cwd, language)) }),
    inPool: async (item, pool) => {
      const { json, directives } = answer(await pool.run(taskOf(item, plan.cwd, language))) as Extract<SetResult, { json: string }>;
      return { position: item.position, report: JSON.parse(json) as SetReport, directives: new Map(directives) };
    },
    workerData: { passes: null },
  });
}

/**
 * Runs the plan's sets as `runSets` does, each set through `options.passes` in the thread that
 * checked it: a worker hands over the set's text and counts, not its report (run/passes.ts).
 */
export async function runPassedSets(plan: RunPlan, options: PassedRunOptions): Promise<void> {
  const language = options.language ?? null;
  const pass = setPasser(options.passes);
  await runChecked(plan, options, options.emit, {
    here: (item) => pass(runTask(taskOf(item, plan.cwd, language)), item.position),
    inPool: async (item, pool) => {
      const { passed } = answer(await pool.run(taskOf(item, plan.cwd, language))) as { passed: PassedSet };
      return { ...passed, position: item.position };
    },
    workerData: { passes: options.passes },
  });
}

async function runChecked<T>(plan: RunPlan, settings: RunSettings, emit: (outcome: T) => void | Promise<void>, checker: Checker<T>): Promise<void> {
  const items = shardItems(plan, settings.shard ?? null);
  const jobs = Math.max(1, Math.min(resolveJobs(settings.jobs, items), items.length));
  const pool = jobs > 1 ? workerPool<SetTask, SetResult>(workerFile(), jobs - 1, PREFETCH, checker.workerData) : null;
  const capacity = (jobs - 1) * PREFETCH;
  const window = new Window(jobs, items);
  const results: Array<Pending<T>> = [];
  let next = 0;
  try {
    for (let done = 0; done < items.length; done++) {
      for (;;) {
        // Workers first, up to their queue depth, within the window.
        while (pool && next < items.length && window.room(next - done) && pool.load < capacity) {
          const item = items[next] as SetItem;
          window.take(next);
          results[next++] = pending(checker.inPool(item, pool));
        }
        const due = results[done];
        if (due?.settled) break;
        if (next < items.length && window.room(next - done)) {
          // The set due is in a worker (or not handed out): check the next one here meanwhile.
          const item = items[next] as SetItem;
          window.take(next);
          results[next++] = settledNow(() => checker.here(item));
          if (pool) await tick(); // let the workers' answers in
          continue;
        }
        await due?.promise;
      }
      const due = results[done] as Pending<T>;
      delete results[done];
      window.release(done);
      if (due.error !== undefined) throw due.error;
      await emit(due.outcome as T);
    }
  } finally {
    // Settle what is still running before stopping the workers (an emit error leaves some).
    await Promise.allSettled(results.filter((r) => r !== undefined).map((r) => r.promise));
    await pool?.close();
  }
}

function taskOf(item: SetItem, cwd: string, language: string | null): SetTask {
  return { source: item.source, rules: item.rules, cwd, language };
}

/** A worker's answer, or its error thrown again here. */
function answer(result: SetResult): Exclude<SetResult, { ok: false }> {
  if (!result.ok) {
    const error = new Error(result.message);
    error.stack = result.stack;
    throw error;
  }
  return result;
}
