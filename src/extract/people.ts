/**
 * The `people` extractor: the people of a version (read/people.ts), one ClaimValue per
 * occurrence. With cues, only people in a sentence containing a cue are kept, minus
 * possessives ("Trump's envoy ... joined"), speakers of a quote ("..., Bruce said") and the
 * person honoured ("the funeral of former President X").
 */
import type { Absence, AttendanceReading, ClaimValue, Doc, Extractor, Rule, Sentence, Token } from '../types.js';
import { findPeople, overlapsUncertain, type PersonMention } from '../read/people.js';
import { sentenceShape, type SentenceShape } from '../read/share.js';
import {
  ABSENCE_BEFORE,
  ABSENT_LEADS,
  ABSENCE_PHRASES,
  ABSENCE_PLAN_WORDS,
  ABSENCE_WORDS,
  ATTENDANCE_NEGATORS,
  ATTENDANCE_PLAN_WORDS,
  ATTENDANCE_WORDS,
  CLAUSE_BREAKS,
  EVENT_ABSENCE_PHRASES,
  PLAN_CHANGE_PHRASES,
  STAND_IN_AFTER,
  STAND_IN_BEFORE,
  STAND_IN_VERBS,
  CEREMONY_AUDIENCES,
  HONOREE_ADJUNCT_WORDS,
  SPEAKING_AT,
  HONOREE_FILLERS,
  HONOREE_LINKS,
  HONOREE_NOUNS,
  HONOREE_VERBS,
  LAID_TO_REST,
  LIST_ANNOUNCEMENTS,
  LIST_CONTINUATIONS,
  NEGATED_ECHOES,
  QUOTE_VERBS,
  REPRESENTED_BY,
} from '../lang/en/people.js';
import { SetCache } from '../set-cache.js';
import { personKey, surnameOf } from '../read/names.js';
import { isUpperStart } from '../read/people-runs.js';
import { EN } from '../lang/en/index.js';
import { DEATH_VERBS } from '../lang/en/quantities.js';
import { PLANNED_CEREMONY_NOUNS } from '../lang/en/calendar.js';

const WEEKDAY_WORDS: ReadonlySet<string> = new Set(EN.calendar.weekdays);

// Regular expressions of hot paths, compiled once: a literal in a function body makes
// a new RegExp object at every call (allocation measured with alloc.mjs).
const INFLECTION = /(?:ing|ed|es|s)$/u;


function stem(word: string): string {
  return word.length > 4 ? word.replace(INFLECTION, '') : word;
}

/** A cue word and its stem. */
interface CueWord {
  word: string;
  stem: string;
}

/** A sentence's words (no spacing) with the stem of each word's lower-case text. */
interface SentenceStems {
  tokens: readonly Token[];
  toks: Token[];
  stems: string[];
  /** Every lower-case text and lemma of the words, and every stem: a cue whose first word meets none is absent. */
  forms: ReadonlySet<string>;
  stemSet: ReadonlySet<string>;
}

/** Cue lists split into words once per list (a rule's cues are compiled once, not per sentence). */
const cueWordsOf = new WeakMap<readonly string[], CueWord[][]>();
/** Words and stems once per sentence, shared by every rule (checked against the doc's token list). */
const stemsOf = new SetCache<Sentence, SentenceStems>();

function cueWords(cues: readonly string[]): CueWord[][] {
  let compiled = cueWordsOf.get(cues);
  if (!compiled) {
    compiled = cues
      .map((cue) => cue.toLowerCase().split(/\s+/u).filter((w) => w.length > 0).map((word) => ({ word, stem: stem(word) })))
      .filter((words) => words.length > 0);
    cueWordsOf.set(cues, compiled);
  }
  return compiled;
}

function sentenceStems(doc: Doc, sentence: Sentence): SentenceStems {
  const known = stemsOf.get(sentence);
  if (known !== undefined && known.tokens === doc.tokens) return known;
  const toks = doc.tokens.slice(sentence.tokenStart, sentence.tokenEnd).filter((t) => t.type !== 'spacing' && t.pos !== 'SPACE');
  const stems = toks.map((t) => stem(t.lower));
  const forms = new Set<string>();
  for (const t of toks) forms.add(t.lower).add(t.lemma);
  const read = { tokens: doc.tokens, toks, stems, forms, stemSet: new Set(stems) };
  stemsOf.set(sentence, read);
  return read;
}

function tokenMatches(cue: CueWord, tok: Token, tokStem: string): boolean {
  return cue.word === tok.lower || cue.word === tok.lemma || cue.stem === tokStem;
}

/** Whether a sentence has a cue, by shape (share.ts) and cue list: the same for every copy of the sentence. */
const cueFoundOf = new SetCache<SentenceShape, Map<readonly string[], boolean>>();

/** True when the sentence contains one of the cues (multi-word cues as token sequences). */
export function sentenceHasCue(doc: Doc, sentence: Sentence, cues: readonly string[]): boolean {
  const shape = sentenceShape(doc, sentence);
  let byCues = cueFoundOf.get(shape);
  if (byCues === undefined) cueFoundOf.set(shape, (byCues = new Map()));
  let found = byCues.get(cues);
  if (found === undefined) byCues.set(cues, (found = findsCue(doc, sentence, cues)));
  return found;
}

function findsCue(doc: Doc, sentence: Sentence, cues: readonly string[], from = -1): boolean {
  const { toks, stems, forms, stemSet } = sentenceStems(doc, sentence);
  for (const words of cueWords(cues)) {
    const first = words[0] as CueWord;
    if (!forms.has(first.word) && !stemSet.has(first.stem)) continue;
    for (let i = 0; i + words.length <= toks.length; i++) {
      if ((toks[i] as Token).i < from) continue;
      if (words.every((w, k) => {
        const tok = toks[i + k];
        return tok !== undefined && tokenMatches(w, tok, stems[i + k] as string);
      })) return true;
    }
  }
  return false;
}

/** The person is the speaker of a quote ("..., Bruce said" / "said Bruce"). */
function isSpeaker(doc: Doc, m: PersonMention): boolean {
  const next = doc.tokens[m.tokenEnd];
  const before = doc.tokens[m.titleStart - 1];
  return (next !== undefined && QUOTE_VERBS.has(next.lower)) || (before !== undefined && QUOTE_VERBS.has(before.lower));
}

/**
 * The person is the one honoured, not taking part: "the memorial service for Kelmar's
 * former fire chief X", "a vigil for Maria Lopez".
 */
function isHonoree(doc: Doc, m: PersonMention): boolean {
  let k = m.titleStart - 1;
  // over "Ghana's", "the country's", "the late", "former", "founding" between the link word and the title
  for (let n = 0; n < 5 && k >= 0; n++, k--) {
    const t = doc.tokens[k];
    if (t === undefined || HONOREE_LINKS.has(t.lower)) break;
    const possessor = t.pos === 'NOUN' && POSSESSIVE_MARK.test(doc.tokens[k + 1]?.text ?? '');
    if (!(t.pos === 'PROPN' || POSSESSIVE_MARK.test(t.text) || possessor || HONOREE_FILLERS.has(t.lower))) return false;
  }
  if (!HONOREE_LINKS.has(doc.tokens[k]?.lower ?? '')) return false;
  // over a date or a place between the noun and its link ("a memorial service on Tuesday for X")
  let n = k - 1;
  for (let skipped = 0; skipped < HONOREE_ADJUNCT_REACH && n >= 0 && !HONOREE_NOUNS.has(doc.tokens[n]?.lower ?? ''); skipped++, n--) {
    const t = doc.tokens[n] as Token;
    if (!(HONOREE_ADJUNCT_WORDS.has(t.lower) || t.pos === 'PROPN' || t.pos === 'NUM' || WEEKDAY_WORDS.has(t.lower))) return false;
  }
  return HONOREE_NOUNS.has(doc.tokens[n]?.lower ?? '');
}

const POSSESSIVE_MARK = /^['’]s$/u;

/** How many words of a date or place may stand between an honouring noun and its link ("service on Tuesday for"). */
const HONOREE_ADJUNCT_REACH = 4;

/**
 * "Chile buried former president X", "mourners honoured X": the verb right before the title (or
 * "the late"/"former"); "X was buried", "where X was laid to rest": the passive right after the name.
 */
function mournedByVerb(doc: Doc, m: PersonMention): boolean {
  let k = m.titleStart - 1;
  while (k >= 0 && HONOREE_FILLERS.has(doc.tokens[k]?.lower ?? '')) k--;
  if (HONOREE_VERBS.has(doc.tokens[k]?.lower ?? '')) return true;
  if (diesAfter(doc, m.tokenEnd)) return true;
  let j = m.tokenEnd;
  if (doc.tokens[j]?.pos !== 'AUX') return false;
  while (doc.tokens[j]?.pos === 'AUX' || doc.tokens[j]?.pos === 'ADV') j++;
  return HONOREE_VERBS.has(doc.tokens[j]?.lower ?? '') || phraseAt(doc, j, LAID_TO_REST);
}

/**
 * "X died on Thursday", "X, who died last week aged 91", "X, who had succumbed": a verb of dying
 * (DEATH_VERBS) said of the name ending before `end`: the dead take no part in the story's ceremonies.
 */
function diesAfter(doc: Doc, end: number): boolean {
  let j = end;
  if (doc.tokens[j]?.text === ',' && doc.tokens[j + 1]?.lower === 'who') j += 2;
  while (doc.tokens[j]?.pos === 'AUX') j++;
  return DEATH_VERBS.has(doc.tokens[j]?.lower ?? '');
}

/** Whether the words from `at` spell `phrase` (lower case). */
function phraseAt(doc: Doc, at: number, phrase: readonly string[]): boolean {
  // a loop, not `every`: asked for every person and phrase, a closure each time
  for (let k = 0; k < phrase.length; k++) if (doc.tokens[at + k]?.lower !== phrase[k]) return false;
  return true;
}

/** The words of a sentence without spacing tokens, from token `from` to `to`. */
function wordsBetween(doc: Doc, from: number, to: number): Token[] {
  return doc.tokens.slice(from, to).filter((t) => t.type !== 'spacing' && t.pos !== 'SPACE');
}

/**
 * Where what is said of a person starts: after the name, or after an apposition or relative
 * clause set off by commas right after it (", 58, who had stayed home in 2019,").
 */
function statementStart(doc: Doc, m: PersonMention, starts: ReadonlyMap<number, PersonMention>, end: number): number {
  const j = m.tokenEnd;
  if (doc.tokens[j]?.text !== ',') return j;
  let k = j + 1;
  while (k < end && k < j + 14 && doc.tokens[k]?.text !== ',' && !CLAUSE_BREAKS.has(doc.tokens[k]?.lower ?? '')) k++;
  return doc.tokens[k]?.text === ',' && !starts.has(j + 1) ? k + 1 : j;
}

/**
 * Where the stretch of text said of a person ends: at a clause break ("but", ";"), or at the
 * next person unless only list words stand between them ("X and Y did not attend" is said of
 * both). An apposition or relative clause right after the name (", 58, who ...,") is skipped
 * over, so "X, who had not been to Chile since 1990, attended" is not negated.
 */
function statementEnd(doc: Doc, m: PersonMention, starts: ReadonlyMap<number, PersonMention>, end: number): number {
  let j = statementStart(doc, m, starts, end);
  for (; j < end; j++) {
    const tok = doc.tokens[j];
    if (!tok || CLAUSE_BREAKS.has(tok.lower)) return j;
    const next = starts.get(j);
    if (next === undefined) continue;
    const between = wordsBetween(doc, m.tokenEnd, j);
    if (!between.every((t) => t.text === ',' || t.lower === 'and' || t.lower === 'or')) return j;
    return statementEnd(doc, next, starts, end);
  }
  return end;
}

/**
 * "Ukraine's president X will not be in attendance", "X did not attend", "X stayed away": the
 * cue names the person, but says they were not there.
 */
function isAbsent(doc: Doc, m: PersonMention, starts: ReadonlyMap<number, PersonMention>, sentence: Sentence): boolean {
  return absenceOf(doc, m, starts, sentence, ABSENCE_PHRASES, true) !== null || sendsStandIn(doc, m, starts, sentence) || echoesDenial(doc, m);
}

/** "X did not attend, and neither did former president Y": an echo of the denial right before the person (over "former"). */
function echoesDenial(doc: Doc, m: PersonMention): boolean {
  let k = m.titleStart;
  while (k > 0 && ECHO_SKIPPED.has(doc.tokens[k - 1]?.lower ?? '')) k--;
  for (let n = 0; n < NEGATED_ECHOES.length; n++) {
    const phrase = NEGATED_ECHOES[n] as readonly string[];
    if (phraseAt(doc, k - phrase.length, phrase)) return true;
  }
  return false;
}
const ECHO_SKIPPED: ReadonlySet<string> = new Set(['former', 'the', 'then', 'his', 'her', 'its']);

/**
 * How the words said of a person (`statementEnd`) make them absent: 'plan' when a word of
 * ABSENCE_PLAN_WORDS comes first ("will not attend", "is not expected to attend"), 'fact' else, null
 * when they do not. `phrases`: the absences of several words read; `negations`: whether a negated
 * attendance word ("did not attend") and a lone absence word ("skipped") count.
 */
function absenceOf(
  doc: Doc,
  m: PersonMention,
  starts: ReadonlyMap<number, PersonMention>,
  sentence: Sentence,
  phrases: readonly (readonly string[])[],
  negations: boolean,
): 'plan' | 'fact' | null {
  const end = statementEnd(doc, m, starts, sentence.tokenEnd);
  // not the apposition: "X, who had stayed home in 2019, attended" is said to attend
  const words = wordsBetween(doc, Math.min(statementStart(doc, m, starts, sentence.tokenEnd), end), end);
  let plan = false;
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Token;
    if (ABSENCE_PLAN_WORDS.has(w.lower)) plan = true;
    if (absencePhraseAt(words, k, phrases)) return plan ? 'plan' : 'fact';
    if (!negations) continue;
    if (ABSENCE_WORDS.has(w.lower)) return plan ? 'plan' : 'fact';
    if (!ATTENDANCE_NEGATORS.has(w.lower)) continue;
    for (let n = k + 1; n <= k + 4 && n < words.length; n++) if (ATTENDANCE_WORDS.has((words[n] as Token).lower)) return plan ? 'plan' : 'fact';
  }
  if (negations && butNot(doc, end) && words.some((w) => ATTENDANCE_WORDS.has(w.lower))) return plan || ABSENCE_PLAN_WORDS.has(doc.tokens[end + 1]?.lower ?? '') ? 'plan' : 'fact';
  return null;
}

/**
 * "had said he would attend but will not", "planned to attend but could not": a clause break
 * "but" at `at`, an auxiliary and a negator, and no verb of its own after them (the attendance
 * the clause before names is the one denied).
 */
function butNot(doc: Doc, at: number): boolean {
  const t = doc.tokens;
  if (t[at]?.lower !== 'but' || t[at + 1]?.pos !== 'AUX' || !ATTENDANCE_NEGATORS.has(t[at + 2]?.lower ?? '')) return false;
  const after = t[at + 3];
  return after === undefined || (after.pos !== 'VERB' && after.pos !== 'AUX');
}

/** Whether a phrase of `phrases` ("stayed away") starts at word `k` (loops: asked of every word after a person). */
function absencePhraseAt(words: readonly Token[], k: number, phrases: readonly (readonly string[])[] = ABSENCE_PHRASES): boolean {
  for (let j = 0; j < phrases.length; j++) {
    const p = phrases[j] as readonly string[];
    let n = 0;
    while (n < p.length && words[k + n]?.lower === p[n]) n++;
    if (n === p.length) return true;
  }
  return false;
}

/** Tokens after a stand-in's name read for "in her place" (`standsIn`). */
const STAND_IN_REACH = 4;

/**
 * "X sent Vice President Y in her place", "X stayed home and sent Y to represent him": what is said
 * of X ends at Y, after a verb of sending (STAND_IN_VERBS), and Y is a stand-in (`standsIn`) or X is
 * said to stay away ("X stayed away and sent Y"): X was not there, and Y is returned.
 */
function sentStandIn(doc: Doc, m: PersonMention, starts: ReadonlyMap<number, PersonMention>, sentence: Sentence): PersonMention | undefined {
  const end = statementEnd(doc, m, starts, sentence.tokenEnd);
  const next = starts.get(end);
  if (next === undefined || !STAND_IN_VERBS.has(lastWordBefore(doc, next.titleStart, m.tokenEnd)?.lower ?? '')) return undefined;
  if (standsIn(doc, next, sentence)) return next;
  const words = wordsBetween(doc, Math.min(statementStart(doc, m, starts, sentence.tokenEnd), end), end);
  for (let k = 0; k < words.length; k++) if (absencePhraseAt(words, k, EVENT_ABSENCE_PHRASES)) return next;
  return undefined;
}

function sendsStandIn(doc: Doc, m: PersonMention, starts: ReadonlyMap<number, PersonMention>, sentence: Sentence): boolean {
  return sentStandIn(doc, m, starts, sentence) !== undefined || representerOf(doc, m, sentence) !== undefined;
}

/**
 * "Vice President Y represented President X at the ceremony": the person named right before
 * "represented" whose object is `m` (X, absent); Y is X's stand-in. A name on both sides only.
 */
function representerOf(doc: Doc, m: PersonMention, sentence: Sentence): PersonMention | undefined {
  const verb = lastWordBefore(doc, m.titleStart, sentence.tokenStart);
  if (verb === undefined || verb.lower !== 'represented') return undefined;
  const before = lastWordBefore(doc, verb.i, sentence.tokenStart);
  if (before === undefined) return undefined;
  const people = findPeople(doc);
  for (let n = 0; n < people.length; n++) {
    const y = people[n] as PersonMention;
    if (y.sentence === sentence.i && y.tokenEnd === before.i + 1 && !y.possessive) return y;
  }
  return undefined;
}

/** The last word token before token `at` and not before `from`. */
function lastWordBefore(doc: Doc, at: number, from: number): Token | undefined {
  for (let k = at - 1; k >= from; k--) {
    const t = doc.tokens[k];
    if (t !== undefined && t.type !== 'spacing' && t.pos !== 'SPACE') return t;
  }
  return undefined;
}

/** Whether a person sent somewhere is a stand-in: "… in his place", "… to represent her" within a few words after the name. */
function standsIn(doc: Doc, m: PersonMention, sentence: Sentence): boolean {
  const end = Math.min(sentence.tokenEnd, m.tokenEnd + STAND_IN_REACH);
  const words = wordsBetween(doc, m.tokenEnd, end);
  for (let k = 0; k < words.length; k++) if (absencePhraseAt(words, k, STAND_IN_AFTER)) return true;
  return false;
}

/** Words between "represented by" and the stand-in's name ("represented by its vice president, Anton Rehak"). */
const REPRESENTED_BY_REACH = 6;

/**
 * The stand-ins a sentence names (participants standing for someone absent, read as if a cue named
 * them): "Kenya was represented by Vice President Y", "Tarsia, the old adversary, was represented
 * by its vice president, Y" (a name, a country's or a person's, is the one represented: not "the
 * family is represented by attorney Y"), "X sent Foreign Minister Y in her place", "X stayed away
 * and sent Y" (`sentStandIn`). Only sentences holding "represented" or a verb of sending are read.
 */
function standInsOf(doc: Doc, sentence: Sentence, starts: ReadonlyMap<number, PersonMention>): PersonMention[] {
  const { forms } = sentenceStems(doc, sentence);
  let sends = false;
  for (const v of STAND_IN_VERBS) if (forms.has(v)) sends = true;
  if (!sends && !forms.has('represented')) return [];
  const out: PersonMention[] = [];
  for (const m of starts.values()) {
    const y = m.sentence === sentence.i ? representerOf(doc, m, sentence) : undefined;
    if (y !== undefined) out.push(y);
  }
  if (sends) {
    for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
      const m = starts.get(i);
      const y = m === undefined ? undefined : sentStandIn(doc, m, starts, sentence);
      if (y !== undefined) out.push(y);
    }
  }
  const words = wordsBetween(doc, sentence.tokenStart, sentence.tokenEnd);
  for (let k = 0; k < words.length; k++) {
    if (!absencePhraseAt(words, k, STAND_IN_BEFORE) || !namedBefore(doc, (words[k] as Token).i, sentence)) continue;
    for (let n = k + 1; n < words.length && n <= k + REPRESENTED_BY_REACH; n++) {
      const t = words[n] as Token;
      const m = starts.get(t.i);
      if (m !== undefined) {
        out.push(m);
        break;
      }
      if (CLAUSE_BREAKS.has(t.lower) || t.text === '.') break;
    }
  }
  return out;
}

/** Most tokens of an apposition read over back from "was represented by" ("Tarsia, the old adversary, was …"). */
const APPOSITION_REACH = 10;

/**
 * Whether a name (a capitalised word) is the subject right before token `at` ("Kenya was
 * represented by"), over auxiliaries and adverbs ("was also") and one apposition set off by commas.
 */
function namedBefore(doc: Doc, at: number, sentence: Sentence): boolean {
  let k = at - 1;
  const skip = (): void => {
    while (k > sentence.tokenStart && (doc.tokens[k]?.pos === 'AUX' || doc.tokens[k]?.pos === 'ADV' || doc.tokens[k]?.type === 'spacing')) k--;
  };
  skip();
  if (doc.tokens[k]?.text === ',') {
    let j = k - 1;
    while (j > sentence.tokenStart && j > k - APPOSITION_REACH && doc.tokens[j]?.text !== ',') j--;
    if (doc.tokens[j]?.text === ',') k = j - 1;
  }
  const t = doc.tokens[k];
  return t !== undefined && k >= sentence.tokenStart && t.type === 'word' && isUpperStart(t.text);
}

/** The first word token of a sentence at or after `from`. */
function firstWord(doc: Doc, sentence: Sentence): number {
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd && doc.tokens[i]?.type !== 'word') i++;
  return i;
}

/** "Among them are X and Y", "They included X": a sentence continuing the list of the one before. */
function continuesList(doc: Doc, sentence: Sentence): boolean {
  const at = firstWord(doc, sentence);
  for (let k = 0; k < LIST_CONTINUATIONS.length; k++) if (phraseAt(doc, at, LIST_CONTINUATIONS[k] as readonly string[])) return true;
  return false;
}

/** A heading that opens a list: "Here are the leaders who attended:" (its last word token is a colon). */
function opensList(doc: Doc, sentence: Sentence): boolean {
  for (let i = sentence.tokenEnd - 1; i >= sentence.tokenStart; i--) {
    const tok = doc.tokens[i];
    if (!tok || tok.type === 'spacing' || tok.pos === 'SPACE') continue;
    return tok.text === ':';
  }
  return false;
}

/** A sentence that announces the list below it ("A full list of attendees has been released."): LIST_ANNOUNCEMENTS. */
function announcesList(doc: Doc, sentence: Sentence): boolean {
  for (let i = sentence.tokenStart; i < sentence.tokenEnd; i++) {
    for (let k = 0; k < LIST_ANNOUNCEMENTS.length; k++) if (phraseAt(doc, i, LIST_ANNOUNCEMENTS[k] as readonly string[])) return true;
  }
  return false;
}

/** Whether a token is a verb that stops a list line: a capitalised "Acting" before a title is not. */
function isLineVerb(t: Token): boolean {
  return t.pos === 'AUX' || (t.pos === 'VERB' && t.text[0] !== undefined && t.text[0] === t.text[0].toLowerCase());
}

/** Whether every word token in `words` is capitalised (names, countries; "der", "van" allowed inside). */
function allCapitalised(words: readonly Token[]): boolean {
  const w = words.filter((t) => t.type === 'word');
  return w.length > 0 && w.length <= 7 && /^\p{Lu}/u.test(w[0]?.text ?? '') && /^\p{Lu}/u.test(w[w.length - 1]?.text ?? '');
}

/** "Ada Moreno, Chile", "Joe and Ann Brett, US": a name, a comma, then a country, all capitalised. */
function isNameCountry(words: readonly Token[]): boolean {
  const comma = words.findIndex((t) => t.text === ',');
  const after = words.slice(comma + 1);
  return comma > 0 && !after.some((t) => t.text === ',') && allCapitalised(words.slice(0, comma)) && allCapitalised(after);
}

/**
 * A line of a list laid out one name per line ("- Joe Bryce, Canadian prime minister",
 * "Queen Ines and King Tomas of Norvia", "Ada Moreno, Chile"): short, no verb, and a person
 * named within its first six words or the shape "Name, Country".
 */
function isNameLine(doc: Doc, sentence: Sentence, starts: ReadonlyMap<number, PersonMention>): boolean {
  const words = wordsBetween(doc, sentence.tokenStart, sentence.tokenEnd);
  if (words.length === 0 || words.length > 20 || words.some(isLineVerb)) return false;
  return words.slice(0, 6).some((t) => starts.has(t.i)) || isNameCountry(words);
}

/** Most words of a sub-heading written without a colon ("Royal attendees"). */
const BARE_SUBHEADING_WORDS = 4;

/**
 * A sub-heading inside a list: "World leaders:", "Royals:" (a few words, no verb, a colon), or
 * a shorter line without the colon and without any end punctuation ("Royal attendees").
 */
function isSubheading(doc: Doc, sentence: Sentence): boolean {
  const words = wordsBetween(doc, sentence.tokenStart, sentence.tokenEnd);
  if (words.length > 6 || words.some(isLineVerb)) return false;
  if (opensList(doc, sentence)) return true;
  const last = words[words.length - 1];
  return words.length <= BARE_SUBHEADING_WORDS && last !== undefined && last.type === 'word' && /^\p{Lu}/u.test(words[0]?.text ?? '');
}

/**
 * The heading a name line belongs to, walking up over the lines of the list, its sub-headings
 * ("World leaders:") and a lone prose line between two name lines (a photo caption); -1 when
 * prose (two lines, or one right under the heading) comes first.
 */
function listHeading(doc: Doc, from: number, starts: ReadonlyMap<number, PersonMention>, has: (i: number) => boolean): number {
  let gap = 0;
  for (let k = from - 1; k >= 0; k--) {
    const s = doc.sentences[k] as Sentence;
    if ((opensList(doc, s) || announcesList(doc, s)) && has(k)) return gap === 0 ? k : -1;
    if (isSubheading(doc, s) || isNameLine(doc, s, starts)) gap = 0;
    else if (++gap > 1) return -1;
  }
  return -1;
}

/**
 * Sentences a rule's cues govern: those holding a cue; a sentence continuing the list of a
 * governed one ("Among them are ..."); the lines of a list laid out one name per line under a
 * governed heading that ends in a colon ("Here are the leaders who attended:").
 */
function governedSentences(doc: Doc, rule: Rule, starts: ReadonlyMap<number, PersonMention>): (sentence: Sentence) => boolean {
  const memo = new Map<number, boolean>();
  const has = (i: number): boolean => {
    const sentence = doc.sentences[i];
    return sentence !== undefined && sentenceHasCue(doc, sentence, rule.cues);
  };
  const governed = (sentence: Sentence): boolean => {
    if (has(sentence.i) || standInsOf(doc, sentence, starts).length > 0) return true;
    const before = doc.sentences[sentence.i - 1];
    if (before === undefined) return false;
    if (continuesList(doc, sentence)) return has(before.i);
    return isNameLine(doc, sentence, starts) && listHeading(doc, sentence.i, starts, has) >= 0;
  };
  return (sentence) => {
    let v = memo.get(sentence.i);
    if (v === undefined) memo.set(sentence.i, (v = governed(sentence)));
    return v;
  };
}

/** Mentions by their first token (title or name), for the statements said of several people. */
function mentionStarts(people: readonly PersonMention[]): Map<number, PersonMention> {
  const out = new Map<number, PersonMention>();
  for (const m of people) out.set(m.titleStart, m);
  return out;
}

/** The person mourned: "the funeral of X", "bid farewell to X", "Chile buried X" ("X's wife": the wife is). */
function isMourned(doc: Doc, m: PersonMention): boolean {
  return !m.possessive && (isHonoree(doc, m) || mournedByVerb(doc, m) || namesCeremony(doc, m));
}

/** "World leaders attend national George H.W. Bush funeral": a name right before a ceremony noun is the ceremony's honoree. */
function namesCeremony(doc: Doc, m: PersonMention): boolean {
  const next = doc.tokens[m.tokenEnd];
  return next !== undefined && next.pos === 'NOUN' && HONOREE_NOUNS.has(next.lower);
}

/**
 * Keys of the people a version mourns anywhere: the dead take no part in their own funeral,
 * also where a cue's sentence names them again ("X, who called Lindqvist 'a builder'").
 */
function mournedKeys(doc: Doc, people: readonly PersonMention[]): Set<string> {
  const out = new Set<string>();
  for (const m of people) {
    if (!isMourned(doc, m)) continue;
    out.add(m.key);
    // the surname alone is the person mourned too ("calling Malkonen 'the man who ...'"), also where it
    // resolves to nobody because a relative shares it ("his daughter, Liisa Malkonen"): she is named in full
    if (m.key !== personKey(surnameOf(m.name))) out.add(personKey(surnameOf(m.name)));
  }
  return out;
}

/**
 * "traveled without Princess X", "except President X": the words before the title leave the person
 * out; also past a country's possessive before the title ("Also missing was Argentina's president X").
 */
function isLeftOut(doc: Doc, m: PersonMention): boolean {
  return phraseBefore(doc, m, ABSENCE_BEFORE) || phraseBefore(doc, m, ABSENT_LEADS);
}

/** Whether a phrase of `phrases` ends right before the person's title, or before a country's possessive in front of it. */
function phraseBefore(doc: Doc, m: PersonMention, phrases: readonly (readonly string[])[]): boolean {
  const s = doc.tokens[m.titleStart - 1]?.lower;
  const owner = (s === "'s" || s === '’s') && doc.tokens[m.titleStart - 2]?.pos === 'PROPN' ? m.titleStart - 2 : -1;
  for (let k = 0; k < phrases.length; k++) {
    const phrase = phrases[k] as readonly string[];
    if (phraseAt(doc, m.titleStart - phrase.length, phrase) || (owner >= 0 && phraseAt(doc, owner - phrase.length, phrase))) return true;
  }
  return false;
}

/**
 * "attending as the special representative of President X", "on behalf of President X",
 * "representing King X": the person is represented by someone else, not there.
 */
function isRepresented(doc: Doc, m: PersonMention): boolean {
  // the title may hold the phrase ("special representative of President"): every place up to the name
  for (let at = m.titleStart; at <= m.tokenStart; at++) {
    for (let k = 0; k < REPRESENTED_BY.length; k++) {
      const phrase = REPRESENTED_BY[k] as readonly string[];
      if (phraseAt(doc, at - phrase.length, phrase)) return true;
    }
  }
  return false;
}

/** Whether a cue's sentence counts a person: not a possessive, a quote's speaker, the person mourned, represented, left out or said to be absent. */
function takesPart(doc: Doc, m: PersonMention, sentence: Sentence, starts: ReadonlyMap<number, PersonMention>, cues: readonly string[]): boolean {
  const source = isSpeaker(doc, m) && !speaksAtCeremony(doc, m, sentence);
  return !(m.possessive || source || isRepresented(doc, m) || isLeftOut(doc, m) || isAbsent(doc, m, starts, sentence) || inLaterScene(doc, m, sentence, cues));
}

/** "X told mourners …", "Speaking at the service, X said …": the speaker addressed the ceremony (CEREMONY_AUDIENCES, SPEAKING_AT). */
function speaksAtCeremony(doc: Doc, m: PersonMention, sentence: Sentence): boolean {
  let k = m.tokenEnd + 1;
  if (doc.tokens[k]?.lower === 'the') k++;
  if (CEREMONY_AUDIENCES.has(doc.tokens[k]?.lower ?? '')) return true;
  for (let j = sentence.tokenStart; j < m.titleStart; j++) if (phraseAt(doc, j, SPEAKING_AT)) return true;
  return false;
}

/**
 * "Relatives gathered at a hotel near the airport, where the airline's chief executive, Mara
 * Voss, met them behind closed doors": a person in a ", where …" clause after the cue does
 * something else at the cue's place, to those the cue names ("met them"); counted only if the
 * clause has a cue of its own. "…, where Prime Minister X laid a wreath" takes part.
 */
function inLaterScene(doc: Doc, m: PersonMention, sentence: Sentence, cues: readonly string[]): boolean {
  for (let k = m.titleStart - 1; k > sentence.tokenStart; k--) {
    const t = doc.tokens[k] as Token;
    if (t.lower !== 'where') continue;
    let before = k - 1;
    while (before > sentence.tokenStart && doc.tokens[before]?.pos === 'SPACE') before--;
    return doc.tokens[before]?.text === ',' && addressesThem(doc, m, sentence) && !findsCue(doc, sentence, cues, k);
  }
  return false;
}

/** Words after a person read for "them" (`addressesThem`). */
const THEM_WINDOW = 6;

/**
 * "… met them", "… briefed them": the person acts on those the cue names (a host, not one of
 * them); "where Prime Minister X laid a wreath" takes part in the ceremony.
 */
function addressesThem(doc: Doc, m: PersonMention, sentence: Sentence): boolean {
  for (let k = m.tokenEnd; k < Math.min(sentence.tokenEnd, m.tokenEnd + THEM_WINDOW); k++) {
    const l = doc.tokens[k]?.lower;
    if (l === 'them') return true;
    if (l === '.' || l === ';') return false;
  }
  return false;
}

/**
 * The values of a people rule; `people` are the version's people (findPeople), or those plus
 * names the set shows to be people (extract/unify.ts), in text order.
 */
export function personValues(doc: Doc, rule: Rule, people: readonly PersonMention[] = findPeople(doc)): ClaimValue[] {
  const cued = rule.cues.length > 0;
  const starts = cued ? mentionStarts(people) : new Map<number, PersonMention>();
  const cueIn = cued ? governedSentences(doc, rule, starts) : () => true;
  const mourned = cued ? mournedKeys(doc, people) : new Set<string>();
  const out: ClaimValue[] = [];
  for (const m of people) {
    const sentence = doc.sentences[m.sentence];
    if (!sentence) continue;
    if (cued && (!cueIn(sentence) || mourned.has(m.key) || !takesPart(doc, m, sentence, starts, rule.cues))) continue;
    out.push(valueOf(doc, rule, m, sentence));
  }
  return out;
}

/** A person's value for a rule, at the person's place in the file. */
function valueOf(doc: Doc, rule: Rule, m: PersonMention, sentence: Sentence): ClaimValue {
  const place = doc.version.map.place(m.span.start);
  return {
    rule: rule.id,
    version: doc.version.id,
    kind: 'people',
    key: m.key,
    value: m.name,
    qualifier: null,
    person: { name: m.name, title: m.title, key: m.key, ...(m.tentative ? { tentative: true } : {}) },
    text: m.text,
    sentence: sentence.text,
    span: { ...m.span },
    line: place.line,
    column: place.column,
    uncertain: overlapsUncertain(doc, m.span),
  };
}

/**
 * What a version says of attendance besides who took part, for a people rule with cues (who took
 * part): the people it says took no part ("X stayed home", "X did not attend", "X was represented
 * by Y", "X sent Y in her place", "on behalf of President X"), read wherever the rule's cues
 * govern and, for the absences that need no cue (EVENT_ABSENCE_PHRASES, a stand-in sent), in any
 * sentence; the people whose attendance it gives only as a plan ("have confirmed they will
 * attend"); and the people of whom it states a change of plan ("flew in on Tuesday after all").
 */
export function attendanceOf(doc: Doc, rule: Rule, people: readonly PersonMention[] = findPeople(doc)): AttendanceReading {
  const absent: Absence[] = [];
  const planned = new Set<number>();
  const changedPlan = new Set<string>();
  const standIns = new Set<number>();
  if (people.length === 0 || rule.cues.length === 0) return { absent, planned, changedPlan, standIns };
  const starts = mentionStarts(people);
  const cueIn = governedSentences(doc, rule, starts);
  const plans = new Map<number, boolean>();
  const changes = new Map<number, boolean>();
  const read = new Set<number>(); // sentences read for stand-ins
  for (const m of people) {
    const sentence = doc.sentences[m.sentence];
    if (!sentence || m.possessive) continue;
    const governed = cueIn(sentence);
    const ceremony = !governed && deniesCeremony(doc, sentence);
    if (!governed && !ceremony && !mayStateAbsence(doc, sentence)) continue; // most sentences: no cue, no absence word
    let plan = plans.get(sentence.i);
    if (plan === undefined) plans.set(sentence.i, (plan = hasAnyForm(doc, sentence, ATTENDANCE_PLAN_WORDS)));
    const said = governed || ceremony
      ? (absenceOf(doc, m, starts, sentence, ABSENCE_PHRASES, true) ?? (governed && isRepresented(doc, m) ? (plan ? 'plan' : 'fact') : null))
      : absenceOf(doc, m, starts, sentence, EVENT_ABSENCE_PHRASES, false);
    const absence = said ?? (sendsStandIn(doc, m, starts, sentence) || phraseBefore(doc, m, ABSENT_LEADS) || (governed && echoesDenial(doc, m)) ? (plan ? 'plan' : 'fact') : null);
    if (absence !== null) absent.push({ value: valueOf(doc, rule, m, sentence), plan: absence === 'plan' });
    else if (governed && plan) planned.add(m.span.start);
    let changed = changes.get(sentence.i);
    if (changed === undefined) changes.set(sentence.i, (changed = statesChange(doc, sentence)));
    if (changed) changedPlan.add(m.key).add(personKey(surnameOf(m.name)));
    if (!read.has(sentence.i)) {
      read.add(sentence.i);
      for (const x of standInsOf(doc, sentence, starts)) standIns.add(x.span.start);
    }
  }
  return { absent, planned, changedPlan, standIns };
}

/** A set's attendance readings for a rule, read once per version when first asked (the check asks only for members some version lists). */
export function attendanceReader(rule: Rule, docs: ReadonlyMap<string, Doc>): (version: string) => AttendanceReading | undefined {
  const read = new Map<string, AttendanceReading>();
  return (version) => {
    let out = read.get(version);
    if (out === undefined) {
      const doc = docs.get(version);
      if (doc === undefined) return undefined;
      read.set(version, (out = attendanceOf(doc, rule)));
    }
    return out;
  };
}

/** The first words of the absences read outside a cue's sentence (EVENT_ABSENCE_PHRASES) and the verbs of sending a stand-in. */
const ABSENCE_OPENERS: ReadonlySet<string> = new Set([...EVENT_ABSENCE_PHRASES.map((p) => p[0] as string), ...ABSENT_LEADS.map((p) => p[0] as string), ...STAND_IN_VERBS, 'represented']);

/**
 * Whether a sentence no cue governs names a ceremony and negates a word of attendance ("X will not
 * travel to Japan as planned for Tuesday's state funeral"): its negated attendance is read as an
 * absence, as in a sentence a cue governs.
 */
function deniesCeremony(doc: Doc, sentence: Sentence): boolean {
  return hasAnyForm(doc, sentence, ATTENDANCE_NEGATORS) && hasAnyForm(doc, sentence, ATTENDANCE_WORDS) && hasAnyForm(doc, sentence, PLANNED_CEREMONY_NOUNS);
}

/** The cheap test before reading a sentence no cue governs for an absence: one of its words opens one. */
function mayStateAbsence(doc: Doc, sentence: Sentence): boolean {
  return hasAnyForm(doc, sentence, ABSENCE_OPENERS);
}

/** Whether a sentence holds a word of `words` (its text or lemma). */
function hasAnyForm(doc: Doc, sentence: Sentence, words: ReadonlySet<string>): boolean {
  const { forms } = sentenceStems(doc, sentence);
  for (const w of words) if (forms.has(w)) return true;
  return false;
}

/** Whether a sentence states a change of plan (PLAN_CHANGE_PHRASES: "after all", "changed her plans"). */
function statesChange(doc: Doc, sentence: Sentence): boolean {
  const { toks, forms } = sentenceStems(doc, sentence);
  let first = false;
  for (let j = 0; j < PLAN_CHANGE_PHRASES.length && !first; j++) if (forms.has((PLAN_CHANGE_PHRASES[j] as readonly string[])[0] as string)) first = true;
  if (!first) return false;
  for (let k = 0; k < toks.length; k++) if (absencePhraseAt(toks, k, PLAN_CHANGE_PHRASES)) return true;
  return false;
}

export const peopleExtractor: Extractor<'people'> = {
  kind: 'people',
  extract(doc, rule) {
    return personValues(doc, rule);
  },
};
