import { EN } from '../lang/en/index.js';
import { BAR_ED_WORDS, BAR_VERBS, COMMENT_FURNITURE, COMMENTS_HEADER, CONSENT_BUTTONS, CONSENT_HEADING, CONSENT_TEXT, NEWSLETTER_SIGNUP, NUMBERED_ROW_LABEL, SHARE_BAR, TEASER_HEADER, TEASER_ROW_LABEL } from '../lang/en/page-furniture.js';
import type { Edit } from './offsets.js';

export type BoilerplateKind = 'repeated' | 'separator' | 'follow' | 'copyright' | 'credit' | 'chrome' | 'navigation' | 'teaser' | 'consent' | 'comments';

export interface BoilerplateLine {
  /** Offset of the line start and end (without its line break). */
  start: number;
  end: number;
  text: string;
  kind: BoilerplateKind;
}

export interface Line {
  start: number;
  end: number;
  text: string;
}

/** Lines of LF-separated text with their offsets. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end) });
    if (nl < 0) break;
    start = nl + 1;
  }
  return lines;
}

const SEPARATOR = /^[\s]*([_\-=*~#•·—–])(?:\s*\1){2,}\s*$/u;
const FOLLOW = EN.boilerplate.follow;
const COPYRIGHT = EN.boilerplate.copyright;
/**
 * The copyright pattern without its `u` flag. Tried on nearly every line and unanchored, the
 * case-insensitive Unicode pattern was 0.6% of a run; V8 runs the plain one 10-40 times faster.
 * The two agree on a text without ſ (U+017F) and K (U+212A): under `iu` these match s and k
 * (and are word characters for \b), and the pattern has no dot, negated class or
 * Unicode-only escape that surrogates or `u` syntax could tell apart.
 */
const COPYRIGHT_PLAIN = new RegExp(COPYRIGHT.source, COPYRIGHT.flags.replace('u', ''));
const FOLDS_TO_ASCII = /[\u017f\u212a]/;
const CREDIT = EN.boilerplate.credit;
const CHROME = EN.boilerplate.chrome;
const MAX_REPEATED_LENGTH = 80;
const MIN_REPEATS = 3;

/** What a line's own text makes it (whether it repeats aside), or null. */
type LineKind = BoilerplateKind | null;

/**
 * Line kinds by trimmed line, for the versions of one set: they repeat most lines, and each
 * distinct line is matched against the patterns once per set.
 */
export type LineKinds = Map<string, LineKind>;

/**
 * What a trimmed line is by its text alone: a separator, else the first of follow, copyright,
 * credit, chrome and navigation that it matches. The copyright pattern is chosen by the line:
 * the plain and the Unicode pattern agree on a line without ſ or K (see COPYRIGHT_PLAIN).
 */
function lineKind(trimmed: string): LineKind {
  if (SEPARATOR.test(trimmed)) return 'separator';
  if (trimmed.length <= 300 && FOLLOW.test(trimmed)) return 'follow';
  if (trimmed.length <= 300 && (FOLDS_TO_ASCII.test(trimmed) ? COPYRIGHT : COPYRIGHT_PLAIN).test(trimmed)) return 'copyright';
  if (CREDIT.test(trimmed)) return 'credit';
  if (trimmed.length <= 200 && (CHROME.test(trimmed) || SHARE_BAR.test(trimmed) || NEWSLETTER_SIGNUP.test(trimmed))) return 'chrome';
  if (isTeaserRow(trimmed)) return 'teaser';
  if (isConsentLine(trimmed)) return 'consent';
  return isNavigationBar(trimmed) ? 'navigation' : null;
}

/** Longest line read as a consent banner's text (a banner is a paragraph or two, not an article). */
const MAX_CONSENT_LENGTH = 800;
/** Words one of which every consent line holds (the cheap test before the patterns). */
const CONSENT_WORD = /cookie|privacy|accept|consent|agree|reject|preferences/i;

/**
 * A line of a cookie or privacy consent banner (lang/en/page-furniture.ts: its heading, its row of
 * buttons, or its text). Left in, its text read as a paragraph cut off mid-sentence ("…cookies on
 * your device. Manage preferences | Accept all") and its button "Accept" as a place.
 */
function isConsentLine(line: string): boolean {
  if (line.length > MAX_CONSENT_LENGTH || !CONSENT_WORD.test(line)) return false;
  if (CONSENT_HEADING.test(line) || CONSENT_BUTTONS.test(line)) return true;
  return CONSENT_TEXT.cookie.test(line) && CONSENT_TEXT.reader.test(line) && CONSENT_TEXT.consent.test(line);
}

/**
 * A one-line row of other stories' headlines after a teaser label: "Most read: Bank holds rates
 * steady | 3 killed in highway pileup | Storm warning for the coast". At least two short items
 * split by " | " (or · •), each opening like a headline (a capital or a figure) and none ending
 * in a full stop; a pipe table without the label ("Kessel | 12 | 4") is no row.
 */
function isTeaserRow(line: string): boolean {
  if (line.length > MAX_TEASER_ROW_LENGTH || !line.includes(':')) return false;
  if (!BAR_SEPARATOR_CHAR.test(line)) return isNumberedTeaserRow(line);
  const label = TEASER_ROW_LABEL.exec(line);
  if (label === null) return false;
  const items = line.slice(label[0].length).split(BAR_SEPARATOR).map((item) => item.trim());
  return items.length >= 2 && items.every((item) => HEADLINE_ITEM.test(item) && isTeaserLine(item));
}

/**
 * A one-line numbered row of other stories' headlines after a teaser label (NUMBERED_ROW_LABEL):
 * "Most read: 1. Ferry sinks off Crete, 12 missing 2. Rates held at 4% 3. Storm: what to expect".
 * The items numbered 1, 2, 3 … in order (at least two), each a short headline as in a "|" row;
 * a sentence with a list ("Related: 1. the dam; 2. the road.") or any other line keeps its line.
 */
function isNumberedTeaserRow(line: string): boolean {
  if (!line.includes('1')) return false;
  const label = NUMBERED_ROW_LABEL.exec(line);
  if (label === null) return false;
  const items: string[] = [];
  let from = label[0].length + 2; // after "1." / "1)"
  for (let n = 2; ; n++) {
    const next = numberedItemAt(line, from, n);
    items.push(line.slice(from, next < 0 ? line.length : next).trim());
    if (next < 0) break;
    from = next + String(n).length + 2;
  }
  return items.length >= 2 && items.every((item) => HEADLINE_ITEM.test(item) && isTeaserLine(item));
}

const ITEM_OPENING = /[\p{Lu}\d]/u;

/** Where " n. " / " n) " before a capital or a figure starts in `line` from `from` (the space before n), or -1. */
function numberedItemAt(line: string, from: number, n: number): number {
  for (const mark of ['.', ')']) {
    const marker = ` ${n}${mark} `;
    let at = line.indexOf(marker, from);
    while (at >= 0 && !ITEM_OPENING.test(line[at + marker.length] ?? '')) at = line.indexOf(marker, at + 1);
    if (at >= 0) return at;
  }
  return -1;
}

function cachedLineKind(trimmed: string, kinds: LineKinds | null): LineKind {
  if (kinds === null) return lineKind(trimmed);
  let kind = kinds.get(trimmed);
  if (kind === undefined) {
    kind = lineKind(trimmed);
    kinds.set(trimmed, kind);
  }
  return kind;
}

/**
 * Classify boilerplate lines of LF-separated text (generic patterns, no story strings).
 * `kinds`: the line kinds of the other versions of the set.
 */
export function findBoilerplate(text: string, kinds: LineKinds | null = null): BoilerplateLine[] {
  const lines = splitLines(text);
  const trims = lines.map((line) => line.text.trim());
  const counts = new Map<string, number>();
  for (const key of trims) {
    if (key.length > 0 && key.length <= MAX_REPEATED_LENGTH && /\p{L}/u.test(key)) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const found: BoilerplateLine[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as Line;
    const trimmed = trims[k] as string;
    if (trimmed.length === 0) continue;
    const own = cachedLineKind(trimmed, kinds);
    // a repeated line is 'repeated' unless it is a separator, whatever else it matches
    const kind = own !== 'separator' && (counts.get(trimmed) ?? 0) >= MIN_REPEATS ? 'repeated' : own;
    if (kind !== null) found.push({ start: line.start, end: line.end, text: trimmed, kind });
  }
  const taken = new Set(found.map((b) => b.start));
  const blocks = [...teaserBlocks(lines, trims, taken), ...commentBlocks(lines, trims, taken)];
  if (blocks.length === 0) return found;
  const all = [...found, ...blocks].sort((a, b) => a.start - b.start);
  return all.filter((b, i) => i === 0 || b.start !== (all[i - 1] as BoilerplateLine).start); // a teaser list inside a comment section
}

const BAR_SEPARATOR = /\s*[|·•]\s*/u;
const BAR_SEPARATOR_CHAR = /[|·•]/u;
/** An item of a teaser row: a headline opens with a capital or a figure and has no closing full stop. */
const HEADLINE_ITEM = /^[\p{Lu}\d].*[^.]$/u;
const BAR_PUNCTUATION = /[.,;:!?"“”()]/u;
const MIN_BAR_ITEMS = 3;
const MAX_BAR_ITEM_WORDS = 4;
const MAX_BAR_ITEM_LENGTH = 32;
/** "WHLC 7", "Channel 4": a name with a number is a brand, not a figure. */
const BRAND_NUMBER = /^\p{Lu}[\p{L}]*\s\d{1,3}$/u;
const NUMBER_WORDS: ReadonlySet<string> = new Set([
  ...Object.keys(EN.numbers.units), ...Object.keys(EN.numbers.tens), ...Object.keys(EN.numbers.scales),
  EN.numbers.hundred, EN.numbers.dozen,
]);

/**
 * A navigation or footer bar: "Home | World | Middle East | Sport", "About us | Contact |
 * Privacy | Terms". At least three pipe-separated items, each a short capitalised name with no
 * sentence punctuation, no figure and no verb: a headline with a site name ("Quake kills 27 |
 * World | Site") or a table row ("Nowdez | 26 | 10") keeps its line.
 */
function isNavigationBar(line: string): boolean {
  if (!line.includes('|') && !line.includes(' · ') && !line.includes(' • ')) return false;
  const items = line.split(BAR_SEPARATOR).filter((item) => item.length > 0);
  return items.length >= MIN_BAR_ITEMS && items.every(isBarItem);
}

function isBarItem(item: string): boolean {
  if (item.length > MAX_BAR_ITEM_LENGTH || !/^\p{Lu}/u.test(item) || BAR_PUNCTUATION.test(item)) return false;
  const words = item.toLowerCase().split(/\s+/);
  if (words.length > MAX_BAR_ITEM_WORDS) return false;
  if (/\d/.test(item) && !BRAND_NUMBER.test(item)) return false;
  return words.every((w) => !NUMBER_WORDS.has(w) && !BAR_VERBS.has(w) && !(w.length >= 5 && w.endsWith('ed') && !BAR_ED_WORDS.has(w)));
}

/** Teaser lines after a header: other stories' headlines are short; a prose paragraph ends the block. */
const MAX_TEASER_LENGTH = 120;
const MAX_TEASER_LINES = 12;
const MAX_HEADER_LENGTH = 60;
/** A one-line row of teasers: a label and a few headlines. */
const MAX_TEASER_ROW_LENGTH = 400;
/** A sentence of this many words ending in a full stop is the story's prose (a short quote), unless bulleted. */
const PROSE_WORDS = 6;
const BULLET = /^(?:[-–—*•·▪►>]|\d{1,2}[.)])\s/u;
const SENTENCE_END = /[.!?]["”’]?$/u;

function isTeaserLine(trimmed: string): boolean {
  if (trimmed.length === 0 || trimmed.length > MAX_TEASER_LENGTH) return false;
  return BULLET.test(trimmed) || !(SENTENCE_END.test(trimmed) && trimmed.split(/\s+/).length >= PROSE_WORDS);
}

/**
 * Blocks of links to other stories: a header line ("RELATED STORIES", "Trending now") and
 * the short lines after it, up to a blank line or a prose paragraph (a blank line between
 * bullets of the list does not end it). Lines already classified (an "Advertisement" slot
 * inside the list) keep their kind. The teasers' tolls and places are other stories'.
 */
function teaserBlocks(lines: readonly Line[], trims: readonly string[], taken: ReadonlySet<number>): BoilerplateLine[] {
  const out: BoilerplateLine[] = [];
  const add = (k: number): void => {
    const line = lines[k] as Line;
    if (!taken.has(line.start)) out.push({ start: line.start, end: line.end, text: trims[k] as string, kind: 'teaser' });
  };
  for (let k = 0; k < lines.length; k++) {
    const header = trims[k] as string;
    // a header may already be page furniture ("Related:" is a one-line teaser with nothing after the colon)
    if (header.length > MAX_HEADER_LENGTH || !TEASER_HEADER.test(header)) continue;
    add(k);
    let j = k + 1;
    if (trims[j] === '') j++; // a blank line right under the header
    for (let n = 0; j < lines.length && n < MAX_TEASER_LINES; j++, n++) {
      const t = trims[j] as string;
      if (t === '' && BULLET.test(trims[j - 1] ?? '') && BULLET.test(trims[j + 1] ?? '')) continue;
      if (!isTeaserLine(t)) break;
      add(j);
    }
    k = j - 1;
  }
  return out;
}

/** How far under a comments header a comment's furniture must show (a line of it proves the section). */
const COMMENT_PROOF_LINES = 6;

/**
 * A reader-comment section: a header ("Comments (3)", "Join the conversation") whose next
 * COMMENT_PROOF_LINES lines hold a comment's furniture ("dana_k · 2 hours ago", "Reply · 14
 * Likes", "Sort by: Newest"), and every line after it to the end of the copy: comments sit under
 * the story and its other furniture, and what readers write ("more than 100 died in my town") is
 * not the story's. Lines already classified keep their kind.
 */
function commentBlocks(lines: readonly Line[], trims: readonly string[], taken: ReadonlySet<number>): BoilerplateLine[] {
  for (let k = 0; k < lines.length; k++) {
    const header = trims[k] as string;
    if (header.length > MAX_HEADER_LENGTH || !COMMENTS_HEADER.test(header)) continue;
    const proof = trims.slice(k + 1, k + 1 + COMMENT_PROOF_LINES).some((t) => t.length > 0 && t.length <= MAX_HEADER_LENGTH * 2 && COMMENT_FURNITURE.test(t));
    if (!proof) continue;
    const out: BoilerplateLine[] = [];
    for (let j = k; j < lines.length; j++) {
      const line = lines[j] as Line;
      if ((trims[j] as string).length > 0 && !taken.has(line.start)) out.push({ start: line.start, end: line.end, text: trims[j] as string, kind: 'comments' });
    }
    return out;
  }
  return [];
}

/** Whether a line is a "Follow … at URL" style credit line (its URL is not spam). */
export function isFollowLine(line: string): boolean {
  return FOLLOW.test(line.trim());
}


/** Edits deleting boilerplate lines together with their line break. */
export function boilerplateEdits(text: string, lines: readonly BoilerplateLine[]): Edit[] {
  return lines.map((line) => {
    const end = text[line.end] === '\n' ? line.end + 1 : line.end;
    return { start: line.start, end, text: '' };
  });
}

/** Summary like `22× "Credit: AP", 2 separator lines, 1 follow line`. */
export function describeBoilerplate(lines: readonly BoilerplateLine[]): string {
  const parts: string[] = [];
  const repeated = new Map<string, number>();
  const kinds = new Map<BoilerplateKind, number>();
  for (const line of lines) {
    if (line.kind === 'repeated') repeated.set(line.text, (repeated.get(line.text) ?? 0) + 1);
    else kinds.set(line.kind, (kinds.get(line.kind) ?? 0) + 1);
  }
  for (const [text, n] of repeated) parts.push(`${n}× "${text}"`);
  const names: Record<BoilerplateKind, string> = {
    repeated: 'repeated line',
    separator: 'separator line',
    follow: '"follow our coverage" line',
    copyright: 'copyright line',
    credit: 'credit line',
    chrome: 'page-furniture line',
    navigation: 'navigation bar',
    teaser: 'related-stories line',
    consent: 'cookie-consent line',
    comments: 'reader-comment line',
  };
  for (const [kind, n] of kinds) parts.push(`${n} ${names[kind]}${n === 1 ? '' : 's'}`);
  return parts.join(', ');
}
