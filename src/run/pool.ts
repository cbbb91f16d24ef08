/**
 * A fixed pool of worker threads, up to `depth` tasks posted to each worker (a task is a whole
 * article set, so queueing overhead does not matter). Results come back as promises; callers
 * keep them in input order (see `runSets`).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface Pool<I, O> {
  run(input: I): Promise<O>;
  /** Inputs given and not answered yet. */
  readonly load: number;
  /** Stops every worker (after the tasks given have settled, or at once on an error). */
  close(): Promise<void>;
}

interface Job<I, O> {
  input: I;
  resolve(value: O): void;
  reject(error: Error): void;
}

interface Slot<I, O> {
  worker: Worker;
  /** Jobs posted to this worker, oldest first (it answers them in order). */
  jobs: Array<Job<I, O>>;
  dead: boolean;
}

/**
 * A larger young generation than a worker's default: the pipeline allocates many short-lived
 * objects, and with the default, scavenges cost a worker far more CPU than the main thread.
 */
const WORKER_OPTIONS = { resourceLimits: { maxYoungGenerationSizeMb: 64 } } as const;

/**
 * The compiled worker module: next to this one when running from dist/, else dist/run/worker.js
 * (tests run the TypeScript sources, and a worker thread needs JavaScript).
 */
export function workerFile(): URL {
  const here = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(here)) ? here : new URL('../../dist/run/worker.js', import.meta.url);
}

/**
 * A pool of `size` workers running `file`, each given `workerData` once; each message in is one input, each message out its
 * result. Up to `depth` inputs are posted to a worker ahead of time, so that it never waits
 * for a main thread that is busy (checking a set of its own, or writing a report).
 */
export function workerPool<I, O>(file: URL, size: number, depth = 1, workerData: unknown = null): Pool<I, O> {
  const queue: Array<Job<I, O>> = [];
  const slots: Array<Slot<I, O>> = [];
  const dispatch = (slot: Slot<I, O>): void => {
    while (!slot.dead && slot.jobs.length < Math.max(1, depth)) {
      const job = queue.shift();
      if (!job) return;
      slot.jobs.push(job);
      slot.worker.postMessage(job.input);
    }
  };
  for (let i = 0; i < Math.max(1, size); i++) {
    const slot: Slot<I, O> = { worker: new Worker(file, { ...WORKER_OPTIONS, workerData }), jobs: [], dead: false };
    slot.worker.on('message', (value: O) => {
      slot.jobs.shift()?.resolve(value);
      dispatch(slot);
    });
    slot.worker.on('error', (error: Error) => {
      // The worker is gone: its jobs fail, and it takes no more.
      slot.dead = true;
      for (const job of slot.jobs.splice(0)) job.reject(error);
      if (slots.every((s) => s.dead)) for (const job of queue.splice(0)) job.reject(error);
    });
    slots.push(slot);
  }
  return {
    run(input: I): Promise<O> {
      return new Promise<O>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        const open = slots.filter((s) => !s.dead).sort((a, b) => a.jobs.length - b.jobs.length)[0];
        if (open) dispatch(open);
        else reject(new Error('every worker of the pool has stopped'));
      });
    },
    /** Inputs waiting for a worker, and inputs posted to workers and not answered yet. */
    get load(): number {
      return queue.length + slots.reduce((n, s) => n + s.jobs.length, 0);
    },
    async close(): Promise<void> {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
