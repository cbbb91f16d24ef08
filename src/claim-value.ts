import type { ClaimValue } from './types.js';

/**
 * Where a value's text starts in its quoted sentence, or -1. Found as the first occurrence of
 * the text: a value does not carry its offset within the sentence, so a figure written twice
 * in one sentence ("12 … 12") is read at the first. (The exact place would be the value's
 * span less its sentence's start, which a value would then have to carry.)
 */
export function valueAt(v: ClaimValue): number {
  return v.sentence.indexOf(v.text);
}
