import { monthWords } from '../index.js';
import { EN } from './index.js';

/**
 * English month names and abbreviations (lower case, with and without the dot), as
 * written in news copy. Derived from the lexicon (./index.ts), where the months are listed once.
 */
export const MONTHS: ReadonlySet<string> = monthWords(EN, { bare: true, dotted: true });
