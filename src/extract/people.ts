/**
 * The `people` extractor: the people of a version (read/people.ts), one ClaimValue per
 * occurrence. With cues, only people in a sentence containing a cue are kept, minus
 * possessives ("Trump's envoy ... joined"), speakers of a quote ("..., Bruce said") and the
 * person honoured ("the funeral of former President X").
 */
import type { ClaimValue, Doc, Extractor, Rule, Sentence, Token } from '../types.js';
import { findPeople, overlapsUncertain, type PersonMention } from '../read/people.js';
import { sentenceShape, type SentenceShape } from '../read/share.js';
import {
  ABSENCE_BEFORE,
  ABSENCE_PHRASES,
  ABSENCE_WORDS,
  ATTENDANCE_NEGATORS,
  ATTENDANCE_WORDS,
  CLAUSE_BREAKS,
  HONOREE_FILLERS,
  HONOREE_LINKS,
  HONOREE_NOUNS,
  HONOREE_VERBS,
  LAID_TO_REST,
  LIST_CONTINUATIONS,
  QUOTE_VERBS,
  REPRESENTED_BY,
} from '../lang/en/people.js';
import { SetCache } from '../set-cache.js';
import { personKey, surnameOf } from '../read/names.js';

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
  // over "Ghana's", "the late", "former" between the link word and the title
  for (let n = 0; n < 4 && k >= 0; n++, k--) {
    const t = doc.tokens[k];
    if (t === undefined || HONOREE_LINKS.has(t.lower)) break;
    if (!(t.pos === 'PROPN' || t.text === "'s" || t.text === '’s' || HONOREE_FILLERS.has(t.lower))) return false;
  }
  return HONOREE_LINKS.has(doc.tokens[k]?.lower ?? '') && HONOREE_NOUNS.has(doc.tokens[k - 1]?.lower ?? '');
}

/**
 * "Chile buried former president X", "mourners honoured X": the verb right before the title (or
 * "the late"/"former"); "X was buried", "where X was laid to rest": the passive right after the name.
 */
function mournedByVerb(doc: Doc, m: PersonMention): boolean {
  let k = m.titleStart - 1;
  while (k >= 0 && HONOREE_FILLERS.has(doc.tokens[k]?.lower ?? '')) k--;
  if (HONOREE_VERBS.has(doc.tokens[k]?.lower ?? '')) return true;
  let j = m.tokenEnd;
  if (doc.tokens[j]?.pos !== 'AUX') return false;
  while (doc.tokens[j]?.pos === 'AUX' || doc.tokens[j]?.pos === 'ADV') j++;
  return HONOREE_VERBS.has(doc.tokens[j]?.lower ?? '') || phraseAt(doc, j, LAID_TO_REST);
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
 * Where the stretch of text said of a person ends: at a clause break ("but", ";"), or at the
 * next person unless only list words stand between them ("X and Y did not attend" is said of
 * both). An apposition or relative clause right after the name (", 58, who ...,") is skipped
 * over, so "X, who had not been to Chile since 1990, attended" is not negated.
 */
function statementEnd(doc: Doc, m: PersonMention, starts: ReadonlyMap<number, PersonMention>, end: number): number {
  let j = m.tokenEnd;
  if (doc.tokens[j]?.text === ',') {
    let k = j + 1;
    while (k < end && k < j + 14 && doc.tokens[k]?.text !== ',' && !CLAUSE_BREAKS.has(doc.tokens[k]?.lower ?? '')) k++;
    if (doc.tokens[k]?.text === ',' && !starts.has(j + 1)) j = k + 1;
  }
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
  const end = statementEnd(doc, m, starts, sentence.tokenEnd);
  const words = wordsBetween(doc, m.tokenEnd, end);
  for (let k = 0; k < words.length; k++) {
    const w = words[k] as Token;
    if (ABSENCE_WORDS.has(w.lower)) return true;
    if (absencePhraseAt(words, k)) return true;
    if (!ATTENDANCE_NEGATORS.has(w.lower)) continue;
    for (let n = k + 1; n <= k + 4 && n < words.length; n++) if (ATTENDANCE_WORDS.has((words[n] as Token).lower)) return true;
  }
  return false;
}

/** Whether an absence phrase ("stayed away") starts at word `k` (loops: asked of every word after a person). */
function absencePhraseAt(words: readonly Token[], k: number): boolean {
  for (let j = 0; j < ABSENCE_PHRASES.length; j++) {
    const p = ABSENCE_PHRASES[j] as readonly string[];
    let n = 0;
    while (n < p.length && words[k + n]?.lower === p[n]) n++;
    if (n === p.length) return true;
  }
  return false;
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
    if (opensList(doc, s) && has(k)) return gap === 0 ? k : -1;
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
    if (has(sentence.i)) return true;
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
  return !m.possessive && (isHonoree(doc, m) || mournedByVerb(doc, m));
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
 * "attending as the special representative of President X", "on behalf of President X",
 * "representing King X": the person is represented by someone else, not there.
 */
/** "traveled without Princess X", "except President X": the words before the title leave the person out. */
function isLeftOut(doc: Doc, m: PersonMention): boolean {
  for (let k = 0; k < ABSENCE_BEFORE.length; k++) {
    const phrase = ABSENCE_BEFORE[k] as readonly string[];
    if (phraseAt(doc, m.titleStart - phrase.length, phrase)) return true;
  }
  return false;
}

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
  return !(m.possessive || isSpeaker(doc, m) || isRepresented(doc, m) || isLeftOut(doc, m) || isAbsent(doc, m, starts, sentence) || inLaterScene(doc, m, sentence, cues));
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
    const place = doc.version.map.place(m.span.start);
    out.push({
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
    });
  }
  return out;
}

export const peopleExtractor: Extractor<'people'> = {
  kind: 'people',
  extract(doc, rule) {
    return personValues(doc, rule);
  },
};
