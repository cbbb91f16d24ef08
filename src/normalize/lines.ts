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

/** CRLF/CR -> LF; control characters removed (tab kept; form feed removed). */
export function lineBreakEdits(text: string): LineEdits {
  const edits: Edit[] = [];
  const controls: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) edits.push({ start: i, end: i + 1, text: '' });
      else edits.push({ start: i, end: i + 1, text: '\n' });
    } else if (isControl(c)) {
      edits.push({ start: i, end: i + 1, text: '' });
      controls.push(i);
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
  const re = /[ \t]*\n(?:[ \t]*\n)*[ \t]*/g;
  for (const m of text.matchAll(re)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start === 0 || end === text.length) {
      edits.push({ start, end, text: '' });
      continue;
    }
    // Keep spaces inside lines, only the break itself is rewritten.
    const lineBreakStart = start + (m[0].indexOf('\n'));
    const lineBreakEnd = start + m[0].lastIndexOf('\n') + 1;
    const replaced = text.slice(lineBreakStart, lineBreakEnd);
    if (replaced !== '\n\n') edits.push({ start: lineBreakStart, end: lineBreakEnd, text: '\n\n' });
  }
  // Leading / trailing whitespace-only text without a line break.
  return edits;
}
