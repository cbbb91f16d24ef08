import type { Manifest, OrderSource } from '../types.js';
import { WIRE_UPDATE_NUMBER, WIRE_UPDATE_REACH } from '../lang/en/copies.js';

/** The wire update number in a version's opening ("UPDATE 3-Quake kills at least 41"), or null. */
export function wireUpdateNumber(text: string): number | null {
  const m = WIRE_UPDATE_NUMBER.exec(text.slice(0, WIRE_UPDATE_REACH));
  return m === null ? null : Number(m[1]);
}

export interface OrderInput {
  id: string;
  /** Date from the version's own ` date` line. */
  dateLine: string | null;
  /** The wire update number of its slug ("UPDATE 3-…"), when it has one. */
  update?: number | null;
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

/**
 * Every version has a date line: by date, versions of one date concurrent, unless each of them
 * carries a wire update number ("UPDATE 2-…", "UPDATE 3-…"): then in that order.
 */
function byDateLine(sorted: readonly OrderInput[], setDate: string | null): Ordering {
  const numbered = numberedDays(sorted);
  const moment = (v: OrderInput): string => `${v.dateLine as string}${numbered.has(v.dateLine as string) ? ` ${String(v.update).padStart(3, '0')}` : ''}`;
  const moments = [...new Set(sorted.map(moment))].sort();
  const versions = sorted
    .map((v) => ({ v, rank: moments.indexOf(moment(v)) }))
    .sort((a, b) => a.rank - b.rank || byName(a.v, b.v))
    .map(({ v, rank }) => plain(v, rank));
  let note =
    moments.length === sorted.length
      ? 'ordered by the date line of each version'
      : 'ordered by the date line of each version; versions with the same date are treated as concurrent';
  if (numbered.size > 0) note += '; versions of one date by their wire update number ("UPDATE 2-")';
  return { order: 'date-line', note, versions, setDate };
}

/** The dates whose versions (two or more) each carry a wire update number, all different. */
function numberedDays(sorted: readonly OrderInput[]): Set<string> {
  const byDay = new Map<string, OrderInput[]>();
  for (const v of sorted) byDay.set(v.dateLine as string, [...(byDay.get(v.dateLine as string) ?? []), v]);
  const out = new Set<string>();
  for (const [day, vs] of byDay) {
    const numbers = vs.map((v) => v.update ?? null);
    if (vs.length >= 2 && numbers.every((n) => n !== null) && new Set(numbers).size === vs.length) out.add(day);
  }
  return out;
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
