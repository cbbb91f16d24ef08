import { rmSync } from 'node:fs';
import { runCli } from './main.js';

/** Temporary `-o` files being written: removed if the user interrupts the run. */
const pending = new Set<string>();

process.on('SIGINT', () => {
  for (const file of pending) rmSync(file, { force: true });
  process.exit(130);
});
// `factlint check … | head`: the reader went away; stop quietly, without a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`factlint: cannot write the report: ${error.code ?? error.message}\n`);
  process.exit(2);
});

try {
  process.exitCode = await runCli(process.argv.slice(2), {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    cwd: process.cwd(),
    env: process.env,
    isTTY: process.stdout.isTTY === true,
    pending,
  });
} catch (error) {
  // runCli catches errors of a check; this is the last guard: one line, exit 2, never a stack.
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(`factlint: internal error: ${message.replace(/[\u0000-\u001F\u007F-\u009F]/g, ' ')}\n`);
  process.exitCode = 2;
}
