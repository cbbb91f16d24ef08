import type { Edit } from './offsets.js';

/** Edits that turn CRLF / CR into LF and strip control characters. */
export interface LineEdits {
  edits: Edit[];
  /** Offsets (in the input) of the control characters removed. */
  controls: number[];
}

/** C0 controls other than tab/LF/CR, DEL, C1 controls, and stray BOMs / zero-width characters. */
function isControl(c: number): boolean {
  if (c < 0x20) return c !== 9 && c !== 10 && c !== 13;
  return (c >= 0x7f && c <= 0x9f) || c === 0xfeff || c === 0x200b;
}

/**
 * The end of a terminal escape sequence (ESC [ parameters intermediates final, as in a copy
 * pasted from a terminal with colours: "\x1b[31mRed\x1b[0m") starting at `i`, else `i + 1`.
 * Removing the ESC alone would leave "[31mRed[0m", whose 31 reads as a figure.
 */
function controlEnd(text: string, i: number): number {
  if (text.charCodeAt(i) !== 0x1b || text.charCodeAt(i + 1) !== 0x5b) return i + 1;
  let j = i + 2;
  while (j < text.length && text.charCodeAt(j) >= 0x30 && text.charCodeAt(j) <= 0x3f) j++;
  while (j < text.length && text.charCodeAt(j) >= 0x20 && text.charCodeAt(j) <= 0x2f) j++;
  const final = text.charCodeAt(j);
  return final >= 0x40 && final <= 0x7e ? j + 1 : i + 1;
}

/** CRLF/CR -> LF; control characters (and terminal escape sequences) removed (tab kept; form feed removed). */
export function lineBreakEdits(text: string): LineEdits {
  const edits: Edit[] = [];
  const controls: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) edits.push({ start: i, end: i + 1, text: '' });
      else edits.push({ start: i, end: i + 1, text: '\n' });
    } else if (isControl(c)) {
      const end = controlEnd(text, i);
      edits.push({ start: i, end, text: '' });
      controls.push(i);
      i = end - 1;
    }
  }
  return { edits, controls };
}

/**
 * wink-nlp only breaks sentences at blank lines: every line break between
 * non-empty lines becomes a paragraph break (`\n\n`); runs of blank lines
 * collapse to one paragraph break; leading and trailing blank lines go.
 * Text expected with LF line breaks only.
 */
export function paragraphEdits(text: string): Edit[] {
  const edits: Edit[] = [];
  // The runs of /[ \t]*\n(?:[ \t]*\n)*[ \t]*/g, found by hand: a match object per line break
  // was most of this pass's allocation, and most breaks are already `\n\n`.
  let from = 0;
  for (let first = text.indexOf('\n'); first >= 0; first = text.indexOf('\n', from)) {
    let start = first;
    while (start > from && isSpaceOrTab(text.charCodeAt(start - 1))) start--;
    let last = first;
    let end = first + 1;
    for (;;) {
      let j = end;
      while (j < text.length && isSpaceOrTab(text.charCodeAt(j))) j++;
      end = j;
      if (j >= text.length || text.charCodeAt(j) !== 10) break;
      last = j;
      end = j + 1;
    }
    from = end;
    if (start === 0 || end === text.length) {
      edits.push({ start, end, text: '' });
      continue;
    }
    // Keep spaces inside lines, only the break itself (first to last line break) is rewritten.
    if (last !== first + 1) edits.push({ start: first, end: last + 1, text: '\n\n' });
  }
  // Leading / trailing whitespace-only text without a line break.
  return edits;
}

function isSpaceOrTab(c: number): boolean {
  return c === 32 || c === 9;
}
