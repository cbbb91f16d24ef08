/**
 * Where each wink token starts in the text wink read. wink keeps no offsets, only each token's
 * value and the spaces before it; reading those spaces back (`its.precedingSpaces`) builds a
 * string per token. wink splits its input at runs of the spaces below (line breaks and tabs are
 * tokens of their own) and every token is a verbatim piece of the input, so a token starts
 * after the run of these spaces that follows the previous token. Each value is checked against
 * the text; should one not be found where expected (or a run be so long that wink caps its
 * count), the offsets are rebuilt from wink's preceding spaces as before.
 */

/** The spaces wink's tokenizer splits at and counts as a token's preceding spaces. */
function isWinkSpace(c: number): boolean {
  return c === 32 || c === 0xa0 || (c >= 0x2002 && c <= 0x2005) || c === 0x2009 || c === 0x200a || c === 0x202f || c === 0x205f;
}

/** wink caps a run of plain spaces at this count (a run holding a no-break space is kept as it is). */
const WINK_MAX_SPACES = 65534;

/** Whether `text` holds `value` at `at` (text.startsWith(value, at), which measured slower for short tokens). */
function holdsAt(text: string, value: string, at: number): boolean {
  if (at + value.length > text.length) return false;
  for (let j = 0; j < value.length; j++) if (text.charCodeAt(at + j) !== value.charCodeAt(j)) return false;
  return true;
}

/** Start offsets of the tokens `values` in `text`, or null when the text does not hold them as expected. */
function scanStarts(text: string, values: readonly string[]): number[] | null {
  // made at its final length (pushing grew it twice for a paragraph's 20 to 40 tokens)
  const starts = new Array<number>(values.length);
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i] as string;
    let at = offset;
    while (at < text.length && isWinkSpace(text.charCodeAt(at))) at++;
    if (at - offset >= WINK_MAX_SPACES || !holdsAt(text, value, at)) return null;
    starts[i] = at;
    offset = at + value.length;
  }
  return starts;
}

/** Start offsets from wink's preceding spaces (a token is cut at the end of the text). */
function startsFromSpaces(text: string, values: readonly string[], spaces: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    offset += (spaces[i] ?? '').length;
    starts.push(offset);
    offset += Math.max(0, Math.min((values[i] ?? '').length, text.length - offset));
  }
  return starts;
}

export interface TokenStarts {
  /** The start offset of each token. */
  at: number[];
  /** Every value was found in the text at its offset. */
  verified: boolean;
}

/** Start offset of each token (`values`, as wink read `text`); `spaces` gives wink's preceding spaces when needed. */
export function tokenStarts(text: string, values: readonly string[], spaces: () => readonly string[]): TokenStarts {
  const scanned = scanStarts(text, values);
  return scanned !== null ? { at: scanned, verified: true } : { at: startsFromSpaces(text, values, spaces()), verified: false };
}
