import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { hasGlobChars } from '../config/glob.js';
import { expandGlob } from '../load/glob-files.js';
import { changedFiles, gitBaseSet, gitHistory } from '../load/git.js';
import type { MemorySet } from '../load/memory.js';

/** What the command line names: paths to load, versions already in memory, and usage problems (exit 2). */
export interface Inputs {
  paths: string[];
  memory: MemorySet[];
  problems: string[];
}

export interface InputRequest {
  paths: readonly string[];
  git: readonly string[];
  gitBase: string | undefined;
  cwd: string;
  /** Reads stdin (only called for `-`). */
  readStdin: () => Promise<Uint8Array>;
  /** Whether a changed file (path relative to cwd, `/`-separated) is a story version (include/exclude). */
  isVersionFile: (relPath: string) => boolean;
}

const bytesOf = async (file: string): Promise<Uint8Array> => new Uint8Array(await readFile(file));

async function positional(p: string, cwd: string, out: Inputs): Promise<void> {
  if (existsSync(path.resolve(cwd, p))) {
    out.paths.push(p);
  } else if (hasGlobChars(p)) {
    const files = await expandGlob(p, cwd);
    if (files.length === 0) out.problems.push(`no file matches ${p}`);
    out.paths.push(...files);
  } else {
    out.problems.push(`no such file or directory: ${p}`);
  }
}

async function guarded(out: Inputs, task: () => Promise<void>): Promise<void> {
  try {
    await task();
  } catch (err) {
    out.problems.push((err as Error).message);
  }
}

/** Resolves `-` (stdin), quoted globs, missing paths, `--git FILE` and `--git-base REF`. */
export async function resolveInputs(req: InputRequest): Promise<Inputs> {
  const out: Inputs = { paths: [], memory: [], problems: [] };
  if (req.gitBase !== undefined) {
    await guarded(out, async () => {
      const scope = req.paths.length > 0 ? req.paths : ['.'];
      const files = (await changedFiles(req.gitBase as string, scope, req.cwd)).filter((f) => req.isVersionFile(f.split(path.sep).join('/')));
      for (const f of files) out.memory.push(await gitBaseSet(f, req.gitBase as string, req.cwd, bytesOf));
    });
    return out;
  }
  for (const file of req.git) await guarded(out, async () => void out.memory.push(await gitHistory(file, req.cwd)));
  let stdinRead = false;
  for (const p of req.paths) {
    if (p === '-') {
      if (!stdinRead) out.memory.push({ path: path.join(req.cwd, '<stdin>'), versions: [{ id: 'stdin', path: path.join(req.cwd, '<stdin>'), bytes: await req.readStdin() }], manifestFile: null });
      stdinRead = true;
    } else {
      await positional(p, req.cwd, out);
    }
  }
  return out;
}
