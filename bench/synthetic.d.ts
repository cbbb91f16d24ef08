/** Types of bench/synthetic.js (plain ESM, shared by the bench and the tests). */

/** A base story: `sentences` sentences in paragraphs of two. */
export function syntheticBase(sentences: number, seed?: number): string[];

/**
 * `versions` texts of one story: version 0 is the base; the others swap two paragraphs,
 * drop one paragraph, and cut a person's name from one sentence.
 */
export function syntheticArticleSet(versions: number, sentences?: number, seed?: number): Array<{ id: string; text: string }>;
