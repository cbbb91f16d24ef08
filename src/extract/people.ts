/**
 * The `people` extractor: the people of a version (read/people.ts), one ClaimValue per
 * occurrence. With cues, only people in a sentence containing a cue are kept, minus
 * possessives ("Trump's envoy ... joined"), speakers of a quote ("..., Bruce said") and the
 * person honoured ("the funeral of former President X").
 */
import type { ClaimValue, Doc, Extractor, Rule, Sentence, Token } from '../types.js';
import { findPeople, overlapsUncertain, type PersonMention } from '../read/people.js';
import { sentenceShape, type SentenceShape } from '../read/share.js';
import { HONOREE_FILLERS, HONOREE_LINKS, HONOREE_NOUNS, QUOTE_VERBS } from '../lang/en/people.js';

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
const stemsOf = new WeakMap<Sentence, SentenceStems>();

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
const cueFoundOf = new WeakMap<SentenceShape, Map<readonly string[], boolean>>();

/** True when the sentence contains one of the cues (multi-word cues as token sequences). */
export function sentenceHasCue(doc: Doc, sentence: Sentence, cues: readonly string[]): boolean {
  const shape = sentenceShape(doc, sentence);
  let byCues = cueFoundOf.get(shape);
  if (byCues === undefined) cueFoundOf.set(shape, (byCues = new Map()));
  let found = byCues.get(cues);
  if (found === undefined) byCues.set(cues, (found = findsCue(doc, sentence, cues)));
  return found;
}

function findsCue(doc: Doc, sentence: Sentence, cues: readonly string[]): boolean {
  const { toks, stems, forms, stemSet } = sentenceStems(doc, sentence);
  for (const words of cueWords(cues)) {
    const first = words[0] as CueWord;
    if (!forms.has(first.word) && !stemSet.has(first.stem)) continue;
    for (let i = 0; i + words.length <= toks.length; i++) {
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

export function personValues(doc: Doc, rule: Rule): ClaimValue[] {
  const people = findPeople(doc);
  const cued = rule.cues.length > 0;
  const hasCue = new Map<number, boolean>();
  const cueIn = (sentence: Sentence): boolean => {
    let v = hasCue.get(sentence.i);
    if (v === undefined) hasCue.set(sentence.i, (v = sentenceHasCue(doc, sentence, rule.cues)));
    return v;
  };
  const out: ClaimValue[] = [];
  for (const m of people) {
    const sentence = doc.sentences[m.sentence];
    if (!sentence) continue;
    if (cued && (!cueIn(sentence) || m.possessive || isSpeaker(doc, m) || isHonoree(doc, m))) continue;
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
