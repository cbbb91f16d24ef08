/**
 * People named in a version, read once for every rule (extract/people.ts keeps those a
 * rule's cues govern, one ClaimValue per occurrence).
 *
 * wink's lite model has no PERSON entity, so names come from capitalised runs
 * (PROPN tokens, plus capitalised NOUN/ADJ tokens such as "President"):
 * 1. Runs of capitalised word tokens inside one sentence, joined over name particles
 *    ("de", "van", "al-") and tight hyphens ("Jean-Pierre").
 * 2. Title/nationality words are split off as the person's title ("British Foreign
 *    Secretary David Lammy" → title "British Foreign Secretary"); the title extends
 *    back over lower-case role words ("retired Lt. Gen.", "presidential envoy").
 * 3. A name is accepted when it has 2–4 name words and no organisation/place/calendar
 *    word, or when it is one word that is the surname of a full name introduced in the
 *    same document ("Lammy" → David Lammy), or one word right after a title head
 *    ("President Trump", "Judge Alvarez").
 *    An untitled run right after a determiner ("the Red Cross") is never a person.
 *
 * This file keeps the entry points and the flow (candidates → evidence → short forms → mentions);
 * each step reads in a module of its own: 1. people-runs.ts, 2. people-titles.ts, 3. the candidate
 * names people-candidates.ts (with the places that are not people, people-places.ts) and the
 * short forms people-short-forms.ts (with the storms and companies that are not people, people-things.ts).
 */
import type { Doc, Sentence, Span } from '../types.js';
import { FUNCTION_WORDS, personKey } from './names.js';
import { evidencedKeys, isGivenName, organisationKeys, strongPersonEvidence } from './person-evidence.js';
import { textTwin } from './share.js';
import { SetCache } from '../set-cache.js';
import { APOSTROPHE_S, LETTERS, isUpperStart, nameWords, textOf, tight } from './people-runs.js';
import { candidates, surnameOfCandidate, type Candidate } from './people-candidates.js';
import { countriesByDemonym, locatedWords } from './people-places.js';
import { thingNames } from './people-things.js';
import {
  coupleName,
  indexFullNames,
  isModifier,
  isReignName,
  kinBefore,
  recurringSubjects,
  resolveShortForm,
  royalShortForm,
} from './people-short-forms.js';

/** One person named at one place in the text. */
export interface PersonMention {
  /** Name tokens [tokenStart, tokenEnd). */
  tokenStart: number;
  tokenEnd: number;
  /** First token of the title (== tokenStart without a title). */
  titleStart: number;
  sentence: number;
  span: Span;
  /** The name as written ("Lammy", "David Lammy"). */
  text: string;
  title: string | null;
  /** Display name (the full name when a short form was resolved). */
  name: string;
  key: string;
  /** Followed by 's / ’s. */
  possessive: boolean;
  /** A lone surname seen once as a speaker: a person only if the set names one in full (unify.ts). */
  tentative?: boolean;
}

/**
 * People do not depend on the rule, so they are found once per document (memoised on
 * the Doc object, which is immutable; the cache dies with the Doc).
 */
const peopleOf = new SetCache<Doc, PersonMention[]>();

/** Every person named in the document, in text order, short forms resolved. */
export function findPeople(doc: Doc): PersonMention[] {
  let people = peopleOf.get(doc);
  if (!people) {
    // a version with the text of an earlier one of its set names the same people (share.ts)
    const twin = textTwin(doc);
    people = twin === doc ? readPeople(doc) : findPeople(twin);
    peopleOf.set(doc, people);
  }
  return people;
}

/**
 * Names of two or more words a document gives no evidence for (read with its people), and the
 * keys of the names it marks as organisations: another version of the set may show such a name
 * to be a person's ("Argentina's Marcela Ruiz" here, "Argentine President Marcela Ruiz" there).
 */
interface Unconfirmed {
  mentions: PersonMention[];
  organisations: ReadonlySet<string>;
}

const unconfirmedOf = new SetCache<Doc, Unconfirmed>();

/** Candidates that are people: multi-word runs need evidence (person-evidence.ts). */
function personCandidates(doc: Doc): Candidate[] {
  const all = confirmedInText(doc, candidates(doc));
  // (a lone place word reused is no surname: "Winder, Georgia" makes no person of "Winder Georgia")
  const singles = new Set(all.filter((c) => c.words === 1 && c.placeWord !== true && !articleNoun(doc, c)).map((c) => c.lower[0] ?? ''));
  // the evidence reads a run's place and words: not a copy of every candidate
  const runs = all.map((c) => ({ start: c.start, end: c.end, titleStart: c.titleStart, sentence: c.sentence, words: c.lower, key: c.key }));
  const evidenced = evidencedKeys(doc, runs, singles, (c) => c.key);
  const organisations = organisationKeys(doc, runs, (c) => c.key);
  const mentions: PersonMention[] = [];
  for (const c of all) {
    if (c.words < 2 || evidenced.has(c.key) || organisations.has(c.key)) continue;
    const m = mentionOf(doc, c, c.text, c.text, c.key);
    if (m) mentions.push(m);
  }
  unconfirmedOf.set(doc, { mentions, organisations });
  return all.filter((c) => c.words === 1 || evidenced.has(c.key));
}

/**
 * Candidates less two kinds that need the rest of the document: a lone place word that is no
 * surname of a full name there ("Israel said" stays only next to "Scott Israel"), and a name
 * found only in a title-case line ("Sheriff IDs Suspect As Nikolas Cruz": every word of a
 * headline is capitalised) whose first word is no known given name.
 */
function confirmedInText(doc: Doc, all: Candidate[]): Candidate[] {
  const titleCase = titleCaseSentences(doc);
  if (titleCase.size === 0 && !all.some((c) => c.placeWord === true)) return all; // most documents
  const surnames = new Set<string>();
  for (const c of all) if (!titleCase.has(c.sentence) && (c.words > 1 || c.placeWord !== true)) surnames.add(surnameOfCandidate(c));
  const full = new Set(all.filter((c) => c.words > 1 && !titleCase.has(c.sentence)).map(surnameOfCandidate));
  return all.filter((c) => {
    if (c.placeWord === true) return full.has(surnameOfCandidate(c));
    return !titleCase.has(c.sentence) || isGivenName(c.text.split(/\s+/u)[0] ?? '') || surnames.has(surnameOfCandidate(c));
  });
}

/** Fewest words of a title-case line. */
const TITLE_CASE_WORDS = 4;

/**
 * Sentences in title case: at least `TITLE_CASE_WORDS` words, every one capitalised but short
 * function words, and either a capitalised function word after the first ("17 Dead In Florida
 * High School Shooting, Sheriff IDs Suspect As ...", which sentence case never has) or, with
 * function words in lower case as most style books set headlines, a capitalised verb ("Death
 * Toll Climbs to 19 as Search Continues"; a line of names, "Prince X and Princess Y of Z", has none),
 * or a label's colon inside it ("Harbour Fire: What We Know and Latest News").
 */
export function titleCaseSentences(doc: Doc): Set<number> {
  const out = new Set<number>();
  for (const sentence of doc.sentences) if (isTitleCase(doc, sentence)) out.add(sentence.i);
  return out;
}

function isTitleCase(doc: Doc, sentence: Sentence): boolean {
  let words = 0;
  let functionWord = false;
  let verb = false;
  // "Calder Ridge Fire: Key Facts and Latest Updates": a label's colon with words after it
  let label = false;
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    const tok = doc.tokens[i];
    if (tok?.text === ':' && words > 0 && i < sentence.tokenEnd - 2) label = true;
    if (!tok || tok.type !== 'word' || !LETTERS.test(tok.text)) continue;
    words++;
    if (!isUpperStart(tok.text)) {
      if (!FUNCTION_WORDS.has(tok.lower) || tok.lower.length > 4) return false;
    } else if (words > 1 && FUNCTION_WORDS.has(tok.lower) && tok.lower.length > 1) functionWord = true;
    // (a participle may be part of a title: "Acting High Commissioner X")
    else if (words > 1 && tok.pos === 'VERB' && !tok.lower.endsWith('ing')) verb = true;
  }
  return words >= TITLE_CASE_WORDS && (functionWord || verb || label);
}

/**
 * "the Abbey", "the Palace": a lone capitalised word after an article is a short form of a
 * place's or a body's name, not a surname used alone ("the Trump administration" still is one).
 */
function articleNoun(doc: Doc, c: Candidate): boolean {
  return c.titleStart === c.start && doc.tokens[c.start - 1]?.pos === 'DET' && !isModifier(doc.tokens[c.end]);
}

/** A document's names of two or more words without evidence of a person (not named as organisations). */
export function unconfirmedPeople(doc: Doc): readonly PersonMention[] {
  const twin = textTwin(doc);
  findPeople(twin);
  return unconfirmedOf.get(twin)?.mentions ?? [];
}

/**
 * Keys of the names of two or more words a document reads as a person's with strong evidence
 * (person-evidence.ts `strongPersonEvidence`) at one of their mentions at least.
 */
export function stronglyNamedPeople(doc: Doc): ReadonlySet<string> {
  const twin = textTwin(doc);
  let found = strongOf.get(twin);
  if (found === undefined) {
    const keys = new Set<string>();
    for (const m of findPeople(twin)) {
      if (m.tokenEnd - m.tokenStart < 2 || keys.has(m.key)) continue;
      const words = nameWords(twin, m.tokenStart, m.tokenEnd).map((w) => w.lower);
      const run = { start: m.tokenStart, end: m.tokenEnd, titleStart: m.titleStart, sentence: m.sentence, words };
      if (words.length >= 2 && strongPersonEvidence(twin, run)) keys.add(m.key);
    }
    strongOf.set(twin, (found = keys));
  }
  return found;
}

const strongOf = new SetCache<Doc, ReadonlySet<string>>();

/** Keys of the names a document marks as organisations ("the operator Kestrel Logistics"). */
export function organisationsNamed(doc: Doc): ReadonlySet<string> {
  const twin = textTwin(doc);
  findPeople(twin);
  return unconfirmedOf.get(twin)?.organisations ?? new Set();
}

function readPeople(doc: Doc): PersonMention[] {
  const cands = personCandidates(doc);
  const index = indexFullNames(doc, cands);
  const recurring = recurringSubjects(doc, cands);
  // A surname once used after a title head ("President Trump") is a person everywhere.
  for (const c of cands) if (c.words === 1 && c.afterTitleHead) recurring.set(surnameOfCandidate(c), 'strong');
  const byStart = new Map(cands.map((c) => [c.start, c]));
  // "Four Velorians …; the Velorians had …": a word once counted names a group everywhere
  const groups = new Set<string>();
  for (const c of cands) if (c.words === 1 && countedGroup(doc, c)) groups.add(c.key);
  const out: PersonMention[] = [];
  const lone: Candidate[] = []; // one-word names read as no one here: `loneNames`
  for (const c of cands) {
    const text = c.text;
    let key = c.key;
    let name = index.display.get(key) ?? text;
    let tentative = false;
    const couple = c.words === 1 ? coupleName(doc, c, byStart) : undefined;
    if (couple !== undefined) {
      key = personKey(couple);
      name = couple;
    } else if (c.words === 1) {
      if (groups.has(c.key)) continue;
      const found = resolveShortForm(index, text, surnameOfCandidate(c));
      // "King Tomas" is not the Tomas Brenner of the same story: a monarch's name resolves to a reign name only
      const only = found !== undefined && royalShortForm(doc, c) && !isReignName(index.display.get(found) ?? '') ? undefined : found;
      // "his wife, Anouk": a person, kept where the set names her in full (a given name alone is no full name)
      const strength = c.afterTitleHead ? 'strong' : kinBefore(doc, c) ? 'tentative' : recurring.get(surnameOfCandidate(c));
      if (only !== undefined) {
        key = only;
        name = index.display.get(only) ?? text;
      } else if (strength === undefined) {
        if (c.titleStart === c.start && c.placeWord !== true) lone.push(c);
        continue;
      } else {
        tentative = strength === 'tentative';
      }
    }
    const mention = mentionOf(doc, c, text, name, key);
    if (mention) out.push(tentative ? { ...mention, tentative } : mention);
  }
  loneOf.set(doc, lone);
  return out;
}

/** The one-word names a document read as no one (`readPeople`), before the checks of `loneNames`. */
const loneOf = new SetCache<Doc, Candidate[]>();
/** `loneNames` of a document, read once. */
const loneNamesOf = new SetCache<Doc, PersonMention[]>();

/**
 * One-word names a document gives no evidence for but a list ("Baptiste-Roux and Dankert sat in
 * the front row": used once, never introduced in full here), listed with another person's name or
 * another such name (`listedWithName`): a surname used alone, a person's where another version of
 * the set introduces that surname in full (extract/unify.ts `withSetPeople`). Not a word the
 * document uses as a place ("in Dankert"), a country by its people's name ("the Tarsian
 * embassy"), a storm's or a company's name, a group ("two Velorians"), a word before a lower-case
 * noun ("the Dankert government") or a common noun's capital ("Diplomats said"); and not a lone
 * name alone in its clause ("Dankert asked the judge to ..."): one use, with no list, says too
 * little.
 */
export function loneNames(doc: Doc): readonly PersonMention[] {
  const twin = textTwin(doc);
  let found = loneNamesOf.get(twin);
  if (found !== undefined) return found;
  findPeople(twin);
  const lone = (loneOf.get(twin) ?? []).filter((c) => {
    const first = twin.tokens[c.start];
    return first !== undefined && first.pos === 'PROPN' && first.lemma === first.lower && !isModifier(twin.tokens[c.end]) && !articleNoun(twin, c);
  });
  found = [];
  if (lone.length > 0) {
    const words = new Set(lone.map((c) => c.lower[0] ?? ''));
    const located = locatedWords(twin);
    const not = new Set([...thingNames(twin, words), ...countriesByDemonym(twin, words)]);
    const kept = lone.filter((c) => !located.has(c.lower[0] ?? '') && !not.has(c.lower[0] ?? '') && !countedGroup(twin, c));
    // where names start and end: the document's people and the lone names kept
    const starts = new Set<number>();
    const ends = new Set<number>();
    for (const m of findPeople(twin)) starts.add(m.titleStart).add(m.tokenStart), ends.add(m.tokenEnd);
    for (const c of kept) starts.add(c.start), ends.add(c.end);
    for (const c of kept) {
      if (!listedWithName(twin, c, starts, ends)) continue;
      const m = mentionOf(twin, c, c.text, c.text, c.key);
      if (m) found.push(m);
    }
  }
  loneNamesOf.set(twin, found);
  return found;
}

/** Words that join the names of a list ("A and B", "A, B"). */
const LIST_JOINS: ReadonlySet<string> = new Set([',', 'and', 'or', '&']);

/**
 * Whether a one-word name is an item of a list of names: a list word ("and", a comma) right before
 * it with a name ending right before that, or right after it with a name starting right after that.
 */
function listedWithName(doc: Doc, c: Candidate, starts: ReadonlySet<number>, ends: ReadonlySet<number>): boolean {
  const before = doc.tokens[c.start - 1];
  if (before !== undefined && LIST_JOINS.has(before.lower) && ends.has(c.start - 1)) return true;
  const after = doc.tokens[c.end];
  return after !== undefined && LIST_JOINS.has(after.lower) && starts.has(c.end + 1);
}

/**
 * "Four Velorians were among the injured", "23 of them Ostlanders": a plural word after a count
 * (or "of them") names a group of people, as a people's name does, not a person.
 */
function countedGroup(doc: Doc, c: Candidate): boolean {
  const word = doc.tokens[c.start];
  if (word === undefined || !word.lower.endsWith('s') || c.titleStart !== c.start) return false;
  const before = doc.tokens[c.start - 1];
  if (before === undefined) return false;
  return before.pos === 'NUM' || COUNT_START.test(before.text) || before.lower === 'them';
}
const COUNT_START = /^\d/u;

function mentionOf(doc: Doc, c: Candidate, text: string, name: string, key: string): PersonMention | null {
  const first = doc.tokens[c.start];
  const last = doc.tokens[c.end - 1];
  if (!first || !last) return null;
  const next = doc.tokens[c.end];
  return {
    tokenStart: c.start,
    tokenEnd: c.end,
    titleStart: c.titleStart,
    sentence: c.sentence,
    span: { start: first.start, end: last.end },
    text,
    title: c.titleStart < c.start ? textOf(doc, c.titleStart, c.start) : null,
    name,
    key,
    possessive: next !== undefined && APOSTROPHE_S.test(next.text) && tight(last, next),
  };
}

/** Whether a span overlaps any uncertain span of the version. */
export function overlapsUncertain(doc: Doc, span: Span): boolean {
  // a loop, not `some`: asked for every value, a closure each time where it runs unoptimized
  const uncertain = doc.version.uncertain;
  for (let k = 0; k < uncertain.length; k++) {
    const u = uncertain[k] as Span;
    if (u.start < span.end && span.start < u.end) return true;
  }
  return false;
}
