import path from 'node:path';

/** Loose files (named on the command line, not a folder) that form one set. */
export interface LooseGroup {
  /** The folder of the files, or their nearest common folder. */
  path: string;
  files: string[];
  /** Version ids that differ from the file name without extension (same name in two folders). */
  ids: Map<string, string>;
}

function commonFolder(files: readonly string[]): string {
  const dirs = files.map((f) => path.resolve(path.dirname(f)).split(path.sep));
  const first = dirs[0] ?? [];
  let n = first.length;
  for (const d of dirs) {
    let i = 0;
    while (i < n && d[i] === first[i]) i++;
    n = i;
  }
  return first.slice(0, n).join(path.sep) || path.sep;
}

const stem = (file: string): string => {
  const parsed = path.parse(file);
  return parsed.name.length > 0 ? parsed.name : parsed.base;
};

/** Ids for a group: the file name without extension, or its path from the common folder when two files share a name. */
function idsOf(files: readonly string[], base: string): Map<string, string> {
  const count = new Map<string, number>();
  for (const f of files) count.set(stem(f), (count.get(stem(f)) ?? 0) + 1);
  const ids = new Map<string, string>();
  for (const f of files) {
    if ((count.get(stem(f)) ?? 0) < 2) continue;
    const rel = path.relative(base, path.resolve(f)).split(path.sep).join('/');
    ids.set(f, rel.replace(/\.[^./]*$/, ''));
  }
  return ids;
}

/**
 * Groups loose files into sets: files in one folder are one set; folders whose files share a
 * name (`old/story.txt new/story.txt`: two copies of one story) are joined into one set, in
 * the order given, ids `old/story` and `new/story`. With `oneSet` (`--set`), every file is one set.
 */
export function groupLooseFiles(files: readonly string[], oneSet: boolean): LooseGroup[] {
  if (files.length === 0) return [];
  if (oneSet) return [finish(files, true)];
  const byFolder = new Map<string, string[]>();
  for (const f of files) byFolder.set(path.dirname(f), [...(byFolder.get(path.dirname(f)) ?? []), f]);
  const folders = [...byFolder.keys()];
  const owner = new Map(folders.map((d) => [d, d]));
  const root = (d: string): string => {
    let r = d;
    while (owner.get(r) !== r) r = owner.get(r) ?? r;
    return r;
  };
  const firstFolderOfName = new Map<string, string>();
  for (const f of files) {
    const name = path.basename(f);
    const other = firstFolderOfName.get(name);
    if (other === undefined) firstFolderOfName.set(name, path.dirname(f));
    else owner.set(root(path.dirname(f)), root(other));
  }
  const merged = new Map<string, string[]>();
  for (const f of files) merged.set(root(path.dirname(f)), [...(merged.get(root(path.dirname(f))) ?? []), f]);
  return [...merged.values()].map((group) => finish(group, new Set(group.map((f) => path.dirname(f))).size > 1));
}

function finish(files: readonly string[], acrossFolders: boolean): LooseGroup {
  const base = acrossFolders ? commonFolder(files) : path.dirname(files[0] ?? '.');
  return { path: base, files: [...files], ids: idsOf(files, base) };
}
