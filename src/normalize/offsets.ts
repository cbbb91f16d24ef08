import type { OffsetMap, Place, Span } from '../types.js';

/** Replace `input[start, end)` by `text` (delete: text ''; insert: start === end). */
export interface Edit {
  start: number;
  end: number;
  text: string;
}

/** A piece of the output and the piece of the input it came from. */
export interface Segment {
  outStart: number;
  outEnd: number;
  inStart: number;
  inEnd: number;
  /** True when the output is a verbatim copy of the input. */
  keep: boolean;
}

/** One rewriting step: its output text and how it maps to its input. */
export interface Step {
  text: string;
  inLength: number;
  segments: Segment[];
  /** Output span of each edit, in the order the edits were given (sorted). */
  editSpans: Span[];
}

/**
 * Apply non-overlapping edits to `input`. Edits are sorted by start; an edit
 * overlapping an earlier one is an error (a bug in the caller).
 */
export function applyEdits(input: string, edits: readonly Edit[]): Step {
  // Most steps change nothing in most files: the text is kept as it is, one verbatim segment.
  if (edits.length === 0) return unchangedStep(input);
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const segments: Segment[] = [];
  const editSpans: Span[] = [];
  const parts: string[] = [];
  let inPos = 0;
  let outPos = 0;
  for (const edit of sorted) {
    if (edit.start < inPos || edit.end < edit.start || edit.end > input.length) {
      throw new RangeError(`overlapping or invalid edit [${edit.start}, ${edit.end})`);
    }
    if (edit.start > inPos) {
      const kept = input.slice(inPos, edit.start);
      parts.push(kept);
      segments.push({ outStart: outPos, outEnd: outPos + kept.length, inStart: inPos, inEnd: edit.start, keep: true });
      outPos += kept.length;
    }
    parts.push(edit.text);
    segments.push({ outStart: outPos, outEnd: outPos + edit.text.length, inStart: edit.start, inEnd: edit.end, keep: false });
    editSpans.push({ start: outPos, end: outPos + edit.text.length });
    outPos += edit.text.length;
    inPos = edit.end;
  }
  if (inPos < input.length) {
    const kept = input.slice(inPos);
    parts.push(kept);
    segments.push({ outStart: outPos, outEnd: outPos + kept.length, inStart: inPos, inEnd: input.length, keep: true });
    outPos += kept.length;
  }
  return { text: parts.join(''), inLength: input.length, segments, editSpans };
}

/** The step that keeps `input` as it is (what applyEdits gives for no edits). */
function unchangedStep(input: string): Step {
  const segments: Segment[] = input.length > 0 ? [{ outStart: 0, outEnd: input.length, inStart: 0, inEnd: input.length, keep: true }] : [];
  return { text: input, inLength: input.length, segments, editSpans: [] };
}

/** The identity step (no edits). */
export function identityStep(text: string): Step {
  return applyEdits(text, []);
}

/** The first non-empty segment (on `side`) whose end lies beyond `offset` (segments are sorted). */
function findSegment(segments: readonly Segment[], offset: number, side: 'out' | 'in'): Segment | undefined {
  let lo = 0;
  let hi = segments.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const seg = segments[mid] as Segment;
    const end = side === 'out' ? seg.outEnd : seg.inEnd;
    if (end > offset) hi = mid;
    else lo = mid + 1;
  }
  for (let index = lo; index < segments.length; index++) {
    const seg = segments[index] as Segment;
    const empty = side === 'out' ? seg.outEnd === seg.outStart : seg.inEnd === seg.inStart;
    if (!empty) return seg;
  }
  return undefined;
}

/** Output offset of a step -> input offset. */
export function stepBackward(step: Step, offset: number): number {
  if (offset >= step.text.length) return step.inLength;
  if (offset <= 0 && step.segments.length === 0) return 0;
  const seg = findSegment(step.segments, Math.max(0, offset), 'out');
  if (seg === undefined) return step.inLength;
  const delta = offset - seg.outStart;
  if (seg.keep) return seg.inStart + delta;
  const width = seg.inEnd - seg.inStart;
  return seg.inStart + Math.max(0, Math.min(delta, width - 1));
}

/**
 * Input offset of a step -> output offset. `side` 'start' maps to the start of
 * a replaced piece, 'end' (for exclusive span ends) to its end.
 */
export function stepForward(step: Step, offset: number, side: 'start' | 'end'): number {
  if (side === 'end') {
    if (offset <= 0) return 0;
    const seg = findSegment(step.segments, offset - 1, 'in');
    if (seg === undefined) return step.text.length;
    return seg.keep ? seg.outStart + (offset - seg.inStart) : seg.outEnd;
  }
  if (offset >= step.inLength) return step.text.length;
  const seg = findSegment(step.segments, offset, 'in');
  if (seg === undefined) return step.text.length;
  return seg.keep ? seg.outStart + (offset - seg.inStart) : seg.outStart;
}

/** Map a span of a step's input to its output. */
export function forwardSpan(step: Step, span: Span): Span {
  const start = stepForward(step, span.start, 'start');
  const end = Math.max(start, stepForward(step, span.end, 'end'));
  return { start, end };
}

/** Offsets where lines start (after \n, \r\n or a lone \r). */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) starts.push(i + 1);
    else if (c === 13) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return starts;
}

/** 1-based line and column (UTF-16 units) of an offset, given the line starts. */
export function placeAt(starts: readonly number[], offset: number): Place {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((starts[mid] as number) <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - (starts[lo] as number) + 1 };
}

/** A chain of steps from the original text to the current one. */
export interface Chain {
  original: string;
  steps: Step[];
  /** The line starts of `original`, once asked for (see originalLineStarts). */
  originalStarts?: number[];
}

/** The line starts of a chain's original text, computed once per chain. */
export function originalLineStarts(chain: Chain): number[] {
  chain.originalStarts ??= lineStarts(chain.original);
  return chain.originalStarts;
}

/** The current text of a chain. */
export function chainText(chain: Chain): string {
  const last = chain.steps[chain.steps.length - 1];
  return last === undefined ? chain.original : last.text;
}

/** Offset in the text after `upTo` steps (default: all) -> offset in the original. */
export function chainToOriginal(chain: Chain, offset: number, upTo: number = chain.steps.length): number {
  let o = offset;
  for (let i = upTo - 1; i >= 0; i--) o = stepBackward(chain.steps[i] as Step, o);
  return o;
}

/** Map a span of the text after `from` steps forward to the current text. */
export function chainForwardSpan(chain: Chain, span: Span, from: number): Span {
  let s = span;
  for (let i = from; i < chain.steps.length; i++) s = forwardSpan(chain.steps[i] as Step, s);
  return s;
}

/** Build an OffsetMap for the current text of a chain. */
export function createOffsetMap(chain: Chain): OffsetMap {
  const starts = originalLineStarts(chain);
  const toOriginal = (offset: number): number => chainToOriginal(chain, offset);
  return {
    toOriginal,
    place: (offset: number): Place => placeAt(starts, toOriginal(offset)),
  };
}

/** Places (in the original) of offsets in the text after `upTo` steps. */
export function placesIn(chain: Chain, offsets: readonly number[], upTo: number, limit = 5): Place[] {
  const starts = originalLineStarts(chain);
  return offsets.slice(0, limit).map((o) => placeAt(starts, chainToOriginal(chain, o, upTo)));
}
