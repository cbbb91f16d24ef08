import iconv from 'iconv-lite';

/** Bytes decoded to text. `encoding` is a display name ('utf-8', 'utf-16le', 'windows-1252', ...). */
export interface Decoded {
  text: string;
  encoding: string;
  /** Why this encoding was chosen when it is not plain UTF-8 (for the `encoding` notice). */
  note: string | null;
}

/** Bytes that cannot be treated as an article. */
export interface DecodeFailure {
  problem: string;
}

/** File signatures of common binary formats. */
const SIGNATURES: ReadonlyArray<{ name: string; bytes: readonly number[] }> = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'gzip archive', bytes: [0x1f, 0x8b] },
];

const SAMPLE = 8192;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Code units a NUL-byte pattern needs before it is taken for UTF-16: in a few bytes one NUL
 * already makes 30% of the pairs ("abc\0def" is binary, not the UTF-16 of two CJK characters).
 */
const MIN_PATTERN_UNITS = 8;

/** 'le' / 'be' when the NUL bytes sit at odd / even positions like UTF-16 text with ASCII content. */
export function utf16Pattern(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 2 * MIN_PATTERN_UNITS) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero >= pairs * 0.3 && evenZero <= pairs * 0.02) return 'le';
  if (evenZero >= pairs * 0.3 && oddZero <= pairs * 0.02) return 'be';
  return null;
}

/** Code units of text in a UTF-16 file without a BOM: ASCII, Latin, Greek to Arabic, Indic and Thai, quotes and dashes, CJK. */
function textUnit(u: number): boolean {
  return (
    u === 9 || u === 10 || u === 13 || (u >= 0x20 && u <= 0x7e) || (u >= 0xa0 && u <= 0x24f) ||
    (u >= 0x370 && u <= 0x6ff) || (u >= 0x900 && u <= 0xe7f) || (u >= 0x2010 && u <= 0x2027) || (u >= 0x2030 && u <= 0x203a) ||
    (u >= 0x3000 && u <= 0x30ff) || (u >= 0x4e00 && u <= 0x9fff) || (u >= 0xac00 && u <= 0xd7a3) || (u >= 0xff00 && u <= 0xffef)
  );
}

/** CJK punctuation (、。，！？：；) and line breaks: units that 8-bit text never forms (their bytes include a control byte). */
const UTF16_ANCHORS: ReadonlySet<number> = new Set([0x0a, 0x0d, 0x3001, 0x3002, 0xff01, 0xff0c, 0xff1a, 0xff1b, 0xff1f]);

/**
 * 'le' / 'be' for UTF-16 text without a BOM that `utf16Pattern` misses because most of it is
 * not ASCII (Chinese, Japanese, Russian: few NUL bytes, at no fixed place). The sample must
 * decode to at least 90% text units with no lone surrogate, and hold a line break or a CJK
 * punctuation mark, whose bytes 8-bit text never has. Random bytes reach about 60%.
 */
export function utf16TextOrder(bytes: Uint8Array): 'le' | 'be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4 || bytes.length % 2 !== 0) return null;
  const score = (le: boolean): number => {
    let text = 0;
    let anchors = 0;
    for (let i = 0; i < n; i += 2) {
      const u = le ? (bytes[i] as number) | ((bytes[i + 1] as number) << 8) : ((bytes[i] as number) << 8) | (bytes[i + 1] as number);
      if (u >= 0xd800 && u <= 0xdbff) {
        const next = le ? (bytes[i + 2] ?? 0) | ((bytes[i + 3] ?? 0) << 8) : ((bytes[i + 2] ?? 0) << 8) | (bytes[i + 3] ?? 0);
        if (i + 2 < n && (next < 0xdc00 || next > 0xdfff)) return 0;
        text += 2;
        i += 2;
        continue;
      }
      if (u >= 0xdc00 && u <= 0xdfff) return 0;
      if (textUnit(u)) text++;
      if (UTF16_ANCHORS.has(u)) anchors++;
    }
    return anchors > 0 ? text / (n / 2) : 0;
  };
  const le = score(true);
  const be = score(false);
  if (Math.max(le, be) < 0.9) return null;
  return le >= be ? 'le' : 'be';
}

const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });

/**
 * The text of bytes that are valid UTF-8, else null. (Without a leading BOM, which the decoder
 * would drop: decodeBytes takes a BOM away first. Then the text is buf.toString('utf8')'s.)
 */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return STRICT_UTF8.decode(bytes);
  } catch {
    return null;
  }
}

/** Share of characters that are control characters (other than tab, line breaks, form feed). */
function controlShare(text: string): number {
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  if (sample.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) controls++;
  }
  return controls / sample.length;
}

/**
 * Bytes -> text. Order: BOMs, binary signatures, UTF-16 without BOM (NUL-byte
 * pattern), NUL bytes (binary), valid UTF-8, else Windows-1252.
 */
export function decodeBytes(bytes: Uint8Array): Decoded | DecodeFailure {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let decoded: Decoded;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    decoded = { text: buf.subarray(3).toString('utf8'), encoding: 'utf-8', note: 'UTF-8 with a byte-order mark' };
  } else if (startsWith(bytes, [0xff, 0xfe])) {
    decoded = { text: iconv.decode(buf.subarray(2), 'utf-16le'), encoding: 'utf-16le', note: 'UTF-16LE with a byte-order mark' };
  } else if (startsWith(bytes, [0xfe, 0xff])) {
    decoded = { text: iconv.decode(buf.subarray(2), 'utf-16be'), encoding: 'utf-16be', note: 'UTF-16BE with a byte-order mark' };
  } else {
    const signature = SIGNATURES.find((s) => startsWith(bytes, s.bytes));
    if (signature) return { problem: `binary file, not text (${signature.name})` };
    // Each of these is asked once: a NUL byte, and the UTF-8 text (decoded once, null when not valid).
    const nul = bytes.includes(0);
    let utf8: string | null | undefined;
    const asUtf8 = (): string | null => (utf8 === undefined ? (utf8 = strictUtf8(bytes)) : utf8);
    const pattern = utf16Pattern(bytes) ?? ((nul || asUtf8() === null) ? utf16TextOrder(bytes) : null);
    const text = pattern === null && !nul ? asUtf8() : null;
    if (pattern !== null) {
      const name = pattern === 'le' ? 'utf-16le' : 'utf-16be';
      decoded = { text: iconv.decode(buf, name), encoding: name, note: `${name.toUpperCase()} without a byte-order mark` };
    } else if (nul) {
      return { problem: 'binary file, not text (contains NUL bytes)' };
    } else if (text !== null) {
      decoded = { text, encoding: 'utf-8', note: null };
    } else {
      decoded = { text: iconv.decode(buf, 'win1252'), encoding: 'windows-1252', note: 'not valid UTF-8, read as Windows-1252' };
    }
  }
  if (decoded.text.trim().length === 0) return { problem: 'empty file' };
  if (INVISIBLE_ONLY.test(decoded.text)) return { problem: 'empty file (only invisible characters: no-break or zero-width spaces, format characters)' };
  if (decoded.text.includes('\0') || controlShare(decoded.text) > 0.1) {
    return { problem: 'binary file, not text (too many control characters)' };
  }
  return decoded;
}

/** Text with nothing a reader can see: spaces of every kind, format characters (zero-width, bidi), fillers. */
const INVISIBLE_ONLY = /^[\s\p{Cf}\p{Cc}\u115F\u1160\u3164\uFFA0\u2800]*$/u;

export function isDecodeFailure(value: Decoded | DecodeFailure): value is DecodeFailure {
  return 'problem' in value;
}
