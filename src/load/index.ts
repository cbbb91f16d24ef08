import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';
import type { InputProblem, LoadedSet, RawVersion, SkippedFile } from '../types.js';
import { matchesAny } from '../config/glob.js';
import { blankDirectives } from './directives.js';
import { decodeYamlText } from './text.js';
import { groupLooseFiles } from './group.js';
import type { MemorySet } from './memory.js';

/** The set manifest's file name (parsed later by load/manifest.ts). */
const MANIFEST_NAME = 'factlint.set.yaml';
/** Files larger than this are not read. */
/** A news article is kilobytes; anything past this is not an article version (and would take minutes to analyse). */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;
const LIMIT = `${MAX_FILE_BYTES / 1048576} MiB`;
/** How deep sub-directories are searched for further sets. */
export const MAX_DEPTH = 8;

/** Which files of a set folder are versions, and how loose files are grouped. */
export interface LoadOptions {
  /** Globs of version files (name, or path relative to the set with a `/`); null: every file. */
  include?: readonly string[] | null;
  /** Globs of files that are never versions. */
  exclude?: readonly string[];
  /** Loose files (and stdin) all form one set, whatever their folders. */
  oneSet?: boolean;
  /** Versions already in memory (stdin, git revisions): sets of their own, or joined to the loose files. */
  memory?: readonly MemorySet[];
}

export interface LoadResult {
  sets: LoadedSet[];
  problems: InputProblem[];
}

/** A version file found but not read yet: its path, its size when known, and its id when given. */
export interface VersionSource {
  file: string;
  size: number | null;
  id?: string;
}

/**
 * A set found on disk, before its version files are read (`readSet`): a run plans thousands
 * of sets but reads each one's bytes only when it is checked, so memory holds the sets in
 * flight, not the run, and a shard reads only its own sets. Plain data: a worker can read it.
 */
export interface SetSource {
  path: string;
  files: VersionSource[];
  /** Versions already in memory (stdin, git revisions), after the files. */
  memory: RawVersion[];
  manifestFile: { path: string; text: string } | null;
  /** Problems found while looking for the set (read problems are added by readSet). */
  problems: InputProblem[];
  skipped?: SkippedFile[];
}

export interface FindResult {
  sources: SetSource[];
  problems: InputProblem[];
}

/** One-line description of a file-system error. */
export function describeError(err: unknown, target: string): string {
  const code = typeof err === 'object' && err !== null && 'code' in err ? String((err as { code: unknown }).code) : '';
  switch (code) {
    case 'ENOENT':
      return `no such file or directory: ${target}`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied: ${target}`;
    case 'ELOOP':
      return `symbolic link loop: ${target}`;
    case 'EISDIR':
      return `is a directory: ${target}`;
    case 'ENOTDIR':
      return `not a directory: ${target}`;
    case 'EMFILE':
    case 'ENFILE':
      return `too many open files while reading ${target}`;
    default: {
      const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
      return `cannot read ${target}: ${code || message}`;
    }
  }
}

/** Whether a directory entry name is a version file (not a dotfile, manifest, README or JSON sidecar). */
export function isVersionName(name: string): boolean {
  if (name.startsWith('.')) return false;
  if (name === MANIFEST_NAME) return false;
  if (/^readme(\.|$)/i.test(name)) return false;
  if (/\.(json|ya?ml)$/i.test(name)) return false;
  return true;
}

/**
 * Why a file of a set folder that the include globs take (by its type) is still not a version,
 * or null: a version, or a file of another type (not mentioned). Said in the report's `skipped`.
 */
export function skipReason(rel: string, options: LoadOptions): string | null {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  if (name === MANIFEST_NAME || (options.include && !matchesAny(rel, options.include))) return null;
  if (name.startsWith('.')) return 'dotfile';
  if (/^readme(\.|$)/i.test(name)) return 'README';
  if (/\.(json|ya?ml)$/i.test(name)) return 'JSON or YAML file';
  if (options.exclude && matchesAny(rel, options.exclude)) return 'matches an exclude glob';
  return null;
}

/** A version file in a set folder under the include/exclude globs (`rel`: `/`-separated, relative to the set). */
export function isIncluded(rel: string, options: LoadOptions): boolean {
  const name = rel.slice(rel.lastIndexOf('/') + 1);
  if (!isVersionName(name)) return false;
  if (options.exclude && matchesAny(rel, options.exclude)) return false;
  return options.include ? matchesAny(rel, options.include) : true;
}

/** Version id: the file name without its extension. */
export function versionId(file: string): string {
  const parsed = path.parse(file);
  return parsed.name.length > 0 ? parsed.name : parsed.base;
}

/** `dir` as given joined with a file name (no normalisation of what the user typed). */
export function joinPath(dir: string, name: string): string {
  return dir.endsWith('/') || dir.endsWith(path.sep) ? dir + name : dir + path.sep + name;
}

const byName = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Reads one version file. The loader's file-system calls are synchronous on purpose: a run
 * reads thousands of small files before any is checked, and each promise-based call makes
 * several thread-pool round trips (open, fstat, read, close): 10,000 five-KB files took
 * 5.8 s through fs.promises and 0.6 s synchronously. One file is open at a time, so no
 * open-file limit is ever reached.
 */
function readVersion(source: VersionSource): RawVersion | InputProblem {
  const file = source.file;
  const id = source.id ?? versionId(file);
  try {
    const size = source.size ?? statSync(file).size;
    if (size > MAX_FILE_BYTES) {
      return { path: file, version: id, message: `file too large for an article version (${(size / 1048576).toFixed(1)} MiB, limit ${LIMIT})` };
    }
    const bytes = readFileSync(file);
    if (bytes.byteLength > MAX_FILE_BYTES) {
      return { path: file, version: id, message: `file too large for an article version (limit ${LIMIT})` };
    }
    return { id, path: file, ...blankDirectives(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength)) };
  } catch (err) {
    return { path: file, version: id, message: describeError(err, file) };
  }
}

function isProblem(value: RawVersion | InputProblem): value is InputProblem {
  return 'message' in value;
}

function readManifest(file: string, problems: InputProblem[]): { path: string; text: string } | null {
  try {
    const text = decodeYamlText(readFileSync(file));
    return { path: file, text };
  } catch (err) {
    if ((err as { code?: unknown }).code === 'ENOENT') return null;
    problems.push({ path: file, message: describeError(err, file) });
    return null;
  }
}

/**
 * Reads a found set's version files (in order; duplicate ids are problems, not silent
 * overwrites) and adds its in-memory versions.
 */
export function readSet(source: SetSource): LoadedSet {
  const problems = [...source.problems];
  const versions: RawVersion[] = [];
  const seen = new Map<string, string>();
  for (const f of source.files) {
    const item = readVersion(f);
    const id = isProblem(item) ? (item.version ?? '') : item.id;
    const filePath = item.path;
    const earlier = seen.get(id);
    if (earlier !== undefined) {
      problems.push({ path: filePath, version: id, message: `version id "${id}" is used by two files: ${earlier} and ${filePath}` });
      continue;
    }
    seen.set(id, filePath);
    if (isProblem(item)) problems.push(item);
    else versions.push(item);
  }
  versions.push(...source.memory);
  const set: LoadedSet = { path: source.path, versions, manifestFile: source.manifestFile, problems };
  if (source.skipped) set.skipped = source.skipped;
  return set;
}

/** The result of a file-system call, or null with the error recorded as an input problem for `p`. */
function attempt<T>(op: () => T, p: string, problems: InputProblem[]): T | null {
  try {
    return op();
  } catch (err) {
    problems.push({ path: p, message: describeError(err, p) });
    return null;
  }
}

interface WalkState {
  sets: SetSource[];
  problems: InputProblem[];
  /** Real paths of directories already loaded (the same directory given twice is loaded once). */
  visited: Set<string>;
}

/** Load one directory as a set, and its sub-directories as further sets. */
function walkDirectory(dir: string, depth: number, ancestors: readonly string[], state: WalkState, options: LoadOptions): void {
  const real = enterDirectory(dir, ancestors, state);
  if (real === null) return;
  const names = attempt(() => readdirSync(dir), dir, state.problems);
  if (names === null) return;
  names.sort(byName);
  const { files, skipped, subdirs, manifestFile, problems } = listDirectory(dir, names, options);

  const before = state.sets.length;
  if (files.length > 0 || problems.some((p) => p.version !== undefined)) {
    state.sets.push({ path: dir, files, memory: [], manifestFile, problems, ...(skipped.length > 0 ? { skipped } : {}) });
  } else {
    state.problems.push(...problems);
  }

  const chain = [...ancestors, real];
  for (const sub of subdirs) {
    if (depth + 1 > MAX_DEPTH) {
      state.problems.push({ path: sub, message: `directory nested deeper than ${MAX_DEPTH} levels, not searched: ${sub}` });
      continue;
    }
    walkDirectory(sub, depth + 1, chain, state, options);
  }
  const foundAny = state.sets.length > before;
  if (!foundAny && depth === 0) state.problems.push({ path: dir, message: `no article versions in ${dir}` });
}

/**
 * The real path of a directory to walk, or null: one that cannot be resolved, one that leads
 * back to a directory of its own chain (a symbolic link loop, an input problem), or one already walked.
 */
function enterDirectory(dir: string, ancestors: readonly string[], state: WalkState): string | null {
  const real = attempt(() => realpathSync(dir), dir, state.problems);
  if (real === null) return null;
  if (ancestors.includes(real)) {
    state.problems.push({ path: dir, message: `symbolic link loop: ${dir} leads back to ${real}` });
    return null;
  }
  if (state.visited.has(real)) return null;
  state.visited.add(real);
  return real;
}

/** What one directory holds, by name: version files, files skipped, sub-directories, its manifest. */
interface DirListing {
  files: VersionSource[];
  skipped: SkippedFile[];
  subdirs: string[];
  manifestFile: { path: string; text: string } | null;
  /** Problems of the set: its manifest's, and version files that could not be read. */
  problems: InputProblem[];
}

function listDirectory(dir: string, names: readonly string[], options: LoadOptions): DirListing {
  const listing: DirListing = { files: [], skipped: [], subdirs: [], manifestFile: null, problems: [] };
  for (const name of names) {
    const full = joinPath(dir, name);
    if (name === MANIFEST_NAME) {
      listing.manifestFile = readManifest(full, listing.problems);
      continue;
    }
    let stat: Stats;
    try {
      stat = statSync(full);
    } catch (err) {
      if (isVersionName(name)) listing.problems.push({ path: full, version: versionId(name), message: describeError(err, full) });
      continue;
    }
    if (stat.isDirectory()) {
      if (!name.startsWith('.')) listing.subdirs.push(full);
    } else if (stat.isFile() && isIncluded(name, options)) {
      listing.files.push({ file: full, size: stat.size });
    } else if (stat.isFile()) {
      const reason = skipReason(name, options);
      if (reason !== null) listing.skipped.push({ path: full, reason });
    }
  }
  return listing;
}

/**
 * Finds the article sets at the paths given by the user. A directory is a set (its
 * sub-directories with version files are sets of their own); loose files are grouped into
 * one set per parent directory. Nothing is read but directories and manifests: `readSet`
 * reads a set's bytes (decoding is normalize's).
 */
export async function findSets(paths: string[], options: LoadOptions = {}): Promise<FindResult> {
  const state: WalkState = { sets: [], problems: [], visited: new Set() };
  const loose: string[] = [];

  for (const given of paths) {
    const stat = attempt(() => statSync(given), given, state.problems);
    if (stat === null) continue;
    if (stat.isDirectory()) {
      walkDirectory(given, 0, [], state, options);
    } else if (!stat.isFile()) {
      state.problems.push({ path: given, message: `not a regular file: ${given}` });
    } else if (!loose.includes(given)) {
      loose.push(given);
    }
  }

  const memory = options.memory ?? [];
  const joinMemory = options.oneSet === true && loose.length > 0;
  for (const group of groupLooseFiles(loose, options.oneSet === true)) {
    const setProblems: InputProblem[] = [];
    const explicitManifest = group.files.find((f) => path.basename(f) === MANIFEST_NAME);
    const manifestFile = readManifest(explicitManifest ?? joinPath(group.path, MANIFEST_NAME), setProblems);
    const files = group.files
      .filter((f) => f !== explicitManifest)
      // One folder: name order; several folders (old/story.txt new/story.txt): the order given.
      .sort((a, b) => (group.ids.size > 0 ? 0 : byName(path.basename(a), path.basename(b))))
      .map((file): VersionSource => {
        const id = group.ids.get(file);
        return id === undefined ? { file, size: null } : { file, size: null, id };
      });
    if (files.length === 0) {
      state.problems.push(...setProblems, { path: group.path, message: `no article versions among the files given in ${group.path}` });
      continue;
    }
    const inMemory = joinMemory ? memory.flatMap((m) => m.versions) : [];
    state.sets.push({ path: group.path, files, memory: inMemory, manifestFile, problems: setProblems });
  }
  if (!joinMemory) state.sets.push(...memory.map((m) => ({ path: m.path, files: [], memory: [...m.versions], manifestFile: m.manifestFile, problems: [] })));

  return { sources: state.sets, problems: state.problems };
}

/** Finds and reads the article sets at `paths` (see findSets). */
export async function loadSets(paths: string[], options: LoadOptions = {}): Promise<LoadResult> {
  const { sources, problems } = await findSets(paths, options);
  return { sets: sources.map(readSet), problems };
}
