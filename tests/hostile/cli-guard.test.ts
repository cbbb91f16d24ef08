/** Issue 10, item 1: any internal error is one stderr line and exit 2, never a stack trace or exit 1. */
import { describe, expect, it, vi } from 'vitest';

const failure = vi.hoisted(() => ({ error: null as unknown }));

// The CLI enters the pipeline through the run plan (src/run/plan.ts), as check() does.
vi.mock('../../src/run/plan.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/run/plan.js')>();
  return {
    ...real,
    planRun: async (...args: Parameters<typeof real.planRun>) => {
      if (failure.error !== null) throw failure.error;
      return real.planRun(...args);
    },
  };
});

const { runCli } = await import('../../src/cli/main.js');

async function run(argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s), cwd: process.cwd(), env: {} });
  return { code, stdout, stderr };
}

describe('the top-level guard', () => {
  it('turns an internal error into one line on stderr and exit 2', async () => {
    failure.error = new RangeError('Invalid string length\n    at JSON.stringify (<anonymous>)');
    const r = await run(['check', 'seeds', '--format', 'json']);
    failure.error = null;
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^factlint: internal error while checking seeds: Invalid string length/);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('also when what is thrown is not an Error', async () => {
    for (const thrown of ['boom', undefined, 42]) {
      failure.error = thrown;
      const r = await run(['check', 'seeds']);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`factlint: internal error while checking seeds: ${String(thrown)}\n`);
    }
    failure.error = null;
  });

  it('catches a reporter that throws', async () => {
    const { REPORTERS } = await import('../../src/report/index.js');
    // (text, JSON and NDJSON are written set by set; the other formats go through their reporter)
    const markdown = REPORTERS.markdown as { format: (...a: unknown[]) => string };
    const spy = vi.spyOn(markdown, 'format').mockImplementation(() => {
      throw new RangeError('Invalid string length');
    });
    const r = await run(['check', 'seeds', '--format', 'markdown']);
    spy.mockRestore();
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^factlint: internal error while checking seeds: Invalid string length\n$/);
  });
});
