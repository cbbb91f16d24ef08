import { DOWNWARD_REVISION_PHRASES, DOWNWARD_REVISION_WORDS } from '../lang/en/quantities.js';

/**
 * Whether a sentence says its figure was lowered on purpose ("India lowers stampede toll to
 * 24", "revised the toll to 24, down from 31", "some victims were counted twice"). A version
 * that gives a lower toll in such a sentence corrects the earlier figure: an update, and the
 * new base for later versions, not a contradiction.
 */
export function statesDownwardRevision(sentence: string): boolean {
  const words = sentence.toLowerCase().match(/[\p{L}]+/gu) ?? [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] as string;
    if (DOWNWARD_REVISION_WORDS.has(w)) return true;
    if (DOWNWARD_REVISION_PHRASES.some((p) => p[0] === w && p[1] === words[i + 1])) return true;
  }
  return false;
}
