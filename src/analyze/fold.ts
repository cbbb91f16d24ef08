/**
 * wink's tokenizer splits words at letters outside its Latin tables ("Erdo|ğ|an",
 * "Gda|ń|sk", "Ł|ukasz"). Before tokenizing, each such letter is replaced by an ASCII
 * look-alike of the same UTF-16 length, so offsets are unchanged and token text can be
 * read back from the original. Letters with no ASCII base are left alone. A hyphen that makes
 * wink cut a figure ("magnitude-7.8") is read as a space (`spaceDecimals`), the dot of ".40-caliber"
 * as a zero (`leadingDecimals`).
 */
import { TITLE_ABBREVIATION_STANDINS } from '../lang/en/abbreviations.js';

const SPECIAL: Readonly<Record<string, string>> = {
  ı: 'i', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ø: 'o', Ø: 'O', ħ: 'h', Ħ: 'H', ŀ: 'l', Ŀ: 'L', ß: 's', þ: 't', Þ: 'T',
};

const ASCII_LETTER = /^[A-Za-z]$/;
/** The letters folded (Latin Extended-A/B and Additional). */
const FOLDED = /[\u0100-\u024f\u1e00-\u1eff]/;

export function foldForWink(text: string): string {
  return standInTitles(leadingDecimals(spaceDecimals(foldLetters(text))));
}

/**
 * A decimal written without its zero (" .40-caliber handgun", "a .22 rifle"): wink ends the
 * sentence at the dot ("recovered a ." | "40-caliber …"). The dot is read as a zero (same length).
 */
const LEADING_DOT = /(\s)\.(?=\d)/gu;

// (No lookbehind: a regex that starts with one is scanned without V8's fast search, and this one
// reads every version's whole text.)
function leadingDecimals(text: string): string {
  LEADING_DOT.lastIndex = 0;
  return LEADING_DOT.test(text) ? text.replace(LEADING_DOT, '$10') : text;
}

/** An abbreviated title wink would end a sentence at, before a capitalised word: its stand-in (lang/en/abbreviations.ts). */
const SPLITTING_TITLE = new RegExp(String.raw`(?<![\p{L}.])(${[...TITLE_ABBREVIATION_STANDINS.keys()].map((a) => a.replace('.', '\\.')).join('|')})(?= \p{Lu})`, 'gu');

function standInTitles(text: string): string {
  SPLITTING_TITLE.lastIndex = 0;
  if (!SPLITTING_TITLE.test(text)) return text;
  return text.replace(SPLITTING_TITLE, (a) => TITLE_ABBREVIATION_STANDINS.get(a) ?? a);
}

function foldLetters(text: string): string {
  // Most news text has characters past Latin-1 (curly quotes, dashes) but none of these:
  // replace would copy the whole text for nothing.
  if (!FOLDED.test(text)) return text;
  return text.replace(/[\u0100-\u024f\u1e00-\u1eff]/g, (c) => {
    const special = SPECIAL[c];
    if (special) return special;
    const base = c.normalize('NFD')[0] ?? c;
    return ASCII_LETTER.test(base) ? base : c;
  });
}

/**
 * A hyphen between a word and a decimal ("magnitude-7.8", "category-4.5"): wink reads
 * "magnitude-7" "." "8" and ends the sentence at the dot, cutting "The death toll from the
 * magnitude-7.8 earthquake … has risen to 654" in two. The hyphen is read as a space (the same
 * length: offsets unchanged), as after "magnitude" before any figure ("magnitude-7 quake").
 */
const HYPHENED_FIGURE = /(?<=\p{L})-(?=\d+\.\d)|(?<=magnitude)-(?=\d)/giu;

function spaceDecimals(text: string): string {
  if (!text.includes('-')) return text;
  HYPHENED_FIGURE.lastIndex = 0;
  return HYPHENED_FIGURE.test(text) ? text.replace(HYPHENED_FIGURE, ' ') : text;
}
