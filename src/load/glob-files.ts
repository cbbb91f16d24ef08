import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { globToRegExp, hasGlobChars } from '../config/glob.js';

/** How deep a quoted glob such as `stories/**\/*.txt` searches. */
const MAX_GLOB_DEPTH = 8;

/** The folder before the first segment with glob characters, and the rest of the pattern. */
export function splitGlob(pattern: string): { base: string; rest: string } {
  const parts = pattern.split(/[\\/]/);
  const first = parts.findIndex(hasGlobChars);
  const fixed = parts.slice(0, first);
  return { base: fixed.length === 0 ? '.' : fixed.join('/') || '/', rest: parts.slice(first).join('/') };
}

async function walk(dir: string, rel: string, depth: number, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (e.name.startsWith('.') || e.name === 'node_modules') continue;
    const childRel = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory() && depth < MAX_GLOB_DEPTH) await walk(path.join(dir, e.name), childRel, depth + 1, out);
    else if (e.isFile()) out.push(childRel);
  }
}

/**
 * Files matching a quoted glob (`'stories/*\/v*.txt'`), relative to `cwd` as written, sorted.
 * The shell expands unquoted globs itself; this makes quoted ones (CI configs, Windows) work too.
 */
export async function expandGlob(pattern: string, cwd: string): Promise<string[]> {
  const { base, rest } = splitGlob(pattern);
  const re = globToRegExp(rest);
  const found: string[] = [];
  await walk(path.resolve(cwd, base), '', 0, found);
  return found
    .filter((rel) => re.test(rel))
    .sort()
    .map((rel) => (base === '.' ? rel : `${base.replace(/\/$/, '')}/${rel}`));
}
