/**
 * Titles before a name (people.ts, step 2): where a run's title words end and the name begins
 * ("Kyiv Mayor Vitali Klitschko"), how far a title reaches back ("retired Lt. Gen.", "State
 * Department spokeswoman", "Secretary of State"), and the titles of an office or a place before
 * "of"/"for" ("the president of Israel Isaac Herzog", "Minister of State for Disaster Management
 * Jan Okoro"). Kept apart from the candidates (people-candidates.ts) that ask it: it reads only
 * the words of titles and offices.
 */
import type { Doc, Sentence, Token } from '../types.js';
import { NATIONALITIES, PLACE_NAMES } from './names.js';
import { OFFICE_FIELDS, OFFICE_TITLES, PERSON_NOUNS, TITLE_WORDS, isPersonNounOrPlural } from '../lang/en/people.js';
import { isGivenName } from './person-evidence.js';
import { isUpperStart, nameWordCount, textOf, tight, type CapitalRun } from './people-runs.js';

export function isTitleToken(tok: Token | undefined): boolean {
  return tok !== undefined && (TITLE_WORDS.has(tok.lower) || NATIONALITIES.has(tok.lower) || PERSON_NOUNS.has(tok.lower));
}

/** Split a run into title tokens and name tokens; returns the name's first token. */
export function splitTitle(doc: Doc, run: CapitalRun): number {
  // After the last title word, if something remains ("Kyiv Mayor Vitali Klitschko").
  let lastTitle = -1;
  for (let i = run.start; i < run.end; i++) if (isTitleToken(doc.tokens[i])) lastTitle = i;
  if (lastTitle >= 0 && lastTitle < run.end - 1) return lastTitle + 1;
  // Otherwise strip leading title words only ("Martin Luther King", "Jack White").
  let a = run.start;
  while (a < run.end && isTitleToken(doc.tokens[a])) a++;
  return a;
}

/** Extend a title backwards over role words, capitalised words and "of" (max 8 tokens). */
export function titleStartBefore(doc: Doc, nameStart: number, sentence: Sentence): number {
  let t = nameStart;
  while (t > sentence.tokenStart && nameStart - t < 8) {
    const prev = doc.tokens[t - 1];
    // "Secretary-General": a tight hyphen inside a title.
    if (prev?.text === '-' && t < nameStart && tight(prev, doc.tokens[t]) && tight(doc.tokens[t - 2], prev)) {
      t--;
      continue;
    }
    if (!prev || prev.type !== 'word') break;
    // "students Mason Ferrow and ...": a plural person noun in lower case is the role of the names after it
    if (isTitleToken(prev) || (t === nameStart && prev.text === prev.lower && isPersonNounOrPlural(prev.lower))) {
      t--;
      continue;
    }
    // "Secretary of State": "of" between title words; "Minister of State for Health": "for" between capitalised ones.
    if (prev.lower === 'of' && t < nameStart && isTitleToken(doc.tokens[t - 2])) {
      t--;
      continue;
    }
    if (prev.lower === 'for' && t < nameStart && officeBefore(doc, t) && isUpperStart(doc.tokens[t]?.text ?? '')) {
      t--;
      continue;
    }
    // "State Department spokeswoman": capitalised words before a title word.
    if (t < nameStart && isUpperStart(prev.text) && prev.pos !== 'DET' && !isTitleToken(doc.tokens[nameStart])) {
      if (nameWordCount(doc, t - 1, t) === 1 && !PLACE_NAMES.has(prev.lower)) {
        t--;
        continue;
      }
    }
    break;
  }
  return t;
}

/** Most words of a place name that leads a run ("Israel", "New Zealand", "Saudi Arabia"). */
const PLACE_WORDS_MAX = 3;

/**
 * "the president of Israel Isaac Herzog", "Grand Duke of Luxembourg Henri", "Mayor of Kelmar
 * Ana Ruiz" (with Kelmar a known place): in a run right after "<title> of", a leading place name
 * ends the title and the words after it are the person's name; so do the words of an office's
 * field ("Chief of Defence Staff Omar Tallis", "Minister of State for Disaster Management Jan
 * Okoro", "Director of Public Prosecutions Ana Ruiz"). Returns the name's first token (`split`,
 * the end of the run's own title words, when the run does not read so; the run's end when it is
 * all field: "Minister of State for Disaster Management said" names no one).
 */
export function afterPlaceOfTitle(doc: Doc, run: CapitalRun, split: number): number {
  if (!officeBefore(doc, run.start)) return split;
  if (split === run.start) {
    for (let k = Math.min(PLACE_WORDS_MAX, run.end - run.start - 1); k >= 1; k--) {
      const place = textOf(doc, run.start, run.start + k).toLowerCase();
      if (PLACE_NAMES.has(place) && !isTitleToken(doc.tokens[run.start + k])) return run.start + k;
    }
  }
  const field = afterOfficeField(doc, split, run.end);
  if (field > split || split > run.start) return field;
  // a place the gazetteer does not know ("Sultan of Estrava Hamid Rahimi"): up to a known given name and a surname
  for (let k = 1; k <= PLACE_WORDS_MAX && run.end - (run.start + k) >= 2; k++) {
    if (isGivenName(doc.tokens[run.start + k]?.text ?? '')) return run.start + k;
  }
  return run.start;
}

/**
 * "<title> of" / "<Title> for" right before `start` ("President of", "Minister of State for"): "for"
 * only after a capitalised title word ("a lawyer for Ana Ruiz" names her, not her field).
 */
function officeBefore(doc: Doc, start: number): boolean {
  const link = doc.tokens[start - 1]?.lower;
  const title = doc.tokens[start - 2];
  if (!isTitleToken(title)) return false;
  return link === 'of' || (link === 'for' && isUpperStart(title?.text ?? ''));
}

/**
 * The first token from `from` that is not a word of an office's field or title ("Disaster
 * Management", "Public Prosecutions", "Staff"): `end` when all are, else the name's first token.
 */
function afterOfficeField(doc: Doc, from: number, end: number): number {
  let k = from;
  while (k < end && (OFFICE_FIELDS.has(doc.tokens[k]?.lower ?? '') || isTitleToken(doc.tokens[k]))) k++;
  return k;
}

/**
 * Whether a title holds an office head before "of"/"for" ("Chief of Staff", "Secretary of State",
 * "Minister of State for Health"): a lone surname after such a title is a person's, as after "President".
 */
export function officeOfTitle(doc: Doc, titleStart: number, start: number): boolean {
  for (let i = titleStart; i < start - 2; i++) {
    const link = doc.tokens[i + 1]?.lower;
    if ((link === 'of' || link === 'for') && OFFICE_TITLES.has(doc.tokens[i]?.lower ?? '')) return true;
  }
  return false;
}

/** The title of a name read by `afterPlaceOfTitle`: the title words before "of" ("Grand Duke of Luxembourg"). */
export function placeTitleStart(doc: Doc, runStart: number, sentence: Sentence): number {
  const t = titleStartBefore(doc, runStart - 1, sentence);
  return t < runStart - 1 ? t : runStart - 1;
}
