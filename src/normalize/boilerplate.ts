import { EN } from '../lang/en/index.js';
import type { Edit } from './offsets.js';

export type BoilerplateKind = 'repeated' | 'separator' | 'follow' | 'copyright' | 'credit' | 'chrome';

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

/** Classify boilerplate lines of LF-separated text (generic patterns, no story strings). */
export function findBoilerplate(text: string): BoilerplateLine[] {
  const lines = splitLines(text);
  const trims = lines.map((line) => line.text.trim());
  const counts = new Map<string, number>();
  for (const key of trims) {
    if (key.length > 0 && key.length <= MAX_REPEATED_LENGTH && /\p{L}/u.test(key)) {
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  const copyright = FOLDS_TO_ASCII.test(text) ? COPYRIGHT : COPYRIGHT_PLAIN;
  const found: BoilerplateLine[] = [];
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k] as Line;
    const trimmed = trims[k] as string;
    if (trimmed.length === 0) continue;
    let kind: BoilerplateKind | null = null;
    if (SEPARATOR.test(trimmed)) kind = 'separator';
    else if ((counts.get(trimmed) ?? 0) >= MIN_REPEATS) kind = 'repeated';
    else if (trimmed.length <= 300 && FOLLOW.test(trimmed)) kind = 'follow';
    else if (trimmed.length <= 300 && copyright.test(trimmed)) kind = 'copyright';
    else if (CREDIT.test(trimmed)) kind = 'credit';
    else if (trimmed.length <= 200 && CHROME.test(trimmed)) kind = 'chrome';
    if (kind !== null) found.push({ start: line.start, end: line.end, text: trimmed, kind });
  }
  return found;
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
  };
  for (const [kind, n] of kinds) parts.push(`${n} ${names[kind]}${n === 1 ? '' : 's'}`);
  return parts.join(', ');
}
