import type { Manifest, OrderSource } from '../types.js';

export interface OrderInput {
  id: string;
  /** Date from the version's own ` date` line. */
  dateLine: string | null;
}

export interface OrderedVersion {
  id: string;
  date: string | null;
  time: string | null;
  role: string | null;
  source: string | null;
  /** 0 = earliest; equal ranks are concurrent. */
  rank: number;
}

export interface Ordering {
  order: OrderSource;
  note: string;
  versions: OrderedVersion[];
  /** Reference date for relative dates in versions that carry none of their own. */
  setDate: string | null;
}

const byName = (a: OrderInput, b: OrderInput): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Puts versions in time order: a manifest first, then ` date` lines (when every
 * version has one), then file names. The note says which, and why.
 */
export function orderVersions(inputs: readonly OrderInput[], manifest: Manifest | null): Ordering {
  const sorted = [...inputs].sort(byName);
  const setDate = mostCommon(sorted.map((v) => v.dateLine).filter((d): d is string => d !== null));
  if (manifest && manifest.order.length > 0) return byManifest(sorted, manifest, setDate);
  const dated = sorted.filter((v) => v.dateLine !== null);
  if (dated.length === sorted.length && sorted.length > 0) return byDateLine(sorted, setDate);
  return byFileName(sorted, dated.length, setDate);
}

/** The manifest's order; versions it does not list come last, by file name. */
function byManifest(sorted: readonly OrderInput[], manifest: Manifest, setDate: string | null): Ordering {
  const listed = new Map(manifest.order.map((id, i) => [id, i]));
  const inManifest = sorted.filter((v) => listed.has(v.id));
  const unlisted = sorted.filter((v) => !listed.has(v.id));
  inManifest.sort((a, b) => (listed.get(a.id) ?? 0) - (listed.get(b.id) ?? 0));
  const all = [...inManifest, ...unlisted];
  const versions: OrderedVersion[] = [];
  for (const v of all) {
    const entry = manifest.versions[v.id];
    const date = entry?.date ?? v.dateLine;
    const time = entry?.time ?? null;
    // Listed one after the other with the same date and time: published together.
    const prev = versions[versions.length - 1];
    const together = prev !== undefined && date !== null && prev.date === date && prev.time === time && listed.has(v.id);
    versions.push({
      id: v.id,
      date,
      time,
      role: entry?.role ?? null,
      source: entry?.source ?? null,
      rank: prev === undefined ? 0 : together ? prev.rank : prev.rank + 1,
    });
  }
  const dates = versions.map((v) => v.date).filter((d): d is string => d !== null);
  let note = `ordered as listed in ${manifest.path}`;
  if (new Set(versions.map((v) => v.rank)).size < versions.length) {
    note += '; versions listed together with the same date and time are treated as concurrent';
  }
  if (unlisted.length > 0) {
    note += `; not listed there, placed last by file name: ${unlisted.map((v) => v.id).join(', ')}`;
  }
  return { order: 'manifest', note, versions, setDate: mostCommon(dates) ?? setDate };
}

/** Every version has a date line: by date, versions of one date concurrent. */
function byDateLine(sorted: readonly OrderInput[], setDate: string | null): Ordering {
  const days = [...new Set(sorted.map((v) => v.dateLine as string))].sort();
  const versions = sorted
    .map((v) => ({ v, rank: days.indexOf(v.dateLine as string) }))
    .sort((a, b) => a.rank - b.rank || byName(a.v, b.v))
    .map(({ v, rank }) => plain(v, rank));
  const note =
    days.length === sorted.length
      ? 'ordered by the date line of each version'
      : 'ordered by the date line of each version; versions with the same date are treated as concurrent';
  return { order: 'date-line', note, versions, setDate };
}

/** No manifest and not every version dated (`dated` of them are): by file name. */
function byFileName(sorted: readonly OrderInput[], dated: number, setDate: string | null): Ordering {
  const versions = sorted.map((v, rank) => plain(v, rank));
  const note =
    dated === 0
      ? 'no manifest and no date lines: ordered by file name'
      : `no manifest and only ${dated} of ${sorted.length} versions have a date line: ordered by file name`;
  return { order: 'file-name', note, versions, setDate };
}

function plain(v: OrderInput, rank: number): OrderedVersion {
  return { id: v.id, date: v.dateLine, time: null, role: null, source: null, rank };
}

function mostCommon(values: readonly string[]): string | null {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best: string | null = null;
  let bestCount = 0;
  for (const [v, c] of counts) {
    if (c > bestCount || (c === bestCount && best !== null && v < best)) {
      best = v;
      bestCount = c;
    }
  }
  return best;
}
