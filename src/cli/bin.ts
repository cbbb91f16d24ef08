// first: V8 settings for the run (see v8-flags.ts)
import './v8-flags.js';
import { rmSync } from 'node:fs';
import { readAll } from '../load/memory.js';
import { pooledWriter } from './encoder.js';
import { runCli } from './main.js';
import type { PendingFiles } from './output.js';

/**
 * Temporary `-o` files being written. While there is one, Ctrl-C removes it before exiting
 * (130); otherwise Ctrl-C keeps its default effect, which also stops a long synchronous check.
 */
function pendingFiles(): PendingFiles {
  const files = new Set<string>();
  const onInterrupt = (): void => {
    for (const file of files) rmSync(file, { force: true });
    process.exit(130);
  };
  return {
    add(file) {
      if (files.size === 0) process.on('SIGINT', onInterrupt);
      files.add(file);
    },
    delete(file) {
      files.delete(file);
      if (files.size === 0) process.off('SIGINT', onInterrupt);
    },
  };
}

// `factlint check … | head`: the reader went away; stop quietly, without a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`factlint: cannot write the report: ${error.code ?? error.message}\n`);
  process.exit(2);
});

const writeStdout = pooledWriter(process.stdout);

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (s) => writeStdout.write(s),
    stdoutParts: (parts) => writeStdout.parts(parts),
    drain: () => new Promise<void>((resolve) => process.stdout.once('drain', resolve)),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    readStdin: () => readAll(process.stdin),
    pending: pendingFiles(),
  });
} catch (error) {
  // runCli catches errors of a check; this is the last guard: one line, exit 2, never a stack.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`factlint: internal error: ${message.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')}\n`);
  process.exitCode = 2;
}
