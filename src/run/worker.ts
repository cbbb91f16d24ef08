/**
 * A pool worker: checks one set per message. Importing the pipeline loads the wink-nlp model
 * once for the life of the worker (one instance per thread, as src/analyze/nlp.ts requires).
 */
import { parentPort } from 'node:worker_threads';
import { checkSet } from '../pipeline.js';
import type { LoadedSet, Rule, SetReport } from '../types.js';
import { displayPath } from './plan.js';

/** One set to check, as sent to a worker. */
export interface SetTask {
  set: LoadedSet;
  rules: Rule[];
  cwd: string;
  language: string | null;
}

export type SetResult = { ok: true; report: SetReport } | { ok: false; message: string; stack: string };

/** Checks a task in this thread (the pool's workers and `--jobs 1` run the same function). */
export function runTask(task: SetTask): SetReport {
  return checkSet(task.set, task.rules, displayPath(task.cwd), { language: task.language });
}

parentPort?.on('message', (task: SetTask) => {
  let result: SetResult;
  try {
    result = { ok: true, report: runTask(task) };
  } catch (error) {
    const e = error instanceof Error ? error : new Error(String(error));
    result = { ok: false, message: e.message, stack: e.stack ?? '' };
  }
  parentPort?.postMessage(result);
});
