import iconv from 'iconv-lite';
import type { Span } from '../types.js';

/**
 * Repair of UTF-8 text that was decoded with the wrong legacy code page (GBK or
 * Windows-1252/Latin-1) and saved again. Repair works by re-encoding: a run of
 * suspicious characters is encoded back to the legacy code page's bytes and the
 * bytes are decoded as UTF-8. A repair is accepted only when the bytes are valid
 * UTF-8 that decodes to characters expected in Latin-script news text, so
 * genuine Chinese (or other) text is left alone.
 *
 * Bytes lost for good (a third byte of `’`/`”`/`—` swallowed because the GBK
 * decoder could not pair it with the following ASCII byte) are recovered from
 * context and reported as uncertain.
 */

export type MojibakeScheme = 'gbk' | 'windows-1252';

export interface MojibakeRepair {
  /** Range of the input text replaced. */
  start: number;
  end: number;
  /** Replacement text. */
  text: string;
  scheme: MojibakeScheme;
  /** Part of the repair was guessed (a byte was lost). */
  lossy: boolean;
  /** Guessed parts, relative to `text`. */
  uncertain: Span[];
}

export interface MojibakeScan {
  repairs: MojibakeRepair[];
  /** Maximal runs of suspicious characters that contained at least one repair. */
  runs: number;
}

const REPLACEMENT = 0xfffd;

/** Characters we expect when UTF-8 news text is decoded correctly. */
function isExpected(cp: number): boolean {
  return (
    (cp >= 0x20 && cp <= 0x7e) ||
    (cp >= 0xa0 && cp <= 0x24f) || // Latin-1 supplement, Latin Extended-A/B
    (cp >= 0x1e00 && cp <= 0x1eff) || // Latin Extended Additional
    (cp >= 0x2010 && cp <= 0x205e) || // General Punctuation (dashes, quotes, ellipsis, primes)
    cp === 0x20ac || // €
    cp === 0x2122 || // ™
    cp === 0x2116 // №
  );
}

/** Non-ASCII characters that are strong evidence of mojibake repair (punctuation, nbsp, €, ™). */
function isStrong(cp: number): boolean {
  return cp === 0xa0 || (cp >= 0x2010 && cp <= 0x205e) || cp === 0x20ac || cp === 0x2122;
}

/** Punctuation a lost byte can be re-inserted for (E2 80 xx). */
function isNewsPunctuation(cp: number): boolean {
  return (cp >= 0x2010 && cp <= 0x2026) || cp === 0x2032 || cp === 0x2033;
}

type Utf8Result = { kind: 'ok'; cp: number; len: number } | { kind: 'incomplete' } | { kind: 'invalid' };

/** Decode one UTF-8 character at byte `p`. */
export function utf8At(bytes: readonly number[], p: number): Utf8Result {
  const b0 = bytes[p];
  if (b0 === undefined) return { kind: 'invalid' };
  if (b0 < 0x80) return { kind: 'ok', cp: b0, len: 1 };
  let len: number;
  let cp: number;
  if (b0 >= 0xc2 && b0 <= 0xdf) {
    len = 2;
    cp = b0 & 0x1f;
  } else if (b0 >= 0xe0 && b0 <= 0xef) {
    len = 3;
    cp = b0 & 0x0f;
  } else if (b0 >= 0xf0 && b0 <= 0xf4) {
    len = 4;
    cp = b0 & 0x07;
  } else return { kind: 'invalid' };
  for (let k = 1; k < len; k++) {
    const b = bytes[p + k];
    if (b === undefined) return { kind: 'incomplete' };
    if ((b & 0xc0) !== 0x80) return { kind: 'invalid' };
    cp = (cp << 6) | (b & 0x3f);
  }
  const min = len === 2 ? 0x80 : len === 3 ? 0x800 : 0x10000;
  if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return { kind: 'invalid' };
  return { kind: 'ok', cp, len };
}

// ----------------------------------------------------------------- code pages

/** Legacy bytes of one character, or null when it is not a mojibake candidate in that scheme. */
type ByteOf = (ch: string) => number[] | null;

/** GBK bytes of a character that can be part of UTF-8-read-as-GBK text. */
function gbkBytes(ch: string): number[] | null {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x80) return null;
  if (cp === REPLACEMENT) return [];
  const buf = iconv.encode(ch, 'gbk');
  if (iconv.decode(buf, 'gbk') !== ch) return null;
  const bytes = [...buf];
  const first = bytes[0] ?? 0;
  // A UTF-8 byte sequence read as GBK starts each character with a byte in 80..F4.
  if (bytes.length === 2 && first >= 0x80 && first <= 0xf4) return bytes;
  if (bytes.length === 1 && first === 0x80) return bytes;
  return null;
}

/** Memoise a ByteOf for one scan (no state outlives the call). */
function memo(byteOf: ByteOf): ByteOf {
  const cache = new Map<string, number[] | null>();
  return (ch) => {
    let bytes = cache.get(ch);
    if (bytes === undefined) {
      bytes = byteOf(ch);
      cache.set(ch, bytes);
    }
    return bytes;
  };
}

const CP1252_SPECIALS = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

/** Windows-1252 (or Latin-1) byte of a character. */
function cp1252Bytes(ch: string): number[] | null {
  const cp = ch.codePointAt(0) ?? 0;
  if (cp === REPLACEMENT) return [];
  if (cp >= 0x80 && cp <= 0xff) return [cp];
  if (CP1252_SPECIALS.includes(ch)) return [...iconv.encode(ch, 'win1252')];
  return null;
}

// ----------------------------------------------------------------- runs

interface Run {
  start: number;
  /** Characters (code points) of the run with their offsets. */
  chars: Array<{ ch: string; offset: number; bytes: number[] }>;
  end: number;
  /** The legacy bytes of all characters, and where each character's bytes start (one more entry at the end). */
  bytes: number[];
  byteStart: number[];
}

function newRun(offset: number): Run {
  return { start: offset, chars: [], end: offset, bytes: [], byteStart: [0] };
}

function findRuns(text: string, byteOf: ByteOf): Run[] {
  const runs: Run[] = [];
  let current: Run | null = null;
  let offset = 0;
  while (offset < text.length) {
    const c = text.charCodeAt(offset);
    // ASCII (most of the text) ends a run without the code point being cut out as a string.
    const ch = c < 0x80 ? null : codePointAt(text, offset, c);
    const bytes = ch === null ? null : byteOf(ch);
    if (ch !== null && bytes !== null) {
      current ??= newRun(offset);
      current.chars.push({ ch, offset, bytes });
      for (const b of bytes) current.bytes.push(b);
      current.byteStart.push(current.bytes.length);
      current.end = offset + ch.length;
    } else if (current !== null) {
      runs.push(current);
      current = null;
    }
    offset += ch === null ? 1 : ch.length;
  }
  if (current !== null) runs.push(current);
  return runs;
}

/** The code point at `offset` (whose first unit is `c`) as a string: a surrogate pair, else one unit (as `for…of` gives). */
function codePointAt(text: string, offset: number, c: number): string {
  if (c >= 0xd800 && c <= 0xdbff) {
    const next = text.charCodeAt(offset + 1);
    if (next >= 0xdc00 && next <= 0xdfff) return text.slice(offset, offset + 2);
  }
  return text[offset] as string;
}

// ----------------------------------------------------------------- lost bytes

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
const isDigit = (c: string | undefined): boolean => c !== undefined && /\d/.test(c);
const isLetter = (c: string | undefined): boolean => c !== undefined && /\p{L}/u.test(c);
const isLatinLetter = (c: string | undefined): boolean => c !== undefined && /\p{Script=Latin}/u.test(c);

/** Whether an opening double quote is still open in the paragraph ending at `before`. */
function openQuote(before: string): boolean {
  const paragraphStart = before.lastIndexOf('\n') + 1;
  const paragraph = before.slice(paragraphStart);
  let open = 0;
  for (const c of paragraph) {
    if (c === '“') open++;
    else if (c === '”') open = Math.max(0, open - 1);
  }
  return open > 0;
}

/**
 * The character whose last byte was lost after `E2 80`, guessed from context:
 * `prefix` is the repaired text before it, `next` the character after it.
 */
export function guessLostPunctuation(prefix: string, next: string | undefined): string {
  const prev = prefix[prefix.length - 1];
  if (isSpace(prev) && isSpace(next)) return '—';
  if (isDigit(prev) && isDigit(next)) return '–';
  if (isSpace(prev)) return '—';
  if (openQuote(prefix)) return '”';
  if (isLetter(prev) || isDigit(prev)) return '’';
  return '”';
}

// ----------------------------------------------------------------- decoding a run

/**
 * The longest group decoded from one start, in legacy bytes. Real mojibake groups are a few
 * characters long; the cap keeps a scan of hostile input (random bytes 80..FF) linear.
 */
const MAX_GROUP_BYTES = 256;
/** How much repaired text before a lost byte is looked at to guess it (quote context). */
const PREFIX_WINDOW = 2000;

interface Group {
  /** Index of the first run character after the group. */
  endChar: number;
  text: string;
  uncertain: Span[];
  lossy: boolean;
  strong: boolean;
}

interface Decoding {
  text: string;
  uncertain: Span[];
  lossy: boolean;
  strong: boolean;
  nonAscii: number;
}

/**
 * Decode UTF-8 from the bytes of run characters [startChar, ...) as far as the
 * result is plausible, ending on a character boundary. Null when nothing decodes.
 * `prefix` gives the repaired text before the group (only asked for a lost byte).
 */
function decodeGroup(run: Run, startChar: number, prefix: () => string, after: string | undefined): Group | null {
  const bytes = run.bytes;
  const first = run.byteStart[startChar] ?? bytes.length;
  const limit = Math.min(bytes.length, first + MAX_GROUP_BYTES);
  const d: Decoding = { text: '', uncertain: [], lossy: false, strong: false, nonAscii: 0 };
  let p = first;
  let next = startChar; // the last character whose bytes start at or after p (p only grows)
  let best: { endChar: number; textLength: number; uncertain: number; lossy: boolean; strong: boolean } | null = null;
  const record = (): void => {
    while ((run.byteStart[next] ?? Infinity) < p) next++;
    // Characters without bytes (U+FFFD) end at the same offset: the group takes them in.
    while (run.byteStart[next] === p && run.byteStart[next + 1] === p) next++;
    if (run.byteStart[next] === p && next > startChar && d.nonAscii > 0) {
      best = { endChar: next, textLength: d.text.length, uncertain: d.uncertain.length, lossy: d.lossy, strong: d.strong };
    }
  };
  while (p < limit) {
    const step = decodeStep(bytes, p, d, prefix, after);
    if (step === 0) break;
    p += step;
    record();
  }
  const b = best as { endChar: number; textLength: number; uncertain: number; lossy: boolean; strong: boolean } | null;
  if (b === null) return null;
  return { endChar: b.endChar, text: d.text.slice(0, b.textLength), uncertain: d.uncertain.slice(0, b.uncertain), lossy: b.lossy, strong: b.strong };
}

/** Decode one character at `p` into `d`; the bytes consumed, 0 when nothing plausible decodes. */
function decodeStep(bytes: readonly number[], p: number, d: Decoding, prefix: () => string, after: string | undefined): number {
  const r = utf8At(bytes, p);
  if (r.kind === 'ok' && isExpected(r.cp)) {
    d.text += String.fromCodePoint(r.cp);
    if (r.cp >= 0x80) d.nonAscii++;
    if (isStrong(r.cp)) d.strong = true;
    return r.len;
  }
  if (r.kind === 'incomplete' && bytes[p] === 0xe2 && bytes.length - p === 2 && bytes[p + 1] === 0x80) {
    // `E2 80` at the end of the run: the third byte was lost.
    addGuess(d, guessLostPunctuation(prefix() + d.text, after));
    return 2;
  }
  // A lost continuation byte in the middle: re-insert the one byte that makes news punctuation.
  // Only right after decoded mojibake (never as the first step: genuine CJK must stay).
  const inserted = d.nonAscii > 0 ? reinsertByte(bytes, p) : null;
  if (inserted === null) return 0;
  addGuess(d, String.fromCodePoint(inserted.cp));
  return inserted.consumed;
}

function addGuess(d: Decoding, ch: string): void {
  d.uncertain.push({ start: d.text.length, end: d.text.length + ch.length });
  d.text += ch;
  d.nonAscii++;
  d.strong = true;
  d.lossy = true;
}

/** Try inserting one continuation byte into the sequence at `p` so it decodes to news punctuation. */
function reinsertByte(bytes: readonly number[], p: number): { cp: number; consumed: number } | null {
  const lead = bytes[p];
  if (lead === undefined || lead < 0xe0 || lead > 0xef) return null;
  for (let k = 1; k < 3; k++) {
    const candidates: Array<{ cp: number; consumed: number }> = [];
    for (let x = 0x80; x <= 0xbf; x++) {
      const trial = [...bytes.slice(p, p + k), x, ...bytes.slice(p + k, p + 2)];
      const r = utf8At(trial, 0);
      if (r.kind === 'ok' && r.len === 3 && isNewsPunctuation(r.cp)) candidates.push({ cp: r.cp, consumed: 2 });
    }
    if (candidates.length === 1) return candidates[0] ?? null;
  }
  return null;
}

/** Characters after a run that stand for a lost byte (U+FFFD, or `?` written in its place). */
function placeholderAfter(text: string, end: number): number {
  const c = text[end];
  if (c === '\uFFFD') return 1;
  if (c === '?') return 1;
  return 0;
}

function scanRun(text: string, run: Run, scheme: MojibakeScheme, prefixOf: (offset: number) => string): MojibakeRepair[] {
  const repairs: MojibakeRepair[] = [];
  const total = run.bytes.length;
  const endsIncompleteFrom = (i: number): boolean =>
    total - (run.byteStart[i] ?? total) >= 2 && run.bytes[total - 2] === 0xe2 && run.bytes[total - 1] === 0x80;
  const lastChar = run.chars[run.chars.length - 1];
  let i = 0;
  while (i < run.chars.length) {
    const first = run.chars[i];
    if (first === undefined) break;
    const skip = endsIncompleteFrom(i) && lastChar?.ch !== '\uFFFD' ? placeholderAfter(text, run.end) : 0;
    const after = text[run.end + skip];
    const group = decodeGroup(run, i, () => prefixOf(first.offset), after);
    if (group === null) {
      i++;
      continue;
    }
    const groupEnd = group.endChar < run.chars.length ? (run.chars[group.endChar]?.offset ?? run.end) : run.end;
    const before = text[first.offset - 1];
    const next = text[groupEnd];
    const latinContext = isLatinLetter(before) || isLatinLetter(next) || /[A-Za-z]/.test(group.text);
    if (group.strong || scheme === 'windows-1252' || latinContext) {
      const consumesPlaceholder = group.lossy && group.endChar === run.chars.length && skip > 0;
      repairs.push({
        start: first.offset,
        end: consumesPlaceholder ? run.end + skip : groupEnd,
        text: group.text,
        scheme,
        lossy: group.lossy,
        uncertain: group.uncertain,
      });
    }
    i = group.endChar;
  }
  return repairs;
}

/**
 * The repaired text before `offset` on its line (at most PREFIX_WINDOW characters back):
 * the original text with the earlier repairs (sorted, left of `offset`) applied.
 */
function repairedPrefix(text: string, repairs: readonly MojibakeRepair[], offset: number): string {
  const from = Math.max(0, offset - PREFIX_WINDOW);
  const lineStart = from + text.slice(from, offset).lastIndexOf('\n') + 1;
  let first = repairs.length;
  while (first > 0 && (repairs[first - 1]?.end ?? 0) > lineStart) first--;
  let out = '';
  let pos = lineStart;
  for (let k = first; k < repairs.length; k++) {
    const r = repairs[k] as MojibakeRepair;
    if (r.start >= offset) continue;
    out += text.slice(pos, Math.max(pos, r.start)) + r.text;
    pos = r.end;
  }
  return out + text.slice(pos, offset);
}

function scanScheme(text: string, scheme: MojibakeScheme): { repairs: MojibakeRepair[]; runs: number } {
  const byteOf: ByteOf = memo(scheme === 'gbk' ? gbkBytes : cp1252Bytes);
  const repairs: MojibakeRepair[] = [];
  let runs = 0;
  const prefixOf = (offset: number): string => repairedPrefix(text, repairs, offset);
  for (const run of findRuns(text, byteOf)) {
    const found = scanRun(text, run, scheme, prefixOf);
    if (found.length > 0) runs++;
    repairs.push(...found);
  }
  return { repairs, runs };
}

/** Repairs of `candidates` that overlap none of `taken` (both sorted by start, non-overlapping). */
function withoutOverlaps(candidates: readonly MojibakeRepair[], taken: readonly MojibakeRepair[]): MojibakeRepair[] {
  const kept: MojibakeRepair[] = [];
  let k = 0;
  for (const r of candidates) {
    while (k < taken.length && (taken[k]?.end ?? 0) <= r.start) k++;
    const t = taken[k];
    if (t === undefined || t.start >= r.end) kept.push(r);
  }
  return kept;
}

/** Find mojibake in `text` and the repairs for it (non-overlapping, sorted). */
export function findMojibake(text: string): MojibakeScan {
  const gbk = scanScheme(text, 'gbk');
  const latin = scanScheme(text, 'windows-1252');
  const latinRepairs = withoutOverlaps(latin.repairs, gbk.repairs);
  const repairs = [...gbk.repairs, ...latinRepairs].sort((a, b) => a.start - b.start);
  const latinRuns = latinRepairs.length > 0 ? latin.runs : 0;
  return { repairs, runs: gbk.runs + latinRuns };
}
