/**
 * Positive evidence that a capitalised run of two or more words names a person, not an
 * organisation, a place or a thing ("Lakeshore Paving", "Civil Protection", "Southeast
 * Asia"). A run is a person when one of its mentions in the document has at least one of:
 * - a known given name first ("Grace Atieno"), or a family name written first ("Li Wenhua");
 * - a person's title or role before it ("Gov. Laura Pemberton", "meteorologist Andrea Kline");
 * - an apposition: "X, 58,", "X, a 41-year-old vendor", "X, a spokeswoman for", "X, who",
 *   or "His lawyer, X,";
 * - a speech verb right after or before it, for a name of two or three words whose last
 *   word is not written in lower case elsewhere in the document and whose first is no
 *   foreign article ("X said", "said X"; not "La Liga said");
 * - a later he/she before any other name, or its surname used alone elsewhere ("Atieno
 *   said"; a family name written first: "Park, 52, told").
 */
import { EN } from '../lang/en/index.js';
import type { Doc, Token } from '../types.js';
import { foldText, givenRoot } from './names.js';
import { lowercaseWords } from './words.js';
import {
  FAMILY_NAMES_FIRST,
  FOREIGN_ARTICLES,
  GIVEN_NAMES,
  LOCATIVE_PREPOSITIONS,
  ORGANISATION_NOUNS,
  PERSON_NOUNS,
  PERSON_POSSESSIVES,
  PERSON_PRONOUNS,
  RELATION_NOUNS,
  SPEECH_VERBS,
  DYING_VERBS,
  TITLE_HEADS,
  isPersonNounOrPlural,
} from '../lang/en/people.js';

// Regular expressions of hot paths, compiled once: a literal in a function body makes
// a new RegExp object at every call (allocation measured with alloc.mjs).
const AGE_WORD = /-year-old$/u;
const AGE_NUMBER = /^\d{1,3}$/u;
const CAPITALISED = /^\p{Lu}/u;

/** A name candidate: name tokens [start, end), title from titleStart, its words (lower case). */
export interface NameRun {
  start: number;
  end: number;
  titleStart: number;
  sentence: number;
  words: readonly string[];
}

/** Whether a word is a known given name (hypocorisms and transliterations included). */
export function isGivenName(word: string): boolean {
  // the part before a hyphen (as `split('-')[0]`, without the list: asked of most capitalised words)
  const whole = foldText(word);
  const dash = whole.indexOf('-');
  const folded = dash < 0 ? whole : whole.slice(0, dash);
  return GIVEN_NAMES.has(folded) || GIVEN_NAMES.has(givenRoot(folded));
}

function isPersonRole(tok: Token | undefined): boolean {
  return tok !== undefined && (TITLE_HEADS.has(tok.lower) || PERSON_NOUNS.has(tok.lower));
}

/**
 * "the environmental group Hutan Kita", "the operator PT Sulawesi Mineral Jaya", "the Tanah Hijau
 * group": an organisation's name. Not when a person's role stands between the noun and the name: in "committee spokesman
 * Ali Nazarov", "ministry official X" the organisation noun says whose spokesman, the name is his.
 */
function namedAsOrganisation(doc: Doc, run: NameRun): boolean {
  const before = doc.tokens[run.titleStart - 1];
  const after = doc.tokens[run.end];
  // "Haiti's Civil Protection agency", "the Tanah Hijau group": the noun after the name says what it is
  const nounAfter = after !== undefined && after.text === after.lower && ORGANISATION_NOUNS.has(after.lower);
  return ((before !== undefined && ORGANISATION_NOUNS.has(before.lower)) || nounAfter) && !titleEvidence(doc, run);
}

/** Keys of the runs a document names as organisations ("the operator Kestrel Logistics"). */
export function organisationKeys<R extends NameRun>(doc: Doc, runs: readonly R[], keyOf: (run: R) => string): Set<string> {
  return new Set(runs.filter((r) => namedAsOrganisation(doc, r)).map(keyOf));
}

function nameEvidence(run: NameRun): boolean {
  const first = run.words[0] ?? '';
  return isGivenName(first) || FAMILY_NAMES_FIRST.has(foldText(first));
}

function titleEvidence(doc: Doc, run: NameRun): boolean {
  for (let i = run.titleStart; i < run.start; i++) {
    const tok = doc.tokens[i];
    // "students Mason Ferrow": a plural role before the names
    if (isPersonRole(tok) || (tok !== undefined && tok.text === tok.lower && isPersonNounOrPlural(tok.lower))) return true;
  }
  return ageBefore(doc, run.titleStart);
}

/** "18-year-old Caleb Stone", "a 14-year-old Maya": an age right before the name (only people have one so written). */
function ageBefore(doc: Doc, start: number): boolean {
  const old = doc.tokens[start - 1];
  if (old?.lower !== 'old') return false;
  let k = start - 2;
  if (doc.tokens[k]?.text === '-') k--;
  if (doc.tokens[k]?.lower !== 'year' && doc.tokens[k]?.lower !== 'years') return false;
  k--;
  if (doc.tokens[k]?.text === '-') k--;
  const w = doc.tokens[k]?.lower ?? '';
  return /^\d{1,3}$/u.test(w) || EN.numbers.units[w] !== undefined || EN.numbers.tens[w] !== undefined;
}

/**
 * "X, 58,", "X, a 41-year-old vendor", "X, president of", "X, who"; "His lawyer, X". `roleOnly`:
 * a role or an age word only ("on Dorje Ri, five of them injured" is no person's age).
 */
function appositionEvidence(doc: Doc, run: NameRun, roleOnly = false): boolean {
  const after = doc.tokens[run.end];
  if (after?.text === ',' || after?.text === '(') {
    for (let j = run.end + 1; j < run.end + 9; j++) {
      const tok = doc.tokens[j];
      if (!tok || tok.sentence !== run.sentence || tok.text === ',' || tok.text === '.' || tok.text === ')') break;
      if (!roleOnly && j === run.end + 1 && (ageAt(doc, j) || tok.lower === 'who' || tok.lower === 'whose')) return true;
      if (isPersonRole(tok) || AGE_WORD.test(tok.lower) || tok.lower === 'year-old') return true;
    }
  }
  const before = doc.tokens[run.titleStart - 1];
  if (before?.text === ',' && (isPersonRole(doc.tokens[run.titleStart - 2]) || roleOfPlaceBefore(doc, run.titleStart - 1))) return true;
  return relationEvidence(doc, run);
}

/**
 * "X, 58," / "X, 58;" / "X, 58 and Y": a person's age, written in figures (as wire style writes
 * ages) and followed by no word ("Pescara del Tronto, 25 kilometers east", "Les Cayes, one of the
 * towns": a distance and a count are no ages).
 */
function ageAt(doc: Doc, j: number): boolean {
  if (!AGE_NUMBER.test(doc.tokens[j]?.text ?? '')) return false;
  const after = doc.tokens[j + 1];
  return after === undefined || after.type !== 'word' || after.text === '-' || after.lower === 'and';
}

/** Most capitalised words of the place in "<role> of <place>, X". */
const ROLE_PLACE_WORDS = 3;

/**
 * "the Sultan of Brunei, Hassanal Bolkiah", "Crown Prince of Norvia, Ivo Tamm": a role, "of" and
 * a capitalised place right before the comma that opens the name.
 */
function roleOfPlaceBefore(doc: Doc, comma: number): boolean {
  let k = comma - 1;
  while (k > comma - 1 - ROLE_PLACE_WORDS && CAPITALISED.test(doc.tokens[k]?.text ?? '')) k--;
  return k < comma - 1 && doc.tokens[k]?.lower === 'of' && isPersonRole(doc.tokens[k - 1]);
}

/** "her partner, Clarke Gayford", "his friend X": a relation noun after a person's possessive. */
function relationEvidence(doc: Doc, run: NameRun): boolean {
  let k = run.titleStart - 1;
  if (doc.tokens[k]?.text === ',') k--;
  return RELATION_NOUNS.has(doc.tokens[k]?.lower ?? '') && PERSON_POSSESSIVES.has(doc.tokens[k - 1]?.lower ?? '');
}

/**
 * "X said" / "said X" for a name of two or three words whose last word is not a common word
 * of the document ("Sibanye Gold said" next to "a gold mine" is a company).
 */
function speechEvidence(doc: Doc, run: NameRun, vocabulary: ReadonlySet<string>): boolean {
  if (run.words.length > 3 || vocabulary.has(run.words[run.words.length - 1] ?? '') || FOREIGN_ARTICLES.has(run.words[0] ?? '')) return false;
  let j = run.end;
  while (doc.tokens[j]?.pos === 'ADV') j++;
  const next = doc.tokens[j];
  const before = doc.tokens[run.titleStart - 1];
  return (next !== undefined && (SPEECH_VERBS.has(next.lower) || DYING_VERBS.has(next.lower))) || (before !== undefined && SPEECH_VERBS.has(before.lower));
}

/**
 * A he/she in the rest of the sentence or the next one, before any other name starts, for
 * the first name of its sentence (a pronoun refers back to the subject, not to "St. Thomas'").
 */
function pronounEvidence(doc: Doc, run: NameRun, starts: ReadonlySet<number>): boolean {
  // "rest in Santa Maria Maggiore, as he had asked": after a locative the name is a place's
  if (LOCATIVE_PREPOSITIONS.has(doc.tokens[run.titleStart - 1]?.lower ?? '')) return false;
  for (let j = doc.sentences[run.sentence]?.tokenStart ?? run.titleStart; j < run.titleStart; j++) if (starts.has(j)) return false;
  for (let j = run.end; j < doc.tokens.length; j++) {
    const tok = doc.tokens[j];
    if (!tok || tok.sentence > run.sentence + 1) return false;
    if (starts.has(j)) return false;
    if (PERSON_PRONOUNS.has(tok.lower)) return true;
  }
  return false;
}

/**
 * Evidence strong enough to make a name a person's in the other versions of its set too: a
 * known given name first, a person's title or role, a role in an apposition, a relation ("her
 * partner, X"), or a speech verb right after or before it. Not an age-like number after a comma
 * or a pronoun later on, which places and organisations also meet.
 */
export function strongPersonEvidence(doc: Doc, run: NameRun): boolean {
  if (nameEvidence(run) || titleEvidence(doc, run) || appositionEvidence(doc, run, true)) return true;
  let j = run.end;
  while (doc.tokens[j]?.pos === 'ADV') j++;
  const before = doc.tokens[run.titleStart - 1];
  return SPEECH_VERBS.has(doc.tokens[j]?.lower ?? '') || (before !== undefined && SPEECH_VERBS.has(before.lower));
}

/**
 * Keys (by `keyOf`) of the multi-word runs with evidence anywhere in the document.
 * `singles` are the lower-case texts of one-word runs (for reuse of a name's word).
 */
export function evidencedKeys<R extends NameRun>(
  doc: Doc,
  runs: readonly R[],
  singles: ReadonlySet<string>,
  keyOf: (run: R) => string,
): Set<string> {
  const starts = new Set(runs.map((r) => r.titleStart));
  const vocabulary = lowercaseWords(doc);
  const out = new Set<string>();
  const organisations = organisationKeys(doc, runs, keyOf);
  for (const run of runs) {
    if (run.words.length < 2 || organisations.has(keyOf(run))) continue;
    const first = run.words[0] ?? '';
    const last = run.words[run.words.length - 1] ?? '';
    // A surname used alone ("Atieno said"); a family name written first ("Park, 52, told").
    const reused = singles.has(last) || (singles.has(first) && FAMILY_NAMES_FIRST.has(foldText(first)));
    if (
      reused ||
      nameEvidence(run) ||
      titleEvidence(doc, run) ||
      appositionEvidence(doc, run) ||
      speechEvidence(doc, run, vocabulary) ||
      pronounEvidence(doc, run, starts)
    ) {
      out.add(keyOf(run));
    }
  }
  for (const run of listedWithPeople(doc, runs, out, keyOf)) if (!organisations.has(keyOf(run))) out.add(keyOf(run));
  for (const run of nameCountryLinesWithPeople(doc, runs, out, keyOf)) if (!organisations.has(keyOf(run))) out.add(keyOf(run));
  return out;
}

/**
 * Whether only a comma, "and" or "or" stands between two runs ("A, B and C"), also before a
 * country's possessive ("Liberia's Joseph Korkoya and Togo's Komla Agbenou").
 */
function listed(doc: Doc, a: NameRun, b: NameRun): boolean {
  if (a.sentence !== b.sentence || b.titleStart <= a.end) return false;
  for (let i = a.end; i < possessorStart(doc, b.titleStart, a.end); i++) {
    const tok = doc.tokens[i];
    if (!tok || !(tok.text === ',' || tok.lower === 'and' || tok.lower === 'or' || tok.type === 'spacing')) return false;
  }
  return true;
}

/**
 * "The likes of Joe Brandt, Justin Moreau, Jair Salles and Jacinda Orr": names of two or more
 * words listed with people, where at least two of the list's names are people's and no fewer
 * than the others, are people's too.
 */
function listedWithPeople<R extends NameRun>(doc: Doc, runs: readonly R[], people: ReadonlySet<string>, keyOf: (run: R) => string): R[] {
  // a possessor ("Togo's") is no item of the list: it belongs to the name after it
  const items = runs.filter((run) => !(POSSESSIVE_S.test(doc.tokens[run.end]?.text ?? '') && CAPITALISED.test(doc.tokens[run.end + 1]?.text ?? '')));
  return promotedByMajority(runsInLists(items, (last, run) => listed(doc, last, run)), people, keyOf);
}

/**
 * The runs cut into lists of two or more (a run joins the list before it when `continues(last,
 * run)`): a list of one holds no two people, and no list is made for it (most runs stand alone).
 */
function runsInLists<R extends NameRun>(runs: readonly R[], continues: (last: R, run: R) => boolean): R[][] {
  const lists: R[][] = [];
  let start = 0;
  for (let n = 1; n <= runs.length; n++) {
    if (n < runs.length && continues(runs[n - 1] as R, runs[n] as R)) continue;
    if (n - start >= 2) lists.push(runs.slice(start, n));
    start = n;
  }
  return lists;
}

/** In each list where at least two names are people's and no fewer than the others, the other names of two or more words. */
function promotedByMajority<R extends NameRun>(lists: readonly (readonly R[])[], people: ReadonlySet<string>, keyOf: (run: R) => string): R[] {
  const out: R[] = [];
  for (const list of lists) {
    const known = list.filter((r) => people.has(keyOf(r))).length;
    if (known >= 2 && known * 2 >= list.length) out.push(...list.filter((r) => r.words.length >= 2 && !people.has(keyOf(r))));
  }
  return out;
}

/** Where a possessor of up to three capitalised words ends right before `at` ("Ivory Coast's"), its start; else `at`. */
function possessorStart(doc: Doc, at: number, from: number): number {
  if (!POSSESSIVE_S.test(doc.tokens[at - 1]?.text ?? '')) return at;
  let k = at - 1;
  while (k > from && at - 1 - k < 3 && CAPITALISED.test(doc.tokens[k - 1]?.text ?? '')) k--;
  return k < at - 1 ? k : at;
}

const POSSESSIVE_S = /^['’]s$/u;

/** "Ada Moreno, Chile" alone on its line: a name opening the line, a comma, then a capitalised place. */
function nameCountryLine(doc: Doc, run: NameRun): boolean {
  const sentence = doc.sentences[run.sentence];
  if (sentence === undefined || doc.tokens[run.end]?.text !== ',') return false;
  let first = sentence.tokenStart;
  while (first < run.titleStart && doc.tokens[first]?.type !== 'word') first++;
  if (first !== run.titleStart) return false;
  const rest = doc.tokens.slice(run.end + 1, sentence.tokenEnd).filter((t) => t.type === 'word');
  return rest.length > 0 && rest.length <= 4 && rest.every((t) => CAPITALISED.test(t.text) || t.lower === 'of');
}

/**
 * A list laid out one "Name, Country" per line ("Emma Ruiz, Spain" / "Tomas Iker, Norvia"): on
 * lines in a row, where at least two of the names are people's and no fewer than the others,
 * the other names of two or more words are people's too.
 */
function nameCountryLinesWithPeople<R extends NameRun>(doc: Doc, runs: readonly R[], people: ReadonlySet<string>, keyOf: (run: R) => string): R[] {
  const lines = runs.filter((run) => nameCountryLine(doc, run));
  return promotedByMajority(runsInLists(lines, (last, run) => run.sentence === last.sentence + 1), people, keyOf);
}
