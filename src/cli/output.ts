import { randomBytes } from 'node:crypto';
import { realpathSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** Temporary files being written (a Set fits; the binary's version also arms a Ctrl-C handler). */
export interface PendingFiles {
  add(file: string): unknown;
  delete(file: string): unknown;
}

/**
 * Writes `text` to `file` atomically: into a temporary file in the same folder, then a rename
 * (atomic on one file system). A reader, a concurrent run or Ctrl-C never sees a partial file.
 * `pending` holds the temporary file while it exists, so that an interrupt handler can remove it.
 */
export async function writeAtomic(file: string, text: string, pending: PendingFiles): Promise<void> {
  const temp = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  pending.add(temp);
  try {
    await writeFile(temp, text, { flag: 'wx' });
    await rename(temp, file);
  } finally {
    pending.delete(temp);
    await rm(temp, { force: true });
  }
}

/** The real path of `p`, or of its nearest existing ancestor joined with the rest. */
function realish(p: string): string {
  const rest: string[] = [];
  let current = path.resolve(p);
  for (;;) {
    try {
      return path.join(realpathSync(current), ...rest.reverse());
    } catch {
      const parent = path.dirname(current);
      if (parent === current) return path.resolve(p);
      rest.push(path.basename(current));
      current = parent;
    }
  }
}

function isInside(child: string, dir: string): boolean {
  const rel = path.relative(dir, child);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * Why the report must not be written to `output`, or null: over an input file, or inside an
 * input set's folder (the next run would read the report as a version of the story).
 */
export function outputConflict(output: string, inputs: readonly string[], cwd: string, isDirectory: (p: string) => boolean): string | null {
  const out = realish(path.resolve(cwd, output));
  for (const input of inputs) {
    const real = realish(path.resolve(cwd, input));
    if (out === real) return `the output file ${output} is an input`;
    if (isDirectory(real) && isInside(out, real)) return `the output file ${output} is inside the article set ${input}`;
  }
  return null;
}

/** `-o out/` or `-o` an existing folder: the report is written as a folder of pages. */
export function isFolderOutput(output: string, cwd: string, isDirectory: (p: string) => boolean): boolean {
  return /[/\\]$/.test(output) || isDirectory(path.resolve(cwd, output));
}

/** Writes each file into `dir` (created if missing), each atomically. */
export async function writeFolder(dir: string, files: ReadonlyArray<{ name: string; text: string }>, pending: PendingFiles): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const f of files) await writeAtomic(path.join(dir, f.name), f.text, pending);
}
