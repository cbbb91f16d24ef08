/**
 * The name candidates of a document (people.ts, step 3): each capitalised run less its title,
 * kept when its words may be a person's name; a run that names an organisation ("the Committee
 * for Emergency Situations said"), a place ("south of Capo Sorbo") or a date is left out. Also
 * the names so read as places (`placesNamed`). Kept apart from people.ts, which weighs the
 * candidates' evidence and resolves their short forms: this is the one pass over the runs, with
 * its word tests (`isRejectedWord`, `headWordSurname`, `monthSurname`).
 */
import type { Doc, Sentence, Span, Token } from '../types.js';
import { CALENDAR_WORDS, FUNCTION_WORDS, NATIONALITIES, PLACE_NAMES, personKey, surnameKey } from './names.js';
import { inCredit, readCredits } from './bylines.js';
import {
  COMPANY_HEADS,
  FAMILY_NAMES_FIRST,
  LOCATIVE_PREPOSITIONS,
  MONTH_SURNAMES,
  NAME_TAIL_NOUNS,
  NON_PERSON_WORDS,
  COUNT_PLURALS,
  OFFICE_HEADS,
  ORGANISATION_JOINERS,
  ROYAL_TITLES,
  SPEECH_VERBS,
  TITLE_HEADS,
  TITLE_WORDS,
  isPersonNounOrPlural,
} from '../lang/en/people.js';
import { isGivenName } from './person-evidence.js';
import { textTwin } from './share.js';
import { SetCache } from '../set-cache.js';
import { capitalRuns, hasAsciiLowercase, isUpperStart, nameWordCount, nameWords, textOf, type CapitalRun, type NameWord } from './people-runs.js';
import { afterPlaceOfTitle, isTitleToken, officeOfTitle, placeTitleStart, splitTitle, titleStartBefore } from './people-titles.js';
import { listedAfterPlace, placeOf, townAndState } from './people-places.js';

// Regular expressions of hot paths, compiled once: a literal in a function body makes
// a new RegExp object at every call (allocation measured with alloc.mjs).
const INITIALS = /^(?:\p{Lu}\.)+$/u;
const DIGIT = /\d/u;
const ONE_LETTER = /^\p{L}$/u;
const LONE_INITIAL = /^\p{L}\.?$/u;
export const REGNAL = /^[IVX]{1,5}$/u;
const AGE_NUMBER = /^\d{1,3}$/u;

function isAcronym(text: string): boolean {
  if (hasAsciiLowercase(text)) return false; // a lower-case letter is never upper case: most words end here
  const letters = text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && !INITIALS.test(text);
}

/** "14-year-old Christian Angulo": an age compound right before a name marks a person. */
function agedBefore(doc: Doc, start: number): boolean {
  const t = (k: number): string => doc.tokens[start - k]?.lower ?? '';
  return t(1) === 'old' && t(2) === '-' && (t(3) === 'year' || t(3) === 'years');
}

/**
 * ", 14," / ", 14;" / ", a 14-year-old student": an age or an apposition with a person noun
 * right after a name marks a person.
 */
function personAppositionAfter(doc: Doc, end: number): boolean {
  if (doc.tokens[end]?.text !== ',') return false;
  const next = doc.tokens[end + 1];
  if (next === undefined) return false;
  if (AGE_NUMBER.test(next.text)) {
    const after = doc.tokens[end + 2];
    return after === undefined || after.type !== 'word' || after.text === '-' || after.lower === 'and';
  }
  if (next.lower !== 'a' && next.lower !== 'an') return false;
  for (let i = end + 2; i < end + 9; i++) {
    const tok = doc.tokens[i];
    if (tok === undefined || tok.text === ',' || tok.text === '.') return false;
    if (tok.text === tok.lower && isPersonNounOrPlural(tok.lower)) return true;
  }
  return false;
}

/**
 * A run of a given name that is also a title or nationality word and one more word ("Christian
 * Angulo"), in a list of names or after a person noun ("students Mason Ferrow and Christian
 * Angulo", "Christian Angulo, 19,"): the word is the given name, not a title.
 */
function givenNameFirst(doc: Doc, run: CapitalRun): boolean {
  const first = doc.tokens[run.start];
  if (run.end - run.start !== 2 || !first || !isGivenName(first.text) || isTitleToken(doc.tokens[run.start + 1])) return false;
  const before = doc.tokens[run.start - 1];
  if (before !== undefined && before.text === before.lower && isPersonNounOrPlural(before.lower)) return true;
  if (agedBefore(doc, run.start) || personAppositionAfter(doc, run.end)) return true;
  // "Mason Ferrow and Christian Angulo", "Mason Ferrow, Christian Angulo": after another name
  const link = before?.lower === 'and' || before?.text === ',';
  const name = doc.tokens[run.start - 2];
  return link && name !== undefined && name.pos === 'PROPN' && isUpperStart(name.text) && !isTitleToken(name);
}

function isRejectedWord(tok: NameWord): boolean {
  const l = tok.lower;
  return (
    (NON_PERSON_WORDS.has(l) && !FAMILY_NAMES_FIRST.has(l)) ||
    COUNT_PLURALS.has(l) ||
    CALENDAR_WORDS.has(l) ||
    TITLE_WORDS.has(l) ||
    NATIONALITIES.has(l) ||
    FUNCTION_WORDS.has(l) ||
    isAcronym(tok.text) ||
    DIGIT.test(l) ||
    ONE_LETTER.test(l)
  );
}

export interface Candidate {
  start: number;
  end: number;
  titleStart: number;
  sentence: number;
  words: number;
  /** The name's words, lower case ("moon", "jae-in"). */
  lower: string[];
  afterTitleHead: boolean;
  /** The name as written, and its `personKey`: read once (evidence, the index and resolution all ask). */
  text: string;
  key: string;
  /** Its `surnameKey`, once asked. */
  surname?: string;
  /** One word that names a place ("Israel"): a person only as the surname of a full name of the document. */
  placeWord?: boolean;
}

export function surnameOfCandidate(c: Candidate): string {
  return (c.surname ??= surnameKey(c.text));
}

function runSpan(doc: Doc, run: CapitalRun): Span {
  return { start: doc.tokens[run.start]?.start ?? 0, end: doc.tokens[run.end - 1]?.end ?? 0 };
}

/** The person keys of the names a document marks as places, found by candidates(). */
const placesOf = new SetCache<Doc, ReadonlySet<string>>();

/**
 * The names a document marks as places ("south of Capo Sorbo", "the port of Marina di
 * Sorbo"), as the person keys they would have: another version of the set that only says
 * "in Marina di Sorbo" names the same place (extract/unify.ts).
 */
export function placesNamed(doc: Doc): ReadonlySet<string> {
  const twin = textTwin(doc);
  if (!placesOf.has(twin)) candidates(twin);
  return placesOf.get(twin) ?? new Set();
}

/** Name candidates of a document before short-form resolution (credits left out). */
export function candidates(doc: Doc): Candidate[] {
  const out: Candidate[] = [];
  const places = new Set<string>();
  const placeKeys = new Set<string>();
  placesOf.set(doc, placeKeys);
  const credits = readCredits(doc.version);
  let placeEnd = -1; // where the last name read as a place ends
  for (const run of capitalRuns(doc)) {
    const sentence = doc.sentences[run.sentence];
    if (!sentence || (credits.spans.length > 0 && inCredit(credits, runSpan(doc, run)))) continue; // most texts credit no one
    const name = nameOfRun(doc, run);
    if (name === undefined || noPerson(doc, name, sentence)) continue;
    const { start, words, text } = name;
    const titleStart = name.placed ? placeTitleStart(doc, run.start, sentence) : titleStartBefore(doc, start, sentence);
    if (thingAfterDeterminer(doc, name, titleStart) || organisationTail(doc, words, start, titleStart)) continue;
    // "south of Capo Sorbo", "the port of Marina di Sorbo": a place, wherever else it is named
    // ("the provinces of Farah and Badghis": a name listed right after such a place is one too)
    if (titleStart === start && (placeOf(doc, start) || listedAfterPlace(doc, start, placeEnd, words))) {
      places.add(words.map((w) => w.lower).join(' '));
      placeKeys.add(personKey(text));
      placeEnd = run.end;
      continue;
    }
    out.push(candidateOf(doc, name, titleStart));
  }
  return places.size === 0 ? out : out.filter((c) => !places.has(c.lower.join(' ')));
}

/** A capital run read as a name: where the name starts after its title, its words and text. */
interface RunName {
  run: CapitalRun;
  /** The run opens with a given name that is also a title or nationality word ("Christian Angulo"). */
  givenFirst: boolean;
  /** A place or an organisation's name ends the title before the name ("the president of Israel Isaac Herzog"). */
  placed: boolean;
  start: number;
  words: NameWord[];
  text: string;
  /** One word that names a place ("Israel"), not after a royal title ("Queen Sofia"). */
  placeWord: boolean;
}

/** The name in a capital run, less its title; none when no name of one to four words is left. */
function nameOfRun(doc: Doc, run: CapitalRun): RunName | undefined {
  const givenFirst = givenNameFirst(doc, run);
  const split = givenFirst ? run.start : splitTitle(doc, run);
  // "the president of Israel Isaac Herzog": the place ends the title, the name follows;
  // "head of the Covenant School Katherine Koonce": so does an organisation's name
  const placedAt = afterPlaceOfTitle(doc, run, split);
  const placed = placedAt > split;
  const start = placed ? placedAt : personAfterHead(doc, split, run.end);
  // "Muhammad Vell Funeral: …": a headline's noun after a given name and surname is no part of the name
  const end = run.end - start >= 3 && NAME_TAIL_NOUNS.has(doc.tokens[run.end - 1]?.lower ?? '') && isGivenName(doc.tokens[start]?.text ?? '') ? run.end - 1 : run.end;
  if (start >= end) return undefined;
  const words = nameWords(doc, start, end);
  if (words.length === 0 || words.length > 4) return undefined;
  const text = textOf(doc, start, end);
  // ("Queen Sofia", "Prince Jordan": after a royal title, a place's name is a given name; "Sheriff
  // Israel said" next to Scott Israel: a lone place word may be a surname, see `personCandidates`)
  const placeWord = PLACE_NAMES.has(text.toLowerCase()) && !(start > run.start && ROYAL_TITLES.has(doc.tokens[start - 1]?.lower ?? ''));
  return { run, givenFirst, placed, start, words, text, placeWord };
}

type NameTest = (doc: Doc, name: RunName, sentence: Sentence) => boolean;

/** What makes a name no person's, read from its words and the word before it; tried in this order. */
const NOT_A_PERSON: readonly NameTest[] = [
  placeAfterPreposition,
  (doc, name) => townAndState(doc, name.words, name.start),
  rejectedWordNotSurname,
  placeWordsOnly,
  titleWithoutName,
  companyName,
  loneInitial,
];

function noPerson(doc: Doc, name: RunName, sentence: Sentence): boolean {
  for (const test of NOT_A_PERSON) if (test(doc, name, sentence)) return true;
  return false;
}

/** "in Nepal", "the queen of Nepal", "large parts of Nepal", "New Zealand": a place's name. */
function placeAfterPreposition(doc: Doc, name: RunName): boolean {
  if (!name.placeWord) return false;
  const before = doc.tokens[name.start - 1]?.lower ?? '';
  return name.words.length > 1 || before === 'to' || before === 'of' || LOCATIVE_PREPOSITIONS.has(before);
}

/** Several words, each of them a place's name: no person's. */
function placeWordsOnly(_: Doc, name: RunName): boolean {
  return name.words.length > 1 && name.words.every((w) => PLACE_NAMES.has(w.lower));
}

/** A lone initial ("X.") is no name. */
function loneInitial(_: Doc, name: RunName): boolean {
  return name.words.length === 1 && LONE_INITIAL.test(name.words[0]?.text ?? '');
}

/** A word no name holds (a month, a title, a function word ...), unless a given name makes it a surname. */
function rejectedWordNotSurname(doc: Doc, name: RunName, sentence: Sentence): boolean {
  const { words, start, run } = name;
  return hasRejectedWord(words, name.givenFirst, monthSurname(doc, words, run.end)) && !headWordSurname(doc, words, start, run.end, sentence);
}

/**
 * A title left without its name ("Environment Minister said", after a cut) is no person;
 * surnames that are also title words ("Martin Luther King") come after a given name.
 */
function titleWithoutName(_: Doc, name: RunName): boolean {
  const last = name.words[name.words.length - 1];
  return last !== undefined && OFFICE_HEADS.has(last.lower);
}

/** "Dunmore Air said", "Kessler Holdings said": a company's head ends the name (not after a given name: "Ana Group"). */
function companyName(_: Doc, name: RunName): boolean {
  const { words } = name;
  const last = words[words.length - 1];
  return words.length > 1 && last !== undefined && COMPANY_HEADS.has(last.lower) && !isGivenName(words[0]?.text ?? '');
}

/**
 * "the Red Cross", "the Kremlin": a determiner right before an untitled name marks a thing.
 * ("the Trump administration" still names Trump: one word is left to short-form resolution.)
 */
function thingAfterDeterminer(doc: Doc, name: RunName, titleStart: number): boolean {
  return name.words.length > 1 && titleStart === name.start && doc.tokens[name.start - 1]?.pos === 'DET';
}

function candidateOf(doc: Doc, name: RunName, titleStart: number): Candidate {
  const { run, start, words, text, placed } = name;
  const head = doc.tokens[placed ? run.start - 2 : start - 1];
  const afterTitleHead = titleStart < start && ((head !== undefined && TITLE_HEADS.has(head.lower)) || officeOfTitle(doc, titleStart, start));
  const c: Candidate = { start, end: run.end, titleStart, sentence: run.sentence, words: words.length, lower: words.map((w) => w.lower), afterTitleHead, text, key: personKey(text) };
  if (name.placeWord) c.placeWord = name.placeWord;
  return c;
}

/**
 * "the Committee for Emergency Situations said", "the U.S. Geological Survey said": words before
 * "said" that are the tail of an organisation's name, cut from its head by a joining word or an
 * abbreviation, are no person, unless they start with a known given name or family name.
 */
function organisationTail(doc: Doc, words: readonly NameWord[], start: number, titleStart: number): boolean {
  const first = words[0];
  if (words.length < 2 || first === undefined || isGivenName(first.text) || FAMILY_NAMES_FIRST.has(first.lower)) return false;
  return titleStart === start ? joinedToOrganisation(doc, start) : modifierTitle(doc, titleStart, start);
}

/**
 * "Committee for | Emergency Situations", "the Friends of | Lake Varna": a name right after a
 * joining word ("of", "for", "on", "and") that follows capitalised words holding an organisation's
 * head noun, or led by a determiner ("the"). ("Mayor Ana Ruiz of Port Sella": no head noun, no "the".)
 */
function joinedToOrganisation(doc: Doc, start: number): boolean {
  const joiner = doc.tokens[start - 1];
  if (joiner === undefined || joiner.text !== joiner.lower || !ORGANISATION_JOINERS.has(joiner.lower)) return false;
  // "the Red Cross and Tovar Lenz, the governor": "and" joins a name's parts only after "of", "for", "on"
  let joined = joiner.lower !== 'and';
  let head = false;
  let capitals = 0;
  let k = start - 2;
  for (; k >= 0; k--) {
    const tok = doc.tokens[k] as Token;
    if (tok.sentence !== joiner.sentence || tok.pos === 'DET') break;
    if (tok.type === 'word' && isUpperStart(tok.text)) {
      head ||= NON_PERSON_WORDS.has(tok.lower) && !FAMILY_NAMES_FIRST.has(tok.lower);
      capitals++;
    } else if (capitals > 0 && ORGANISATION_JOINERS.has(tok.text)) {
      joined ||= tok.text !== 'and';
    } else break;
  }
  const led = head || doc.tokens[k]?.pos === 'DET';
  return joined && led && capitals > 0 && isUpperStart(doc.tokens[start - 2]?.text ?? '');
}

/**
 * "the U.S. Geological Survey", "U.N. Refugee Agency": a "title" of nationality words and
 * abbreviations only, with no person's role, makes a thing's name when a determiner leads it or
 * an abbreviation is in it ("Kenyan Grace Achieng" keeps her given name, see `organisationTail`).
 */
function modifierTitle(doc: Doc, titleStart: number, start: number): boolean {
  let abbreviation = false;
  for (let i = titleStart; i < start; i++) {
    const tok = doc.tokens[i] as Token;
    if (tok.type !== 'word') continue;
    if (TITLE_HEADS.has(tok.lower) || OFFICE_HEADS.has(tok.lower) || isPersonNounOrPlural(tok.lower)) return false;
    const initials = INITIALS.test(tok.text) || isAcronym(tok.text);
    if (!initials && !NATIONALITIES.has(tok.lower)) return false;
    if (initials) abbreviation = true;
  }
  return abbreviation || doc.tokens[titleStart - 1]?.pos === 'DET';
}

/**
 * Whether a word of a name rules it out: in a one-word name any such word, in a longer one
 * (`isRejectedWordMulti`) not the given name of `givenFirst` nor the month of `month` at its end.
 */
function hasRejectedWord(words: readonly NameWord[], givenFirst: boolean, month: boolean): boolean {
  if (words.length === 1) return isRejectedWord(words[0] as NameWord);
  for (let i = 0; i < words.length; i++) {
    if (givenFirst && i === 0) continue;
    if (month && i === words.length - 1) continue;
    if (isRejectedWordMulti(words[i] as NameWord, i, words.length)) return true;
  }
  return false;
}

/**
 * "Fire Service commander Mike Hall said", "spokeswoman Ann Church": a given name and a
 * surname that is also an organisation or place head word ("Hall", "Church", "Bridge") name a
 * person when a person's role comes right before them or a speech verb right after.
 */
function headWordSurname(doc: Doc, words: readonly NameWord[], start: number, end: number, sentence: Sentence): boolean {
  const [given, surname] = words;
  if (words.length !== 2 || !given || !surname || !isGivenName(given.text) || isRejectedWordMulti(given, 0, 2)) return false;
  const l = surname.lower;
  if (!NON_PERSON_WORDS.has(l) || CALENDAR_WORDS.has(l) || FUNCTION_WORDS.has(l) || isAcronym(surname.text) || DIGIT.test(l)) return false;
  const titleStart = titleStartBefore(doc, start, sentence);
  for (let i = titleStart; i < start; i++) {
    const tok = doc.tokens[i];
    if (tok && (TITLE_HEADS.has(tok.lower) || isPersonNounOrPlural(tok.lower))) return true;
  }
  // "Cynthia Peak, 61,", "Cora Peel (age 61)", "61-year-old Ann Church": an age marks a person
  if (personAppositionAfter(doc, end) || agedBefore(doc, start) || ageInBrackets(doc, end)) return true;
  let j = end;
  while (doc.tokens[j]?.pos === 'ADV') j++;
  return SPEECH_VERBS.has(doc.tokens[j]?.lower ?? '');
}

/** "(age 61)", "(61)", "(aged 61)" right after a name. */
function ageInBrackets(doc: Doc, end: number): boolean {
  if (doc.tokens[end]?.text !== '(') return false;
  let k = end + 1;
  if (doc.tokens[k]?.lower === 'age' || doc.tokens[k]?.lower === 'aged') k++;
  return AGE_NUMBER.test(doc.tokens[k]?.text ?? '') && doc.tokens[k + 1]?.text === ')';
}

/**
 * "the Covenant School Katherine Koonce", "Kelmar Fire Service Ana Ruiz": a run whose last
 * organisation or place head word is followed by a known given name and one or two more words
 * names the organisation, then the person (any two or three words when the run is the subject of
 * a verb of saying). Returns the person's first token (else `start`).
 */
function personAfterHead(doc: Doc, start: number, end: number): number {
  let head = -1;
  for (let i = start; i < end; i++) {
    const l = doc.tokens[i]?.lower ?? '';
    if (NON_PERSON_WORDS.has(l) && !FAMILY_NAMES_FIRST.has(l)) head = i;
  }
  const given = doc.tokens[head + 1];
  if (head < 0 || given === undefined) return start;
  const words = nameWordCount(doc, head + 1, end);
  if (words < 2 || words > 3) return start;
  // a given name unknown to us is one when the run is the subject of saying ("Public Relations Sutopo Purwo Nugroho said")
  return isGivenName(given.text) || SPEECH_VERBS.has(doc.tokens[end]?.lower ?? '') ? head + 1 : start;
}

/**
 * "Theresa May", "Brian June": a month as the last word of a name whose first word is a known
 * given name, with no day number after it ("Theresa May 4" would be a date).
 */
function monthSurname(doc: Doc, words: readonly NameWord[], end: number): boolean {
  const last = words[words.length - 1];
  if (words.length < 2 || last === undefined || !MONTH_SURNAMES.has(last.lower) || !isGivenName(words[0]?.text ?? '')) return false;
  return !DIGIT.test(doc.tokens[end]?.text ?? '');
}

/**
 * In a multi-word name, place words are fine ("Paris Hilton") but not organisation or
 * calendar words; a title word may only be the surname ("Martin Luther King", "Jack White").
 * A family name written first is no organisation word ("Park Min-seo", not "Central Park").
 */
function isRejectedWordMulti(tok: NameWord, i: number, count: number): boolean {
  const l = tok.lower;
  if (i < count - 1 && (TITLE_WORDS.has(l) || NATIONALITIES.has(l))) return true;
  const familyFirst = i === 0 && FAMILY_NAMES_FIRST.has(l);
  // A regnal number after a name ("Pope Leo XIV", "King Charles III"), or inside one ("King Ulf XIV Adolf").
  if (i > 0 && REGNAL.test(tok.text) && (i === count - 1 || tok.text.length >= 2)) return false;
  return (
    (NON_PERSON_WORDS.has(l) && !familyFirst) || CALENDAR_WORDS.has(l) || FUNCTION_WORDS.has(l) || isAcronym(tok.text) || DIGIT.test(l)
  );
}
