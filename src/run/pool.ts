/**
 * A fixed pool of worker threads, one task in flight per worker (a task is a whole article
 * set, seconds of work, so queueing overhead does not matter). Results come back as promises;
 * callers keep them in input order (see `runSets`).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';

export interface Pool<I, O> {
  run(input: I): Promise<O>;
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
  job: Job<I, O> | null;
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

/** A pool of `size` workers running `file`; each message in is one input, each message out its result. */
export function workerPool<I, O>(file: URL, size: number): Pool<I, O> {
  const queue: Array<Job<I, O>> = [];
  const slots: Array<Slot<I, O>> = [];
  const dispatch = (slot: Slot<I, O>): void => {
    const job = queue.shift();
    slot.job = job ?? null;
    if (job) slot.worker.postMessage(job.input);
  };
  const settle = (slot: Slot<I, O>, finish: (job: Job<I, O>) => void): void => {
    const job = slot.job;
    slot.job = null;
    if (job) finish(job);
    dispatch(slot);
  };
  for (let i = 0; i < Math.max(1, size); i++) {
    const slot: Slot<I, O> = { worker: new Worker(file, WORKER_OPTIONS), job: null };
    slot.worker.on('message', (value: O) => settle(slot, (job) => job.resolve(value)));
    slot.worker.on('error', (error: Error) => settle(slot, (job) => job.reject(error)));
    slots.push(slot);
  }
  return {
    run(input: I): Promise<O> {
      return new Promise<O>((resolve, reject) => {
        queue.push({ input, resolve, reject });
        const idle = slots.find((s) => s.job === null);
        if (idle) dispatch(idle);
      });
    },
    async close(): Promise<void> {
      await Promise.all(slots.map((s) => s.worker.terminate()));
    },
  };
}
