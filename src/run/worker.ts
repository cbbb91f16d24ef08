/**
 * A pool worker: checks one set per message. Importing the pipeline loads the wink-nlp model
 * once for the life of the worker (one instance per thread, as src/analyze/nlp.ts requires).
 */
import { parentPort, workerData } from 'node:worker_threads';
import { readSet, type SetSource } from '../load/index.js';
import { checkSet } from '../pipeline.js';
import type { Rule, SetReport } from '../types.js';
import { setPasser, type PassedSet, type SetPasses } from './passes.js';
import { displayPath } from './plan.js';

/** One set to check, as sent to a worker: the set as found, read by the thread that checks it. */
export interface SetTask {
  source: SetSource;
  rules: Rule[];
  cwd: string;
  language: string | null;
}

/**
 * A worker's answer. In a run with passes (run/passes.ts), the set's text and counts, cloned:
 * strings, which cost the main thread a copy. Otherwise the report as its JSON text: a set
 * report is mostly strings (values quote their sentences) in many small objects, and
 * structured cloning one of 150 KB cost 4.8 ms to write and 8.5 ms to read back on the main
 * thread, against 2.4 ms for JSON.stringify and 4.3 ms for JSON.parse. The report is JSON by
 * contract, so nothing is lost on the way.
 */
export type SetResult =
  | { ok: true; json: string; directives: Array<[string, string | null]> }
  | { ok: true; passed: PassedSet }
  | { ok: false; message: string; stack: string };

/** What the pool gives each worker once (run.ts). */
export interface WorkerSetup {
  passes: SetPasses | null;
}

/** A checked set: its report, and the `factlint-disable` lines of its versions read from files, by id. */
export interface CheckedSet {
  report: SetReport;
  directives: ReadonlyMap<string, string | null>;
}

/** Checks a task in this thread (the pool's workers and `--jobs 1` run the same function). */
export function runTask(task: SetTask): CheckedSet {
  const loaded = readSet(task.source);
  const directives = new Map<string, string | null>();
  for (const v of loaded.versions) if (v.directives !== undefined) directives.set(v.id, v.directives);
  return { report: checkSet(loaded, task.rules, displayPath(task.cwd), { language: task.language }), directives };
}

const setup = workerData as WorkerSetup | null;
const pass = setup?.passes ? setPasser(setup.passes) : null;

parentPort?.on('message', (task: SetTask) => {
  let result: SetResult;
  try {
    const checked = runTask(task);
    // the position is the main thread's to know: 0 here
    result = pass !== null ? { ok: true, passed: pass(checked, 0) } : { ok: true, json: JSON.stringify(checked.report), directives: [...checked.directives] };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    result = { ok: false, message: e.message, stack: e.stack ?? '' };
  }
  parentPort?.postMessage(result);
});
