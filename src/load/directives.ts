/**
 * Blanks `factlint-disable` lines (noise/inline.ts) in a version's bytes before analysis, with
 * spaces of the same length, so that line and column numbers do not move, and keeps those lines
 * (latin1: only the ASCII directive is read) for the post-passes, which would otherwise read the
 * file again. ASCII-compatible encodings only (UTF-8, Windows-1252); other files are left as
 * they are.
 */
import { readFileSync } from 'node:fs';

const MARK = Buffer.from('factlint-disable');
const NL = 0x0a;
const CR = 0x0d;
const SPACE = 0x20;

/** A version's bytes with its directive lines blanked, and those lines (null: none). */
export interface Blanked {
  bytes: Uint8Array;
  directives: string | null;
}

export function blankDirectives(bytes: Uint8Array): Blanked {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let at = buf.indexOf(MARK);
  if (at < 0) return { bytes, directives: null };
  const out = Buffer.from(buf);
  const lines: string[] = [];
  while (at >= 0) {
    let start = at;
    while (start > 0 && out[start - 1] !== NL) start--;
    let end = at;
    while (end < out.length && out[end] !== NL && out[end] !== CR) end++;
    lines.push(out.toString('latin1', start, end));
    out.fill(SPACE, start, end);
    at = out.indexOf(MARK, end);
  }
  return { bytes: new Uint8Array(out.buffer, out.byteOffset, out.byteLength), directives: lines.join('\n') };
}

/**
 * A version file's text (latin1: only the ASCII directive is looked for), or null when
 * unreadable. Read after the check by the whole-report path (cli/post.ts), and by a streamed run
 * for versions whose directive lines were not kept when read (stdin, git revisions: RawVersion).
 */
export function readVersionText(file: string): string | null {
  try {
    return readFileSync(file, 'latin1');
  } catch {
    return null;
  }
}
