import { diffWords } from 'diff';
import { escapeHtml, markCuts } from './escape.js';

/** Two sentences as HTML, the words that differ marked in each. */
export interface SideBySide {
  left: string;
  right: string;
}

const CUT = /⟦cut:\s*([^⟧]*)⟧/g;
/** Sentences longer than this are compared as they are, not word by word (bounded work). */
const MAX_DIFF_CHARS = 1200;
/** Sentences that differ in more words than this are shown unmarked: marking most words helps nobody. */
const MAX_EDITS = 40;

/**
 * `own` is the sentence of the version with the problem, `other` a sentence it is compared
 * with. Words only in `own` are marked `ins` on the left, words only in `other` `del` on the
 * right. A cut marker (⟦cut: …⟧) in `own` is shown as it is: it already names what went.
 */
export function sideBySide(own: string, other: string, values: { own?: string | undefined; other?: string | undefined } = {}): SideBySide {
  const hasCut = own.includes('⟦');
  const plainOwn = hasCut ? own.replace(CUT, '').replace(/\s{2,}/g, ' ') : own;
  const parts = plainOwn.length + other.length > 2 * MAX_DIFF_CHARS ? undefined : diffWords(plainOwn, other, { maxEditLength: MAX_EDITS });
  if (parts === undefined) {
    // Sentences too different to mark word by word: mark the values they state.
    return { left: hasCut ? markCuts(own) : markValue(own, values.own, 'ins'), right: markValue(other, values.other, 'del') };
  }
  const left: string[] = [];
  const right: string[] = [];
  for (const part of parts) {
    const text = escapeHtml(part.value);
    if (part.added) right.push(marked(part.value, 'del'));
    else if (part.removed) left.push(marked(part.value, 'ins'));
    else {
      left.push(text);
      right.push(text);
    }
  }
  return { left: hasCut ? markCuts(own) : left.join(''), right: right.join('') };
}

/** The changed words marked, the whitespace around them not; whitespace-only changes are not marked. */
function marked(raw: string, tag: 'ins' | 'del'): string {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(raw);
  const [lead, core, trail] = [m?.[1] ?? '', m?.[2] ?? raw, m?.[3] ?? ''];
  return core === '' ? escapeHtml(raw) : `${escapeHtml(lead)}<${tag}>${escapeHtml(core)}</${tag}>${escapeHtml(trail)}`;
}

/** The sentence escaped, with the first occurrence of `value` (any case) marked. */
export function markValue(sentence: string, value: string | undefined, tag: 'ins' | 'del'): string {
  const at = value ? sentence.toLowerCase().indexOf(value.toLowerCase()) : -1;
  if (!value || at < 0) return escapeHtml(sentence);
  const end = at + value.length;
  return `${escapeHtml(sentence.slice(0, at))}<${tag}>${escapeHtml(sentence.slice(at, end))}</${tag}>${escapeHtml(sentence.slice(end))}`;
}
