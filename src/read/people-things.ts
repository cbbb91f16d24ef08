/**
 * Names of things that are not people, read where a lone capitalised word would otherwise be a
 * surname used alone (people-short-forms.ts `recurringSubjects`): a storm's name ("Typhoon Rai",
 * "cyclone Bansi", "a hurricane named Odalys" ... "Rai killed 12 people") and a company's short
 * name ("Transandina Airlines" ... "Transandina said"). Kept apart because it reads the words
 * around a name (storm nouns, company heads), not names or titles.
 */
import type { Doc, Token } from '../types.js';
import { COMPANY_HEADS, NAMING_WORDS, STORM_NOUNS } from '../lang/en/people.js';
import { isUpperStart } from './people-runs.js';

/** Tags of the word before a lower-case storm noun that make the noun a verb or the name no storm's. */
const SUBJECT_OR_DETERMINER: ReadonlySet<string> = new Set(['DET', 'NOUN', 'PROPN', 'PRON']);

/** Most capitalised words between a company's short name and its head ("Banco Andino Group"). */
const COMPANY_WORDS_MAX = 3;

/**
 * Which of `words` (lone capitalised words, lower case) the document uses as a storm's or a
 * company's name at one of their uses at least. Asked only for the few words that would be
 * surnames used alone.
 */
export function thingNames(doc: Doc, words: ReadonlySet<string>): Set<string> {
  const out = new Set<string>();
  if (words.size === 0) return out;
  const tokens = doc.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i] as Token;
    if (!words.has(tok.lower) || out.has(tok.lower) || !isUpperStart(tok.text)) continue;
    if (stormNameAt(doc, i) || companyNameAt(doc, i)) out.add(tok.lower);
  }
  return out;
}

/**
 * "Typhoon Rai", "Tropical Storm Kemala", "by cyclone Bansi", "a typhoon named Rai", "the
 * hurricane, named Odalys by forecasters", "a storm locally called Hollis", or set off by commas
 * (`stormAppositionAt`: "The typhoon, Rai, killed", "Rai, the 15th storm to hit"). A lower-case storm
 * noun right before the name follows no determiner ("after the storm Delgado said" is a clause
 * break written without its comma) and no noun or pronoun that would make it a verb ("fans storm
 * Mendez's house", "they storm Kessa").
 */
function stormNameAt(doc: Doc, i: number): boolean {
  const prev = doc.tokens[i - 1];
  if (prev === undefined || prev.sentence !== doc.tokens[i]?.sentence) return stormAppositionAt(doc, i);
  if (STORM_NOUNS.has(prev.lower)) return isUpperStart(prev.text) || !SUBJECT_OR_DETERMINER.has(doc.tokens[i - 2]?.pos ?? '');
  if (stormAppositionAt(doc, i)) return true;
  if (!NAMING_WORDS.has(prev.lower)) return false;
  // back over an adverb and a comma to the storm noun ("typhoon, locally named")
  for (let k = i - 2; k >= i - 4 && k >= 0; k--) {
    const t = doc.tokens[k] as Token;
    if (STORM_NOUNS.has(t.lower)) return t.pos !== 'VERB';
    if (t.text !== ',' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** "Transandina Airlines", "Kessler Holdings": the first word of a company's name, its head capitalised. */
function companyNameAt(doc: Doc, i: number): boolean {
  const sentence = doc.tokens[i]?.sentence;
  for (let j = i + 1; j <= i + COMPANY_WORDS_MAX; j++) {
    const t = doc.tokens[j];
    if (t === undefined || t.sentence !== sentence || t.type !== 'word' || !isUpperStart(t.text)) return false;
    if (COMPANY_HEADS.has(t.lower)) return true;
  }
  return false;
}

/** Most tokens of "a/the ..." before the storm noun in an apposition after the name. */
const APPOSITION_MAX = 6;

/** Words that may follow the storm noun closing an apposition: "Rai, the 15th storm to hit ...". */
const AFTER_APPOSED_STORM: ReadonlySet<string> = new Set([',', '.', 'to', 'that', 'which', 'of', 'in', 'this', 'since']);

/** A determiner that opens its sentence ("The typhoon, Rai, killed"). */
function sentenceStart(doc: Doc, k: number): boolean {
  const det = doc.tokens[k];
  return det !== undefined && det.pos === 'DET' && doc.tokens[k - 1]?.sentence !== det.sentence;
}

/**
 * A storm's name set off by commas: "The typhoon, Rai, killed 12", the storm noun the subject
 * that opens the sentence and a verb going on after the name ("After the storm, Delgado,
 * exhausted, said" and "..., Delgado, the mayor, said" are a person's), or "Rai, the
 * strongest storm to hit ..., killed 12" / "Rai, a Category 5 typhoon," (not "Delgado, a storm
 * chaser": a noun after the storm noun). `i` is the name, after a comma.
 */
function stormAppositionAt(doc: Doc, i: number): boolean {
  if (doc.tokens[i + 1]?.text !== ',') return false;
  const storm = doc.tokens[i - 2];
  const after = doc.tokens[i + 2];
  if (doc.tokens[i - 1]?.text === ',' && storm !== undefined && STORM_NOUNS.has(storm.lower) && sentenceStart(doc, i - 3)) {
    return after !== undefined && (after.pos === 'VERB' || after.pos === 'AUX') && !after.lower.endsWith('ing');
  }
  const det = after?.lower;
  if (det !== 'a' && det !== 'an' && det !== 'the') return false;
  for (let j = i + 3; j < i + 3 + APPOSITION_MAX; j++) {
    const t = doc.tokens[j];
    if (t === undefined || t.sentence !== doc.tokens[i]?.sentence || t.text === ',') return false;
    if (STORM_NOUNS.has(t.lower) && t.pos !== 'VERB') return AFTER_APPOSED_STORM.has(doc.tokens[j + 1]?.lower ?? '');
  }
  return false;
}
