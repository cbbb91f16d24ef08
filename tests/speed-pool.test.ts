/**
 * The worker pool (issue 9): inputs posted ahead to each worker (depth) come back in order,
 * `load` counts what is not answered yet, and a worker that dies fails its own inputs
 * instead of leaving them waiting forever.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { workerPool } from '../src/run/pool.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'factlint-speed-pool-'));
const file = path.join(dir, 'double.mjs');
writeFileSync(
  file,
  `import { parentPort } from 'node:worker_threads';
parentPort.on('message', (n) => {
  if (n < 0) throw new Error('asked to die');
  parentPort.postMessage(n * 2);
});
`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('workerPool', () => {
  it('answers every input, in order per input, with inputs posted ahead', async () => {
    const pool = workerPool<number, number>(pathToFileURL(file), 2, 3);
    const answers = Array.from({ length: 20 }, (_, i) => pool.run(i));
    expect(pool.load).toBe(20);
    expect(await Promise.all(answers)).toEqual(Array.from({ length: 20 }, (_, i) => i * 2));
    expect(pool.load).toBe(0);
    await pool.close();
  });

  it('fails the inputs of a worker that died, and gives no more to it', async () => {
    const pool = workerPool<number, number>(pathToFileURL(file), 1, 3);
    // answered before the fatal input is posted: a worker's 'error' may overtake its last messages
    expect(await pool.run(1)).toBe(2);
    const fatal = pool.run(-1);
    const after = pool.run(2);
    await expect(fatal).rejects.toThrow('asked to die');
    await expect(after).rejects.toThrow();
    await expect(pool.run(3)).rejects.toThrow('every worker of the pool has stopped');
    await pool.close();
  });
});

describe('--jobs auto', () => {
  const set = (versions: number) =>
    ({ position: 0, path: 's', rules: [], versions, source: { path: 's', files: Array.from({ length: versions }, (_, i) => ({ file: `v${i}`, size: 0 })), memory: [], manifestFile: null, problems: [] } }) as const;
  it('stays in one thread below AUTO_PARALLEL_VERSIONS and uses the cores from there on; a number is kept', async () => {
    const { AUTO_PARALLEL_VERSIONS, defaultJobs, resolveJobs } = await import('../src/run/run.js');
    expect(resolveJobs('auto', [set(5), set(5)] as never)).toBe(1);
    expect(resolveJobs(undefined, [set(AUTO_PARALLEL_VERSIONS - 1)] as never)).toBe(1);
    expect(resolveJobs('auto', [set(AUTO_PARALLEL_VERSIONS / 2), set(AUTO_PARALLEL_VERSIONS / 2)] as never)).toBe(defaultJobs());
    expect(resolveJobs(3, [set(1)] as never)).toBe(3);
  });
});
