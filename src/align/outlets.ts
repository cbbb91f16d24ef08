/**
 * Which versions of a set may be read as rewrites or copies of which (for `dropped-fact`): a copy
 * or rewrite of a story loses what it leaves out; another outlet's own story on the same event
 * never had it.
 *
 * A version's line is the wire service its copy comes from: the one its manifest `source` names
 * ("AP", "Pamir Today (Reuters)"), else the agency tag of its dateline ("BELMORA (Reuters) -").
 * A source that names another version of the set ("news portal (rewrite of d2)") declares a copy
 * of that version: its line is that version's, and it is held to that version only (what an
 * earlier take had and the copied version had already left out is not the copy's loss). Two
 * versions of known, different lines (AP and Reuters) are no rewrites of each other; a version
 * of unknown line (a portal with no tag) may rewrite any other.
 */
import { COPY_MARK_LINE_WORDS, COPY_SOURCE_WORDS, COPY_TEXT_MARK, PASS_ON_SOURCE_WORDS } from '../lang/en/copies.js';
import { WIRE_DATELINE_AGENCIES } from '../lang/en/page-furniture.js';
import { escapeRegExp } from '../regexp.js';

export interface VersionSource {
  id: string;
  /** The manifest's `source`, or null. */
  source: string | null;
  /** The version's text (its dateline is read for an agency tag). */
  text: string;
  /** The manifest's `role` ("rewrite", "scrape"), or null. */
  role?: string | null;
}

const AGENCY_NAMES = WIRE_DATELINE_AGENCIES.map(escapeRegExp).join('|');
/** An agency named as a word of a manifest source ("AP", "portal (AFP)"); case as written for short names. */
const SOURCE_AGENCY = new RegExp(String.raw`(?<![\p{L}\p{N}])(${AGENCY_NAMES})(?![\p{L}\p{N}])`, 'u');
/** A dateline's agency tag before its dash, near the start of the copy. */
const DATELINE_AGENCY = new RegExp(String.raw`\((${AGENCY_NAMES})\)\s*[-–—]`, 'u');
const DATELINE_REACH = 1500;

/** Whether version `v` may be read as a rewrite or copy of version `u` (see the module comment). */
export function rewriteRelation(versions: readonly VersionSource[]): (u: string, v: string) => boolean {
  const ids = versions.map((x) => x.id);
  const declared = new Map<string, string>();
  const own = new Map<string, string | null>();
  for (const x of versions) {
    const copied = x.source === null ? undefined : ids.find((id) => id !== x.id && namesId(x.source as string, id));
    if (copied !== undefined) declared.set(x.id, copied);
    own.set(x.id, agencyOf(x));
  }
  const line = (id: string, seen = 0): string | null => {
    const copied = declared.get(id);
    if (copied !== undefined && seen < ids.length) return line(copied, seen + 1) ?? own.get(id) ?? null;
    return own.get(id) ?? null;
  };
  const lines = new Map(ids.map((id) => [id, line(id)]));
  return (u, v) => {
    const copied = declared.get(v);
    if (copied !== undefined) return copied === u;
    if (declared.get(u) === v) return true;
    const a = lines.get(u) ?? null;
    const b = lines.get(v) ?? null;
    return a === null || b === null || a === b;
  };
}

/**
 * The wire service of a version: named by its manifest source, else tagged in its dateline; else,
 * for a source that names an outlet of its own (`ownOutlet`), that outlet.
 */
function agencyOf(x: VersionSource): string | null {
  const named = x.source === null ? null : SOURCE_AGENCY.exec(x.source);
  if (named) return (named[1] as string).toLowerCase();
  const tagged = DATELINE_AGENCY.exec(x.text.slice(0, DATELINE_REACH));
  if (tagged) return (tagged[1] as string).toLowerCase();
  return ownOutlet(x);
}

/**
 * A manifest source that names an outlet reporting on its own ("Colter Springs Courier (local
 * paper)"): no word of a copy (COPY_SOURCE_WORDS) nor of a site passing on others' copy
 * (PASS_ON_SOURCE_WORDS), and a role that is no copy's. Its line is its own name.
 */
function ownOutlet(x: VersionSource): string | null {
  if (x.source === null || saysCopy(x)) return null;
  const words = sourceWords(x.source);
  if (words.length === 0 || words.some((w) => PASS_ON_SOURCE_WORDS.has(w))) return null;
  return `outlet:${words.join(' ')}`;
}

function sourceWords(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w.length > 0);
}

/** Whether a source text names a version id as a word ("rewrite of d2"). */
function namesId(source: string, id: string): boolean {
  // most sources name no version: the literal test first, the bounded match only where it is there
  return source.includes(id) && new RegExp(String.raw`(?<![\p{L}\p{N}_])${escapeRegExp(id)}(?![\p{L}\p{N}_])`, 'u').test(source);
}

/**
 * Whether version `v` is declared or shown to be a rewrite or copy of version `u`: stricter than
 * `rewriteRelation`, which lets any version of an unknown line rewrite any other (an AP update
 * restating the toll of AP's first take is its own reporting, not a copy). True only when
 * - `v`'s manifest source names `u` ("aggregator (scraped copy of k3)"), or
 * - `v` says it is a copy or rewrite (a source or role word: "portal (rewrite)", "NewsPulse (AI
 *   rewrite of AP)", role `scrape`; or a short line near its top: "AI-assisted summary") and
 *   `rewriteRelation` lets it rewrite `u` (the same line, or either line unknown).
 * A figure that differs between such a pair without a word of change is the copy's error, not news.
 */
export function copyRelation(versions: readonly VersionSource[]): (u: string, v: string) => boolean {
  const ids = versions.map((x) => x.id);
  const may = rewriteRelation(versions);
  const declared = new Map<string, string>();
  const copies = new Set<string>();
  for (const x of versions) {
    const copied = x.source === null ? undefined : ids.find((id) => id !== x.id && namesId(x.source as string, id));
    if (copied !== undefined) declared.set(x.id, copied);
    else if (saysCopy(x)) copies.add(x.id);
  }
  if (declared.size === 0 && copies.size === 0) return () => false; // the usual case: every version is its outlet's own
  return (u, v) => {
    if (u === v) return false;
    const copied = declared.get(v);
    if (copied !== undefined) return copied === u;
    return copies.has(v) && may(u, v);
  };
}

/** Whether a version's manifest source or role, or a short line near its top, says it is a copy or rewrite. */
function saysCopy(x: VersionSource): boolean {
  const words = sourceWords;
  if (x.role && words(x.role).some((w) => COPY_SOURCE_WORDS.has(w))) return true;
  if (x.source && words(x.source).some((w) => COPY_SOURCE_WORDS.has(w))) return true;
  const top = x.text.slice(0, DATELINE_REACH);
  if (!COPY_TEXT_MARK.test(top)) return false; // the usual case: no mark at all
  return top.split('\n').some((line) => COPY_TEXT_MARK.test(line) && words(line).length <= COPY_MARK_LINE_WORDS);
}
