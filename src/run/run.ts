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
import { runTask, type SetResult, type SetTask } from './worker.js';

/** What one plan item gave: a set report, or config findings for the report's own list. */
/** A checked set: its report and its position in the whole run. */
export type Outcome = { position: number; report: SetReport };

export interface RunOptions {
  /**
   * Threads checking sets (this one and `jobs - 1` workers); 1 checks in this thread. `auto`
   * (the default): the available cores for a run of `AUTO_PARALLEL_VERSIONS` versions or more,
   * else 1.
   */
  jobs?: number | 'auto';
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

/**
 * Versions from which `auto` starts workers. Each worker loads its own model (about 0.5 s of
 * CPU) and results cross threads as JSON; on the 2-vCPU machine of `npm run bench`, `--jobs 2`
 * took 0.72× the speed of `--jobs 1` on 200 versions, 0.92× on 1,000 and 1.1× on 10,000.
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
interface Pending {
  settled: boolean;
  outcome?: Outcome;
  error?: unknown;
  promise: Promise<unknown>;
}

function pending(p: Promise<Outcome>): Pending {
  const entry: Pending = { settled: false, promise: Promise.resolve() };
  entry.promise = p.then(
    (outcome) => Object.assign(entry, { settled: true, outcome }),
    (error: unknown) => Object.assign(entry, { settled: true, error }),
  );
  return entry;
}

function settledNow(fn: () => Outcome): Pending {
  try {
    return { settled: true, outcome: fn(), promise: Promise.resolve() };
  } catch (error) {
    return { settled: true, error, promise: Promise.resolve() };
  }
}

const tick = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/**
 * Runs the plan's sets (see the module comment). With `jobs` N > 1, N - 1 worker threads
 * and this thread check sets: this thread takes the next set whenever the one due for output
 * is still in a worker, so no core waits and only N - 1 extra copies of the model are loaded.
 */
export async function runSets(plan: RunPlan, options: RunOptions): Promise<void> {
  const items = shardItems(plan, options.shard ?? null);
  const jobs = Math.max(1, Math.min(resolveJobs(options.jobs, items), items.length));
  const pool = jobs > 1 ? workerPool<SetTask, SetResult>(workerFile(), jobs - 1, PREFETCH) : null;
  const capacity = (jobs - 1) * PREFETCH;
  const window = new Window(jobs, items);
  const language = options.language ?? null;
  const results: Pending[] = [];
  let next = 0;
  const here = (item: SetItem): Pending => settledNow(() => outcomeHere(item, plan.cwd, language));
  try {
    for (let done = 0; done < items.length; done++) {
      for (;;) {
        // Workers first, up to their queue depth, within the window.
        while (pool && next < items.length && window.room(next - done) && pool.load < capacity) {
          const item = items[next] as SetItem;
          window.take(next);
          results[next++] = pending(outcomeInPool(item, plan.cwd, language, pool));
        }
        const due = results[done];
        if (due?.settled) break;
        if (next < items.length && window.room(next - done)) {
          // The set due is in a worker (or not handed out): check the next one here meanwhile.
          window.take(next);
          results[next] = here(items[next] as SetItem);
          next++;
          if (pool) await tick(); // let the workers' answers in
          continue;
        }
        await due?.promise;
      }
      const due = results[done] as Pending;
      delete results[done];
      window.release(done);
      if (due.error !== undefined) throw due.error;
      await options.emit(due.outcome as Outcome);
    }
  } finally {
    // Settle what is still running before stopping the workers (an emit error leaves some).
    await Promise.allSettled(results.filter((r) => r !== undefined).map((r) => r.promise));
    await pool?.close();
  }
}

function outcomeHere(item: SetItem, cwd: string, language: string | null): Outcome {
  return { position: item.position, report: runTask({ source: item.source, rules: item.rules, cwd, language }) };
}

async function outcomeInPool(item: SetItem, cwd: string, language: string | null, pool: Pool<SetTask, SetResult>): Promise<Outcome> {
  const result = await pool.run({ source: item.source, rules: item.rules, cwd, language });
  if (!result.ok) {
    const error = new Error(result.message);
    error.stack = result.stack;
    throw error;
  }
  return { position: item.position, report: JSON.parse(result.json) as SetReport };
}
