/**
 * Blanks `factlint-disable` lines (noise/inline.ts) in a version's bytes before analysis, with
 * spaces of the same length, so that line and column numbers do not move. ASCII-compatible
 * encodings only (UTF-8, Windows-1252); other files are left as they are.
 */

const MARK = Buffer.from('factlint-disable');
const NL = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

export function blankDirectives(bytes: Uint8Array): Uint8Array {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = buf.indexOf(MARK);
  if (at < 0) return bytes;
  const out = Buffer.from(buf);
  while (at >= 0) {
    let start = at;
    while (start > 0 && out[start - 1] !== NL) start--;
    let end = at;
    while (end < out.length && out[end] !== NL && out[end] !== CR) end++;
    out.fill(SPACE, start, end);
    at = out.indexOf(MARK, end);
  }
  return new Uint8Array(out.buffer, out.byteOffset, out.byteLength);
}
